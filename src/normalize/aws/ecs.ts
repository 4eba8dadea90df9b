import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const ecs: ServiceModule = { specs: [] };
