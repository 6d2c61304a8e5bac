/**
 * Junk people and industries on invented sentences modelled on national news (things23, issue 13,
 * from the junk of the development annotation cctv24y): plants, birds and crafts read as names by
 * sight, foreign names cut before their last sounds, and fragments read as sectors.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');
const industries = (text: string) => entityNames(text, 'industry');

describe('plants, animals and crafts are no people (living-things.ts)', () => {
  it('reads no person in flowers said to bloom or counted in 株', () => {
    expect(people('走进东岭植物园，十万株郁金香竞相绽放，吸引游客驻足。')).toEqual([]);
    expect(people('半山腰上，满坡的杜鹃花盛开，引来不少摄影爱好者。')).toEqual([]);
  });
  it('reads no person in a flower printed again without a verb in the same story', () => {
    expect(people('园内郁金香迎风摇曳。春光里，郁金香与湖水相映成趣。')).toEqual([]);
  });
  it('reads no person in a list closed by 等 and a kind of birds or themes', () => {
    expect(people('湿地里，天鹅、灰雁、白鹤等候鸟陆续北迁。')).toEqual([]);
    expect(people('发布会将围绕景泰蓝、苗绣、宋锦等相应主题展开。')).toEqual([]);
  });
  it('keeps people listed before 等 and a person’s noun', () => {
    expect(people('省长王建国、李红梅等同志出席会议。')).toEqual(['李红梅', '王建国']);
  });
});

describe('a foreign name cut before its last sounds (name-edges.ts withSoundsRunOn)', () => {
  it('makes whole a name after a title whose first character is a Chinese surname', () => {
    expect(people('某国总统提名副总理兼国防部长武切维奇为新一届政府总理人选。')).toContain(
      '武切维奇',
    );
    expect(people('某国总统提名副总理兼国防部长武切维奇为新一届政府总理人选。')).not.toContain(
      '武切维',
    );
  });
  it('drops a run of sounds read by sight and cut before its end (a place)', () => {
    expect(people('乌方称，无人机袭击了位于海边的叶伊斯克军用机场。')).toEqual([]);
  });
  it('takes one character outside the sound tables before a clear end (某巴拉|武|、)', () => {
    expect(people('某国总统马茂、某岛国总统武萨巴拉武、某国主席卡西斯出席。')).toContain(
      '武萨巴拉武',
    );
  });
  it('keeps a name after a title followed by a particle', () => {
    expect(holdsOf('会议由副市长武丽娜主持。')).toEqual(['武丽娜|副市长']);
  });
});

describe('a dotted name whose last character stands alone before a day word (dot-names.ts)', () => {
  it('takes the lone character into the name (某·米卡提当天)', () => {
    expect(people('某国总理纳吉布·米卡提当天谴责了这次袭击。')).toEqual(['纳吉布·米卡提']);
  });
  it('leaves an adverb before the day word out of the name', () => {
    expect(people('某国总理纳吉布·米卡也当天发表讲话。')).toEqual(['纳吉布·米卡']);
  });
});

describe('fragments read as sectors (industries.ts)', () => {
  it('leaves a scale with digits (1500亿级) out of the sector', () => {
    expect(industries('以新材料为主导的1500亿级新材料产业集群正在形成。')).toEqual(['新材料']);
  });
  it('leaves 众多 out of the first item of a list of sectors', () => {
    expect(industries('论坛汇聚了众多能源、信息通讯、装备制造等行业的企业。')).toEqual([
      '信息通讯',
      '能源',
      '装备制造',
    ]);
  });
  it('takes central state firms (央企) before 产业优势 for no sector', () => {
    expect(industries('推动央企产业优势更好转化为地方发展优势。')).toEqual([]);
  });
  it('takes the practice and licences of professions for no sectors', () => {
    expect(industries('境外律师执业、教师从业资格等10个领域实现“首单”突破。')).toEqual([]);
  });
  it('leaves a start-up zone (启动区) out of the sector before 产业园', () => {
    expect(industries('走进启动区互联网产业园，新楼拔地而起。')).toEqual(['互联网']);
  });
});

describe('titles and kinds read as parks (parks.ts DESIGNATION)', () => {
  const parks = (text: string) => entityNames(text, 'park');
  it('takes a nationwide title being created for no park', () => {
    expect(parks('今天，全国质量品牌提升示范区创建活动启动。')).toEqual([]);
  });
  it('takes a province-level rank with no place for no park', () => {
    expect(parks('目前，在省级水网先导区东岭，多座水库正在建设。')).toEqual([]);
  });
  it('takes a bare reform pilot after 和 for no park', () => {
    expect(parks('教育部将在试点地区和改革试验区推广课间活动。')).toEqual([]);
  });
  it('keeps a named zone with its place', () => {
    expect(parks('东岭高新技术产业开发区新签约项目12个。')).toEqual(['东岭高新技术产业开发区']);
  });
});

describe('crossings and coloured things are no people', () => {
  it('reads no person in a crossing’s name before 通道', () => {
    expect(people('今年，东岭通道、黄茂海通道将建成通车。')).toEqual([]);
  });
  it('reads no person in plumage after a colour word', () => {
    expect(people('监测显示，黑嘴鸥从白色夏羽换成了黑色的繁殖羽。')).toEqual([]);
  });
});

describe('seas and countries are no people', () => {
  it('reads no person in a sea printed with 海域 or a lone 海 after sounds', () => {
    expect(people('考察船在北令海公海海域完成了作业演练。')).toEqual([]);
    expect(people('考察队计划明天到达位于北冰洋楚斯奇海的预定作业区域。')).toEqual([]);
  });
  it('reads no person in the head of a country’s name after a title (阿尔|及利亚)', () => {
    expect(people('赵某分别会见某国阵线中央委员会主席 阿尔及利亚总统')).toEqual([]);
  });
});
