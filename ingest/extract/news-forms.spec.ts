import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences (people40): forms of news writing the name rules read as people.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('forms of news writing are no people (people40, issues 11 and 13)', () => {
  it('reads no name from a country side (阿方表示) where the story prints the country', () => {
    expect(names('阿联酋新建的光伏电站日前投入运营。阿方表示，项目将助力能源转型。')).toEqual([]);
    expect(names('阿根廷代表团当天抵达。阿方希望扩大农产品出口。')).toEqual([]);
  });
  it('reads no name from two countries before a leaders’ title (斯匈总理会面)', () => {
    expect(names('斯匈总理会面 商讨能源合作 斯洛伐克总理21日与到访的匈牙利总理举行会谈。')).toEqual(
      [],
    );
    expect(names('德奥总理会面 商讨能源合作 德国总理当天与奥地利总理举行会谈。')).toEqual([]);
  });
  it('reads no name from the noun a title modifies (总统任期)', () => {
    expect(names('该协定于布朗首个总统任期谈成，此后多次修订。')).toEqual([]);
    // A name after the title stays.
    expect(names('该国总统布朗表示，协定将继续有效。')).toContain('布朗');
  });
  it('cuts the wife’s title 夫人 off the name after a leader’s title', () => {
    const found = names('老挝国家主席夫人玛妮，越南国家主席夫人兰娜等参加上述活动。');
    expect(found).not.toContain('夫人玛妮');
    expect(found).toContain('玛妮');
  });
  it('reads no name from the second half of a counted item of a quoted slogan (“两翼齐飞”)', () => {
    expect(names('构建形成“一城引领、两翼齐飞、三产融合”发展新格局。')).toEqual([]);
    expect(names('获奖的有“三好学生”王飞、李明。')).toEqual(['王飞', '李明']);
  });
  it('reads no name from a quoted slogan opening with a surname (“万企兴万乡”)', () => {
    expect(names('推动“千企联百村”与“万企兴万乡”行动有效衔接。')).toEqual([]);
  });
  it('keeps a name of foreign sounds that opens a quote (a ship named after a marshal)', () => {
    expect(names('舰队的主力舰“格里戈罗维奇元帅”号驶入港口。')).toEqual(['格里戈罗维奇']);
  });
});

describe('things ending in 堆 (a mound) or 桩 (stakes) are no given names (people40)', () => {
  it('reads no name from a mound or a lion dance’s stakes', () => {
    expect(names('考古人员实现对杨王堆漆器的精细修复。')).toEqual([]);
    expect(names('舞狮队员在高高的梅花桩上完成单腿旋转。')).toEqual([]);
  });
});

describe('a clay is no name (name-model.ts NOT_GIVEN_NAME, stop 45)', () => {
  it('reads no name from 高岭土 in a list of materials', () => {
    expect(names('工匠们用高岭土加瓷石烧制出白瓷。')).toEqual([]);
  });
  it('keeps a name whose given name opens with 镇 (某镇炜)', () => {
    expect(names('在某某大学，从小患病的邵镇炜正带领团队研发大模型。')).toEqual(['邵镇炜']);
  });
});

describe('a country and China named by their first characters (news-forms.ts pairWithChina)', () => {
  it('reads no person in 韩中 where the story prints 韩国', () => {
    expect(
      names(
        '李在明表示，欢迎习近平主席对韩国进行国事访问。韩中建交以来，合作不断深入。韩中是邻居。',
      ),
    ).not.toContain('韩中');
  });
});
