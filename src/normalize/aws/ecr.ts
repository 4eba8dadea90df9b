import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const ecr: ServiceModule = { specs: [] };
