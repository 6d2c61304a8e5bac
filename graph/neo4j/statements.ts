/**
 * The Cypher the loader runs. Labels and relationship types come only from the schema
 * whitelist (graph/schema.ts), never from user strings; all values travel as parameters.
 */
import { EDGE_TYPES, NEO4J_LABELS, NODE_TYPES, type EdgeType, type NodeType } from '../schema.ts';
import { EMPTY_LISTS_PROP } from './properties.ts';

export const FULLTEXT_INDEX = 'tupu_names';

/**
 * The loader's plans are index seeks whatever the statistics say; without replan=skip, Neo4j
 * replans each statement (about a second each) every time the fast-growing counts diverge.
 */
const PREFIX = 'CYPHER replan=skip\n';

/*
 * Rows come as `$batch.rows`, not `$rows`: Neo4j 5 keys cached plans by the size of a list
 * parameter (buckets 1, 2-10, 11-100, 101-1000, ...), so batches of different sizes were
 * planned again, cold, one bucket at a time; inside a map the list has no size hint and one
 * plan serves every batch (and the plan is the same index seeks whatever the size).
 */

export function labelOf(type: NodeType): string {
  const label = NEO4J_LABELS[type];
  if (!label || !/^[A-Z][A-Za-z]*$/.test(label))
    throw new Error(`graph/neo4j: no label for node type ${type}`);
  return label;
}

export function relTypeOf(type: EdgeType): string {
  if (!(EDGE_TYPES as readonly string[]).includes(type) || !/^[A-Z_]+$/.test(type))
    throw new Error(`graph/neo4j: unknown edge type ${type}`);
  return type;
}

/**
 * Uniqueness on `key` per label, and the full-text name index. Relationships carry `key` but no
 * constraint: every relationship is written by MERGE (a)-[r:T {key}]->(b) with both ends bound
 * (or by the importer from a graph whose edge keys are unique), and an edge key names its type,
 * source and target, so one key can only ever sit between one pair of nodes; Neo4j's MERGE
 * expands between the bound ends and locks both before it creates, so loading again or two
 * loads at once add no second copy. The eight relationship constraints cost one index
 * population each after a bulk import and an index update per relationship written by MERGE,
 * and nothing reads relationships by key through them (docs/neo4j.md, 2026-12-03 14:00).
 */
export function schemaStatements(): string[] {
  const nodes = NODE_TYPES.map((t) => {
    const label = labelOf(t);
    return `CREATE CONSTRAINT tupu_${t}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`;
  });
  const labels = NODE_TYPES.map(labelOf).join('|');
  const fulltext =
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels}) ` +
    'ON EACH [n.label, n.aliases, n.pinyin]';
  return [...nodes, fulltext];
}

/**
 * MERGE one batch of nodes of one label; returns each row's element id, which the edge
 * statements use to find their ends. Scalars: the incoming value wins. `aliases` and
 * `articles`: set union, order kept. `mentions`: unchanged when every incoming article is
 * already stored (the same corpus again), added when none is (a new corpus), the larger of
 * the two on a partial overlap (the per-article split is not in the JSON).
 */
export function mergeNodesStatement(type: NodeType): string {
  // Only the ON MATCH branch pays for merging; `mentions` is set before `articles` changes.
  return `${PREFIX}UNWIND $batch.rows AS row
MERGE (n:${labelOf(type)} {key: row.key})
ON CREATE SET n += row.props, n.aliases = row.aliases, n.articles = row.articles, n.mentions = row.mentions
ON MATCH SET n += row.props,
  n.mentions = CASE
    WHEN row.mentions IS NULL THEN n.mentions
    WHEN n.mentions IS NULL THEN row.mentions
    WHEN size(coalesce(row.articles, [])) = 0 THEN CASE WHEN row.mentions > n.mentions THEN row.mentions ELSE n.mentions END
    WHEN all(a IN row.articles WHERE a IN coalesce(n.articles, [])) THEN n.mentions
    WHEN none(a IN row.articles WHERE a IN coalesce(n.articles, [])) THEN n.mentions + row.mentions
    WHEN row.mentions > n.mentions THEN row.mentions
    ELSE n.mentions END,
  n.aliases = CASE WHEN row.aliases IS NULL THEN n.aliases
    ELSE coalesce(n.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])] END,
  n.articles = CASE WHEN row.articles IS NULL THEN n.articles
    ELSE coalesce(n.articles, []) + [x IN row.articles WHERE NOT x IN coalesce(n.articles, [])] END
