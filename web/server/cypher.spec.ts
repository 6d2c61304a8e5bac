import { describe, expect, it } from 'vitest';
import { writeClauseOf } from './cypher.ts';

describe('read-only Cypher check', () => {
  it('accepts reads', () => {
    expect(writeClauseOf('MATCH p=(a:Person)-[:HOLDS]->(b:Post) RETURN p LIMIT 25')).toBeNull();
    expect(
      writeClauseOf("MATCH (n) WHERE n.label = 'CREATE SET' RETURN n // delete me"),
    ).toBeNull();
    expect(writeClauseOf('MATCH (n:`Set`) RETURN n /* MERGE */')).toBeNull();
    expect(writeClauseOf('MATCH (n) WHERE n.offset > 1 RETURN n.dataset')).toBeNull();
  });
  it('refuses writes', () => {
    expect(writeClauseOf('CREATE (n:Person {key: "x"})')).toBe('CREATE');
    expect(writeClauseOf('match (n) detach delete n')).toBe('DETACH');
    expect(writeClauseOf('MATCH (n) set n.x = 1')).toBe('SET');
    expect(writeClauseOf("LOAD CSV FROM 'file:///x' AS row RETURN row")).toBe('LOAD CSV');
  });
});
