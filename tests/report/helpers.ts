import type { TupuGraph } from '../../graph/json/index.ts';
import { applySelection } from '../../graph/subgraph/spec.ts';
import { articleIndex, citedArticles } from '../../graph/subgraph/source.ts';
import type { ReportMeta } from '../../report/model.ts';

export { exportFixture as fixture } from '../kit/fixtures.ts';
import { exportFixture as fixture } from '../kit/fixtures.ts';

/** The ego network of 渝北区 (depth 2) on the fixture, with report metadata. */
export function yubei(): { graph: TupuGraph; meta: ReportMeta } {
  const full = fixture();
  const s = applySelection(full, { ego: '渝北区', depth: 2 });
  return {
    graph: s.graph,
    meta: {
      title: '渝北区 关系报告',
      selection: s.description,
      createdAt: '2026-11-22 08:00 UTC',
      articles: articleIndex(full, citedArticles(s.graph)),
    },
  };
}

/** Anything that would make a browser fetch or point outside the document. */
export const EXTERNAL = [
  /https?:\/\//i,
  /\bsrc\s*=/i,
  /@import/i,
  /url\s*\(/i,
  /<link\b/i,
  /<script\b/i,
  /<iframe\b/i,
];

export const S1 =
  '“渝北高质量发展的大幕已经拉开，大戏好戏还在后头。”市人大代表、渝北区委书记于会文表示';
