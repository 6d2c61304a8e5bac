import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences for round people34 (false people on the independent annotations).
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('pieces of longer things read as people (people34)', () => {
  it('reads no name in a run of four-character set phrases (踏石留印, 常思己过)', () => {
    expect(names('我们要以滴水穿石、踏石留印的韧劲，把各项工作落到实处。')).not.toContain('石留印');
    expect(names('党员干部要勤于自省、常思己过；要敢于担当。')).not.toContain('常思己');
    // A list of names keeps its names, and a name then 说 is a speaker.
    const listed = names('出席会议的有王小明、李大海、张海燕等。');
    expect(listed).toEqual(expect.arrayContaining(['王小明', '李大海', '张海燕']));
    expect(names('大家纷纷发言，陈建国说，今年收成很好。')).toContain('陈建国');
    // 由 opens the name: a list of players, no set phrase.
    expect(names('在昨天的混双决赛中，由孙建国、李海、王楚明出战的队伍夺冠。')).toContain('孙建国');
    expect(names('在新剧《春天来了》中孔丽珍的表演很自然。')).toContain('孔丽珍');
  });

  it('keeps a regnal number with a dotted name (某尔十六世·某某)', () => {
    const king = names('主席同挪威国王哈拉尔十六世·奥拉夫互致贺电，庆祝两国建交周年。');
    expect(king).toContain('哈拉尔十六世·奥拉夫');
    expect(king).not.toContain('世·奥拉夫');
  });

  it('reads no dotted name whose part is a common verb or adjective (“清朗·优化”)', () => {
    const quoted = '近日，有关部门启动“清朗·优化网络营商环境——治理涉企谣言乱象”专项行动。';
    expect(names(quoted).join()).not.toContain('·');
  });

  it('keeps an adverb character before a pause as a sound of the name (大使某尼都、)', () => {
    const envoys = names('新任驻华大使贝拉尼都、驻华大使马金达递交了国书。');
    expect(envoys).toContain('贝拉尼都');
    expect(envoys).not.toContain('贝拉尼');
  });

  it('reads no name of a rare surname then an everyday word after a title (理事|国地位)', () => {
    expect(names('五国的常任理事国地位是历史形成的，不容否定。')).not.toContain('国地位');
    expect(names('全国人大常委会委员长栗战书出席会议。')).toContain('栗战书');
  });

  it('keeps the part of a foreign name after its hyphen (某廉-某历山大, 某里-某萨)', () => {
    const king = names('比利时国王威廉-亚历山大今天在首都会见了代表团。');
    expect(king).toContain('威廉-亚历山大');
    expect(king).not.toContain('威廉');
    const deputy = names('伊朗外交部副部长阿里-礼萨近日接受采访时表示，双方将加强合作。');
    expect(deputy).toContain('阿里-礼萨');
    expect(deputy).not.toContain('阿里');
  });

  it('cuts 为 off a foreign name an appointing verb governs (任命某某·某鲁为新总理)', () => {
    const found = names('国王当天任命人民党主席弗朗切斯科·莫兰为新首相，接替辞职的前任。');
    expect(found).toContain('弗朗切斯科·莫兰');
    expect(found).not.toContain('弗朗切斯科·莫兰为');
  });

  it('reads no plant of the dictionary as a name (杜鹃花)', () => {
    expect(names('五月，山坡上的杜鹃花开得正艳，吸引游客驻足。')).not.toContain('杜鹃花');
    expect(names('村民王桂花说，今年收成好。')).toContain('王桂花');
  });

  it('reads a region or a village after a county as a place (某某大区, 某县某某村)', () => {
    expect(names('该国东部马库莱大区昨天出现强降雨。')).not.toContain('马库莱');
    expect(names('在塔城地区裕民县阿尔夏村，牧民们办起了民宿。').join()).not.toContain('村');
  });
});
