/**
 * People of local government news on invented sentences (local45, issue 11): a roll of leaders
 * with a name padded by a space (roll-call.ts, spaced-names.ts in name-lists.ts) and the last
 * item of a list before what people meet to do (name-lists.ts).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a roll of leaders with a name padded by a space (roll-call.ts, name-lists.ts)', () => {
  it('reads every name, the padded one without its space', () => {
    expect(people('县领导邝海波、邰强、俞晓峰、贺 勇、龚磊、商立群出席活动。')).toEqual(
      ['俞晓峰', '商立群', '贺勇', '邝海波', '邰强', '龚磊'].sort(),
    );
  });
  it('reads a padded name in a list outside a roll call', () => {
    expect(people('获奖者有选手邝海波、贺 勇、龚磊等人。')).toContain('贺勇');
  });
  it('reads no name in a padded pair of words', () => {
    expect(people('他说、李 明白了。')).toEqual([]);
  });
});

describe('the last item of a list before a meeting word (name-lists.ts)', () => {
  it('is a name', () => {
    expect(people('与青年画家洪晓亮、祁斌座谈。')).toEqual(['洪晓亮', '祁斌']);
    expect(people('与青年画家洪晓亮、祁斌合影。')).toEqual(['洪晓亮', '祁斌']);
  });
});
