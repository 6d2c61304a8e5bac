import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('winners in sports reports', () => {
  it('reads the name before a verb of winning in a clause naming a title, a medal or a record', () => {
    expect(names('轮椅击剑赛场，宋刚获得男子花剑个人A级比赛冠军。')).toEqual(['宋刚']);
    expect(names('举重赛场，韩玲玲获得女子45公斤级比赛冠军。')).toEqual(['韩玲玲']);
    expect(names('游泳赛场，中国队包揽金银铜牌，鲁金城刷新世界纪录。')).toEqual(['鲁金城']);
    expect(names('射击赛场，邓超夺得混合50米手枪慢射比赛金牌。')).toEqual(['邓超']);
  });
  it('reads no winner where the clause names no prize or the subject is a word (高铁获得, 王国刷新)', () => {
    expect(names('该项目获得国家支持，进展顺利。')).toEqual([]);
    expect(names('高铁刷新了出行方式。')).toEqual([]);
    expect(names('决赛中，中国队夺得金牌。')).toEqual([]);
  });
  it('reads a winner after the score or beating a rival (某某以98.50分夺得, 某某力压队友夺得)', () => {
    expect(names('比赛中，柯珊以98.50分夺得女子组冠军。')).toEqual(['柯珊']);
    expect(names('随后，柯珊力压队友夺得女子一米板冠军。')).toEqual(['柯珊']);
    expect(names('随后，中国队力压对手夺得冠军。')).toEqual([]);
  });
  it("reads a team's member after 队的 as a clause's start (某省队的某某夺得, 某队的某某分获)", () => {
    expect(names('决赛中，东江队的柯涛夺得冠军。')).toEqual(['柯涛']);
    expect(names('南林队的宋佳玉分获女子组冠军。')).toEqual(['宋佳玉']);
    expect(names('东江队的组合夺得金牌。')).toEqual([]);
  });
  it("reads a winner after a player's epithet, and 分别 or 勇夺 as the verb (people61)", () => {
    expect(names('田径赛场，东江队16岁小将柯晴晴勇夺女子200米冠军。')).toEqual(['柯晴晴']);
    expect(names('南林队的柯涛和东江队的宋钱钱分别夺得男、女组的冠军。')).toContain('宋钱钱');
    expect(names('东江队的小将们勇夺团体冠军。')).toEqual([]);
  });
});
