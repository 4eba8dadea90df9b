import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const elasticache: ServiceModule = { specs: [] };
