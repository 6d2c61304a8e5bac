import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { inStoryWhere, placeOrBodyInStory } from './story-names.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names read against the rest of the story (story-names.ts)', () => {
  it('makes whole a name cut before a last character left alone (某某央|珍介绍)', () => {
    expect(names('全国政协委员白玛央珍介绍，牧区发展很快。')).toEqual(['白玛央珍']);
    // A credit (著, 译), a particle or a dictionary word is no last character of a name.
    expect(names('詹姆斯·卡列诺夫著，周立新译，长江出版社出版。')).toContain('詹姆斯·卡列诺夫');
    expect(names('村民闻讯赶来，不少人刚丢下活计。')).toEqual([]);
    // The character left alone before a function word (某某诺|玛也讲述).
    expect(names('王方、董彩云、夏吾诺玛也分别讲述了经历。')).toContain('夏吾诺玛');
    // A conjunction before a list mark ends a name (某凤|和、).
    expect(names('中央军委委员张又诺、魏凤和、李作诺出席。')).toContain('魏凤和');
    expect(names('此本首刻有王安石序，成交价创新高。')).toContain('王安石');
    // 正 before 和 is the adverb of an action under way (某某|正和村民一起…).
    expect(names('党委书记唐晓川正和村民一起查看茶苗长势。')).toEqual(['唐晓川']);
    // A person printed beside 组织 (a verb) stays.
    expect(placeOrBodyInStory('２０２０年周立新组织专家成立研究所。', '周立新')).toBe(false);
  });
  it('tests every printing of a word in the story, and stops at the first that passes', () => {
    const text = '柳湾河穿城而过。柳湾河大桥今天通车。';
    const seen: number[] = [];
    const bridge = (at: number) => (seen.push(at), text.startsWith('大桥', at + 3));
    expect(inStoryWhere(text, '柳湾河', bridge)).toBe(true);
    expect(seen).toEqual([0, 8]);
    expect(inStoryWhere(text, '柳湾河', (at) => text[at + 3] === '水')).toBe(false);
    expect(inStoryWhere(text, '青石镇', () => true)).toBe(false);
  });
  it('reads no dictionary word the story always prints before the same character as a name', () => {
    expect(names('各地栽种白桦林木。今年白桦林木共计五百万株。')).toEqual([]);
  });
  it('reads no body as a speaker where the story brackets it after its full name', () => {
    expect(names('某抵抗运动（哈诺斯）发表声明。会谈后，哈诺斯表示，愿意停火。')).toEqual([]);
    expect(names('会谈后，哈诺斯表示，愿意停火。哈诺斯武装人员撤离。')).toEqual([]);
  });
  it('reads no place as a speaker where the story prints it with a place word', () => {
    expect(names('战斗在苏达郊区继续。会谈后，苏达表示，局势稳定。')).toEqual([]);
    expect(names('俄方对哈尔科夫、敖德诺等多地发动袭击。会后，敖德诺表示，电力恢复。')).toEqual([]);
    expect(names('论坛在卡洛诺举行。会后，卡洛诺表示，合作将扩大。')).toEqual([]);
  });
  it('reads no university as a person (某某·某某大学)', () => {
    expect(names('根据某国诺斯·霍普诺大学的统计数据，病例增加。')).toEqual([]);
  });
  it('keeps a person whose name is printed beside 政府 or 方面', () => {
    // Both mentions are the person's (某某政府 names its head: transliterations.ts).
    expect(names('会谈后，哈诺斯表示，愿意停火。哈诺斯政府将派代表。')).toEqual([
      '哈诺斯',
      '哈诺斯',
    ]);
  });
  it('cuts a once-read name to the name the story gives elsewhere (李成…李成听介绍)', () => {
    expect(names('区委书记韦刚深入学校调研。韦刚听介绍、查台账。')).toEqual(['韦刚', '韦刚']);
    // Read twice, the longer name is a name of its own.
    expect(names('韦刚强说，要抓好。韦刚强表示，')).toEqual(['韦刚强', '韦刚强']);
  });
});
