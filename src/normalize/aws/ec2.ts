import type { ServiceModule } from './spec.js';

/** Not modelled yet. */
export const ec2: ServiceModule = { specs: [] };