RETURN count(*) AS written, collect([row.key, elementId(n)]) AS ids`;
}

/**
 * MERGE one batch of relationships of one type, their ends found by element id (`$batch.p`, the
 * prefix all the batch's ids share, then `row.s`, `row.t`; returned by mergeNodesStatement in
 * the same load; the plan is still NodeByElementIdSeek): one statement per type, not per
 * type and end labels, so a load sends few distinct statements and all are known in advance
 * (warmed at server start: ./warm.ts). Scalars: the incoming value wins. Evidence: items not
 * yet stored are appended (to all three aligned lists).
 */
export function mergeEdgesStatement(type: EdgeType): string {
  return `${PREFIX}UNWIND $batch.rows AS row
MATCH (a) WHERE elementId(a) = $batch.p + row.s
MATCH (b) WHERE elementId(b) = $batch.p + row.t
${mergeRelationship(type)}`;
}

/** The same, with the ends found by label and key: for a few edges whose ends were not merged. */
export function mergeEdgesByKeyStatement(
  type: EdgeType,
  source: NodeType,
  target: NodeType,
): string {
  return `${PREFIX}UNWIND $batch.rows AS row
MATCH (a:${labelOf(source)} {key: row.source})
MATCH (b:${labelOf(target)} {key: row.target})
${mergeRelationship(type)}`;
}

/**
 * The evidence items as canonical JSON (graph/neo4j/properties.ts): `row.ev` when the row
 * carries them, else (`row.evA` set, `row.ev` null) built here from the article and the
 * sentence, which the loader allows only when neither needs escaping in JSON
 * (./props.ts, `wireEdgeRow`), so the string is the same. Sending each sentence once
 * instead of twice took the edge rows from 179 to 102 MB on 300k edges (docs/neo4j.md).
 */
const EVIDENCE = `CASE WHEN row.ev IS NOT NULL OR row.evA IS NULL THEN row.ev
  ELSE [i IN range(0, size(row.evA) - 1) | '{"article":"' + row.evA[i] + '","sentence":"' + row.evS[i] + '"}'] END`;

function mergeRelationship(type: EdgeType): string {
  // `fresh` is computed against the stored `evidence`, so `evidence` itself is set last.
  const fresh = 'WHERE NOT ev[i] IN coalesce(r.evidence, [])';
  const append = (prop: string, col: string) =>
    `r.${prop} = CASE WHEN ev IS NULL THEN r.${prop} ELSE coalesce(r.${prop}, []) + [i IN range(0, size(ev) - 1) ${fresh} | ${col}[i]] END`;
  return `WITH a, b, row, ${EVIDENCE} AS ev
MERGE (a)-[r:${relTypeOf(type)} {key: row.key}]->(b)
ON CREATE SET r += row.props, r.evidence = ev, r.evidenceArticles = row.evA, r.evidenceSentences = row.evS
ON MATCH SET r += row.props,
  ${append('evidenceArticles', 'row.evA')},
  ${append('evidenceSentences', 'row.evS')},
  ${append('evidence', 'ev')}
RETURN count(*) AS written`;
}

/**
 * After a bulk import: the lists the importer could not write empty (their names in
 * `tupuEmptyLists`, ./bulk-csv.ts) set to empty lists, and the marker removed. Auto-commit
 * transactions only (CALL IN TRANSACTIONS).
 */
export function emptyListsStatements(): { nodes: string; edges: string } {
  const fill = (v: string) =>
    `CALL (${v}) { FOREACH (name IN ${v}.${EMPTY_LISTS_PROP} | SET ${v}[name] = []) REMOVE ${v}.${EMPTY_LISTS_PROP} } IN TRANSACTIONS OF 20000 ROWS`;
  return {
    nodes: `MATCH (n) WHERE n.${EMPTY_LISTS_PROP} IS NOT NULL\n${fill('n')}`,
    edges: `MATCH ()-[r]->() WHERE r.${EMPTY_LISTS_PROP} IS NOT NULL\n${fill('r')}`,
  };
}
