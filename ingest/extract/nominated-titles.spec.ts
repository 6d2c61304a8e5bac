/** Chains ending in a nomination (县委常委、提名副县长人选), on invented sentences (nominated-titles.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a chain of titles ending in a nomination', () => {
  it('gives the held titles before the nomination, not the nominated office', () => {
    expect(holdsOf('县委书记柯明远，县委常委、提名副县长人选钟雨桐陪同调研。')).toEqual([
      '柯明远|县委书记',
      '钟雨桐|县委常委',
    ]);
    expect(holdsOf('区委常委、区长候选人钟雨桐出席。')).toEqual(['钟雨桐|区委常委']);
  });
  it('gives nothing for a nomination alone', () => {
    expect(holdsOf('提名副县长人选钟雨桐陪同调研。')).toEqual([]);
  });
});
