/**
 * Rulers' and royals' titles (pairs41, issue 11, on invented sentences): a sultan's title glued
 * after the name (同某某苏丹就…, 转达某某苏丹对…), though 苏丹 is a country too; a royal house's
 * titles no Chinese holds (太后, 太皇) before and after the name; the office is the story's one
 * state's, printed bare as an alias.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a sultan printed with his title after the name', () => {
  it('reads the name after 同 and after 转达 (哈桑达尔苏丹)', () => {
    expect(entityNames('去年国家主席同哈桑达尔苏丹就合作达成共识。', 'person')).toEqual([
      '哈桑达尔',
    ]);
    expect(entityNames('某国外长比达转达哈桑达尔苏丹对主席的问候。', 'person')).toContain(
      '哈桑达尔',
    );
  });
  it("gives him the story's one state's 苏丹, the bare title an alias", () => {
    const text = '国家主席同哈桑达尔苏丹就合作达成共识。文莱是中国的友好邻邦。';
    expect(forms(text)).toEqual(['哈桑达尔|文莱苏丹', '哈桑达尔|苏丹']);
  });
  it('reads no name in the country 苏丹 (南苏丹和苏丹, 苏丹总统某某)', () => {
    expect(entityNames('某国外长会见了南苏丹和苏丹的代表。', 'person')).toEqual([]);
    expect(holdsOf('苏丹总统布尔罕会见了某国外长。')).toEqual(['布尔罕|苏丹总统']);
  });
});

describe("a royal house's titles (太后, 太皇)", () => {
  it('gives 太后 before a name after 和 the country of the line (国王甲和太后乙)', () => {
    expect(holdsOf('国家主席会见柬埔寨国王西达莫尼和太后莫尼达。莫尼达表示感谢。')).toEqual([
      '莫尼达|柬埔寨太后',
      '西达莫尼|柬埔寨国王',
    ]);
  });
  it('reads 太后 and 太皇 after the name as the bare title of the state (某某太皇陛下)', () => {
    expect(forms('主席欢迎西达莫尼国王和莫尼达太后来京。柬埔寨是友好邻邦。')).toContain(
      '莫尼达|太后',
    );
    expect(forms('这要归功于老一辈领导人同西达努克太皇陛下缔结的友谊。柬埔寨是友好邻邦。')).toEqual(
      ['西达努克|柬埔寨太皇', '西达努克|太皇'],
    );
  });
});

describe("a royal after a consort's or heir's title (people61)", () => {
  // 王后, 王子, 公主 name no office (the golds count no post for them), but the person after them
  // is one, as after 国王.
  it('reads the run of sounds after 王后 and 王子 as a person', () => {
    expect(entityNames('某国王后莱蒂娜参观了展览。', 'person')).toEqual(['莱蒂娜']);
    expect(entityNames('某国王子哈希姆出席仪式。', 'person')).toEqual(['哈希姆']);
  });
});

describe("a prince's or princess's title after the name (people62)", () => {
  // Invented names of sounds: 亲王 and 公主 close a foreign name as 国王 does, after 率 too.
  it('reads the run of sounds before 亲王 and 公主 as a person', () => {
    expect(entityNames('老一辈领导人和西哈诺克亲王在会议上一见如故。', 'person')).toEqual([
      '西哈诺克',
    ]);
    expect(entityNames('某国国王率卡努拉亲王在机场迎接。', 'person')).toEqual(['卡努拉']);
    expect(entityNames('某国国王和阿米娜公主出席宴会。', 'person')).toEqual(['阿米娜']);
  });
  it('reads no person in a Chinese title of history (唐朝文成公主)', () => {
    expect(entityNames('唐朝文成公主带去了琴。', 'person')).toEqual([]);
  });
});
