/**
 * The report as Markdown (GitHub-flavoured: tables and [^n] footnotes), with the drawing
 * as an SVG file beside it (referenced by name). Browser-safe.
 */
import type { TupuGraph } from '../graph/json/index.ts';
import { buildReportModel, type Fact, type ReportMeta, type ReportModel } from './model.ts';
import { EDGE_TYPE_NAMES, NODE_TYPE_NAMES } from './palette.ts';
import { httpUrl } from './escape.ts';
import { writeSvg } from '../graph/export/svg.ts';

/** Escape text for a Markdown table cell: no raw HTML, no table or emphasis syntax. */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

const marks = (notes: number[]) => notes.map((n) => `[^${n}]`).join('');
const fact = (f: Fact) => `${mdText(f.label)}${f.former ? '（原）' : ''}${marks(f.notes)}`;
const cell = (facts: Fact[]) => (facts.length ? facts.map(fact).join('；') : '—');

function table(title: string, head: string[], rows: string[][]): string[] {
  if (!rows.length) return [];
  return [
    `## ${title}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

function body(m: ReportModel, svgFile: string): string[] {
  const total = m.counts.reduce((s, c) => s + c.count, 0);
  return [
    `# ${mdText(m.title)}`,
    '',
    `- 选择 Selection: ${mdText(m.selection)}`,
    `- 生成 Made: ${mdText(m.createdAt)}`,
    `- 规模 Size: ${total} nodes, ${m.edges} edges, ${m.sources.length} sources`,
    `- 类型 Types: ${m.counts.map((c) => `${NODE_TYPE_NAMES[c.type]} ${c.type} ${c.count}`).join('; ')}`,
    '',
    `![关系图 Graph](${encodeURI(svgFile)})`,
    '',
    ...table(
      '人物 People',
      ['人物 Person', '职务 Posts', '机构 Organisations', '行政区 Districts'],
      m.people.map((r) => [
        fact(r.person),
        cell(r.posts),
        cell(r.organizations),
        cell(r.districts),
      ]),
    ),
    ...table(
      '园区 Parks',
      ['园区 Park', '行政区 Districts', '产业 Industries'],
      m.parks.map((r) => [fact(r.park), cell(r.districts), cell(r.industries)]),
    ),
    ...table(
      '项目 Programs',
      ['项目 Program', '类别 Kind', '实施方 Run by'],
      m.programs.map((r) => [fact(r.program), mdText(r.kind ?? '—'), cell(r.runners)]),
    ),
    ...table(
      '其他关系 Other relations',
      ['从 From', '关系 Relation', '到 To'],
      m.relations.map((r) => [
        fact(r.source),
        `${EDGE_TYPE_NAMES[r.type] ?? r.type} ${r.type}${marks(r.notes)}`,
        fact(r.target),
      ]),
    ),
    '## 来源 Sources',
    '',
    ...(m.sources.length
      ? m.sources.map(
          (s) =>
            `${s.n}. [S${s.n}] 《${mdText(s.title ?? s.key)}》${s.outlet ? ` ${mdText(s.outlet)};` : ''}${s.file ? ` file: ${mdText(s.file)};` : ''} ${s.date ? `date: ${mdText(s.date)}` : 'date unknown'}; ${mdText(s.key)}${httpUrl(s.url) ? ` <${httpUrl(s.url)}>` : ''}`,
        )
      : ['无 none']),
    '',
    ...m.notes.map(
      (n) =>
        `[^${n.n}]: 「${mdText(n.sentence)}」 — [S${n.source}] 《${mdText(m.sources[n.source - 1]?.title ?? n.article)}》`,
    ),
    '',
  ];
}

export interface MarkdownReport {
  markdown: string;
  /** Standalone SVG to write as `svgFile` beside the Markdown. */
  svg: string;
}

export function renderReportMarkdown(
  graph: TupuGraph,
  meta: ReportMeta,
  svgFile: string,
): MarkdownReport {
  const model = buildReportModel(graph, meta);
  return {
    markdown: body(model, svgFile).join('\n'),
    svg: writeSvg(graph, { standalone: true, title: model.title }) + '\n',
  };
}
