export type ExportFormat =
  'json' | 'gexf' | 'graphml' | 'csv' | 'cypher' | 'png' | 'svg' | 'report';

/** What to export: everything visible, or only the selection (selected node + visible neighbours, or a path). */
export type ExportScope = 'visible' | 'selection';

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

export interface SvgNode {
  key: string;
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface SvgEdge {
  source: string;
  target: string;
  color: string;
  size: number;
}
