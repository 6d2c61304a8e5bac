/** A layout saved in localStorage: positions aligned with the graph's sorted node keys. */
export interface SavedLayout {
  version: 1;
  fingerprint: string;
  /** x0, y0, x1, y1, … rounded. */
  xy: number[];
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
  /** Iterations run in the worker since creation. */
  iterations(): number;
}
