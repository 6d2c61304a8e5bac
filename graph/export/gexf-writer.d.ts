// The GEXF writer alone (graphology-gexf/browser's index also loads a DOMParser-based parser).
declare module 'graphology-gexf/browser/writer.js' {
  export { write as default } from 'graphology-gexf/browser';
}
