import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { nameBeforeRole } from './role-after-name.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a name printed before its role word', () => {
  it('reads the name before an occupation or a title and a clear boundary (某某律师则认为)', () => {
    expect(names('江苏某律师事务所徐骏律师则认为，双方都有过错。')).toEqual(['徐骏']);
    expect(names('在研究会前辈沈立博士等的推动下成立。')).toEqual(['沈立']);
  });
  it('reads no name from a word before an occupation (玉石专家, 全处干部, 朱副主席, 张姓市民)', () => {
    expect(names('一些玉石爱好者来到西昌。')).toEqual([]);
    expect(names('感谢朱副主席的致辞。')).toEqual([]);
    expect(names('一位张姓市民说，价格合适。')).toEqual([]);
  });
  it('reads no name from a word of descent before an occupation (华裔学者: jieba tags 华裔 nr)', () => {
    expect(names('他是该奖项唯一获奖的华裔学者。')).toEqual([]);
  });
  it('reads no name where the role word is the verb (某某翻译的《…》)', () => {
    expect(nameBeforeRole('一套八册严复翻译的《名学》。', 6)).toBeUndefined();
  });
  it('reads no name inside a transliterated name (…·某某贝托夫导演)', () => {
    expect(nameBeforeRole('提摩尔·贝托夫导演的影片', 4)).toBeUndefined();
  });
});

describe('a name before its role, then the predicate', () => {
  it('reads the name when a lone adverb, verb or a count follows the role (仍在, 来宣布, 一案)', () => {
    expect(names('如今，身处争议中的王军副局长仍在上班。')).toEqual(['王军']);
    expect(names('有请杨熙主编来宣布入选项目。')).toEqual(['杨熙']);
    expect(names('诬告贺龙元帅一案开庭审理。')).toContain('贺龙');
  });
  it('takes a given character seldom in names when jieba guesses the whole name as a new word', () => {
    expect(names('对于收费，许南博士认为并不合理。')).toEqual(['许南']);
  });
  it('takes no word tagged as a name, nor a conjunction, before an occupation or a title', () => {
    expect(names('招来了二十余名武生学生。')).toEqual([]);
    expect(names('坚决听从党中央和习主席指挥。')).toEqual([]);
  });
});

describe('a role word that opens a longer word (clue-5)', () => {
  it('reads no name before a role that jieba reads inside a longer word (某某|冠军联赛)', () => {
    expect(names('他们可将周中冠军联赛的影响降到最低。')).toEqual([]);
  });
});

describe('a name before its role, glued or rare (clue-5)', () => {
  it('reads the name a verb of asking is glued to by jieba (问|某某总监)', () => {
    expect(names('有问题就可以问孙岚总监。')).toEqual(['孙岚']);
  });
  it('keeps a two-character name under a rarer surname when a role follows (某某总经理就…)', () => {
    expect(names('天鹅堡项目易晖总经理就建筑发表看法。')).toEqual(['易晖']);
  });
  it('keeps no word before a role of a bloc, nor a word jieba holds (欧中领导人, 卓越领导人)', () => {
    expect(names('欧中领导人会晤取得成果。')).toEqual([]);
    expect(names('无产阶级军事家，卓越领导人，')).toEqual([]);
  });
  it('reads no name from a kind after a count of people (４名左翼议员)', () => {
    expect(names('其中４名左翼议员宣布支持该计划。')).toEqual([]);
  });
  it('reads no name before a crowd, the object of a preposition (物资包向居民分发)', () => {
    expect(names('街道组织的防疫物资包向居民分发。')).toEqual([]);
  });
  it('reads the name before an acting head’s title, which jieba reads across (某某代县长)', () => {
    expect(names('会上，许德明代县长作了讲话。')).toEqual(['许德明']);
    expect(names('按照柯立代市长有关工作要求，部署下步工作。')).toEqual(['柯立']);
    expect(names('中国古代市场十分繁荣。')).toEqual([]);
  });
});
