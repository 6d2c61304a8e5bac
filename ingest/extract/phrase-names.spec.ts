import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences; each reproduces a false person seen on real 新闻联播 text (cctv26e,
// cctv25e, cctv22s, cctv23f, cctv26g) or a kind the lead listed from a held-out set.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('phrases read as names (phrase-names.ts)', () => {
  it('takes no demonstrative or visit after a leader title (总统此访, 领导人访英)', () => {
    expect(names('会谈中，卡尔多总统表示，卡尔多总统此访是一次历史性的访问。')).not.toContain(
      '此访',
    );
    expect(names('他曾接待多位中国领导人访英，为两国关系作出贡献。')).toEqual([]);
  });
  it('takes no scope word for a surname and a given name (全国新发现, 全连官兵)', () => {
    expect(names('自然资源部表示，全国新发现矿产地二百处。')).toEqual([]);
    expect(names('82年前，全连82名官兵在江苏英勇作战。')).toEqual([]);
  });
  it('takes no surname and title for a name (施站长说)', () => {
    expect(names('施站长说，天线运转正常。')).toEqual([]);
  });
  it('takes no list of 全X and no prize dotted to its section (全要素, 某某奖·梅花)', () => {
    expect(names('中国高铁首次全系统、全要素、全产业链在海外建设项目。')).toEqual([]);
    expect(names('第九届中国戏剧奖·梅花表演奖昨晚在广州颁奖。')).toEqual([]);
  });
  it('takes no word of a work title (《给阿嬷的信》)', () => {
    expect(names('其中，电影《给阿嬷的信》热映。')).toEqual([]);
  });
  it('takes no road named by its two ends (沈海高速)', () => {
    expect(names('资金聚焦连霍高速、沈海高速等重点路线。')).toEqual([]);
  });
  it('takes no term after a quantity (首批沙戈荒新能源基地)', () => {
    expect(names('我国首批沙戈荒新能源基地外送工程投产。')).toEqual([]);
  });
  it('takes no adverb and verb after a subject (两国都崇尚和平)', () => {
    expect(names('两国都崇尚和平。')).toEqual([]);
  });
  it('takes no list of similes (白如雪、轻如燕)', () => {
    expect(names('这里的丝绸白如雪、轻如燕、薄如纸，吸引游客。')).toEqual([]);
  });
  it('takes no historic quarter after a verb of going (来到陶阳里)', () => {
    expect(names('游客来到陶阳里，感受瓷都文化。')).toEqual([]);
  });
  it('takes no place that starts inside the name (代表齐聚成都)', () => {
    expect(names('来自多国的代表齐聚成都。')).toEqual([]);
  });
  it('cuts 致词 read into a name after a title (第一书记阿东致词)', () => {
    expect(names('开幕会上，某团中央书记处第一书记阿东致词。')).toEqual(['阿东']);
  });
  it('cuts a verb or 等 glued to a name (某某致慰问电, 某某等参加会见, 总理某某监誓。)', () => {
    expect(names('同日，国务院总理李强向莫迪致慰问电。')).toEqual(['李强', '莫迪']);
    expect(names('王沪宁会见了代表团。尹力等参加会见。')).toContain('尹力');
    expect(names('王沪宁会见了代表团。尹力等参加会见。')).not.toContain('尹力等');
    expect(names('李闯：新时代的特战尖兵。2018年，李闯由中队长被破格提升。')).toEqual([
      '李闯',
      '李闯',
    ]);
    expect(names('张自由说，感谢大家。')).toEqual(['张自由']);
    const sworn = names('国务院总理李强监誓。宣誓后，李强指出，要铸牢忠诚。');
    expect(sworn).toContain('李强');
    expect(sworn).not.toContain('李强监誓');
  });
  it('takes no craft or thing held up as a representative (某锦织造技艺是…的重要代表)', () => {
    expect(names('他表示，宋锦织造技艺是中国丝绸文化的重要代表。')).toEqual([]);
  });
  it('takes no character of a drama or a novel (剧中，少女某某一家)', () => {
    expect(names('剧中，少女陈小雨一家在城中村的生活令人动容。')).toEqual([]);
    expect(names('电视剧讲述了少女陈小雨一家三代人的奋斗故事。')).toEqual([]);
  });
  it('takes no verse quoted as a speaker (古诗云：) and cuts 曰 off a sage (某子曰：)', () => {
    expect(names('古诗云：“会当凌绝顶，一览众山小。”')).toEqual([]);
    expect(names('孟子曰：“老吾老以及人之老。”')).toEqual(['孟子']);
  });
  it('keeps 云 ending the name of a title’s holder before a comma (州长某凌云，…)', () => {
    expect(names('州委副书记、州长苗凌云，副州长柯立出席。')).toContain('苗凌云');
  });
  it('gives the title before a name to the name when 夫妇 follows (总统某某夫妇)', () => {
    const [couple] = findPeople('乌兹别克斯坦总统卡里莫夫夫妇参加欢迎仪式。', startsWithPlace);
    expect(couple?.name).toBe('卡里莫夫');
    expect(couple?.posts.map((p) => p.label)).toEqual(['乌兹别克斯坦总统']);
  });
  it('keeps names that look alike (a name after 首位, a name before 等人 in a list)', () => {
    expect(names('首位发言的是代表林如海。')).toContain('林如海');
    expect(names('外交部长马卢、王全国等出席。')).toContain('马卢');
    expect(names('电影《长路》导演张艺谋表示，影片讲述真实故事。')).toEqual(['张艺谋']);
    expect(names('他表示，校长王明远是教育工作者的优秀代表。')).toContain('王明远');
    // A work named without telling it, a dictionary person after a quantity (CLUENER dev's kinds).
    expect(names('一代武侠小说泰斗王书远于30日病逝。')).toEqual(['王书远']);
    expect(names('巴黎出现了一批毕加索画风的追随者。')).toEqual(['毕加索']);
  });
});

describe('a verb of meeting or parting glued to a name (people62)', () => {
  it('cuts 话别 and 会晤 off a name jieba tags a place (某国总书记华林话别。)', () => {
    expect(names('国家主席同某国总书记华林话别。')).toEqual(['华林']);
    expect(names('国家主席同某国总书记华林会晤。')).toEqual(['华林']);
  });
});
