import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const iam: ServiceModule = { specs: [] };
