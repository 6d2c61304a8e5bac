/** What to export: everything visible, or only the selection (selected node + visible neighbours, or a path). */
export type ExportScope = 'visible' | 'selection';

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}
