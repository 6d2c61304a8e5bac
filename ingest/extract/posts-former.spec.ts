import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

describe('a former post printed with 原 inside it (某省政协原党组书记)', () => {
  it('keeps the printed former form as an alias of the office', () => {
    const posts = extractStory('对某省政协原党组书记邹立进行审查。').entities.filter(
      (e) => e.type === 'post',
    );
    expect(posts.map((p) => p.name)).toEqual(['某省政协党组书记']);
    expect(posts[0]!.surfaces).toContain('某省政协原党组书记');
  });
  it('keeps it without the clause cut before the title (某机关对某省政协原党组书记)', () => {
    const post = extractStory('东岭省纪委监委对东岭省政协原党组书记邹立进行审查。').entities.find(
      (e) => e.type === 'post',
    );
    expect(post?.surfaces).toContain('东岭省政协原党组书记');
    expect(post?.surfaces.some((s) => s.includes('对'))).toBe(false);
  });
});
