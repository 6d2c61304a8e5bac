/** The seeded synthetic news graph of benchmarks and load tests: graph/synthetic.ts. */
export * from '../../graph/synthetic.ts';
