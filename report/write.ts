/** Node-side: write a report as HTML, PDF (headless Chromium) or Markdown + SVG. */
import { basename, dirname, extname, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { TupuGraph } from '../graph/json/index.ts';
import { writeFileAtomic } from '../graph/json/file.ts';
import type { ReportMeta } from './model.ts';
import { renderReportHtml } from './render-html.ts';
import { renderReportMarkdown } from './render-md.ts';

export const REPORT_FORMATS = ['html', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Format from --format, else from the --out extension (.html/.htm, .pdf, .md). */
export function reportFormat(format: string | undefined, out: string): ReportFormat {
  const ext = extname(out).slice(1).toLowerCase();
  const wanted = format ?? (ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext);
  if (!isReportFormat(wanted))
    throw new Error(
      `report: ${format ? `unknown format "${format}"` : `cannot tell the format from "${out}"`}; use --format ${REPORT_FORMATS.join('|')}`,
    );
  return wanted;
}

/** Write the report; returns the paths written (Markdown also writes its SVG beside it). */
export async function writeReport(
  graph: TupuGraph,
  meta: ReportMeta,
  format: ReportFormat,
  out: string,
): Promise<string[]> {
  if (graph.order === 0) throw new Error('report: the selection is empty; no report written');
  await mkdir(dirname(out) || '.', { recursive: true });
  if (format === 'md') {
    const svgPath = join(dirname(out), `${basename(out, extname(out))}.svg`);
    const { markdown, svg } = renderReportMarkdown(graph, meta, basename(svgPath));
    await writeFileAtomic(svgPath, svg);
    await writeFileAtomic(out, markdown);
    return [out, svgPath];
  }
  const html = renderReportHtml(graph, meta);
  await writeFileAtomic(out, format === 'pdf' ? await (await import('./pdf.ts')).htmlToPdf(html) : html);
  return [out];
}
