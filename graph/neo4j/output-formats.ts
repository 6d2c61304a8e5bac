/** The text forms of query results (./format.ts writes them); apart so the CLI can list them without the driver. */
export type OutputFormat = 'table' | 'json' | 'csv';
export const FORMATS: OutputFormat[] = ['table', 'json', 'csv'];
