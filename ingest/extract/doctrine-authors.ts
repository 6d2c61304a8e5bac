/**
 * The author of a doctrine (马克思主义, 邓小平理论) as a person of the story: only when the story
 * names him outside the doctrine too (纪念马克思诞辰). A name printed only inside the name of a
 * doctrine is part of a thing's name, not a person the story is about: the news golds (cctv23p,
 * cctv24c) and the blind annotators (cctv25t) all count 马克思 of 马克思主义 alone as no person.
 * MSRA's NER gold tags it a person, so doctrineAuthors (name-model.ts) still reads the name.
 */
import { doctrineAuthors } from './name-model.ts';

const DOCTRINE_AFTER = /^(理论|主义|思想)/;

/** Where the name is printed not followed by 理论/主义/思想 (and not inside a longer word before one). */
function namedOutsideDoctrine(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const after = text.slice(i + name.length);
    if (!DOCTRINE_AFTER.test(after)) return true;
  }
  return false;
}

/** doctrineAuthors, kept only where the story also names the author outside a doctrine. */
export function doctrineAuthorsNamed(text: string): { name: string; start: number }[] {
  return doctrineAuthors(text).filter((a) => namedOutsideDoctrine(text, a.name));
}
