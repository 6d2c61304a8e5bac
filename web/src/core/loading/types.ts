/** The key that splits a graphology JSON file into nodes (before) and edges (from here on). */
export const EDGES_KEY = '"edges"';
/** After this many "edges" that are not the top-level key, wait for the whole file instead. */
export const MAX_CANDIDATES = 3;
