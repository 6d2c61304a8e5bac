/**
 * 人民日报发表任某平文章, 某某日报钟某文章: a name printed between a paper or its verb of
 * publishing (发表, 刊发, 刊登; a paper's name ends in 报) and 文章 with nothing between signs a
 * commentary: the collective pen name of a paper's writing group, no person of the news. A real
 * author's article is printed with a word between (发表某某署名文章, 发表某某总书记重要文章).
 */
const BEFORE_SIGNATURE = /(发表|刊发|刊登|报)$/;

export function penName(text: string, p: { start: number; end: number }): boolean {
  return (
    text.startsWith('文章', p.end) &&
    BEFORE_SIGNATURE.test(text.slice(Math.max(0, p.start - 2), p.start))
  );
}
