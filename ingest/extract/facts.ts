/**
 * What extraction hands to the graph builder (../build.ts): entities, relations with the
 * sentence each came from, bylines. A file of its own so that the rules (relations.ts) and the
 * wiring (index.ts) both read it without importing each other.
 */
import type { EdgeType, NodeType } from '../../graph/schema.ts';

export interface EntityRef {
  type: NodeType;
  name: string;
}

export interface EntityFact extends EntityRef {
  surfaces: string[];
  facts: Record<string, string>;
  count: number;
  /** The first sentence that names it (MENTIONS evidence). */
  sentence: string;
  /** Surfaces that differ from the name by a resolution rule, with the rule (stats --merges). */
  merged?: Record<string, string>;
  /** A person's occupation in this story (村民, 民警): the MENTIONS edge's `role`. */
  role?: string;
}

export interface RelationFact {
  type: EdgeType;
  source: EntityRef;
  target: EntityRef;
  sentence: string;
  attributes?: Record<string, string | boolean>;
}

export interface StoryFacts {
  entities: EntityFact[];
  relations: RelationFact[];
  /** Bylines: person -> article. */
  bylines: { name: string; role: string; sentence: string }[];
}

/** A post title as read from the text (posts.ts). */
export interface PostTitle {
  /** Canonical title (organisation aliases resolved). */
  label: string;
  /** Title as printed, after shared-prefix expansion. */
  printed: string;
  organization: string;
  role: string;
  former: boolean;
  /** The title ends in an occupation (村民, 民警): the person's role, not a post. */
  occupation?: boolean;
  /** The office as a story at home writes it (市委副书记 for 重庆市委副书记): an alias. */
  levelForm?: string;
  /** The title as printed with 原/前 inside it (某省政协原主席), or short (区委组织部长): an alias. */
  formerForm?: string;
  /**
   * The title as printed alone in its chain (宣传部长 of 区委常委、宣传部长; 镇长 of 某镇党委副书记、
   * 镇长), where the chain gave it its body: the form readers quote beside the name, an alias.
   */
  chainForm?: string;
}

/** A person found in a text, with the posts printed around the name (people.ts finds them). */
/** Whether a string is a place the gazetteer or the story knows (the one test every rule that
 * must not read a place as a name is handed, from findPeople down). */
export type KnownPlaces = (s: string) => boolean;

export interface PersonFinding {
  name: string;
  start: number;
  end: number;
  posts: PostTitle[];
  /** Where the post titles were printed, so entities inside them are not counted as topics. */
  titleSpan?: [number, number];
  via: 'post' | 'delegate' | 'speech' | 'caption' | 'roll-call' | 'sight';
  /** 代表 or 委员 printed after the name without saying of which congress. */
  delegate?: string;
}

/**
 * A person read by sight at `start` (no post printed beside the name), as every sight rule
 * returns it; the end is the name's unless the text printed it longer.
 */
export const seenPerson = (
  name: string,
  start: number,
  end = start + name.length,
): PersonFinding => ({
  name,
  start,
  end,
  posts: [],
  via: 'sight',
});
