import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const rds: ServiceModule = { specs: [] };
