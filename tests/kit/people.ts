/**
 * The people the people reader finds in one invented sentence, each with the labels of its posts
 * (occupations left out: they are mention roles, not posts). Shared by the post
 * specs, which each wrote it.
 */
import { findPeople } from '../../ingest/extract/people.ts';
import { startsWithPlace } from '../../ingest/extract/places.ts';

export const peopleWithPosts = (text: string): { name: string; posts: string[] }[] =>
  findPeople(text, startsWithPlace).map((p) => ({
    name: p.name,
    posts: p.posts.filter((x) => !x.occupation).map((x) => x.label),
  }));
