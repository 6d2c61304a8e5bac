/** Posts of local news (lthings44-a, issue 13): an interview's 访 in a headline. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const of = (text: string, type: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('posts in an interview headline', () => {
  it('leaves the interview’s 访 out of the post and its organisation', () => {
    const text = '推动产粮大县跨向绿色粮都——访东岭省南城市委书记林海峰';
    expect(of(text, 'post')).toEqual(['东岭省南城市委书记']);
    expect(of(text, 'organization')).toEqual(['东岭省南城市委']);
  });
});
