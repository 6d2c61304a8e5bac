import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names after a post title read from the segmenter (names38, segmenter-names.ts)', () => {
  it('takes an unknown word under a rare surname or with 和 as a given character', () => {
    expect(names('水利部党组书记、部长阴和钧重点介绍了防汛工作。')).toContain('阴和钧');
    // The given character 和 opens a clause nowhere else: 陈和生 after a title.
    expect(names('研究所副所长陈和生谈了工作设想。')).toContain('陈和生');
  });
  it('takes a foreign name of two whose second sound the tables lack, before a list mark', () => {
    expect(names('北欧某国驻华大使蒙迭、南美某国驻华大使卡洛蒂出席。')).toEqual(['蒙迭', '卡洛蒂']);
  });
  it('takes a name spelt with sounds the tables lack, before a date or a verb', () => {
    expect(names('某国中央银行行长法尔浩25日表示，两国已用本币结算。')).toEqual(['法尔浩']);
  });
  it('takes a surname and a given name that is also a word (春雨), before a verb', () => {
    expect(names('省卫生健康委主任雷春雨围绕医疗改革作了发言。')).toEqual(['雷春雨']);
  });
  it('keeps the whole name jieba holds as a person where the sounds end early', () => {
    expect(names('某国外交部长易卜拉欣在记者会上表示欢迎。')).toEqual(['易卜拉欣']);
  });
  it('reads no name from a frequent word, a numeral or a clause after a title', () => {
    expect(names('本届内阁增设了青年事务大臣一职。')).toEqual([]);
    expect(names('大批游客来台，旅游业随之复苏。')).toEqual([]);
    expect(names('某行业协会主席称美上调关税冲击出口。')).toEqual([]);
    expect(names('大家表示，将牢记总书记的殷殷嘱托。')).toEqual([]);
    expect(names('对某国前首相突遭不幸表示哀悼。')).toEqual([]);
  });
});

describe('names without a title that real news prints (names38)', () => {
  it('reads a Tibetan name with 赤林 (a spelling of 赤列) in a list of names', () => {
    expect(names('主席台就座的有张建华、李红军、王东升、索朗赤林、刘国庆、陈立新。')).toContain(
      '索朗赤林',
    );
  });
  it('reads a Tibetan name opening a clause before its verb', () => {
    expect(names('五年来，次仁达娃见证了小镇的变化。')).toEqual(['次仁达娃']);
    expect(names('扎西德勒，祝大家新年快乐。')).toEqual([]);
  });
  it('reads a name after 小将, 老将 or 名将', () => {
    expect(names('我国18岁小将刘瀚文获得第9名。')).toEqual(['刘瀚文']);
    expect(names('队中老将赵子路夺得一枚铜牌。')).toEqual(['赵子路']);
  });
  it('reads no person from a sea or a strait after a preposition of place (白令海)', () => {
    expect(names('两架轰炸机在白令海完成计划飞行。')).toEqual([]);
    // A person after 在 keeps 的 or a verb of view after the name.
    expect(names('在刘金岛同志的带领下，村民致富。')).toEqual(['刘金岛']);
  });
});
