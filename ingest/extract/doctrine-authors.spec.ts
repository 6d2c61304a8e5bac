import { describe, expect, it } from 'vitest';
import { doctrineAuthors } from './doctrine-authors.ts';

const authors = (text: string) => doctrineAuthors(text).map((a) => a.name);

describe('authors of doctrines named after them', () => {
  it('reads the author before 理论, 主义 or 思想 (邓小平理论)', () => {
    expect(authors('学院开设了邓小平理论课程。')).toEqual(['邓小平']);
  });
  it('reads no author where 思想 opens a compound noun (青少年思想政治教育: who is taught)', () => {
    expect(authors('全市加强青少年思想政治教育，开展主题活动。')).toEqual([]);
  });
});
