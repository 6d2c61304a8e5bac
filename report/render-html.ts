/**
 * The report as ONE self-contained HTML document: inline CSS and SVG, no scripts, no
 * external URLs, every text HTML-escaped. Browser-safe (no node: imports), so the explorer's
 * export menu can offer "Report" with the same output.
 */
import type { TupuGraph } from '../graph/json/index.ts';
import { escapeHtml as h, httpUrl } from './escape.ts';
import { buildReportModel, type Fact, type ReportMeta, type ReportModel } from './model.ts';
import { EDGE_TYPE_NAMES, NODE_TYPE_NAMES, nodeColor } from './palette.ts';
import { REPORT_CSS } from './style.ts';
import { writeSvg } from '../graph/export/svg.ts';

export type { ReportMeta } from './model.ts';

const marks = (notes: number[]) =>
  notes.length ? `<sup>${notes.map((n) => `<a href="#note-${n}">${n}</a>`).join(',')}</sup>` : '';

function fact(f: Fact): string {
  return `${h(f.label)}${f.former ? '<span class="former">（原）</span>' : ''}${marks(f.notes)}`;
}

function cell(facts: Fact[]): string {
  if (!facts.length) return '<td class="muted">—</td>';
  if (facts.length === 1) return `<td>${fact(facts[0]!)}</td>`;
  return `<td><ul>${facts.map((f) => `<li>${fact(f)}</li>`).join('')}</ul></td>`;
}

function table(id: string, title: string, head: string[], rows: string[][]): string {
  if (!rows.length) return '';
  return [
    `<section id="${id}"><h2>${h(title)}</h2><table>`,
    `<thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>`,
    ...rows.map((r) => `<tr>${r.join('')}</tr>`),
    '</tbody></table></section>',
  ].join('\n');
}

function header(m: ReportModel): string {
  const counts = m.counts
    .map(
      (c) =>
        `<tr><td><span class="swatch" style="background:${nodeColor(c.type)}"></span>${h(NODE_TYPE_NAMES[c.type])} ${h(c.type)}</td><td>${c.count}</td></tr>`,
    )
    .join('');
  const total = m.counts.reduce((s, c) => s + c.count, 0);
  return [
    `<header><h1>${h(m.title)}</h1><dl class="meta">`,
    `<dt>选择 Selection</dt><dd>${h(m.selection)}</dd>`,
    `<dt>生成 Made</dt><dd>${h(m.createdAt)}</dd>`,
    `<dt>规模 Size</dt><dd>${total} 个节点 nodes, ${m.edges} 条关系 edges, ${m.sources.length} 篇来源 sources</dd></dl>`,
    `<table class="counts"><thead><tr><th>类型 Type</th><th>数量 Count</th></tr></thead><tbody>${counts}</tbody></table></header>`,
  ].join('\n');
}

function tables(m: ReportModel): string {
  return [
    table(
      'people',
      '人物 People',
      ['人物 Person', '职务 Posts', '机构 Organisations', '行政区 Districts'],
      m.people.map((r) => [
        `<td>${fact(r.person)}</td>`,
        cell(r.posts),
        cell(r.organizations),
        cell(r.districts),
      ]),
    ),
    table(
      'parks',
      '园区 Parks',
      ['园区 Park', '行政区 Districts', '产业 Industries'],
      m.parks.map((r) => [`<td>${fact(r.park)}</td>`, cell(r.districts), cell(r.industries)]),
    ),
    table(
      'programs',
      '项目 Programs',
      ['项目 Program', '类别 Kind', '实施方 Run by'],
      m.programs.map((r) => [
        `<td>${fact(r.program)}</td>`,
        `<td>${h(r.kind ?? '—')}</td>`,
        cell(r.runners),
      ]),
    ),
    table(
      'relations',
      '其他关系 Other relations',
      ['从 From', '关系 Relation', '到 To'],
      m.relations.map((r) => [
        `<td>${fact(r.source)}</td>`,
        `<td>${h(EDGE_TYPE_NAMES[r.type] ?? r.type)} ${h(r.type)}${marks(r.notes)}</td>`,
        `<td>${fact(r.target)}</td>`,
      ]),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

function notesAndSources(m: ReportModel): string {
  const notes = m.notes.map(
    (n) =>
      `<li id="note-${n.n}" value="${n.n}">「${h(n.sentence)}」 — <a href="#src-${n.source}">[S${n.source}]</a> 《${h(m.sources[n.source - 1]?.title ?? n.article)}》</li>`,
  );
  const sources = m.sources.map((s) => {
    const bits = [
      s.outlet ? `来源 outlet: ${h(s.outlet)}` : '',
      s.file ? `文件 file: ${h(s.file)}` : '',
      s.date ? `日期 date: ${h(s.date)}` : '日期不详 date unknown',
      httpUrl(s.url)
        ? `<a href="${h(httpUrl(s.url))}" rel="noopener noreferrer">原文 link</a>`
        : '',
    ];
    return `<li id="src-${s.n}" value="${s.n}">[S${s.n}] 《${h(s.title ?? s.key)}》 <span class="muted">${bits.filter(Boolean).join('; ')}; ${h(s.key)}</span></li>`;
  });
  return [
    notes.length
      ? `<section id="notes"><h2>注释 Notes (evidence)</h2><ol class="notes">${notes.join('\n')}</ol></section>`
      : '',
    `<section id="sources"><h2>来源 Sources</h2>${sources.length ? `<ol class="sources">${sources.join('\n')}</ol>` : '<p class="muted">无 none</p>'}</section>`,
  ].join('\n');
}

export function renderModelHtml(m: ReportModel, svg: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(m.title)}</title><style>${REPORT_CSS}</style></head><body>`,
    header(m),
    `<section id="drawing"><h2>关系图 Graph</h2><figure>${svg}<figcaption>节点按类型着色；文章不画出，见来源。Nodes coloured by type; articles are listed under Sources.</figcaption></figure></section>`,
    tables(m),
    notesAndSources(m),
    '</body></html>',
    '',
  ].join('\n');
}

/** The whole report for a (sub)graph as one HTML string. */
export function renderReportHtml(graph: TupuGraph, meta: ReportMeta = {}): string {
  const model = buildReportModel(graph, meta);
  return renderModelHtml(model, writeSvg(graph, { title: model.title }));
}
