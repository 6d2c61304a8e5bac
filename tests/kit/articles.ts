/**
 * An invented article as ingest hands it to the graph builder: the key doubles as title and file
 * name, and its facts are extracted from the text (for specs that build graphs from invented text).
 */
import { buildGraph, type ArticleRecord } from '../../ingest/build.ts';
import { extractStory } from '../../ingest/extract/index.ts';

export const inventedArticle = (key: string, text: string): ArticleRecord => ({
  key,
  title: key,
  file: `${key}.txt`,
  chars: text.length,
  text,
  facts: extractStory(text),
});

/**
 * A story read in a corpus whose first article names the leader (`leaderLine`: his titles as
 * printed there): what the corpus prints of him decides how a story's bare titles read (his 主席
 * is the state's where no 国家主席 of his is printed; a counterpart's titles beside his).
 */
export const besideLeader = (leaderLine: string) => {
  const leader = inventedArticle('a', leaderLine);
  return (story: string): ArticleRecord[] => [leader, inventedArticle('b', story)];
};

/** The HOLDS pairs one invented story gives, as sorted `person|post` strings. */
export const holdsOf = (text: string): string[] =>
  [
    ...new Set(
      extractStory(text)
        .relations.filter((r) => r.type === 'HOLDS')
        .map((r) => `${r.source.name}|${r.target.name}`),
    ),
  ].sort();

/** The distinct entity names of one type one invented story gives, sorted. */
export const entityNames = (text: string, type: string): string[] =>
  [
    ...new Set(
      extractStory(text)
        .entities.filter((e) => e.type === type)
        .map((e) => e.name),
    ),
  ].sort();

/** The HOLDS pairs of the graph built from invented articles, as `person|post label` strings. */
export const heldLabels = (articles: ArticleRecord[]): string[] => {
  const g = buildGraph(articles);
  return g
    .filterEdges((_, e) => e.type === 'HOLDS')
    .map(
      (k) => `${g.getNodeAttributes(g.source(k)).label}|${g.getNodeAttributes(g.target(k)).label}`,
    );
};

/** Every `person|post form` pair that graph holds: the post's label and each of its aliases. */
export const heldForms = (articles: ArticleRecord[]): string[] => {
  const g = buildGraph(articles);
  return g
    .filterEdges((_, e) => e.type === 'HOLDS')
    .flatMap((k) => {
      const post = g.getNodeAttributes(g.target(k));
      const person = g.getNodeAttributes(g.source(k)).label;
      return [post.label, ...(post.aliases ?? [])].map((f) => `${person}|${f}`);
    });
};

/** The labels of the graph's nodes of one type, sorted (a namesake's node keeps its printed label). */
export const nodeLabels = (articles: ArticleRecord[], type: string): string[] => {
  const g = buildGraph(articles);
  return g
    .filterNodes((_, a) => a.type === type)
    .map((k) => g.getNodeAttributes(k).label as string)
    .sort();
};

/** `person|post` for each HOLDS edge of the graph built from invented articles, and each post's aliases. */
export const graphHolds = (articles: ArticleRecord[]) => {
  const g = buildGraph(articles);
  const pairs = g
    .filterEdges((_, e) => e.type === 'HOLDS')
    .map(
      (k) => `${g.getNodeAttributes(g.source(k)).label}|${g.getNodeAttributes(g.target(k)).label}`,
    );
  const alias = (post: string) =>
    g.hasNode(`post:${post}`) ? (g.getNodeAttribute(`post:${post}`, 'aliases') ?? []) : [];
  return { pairs, alias };
};

/** An invented article whose facts name these people, each first read in the sentence given. */
export const articleNaming = (key: string, people: [string, string][]): ArticleRecord => {
  const a = inventedArticle(key, '');
  a.facts.entities.push(
    ...people.map(([name, sentence]) => ({
      type: 'person' as const,
      name,
      surfaces: [name],
      facts: {},
      count: 1,
      sentence,
    })),
  );
  return a;
};
