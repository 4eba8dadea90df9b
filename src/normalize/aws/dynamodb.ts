import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const dynamodb: ServiceModule = { specs: [] };
