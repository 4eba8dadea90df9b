import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const cloudwatch: ServiceModule = { specs: [] };
