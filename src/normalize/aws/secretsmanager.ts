import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const secretsmanager: ServiceModule = { specs: [] };
