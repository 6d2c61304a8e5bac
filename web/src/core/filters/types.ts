/** What is drawn: null sets mean "everything" (the common case, kept cheap for big graphs). */
export interface Visibility {
  nodes: Set<string> | null;
  edges: Set<string> | null;
}
