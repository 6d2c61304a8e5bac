/** Subgraph selection: pure kernels (browser-safe). Node-side loading is ./source.ts. */
export * from './select.ts';
export * from './spec.ts';
