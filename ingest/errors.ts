/** Errors for input the ingest step refuses: reported per file, never fatal to the run. */
export class IngestError extends Error {
  constructor(message: string) {
    super(`ingest: ${message}`);
    this.name = 'IngestError';
  }
}
