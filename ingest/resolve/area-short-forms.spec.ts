/** One body whether its area is printed in full or by its short form (invented articles). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const nodes = (type: string, articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === type)
    .sort();

describe('bodies printed after an area’s full name and after its short form', () => {
  it('reads the short form as the full one printed elsewhere, with its posts', () => {
    const articles = [
      inventedArticle('a', '2月2日，天津市商务局局长柯明远带队到我县调研。'),
      inventedArticle('b', '5月6日，天津商务局局长柯明远一行来到产业园。'),
    ];
    expect(nodes('organization', articles)).toEqual(['organization:天津市商务局']);
    expect(nodes('post', articles)).toEqual(['post:天津市商务局局长']);
  });
  it('makes no full name up where only the short form is printed', () => {
    const articles = [inventedArticle('b', '5月6日，天津商务局局长柯明远一行来到产业园。')];
    expect(nodes('organization', articles)).toEqual(['organization:天津商务局']);
  });
});

describe('an autonomous area printed by its place name and level word (靖州县, 湘西州)', () => {
  const articles = [
    inventedArticle('a', '5月20日，怀化市靖州苗族侗族自治县政协副主席柯明远一行到我县考察。'),
    inventedArticle('b', '5月21日，靖州县政协副主席柯明远一行来到产业园，靖州县政协提出建议。'),
  ];
  it('reads the county by its short form, one district', () => {
    expect(nodes('district', articles)).toContain('district:靖州苗族侗族自治县');
    expect(nodes('district', articles)).not.toContain('district:靖州县');
  });
  it('reads the short form’s body and post as the full ones printed elsewhere', () => {
    expect(nodes('organization', articles)).toEqual(['organization:靖州苗族侗族自治县政协']);
    expect(nodes('post', articles)).toEqual(['post:靖州苗族侗族自治县政协副主席']);
  });
  it('reads an autonomous prefecture the gazetteer lists without a short form', () => {
    const one = [inventedArticle('c', '4月1日，湘西州政协主席柯明远主持召开常委会议。')];
    expect(nodes('district', one)).toContain('district:湘西土家族苗族自治州');
  });
});
