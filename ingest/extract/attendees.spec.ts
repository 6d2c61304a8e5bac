/**
 * People on invented sentences modelled on national news (people21, issue 11, from the person junk
 * of the independent annotations cctv23y, cctv22x, cctv22u, cctv22m and the misses of the people
 * golds): attendees closed by 等, names with an address after them, foreign names with one more
 * sound before a verb, 则 after a name, a name ending in 和 the story vouches for, lists of things,
 * compound surnames that are words, set phrases and a rare word as given name before a title.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a sentence of attendees closed by 等 (clause-names.ts attendeeAt)', () => {
  it('gives every item before 等出席上述活动', () => {
    expect(people('活动在京举行。丁浩然、尹力等出席上述活动。')).toEqual(['丁浩然', '尹力']);
  });
  it('gives a lone attendee before 陪同调研', () => {
    expect(people('他来到一家工厂。吴建章陪同调研。')).toEqual(['吴建章']);
  });
  it('takes no sides or bodies before 等参加活动', () => {
    expect(people('活动在京举行。企业、高校等参加活动。')).toEqual([]);
  });
});

describe('a clause of speakers after the chair (clause-names.ts SPEAKERS, stop 45)', () => {
  it('gives every item of 甲、乙、丙先后发言 though a given name is a word (某青山, 某长星)', () => {
    expect(people('会议听取汇报。丁浩然主持会议，尹力、曲青山、信长星先后发言。').sort()).toEqual(
      ['丁浩然', '信长星', '尹力', '曲青山'].sort(),
    );
  });
  it('takes no bodies or sides taking their turns (企业、高校先后发言)', () => {
    expect(people('会上，企业、高校先后发言。县委、县政府相继发言。')).toEqual([]);
  });
});

describe('an address word after the name (name-model.ts ADDRESS_AFTER_NAME)', () => {
  it('keeps a name jieba holds whole though its given name is a city (某中山先生)', () => {
    expect(people('今年是孙中山先生诞辰纪念日，各界人士前来缅怀。')).toEqual(['孙中山']);
  });
  it('keeps a name before 教授 after a body’s short name (某农科院某某教授)', () => {
    expect(people('省农科院梅方权教授意味深长地说，种子是农业的芯片。')).toEqual(['梅方权']);
  });
  it('keeps a two-character name after 的 with 同志 after it', () => {
    expect(people('八十岁高龄的彭真同志一直工作到了凌晨。')).toEqual(['彭真']);
  });
});

describe('the last sound of a foreign name before a verb (name-followers.ts lastSoundAt)', () => {
  it('keeps a character outside the tables before a speech verb (某姆巴拉旺表示)', () => {
    expect(people('某国总统萨姆巴拉旺表示，两国友谊源远流长。')).toEqual(['萨姆巴拉旺']);
  });
  it('keeps it before 宣誓就职, which jieba reads as a name', () => {
    expect(people('某国当选总统卡恰图良宣誓就职。')).toEqual(['卡恰图良']);
  });
  it('leaves a word the last sound opens out (某兰博|士: 博士 is a word)', () => {
    expect(people('图为莫兰博士演示新设备。')).toEqual(['莫兰']);
  });
  it('leaves an adverb after the name out (古特雷斯也表示)', () => {
    expect(people('联合国秘书长古特雷斯也表示支持。')).toEqual(['古特雷斯']);
  });
  it('keeps a dotted name’s last sound jieba tags as an idiom (…·吐尼亚孜陪同)', () => {
    expect(people('他在自治区政府主席艾山·吐尼亚孜陪同下考察。')).toEqual(['艾山·吐尼亚孜']);
  });
});

describe('则 after a name (false-names.ts GLUED)', () => {
  it('cuts 则 off a name after a title (某某则表示)', () => {
    expect(people('某国助理国务卿莫兰则在会上承认了此事。')).toEqual(['莫兰']);
  });
});

describe('a name ending in 和 that the story vouches for (story-names.ts)', () => {
  it('reads 和 before 家 as the name’s where the story prints it before a speech verb', () => {
    expect(people('记者走进居民赵敬和家中。赵敬和告诉记者，他去年搬进了新居。')).toEqual([
      '赵敬和',
    ]);
  });
  it('keeps 和 the conjunction where the story never does (某某和家人)', () => {
    expect(people('村民王柏和家人一起采茶。')).toEqual(['王柏']);
  });
});

describe('lists of things, compound surnames that are words, set phrases (people21)', () => {
  it('reads the items of a list closed by 等活动 as things (研学、沙龙等活动)', () => {
    expect(people('团员们开展参观、研学、沙龙等活动。')).toEqual([]);
  });
  it('keeps the items of a list closed by 等领导 (甲、乙等领导出席)', () => {
    expect(people('王海涛、李明华等领导出席。')).toEqual(['李明华', '王海涛']);
  });
  it('reads a compound surname jieba holds as a word before a word as two words (东方文明)', () => {
    expect(people('两国同属东方文明，文化价值相近。')).toEqual([]);
  });
  it('keeps a compound surname before a given name (欧阳娜娜)', () => {
    expect(people('歌手欧阳娜娜表示很开心。')).toEqual(['欧阳娜娜']);
  });
  it('reads a name cut out of an A B A C phrase as the phrase (苗齐苗壮)', () => {
    expect(people('目前，玉米、大豆苗齐苗壮，长势良好。')).toEqual([]);
  });
  it('keeps a name sharing one character with such a phrase (某超然|已然)', () => {
    expect(people('当时，李文秋、张超然已然成名。')).toEqual(['张超然', '李文秋']);
  });
  it('reads a given name repeated at the head of the next item as a phrase (党依宪…、依宪…)', () => {
    expect(people('不断提高党依宪治国、依宪执政的能力。')).toEqual([]);
  });
  it('reads a shrine named after a person as a place (某公祠)', () => {
    expect(people('他常去那里，吟诵史公祠的楹联。')).toEqual([]);
  });
});

describe('words HanLP sees only around names (person-roles.ts onlyAroundNames)', () => {
  it('reads a message as no speaker (贺词指出: 贺词 is a name to jieba)', () => {
    expect(people('大会今天开幕。贺词指出，五年来，该党坚持履职尽责。')).toEqual([]);
  });
  it('reads a verb after an occupation as the verb (工作者荣获第…)', () => {
    expect(people('我国5名社区工作者荣获第12届全国表彰。')).toEqual([]);
  });
  it('reads a gathering after an occupation as the event (企业家高峰会)', () => {
    expect(people('他向第十届中国—东盟企业家高峰会发表书面致辞。')).toEqual([]);
  });
  it('keeps a whole name the counts hold as context (a list item such as 楼阳生, L1 M1)', () => {
    expect(people('大会执行主席王海涛、楼阳生在主席台就座。')).toEqual(['楼阳生', '王海涛']);
  });
  it('keeps a two-character name the counts hold as context once (前锋马龙·, 龙 a given name’s)', () => {
    expect(people('据媒体披露，该队前锋马龙·')).toEqual(['马龙']);
  });
  it('keeps a person after an occupation before a speech verb (村民某大山说)', () => {
    expect(people('村民王大山说，今年收成好。')).toEqual(['王大山']);
  });
});

describe('a rare word as given name before a leader’s title (leader-titles.ts mayNameLeader)', () => {
  it('keeps a name whose given name is a rare word (某战书委员长)', () => {
    expect(people('会议在京举行，马战书委员长主持。')).toEqual(['马战书']);
  });
});
