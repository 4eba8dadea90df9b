export * from './source.js';
export * from './diagnostic.js';
export * from './unknown.js';
export * from './resource.js';
export * from './document.js';
export * from './check.js';
export * from './finding.js';
export * from './report.js';
