/** `tupu report`: a subgraph as one self-contained document (HTML, PDF or Markdown + SVG). */
import type { Command } from 'commander';
import { loadSelection } from '../graph/subgraph/source.ts';
import { REPORT_FORMATS, reportFormat, writeReport } from '../report/write.ts';
import {
  addSelectionOptions,
  runCommand,
  selectionSpec,
  type SelectionFlags,
} from './selection-options.ts';

interface ReportFlags extends SelectionFlags {
  format?: string;
  out: string;
  title?: string;
}

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description(
      'write a subgraph as a self-contained report: drawing, tables with evidence, sources',
    );
  addSelectionOptions(cmd)
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')} (default: from --out)`)
    .option('--title <title>', 'document title (default: from the selection)')
    .requiredOption(
      '--out <path>',
      'output file (.html, .pdf, .md; Markdown writes an .svg beside it)',
    )
    .action((flags: ReportFlags) =>
      runCommand(async () => {
        const format = reportFormat(flags.format, flags.out);
        const selection = await loadSelection(selectionSpec(flags, 'tupu report'));
        const center = selection.center
          ? selection.graph.getNodeAttribute(selection.center, 'label')
          : undefined;
        const title = flags.title ?? (center ? `${center} 关系报告` : '图谱报告');
        const meta = {
          title,
          selection: selection.description,
          createdAt: new Date(),
          articles: selection.articles,
        };
        const paths = await writeReport(selection.graph, meta, format, flags.out);
        const { order, size } = selection.graph;
        console.error(
          `tupu report: ${selection.description}: ${order} nodes, ${size} edges -> ${paths.join(', ')}`,
        );
      }),
    );
}
