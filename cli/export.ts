/** `tupu export`: a subgraph (whole, ego network, type filter, Cypher query) to a file format. */
import type { Command } from 'commander';
import {
  EXPORT_FORMATS,
  exportSubgraph,
  isExportFormat,
  type ExportFormat,
} from '../graph/export/index.ts';
import { writeExport } from '../graph/export/write.ts';
import { loadSelection } from '../graph/subgraph/source.ts';
import {
  addSelectionOptions,
  runCommand,
  selectionSpec,
  type SelectionFlags,
} from './selection-options.ts';

interface ExportFlags extends SelectionFlags {
  format?: string;
  out: string;
}

const BY_EXTENSION: Record<string, ExportFormat> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  cypher: 'cypher',
  cql: 'cypher',
  svg: 'svg',
};

function formatOf(flags: ExportFlags): ExportFormat {
  const wanted = flags.format ?? BY_EXTENSION[flags.out.split('.').pop()?.toLowerCase() ?? ''];
  if (!isExportFormat(wanted))
    throw new Error(
      `cli/export: ${flags.format ? `unknown format "${flags.format}"` : 'cannot tell the format from --out'}; ` +
        `use --format ${EXPORT_FORMATS.join('|')}`,
    );
  return wanted;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description(
      'export a subgraph as graphology JSON, GEXF, GraphML, CSV, a Cypher script or an SVG drawing',
    );
  addSelectionOptions(cmd)
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')} (default: from --out)`)
    .requiredOption(
      '--out <path>',
      'output file (for csv: a directory for nodes.csv and edges.csv)',
    )
    .action((flags: ExportFlags) =>
      runCommand(async () => {
        const format = formatOf(flags);
        const selection = await loadSelection(selectionSpec(flags, 'tupu export'));
        const files = exportSubgraph(selection.graph, format, selection.articles);
        const paths = await writeExport(flags.out, format, files);
        const { order, size } = selection.graph;
        console.error(
          `tupu export: ${selection.description}: ${order} nodes, ${size} edges -> ${paths.join(', ')}`,
        );
      }),
    );
}
