import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const cloudtrail: ServiceModule = { specs: [] };
