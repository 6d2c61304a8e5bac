import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { findBylines } from './bylines.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => ({
    name: p.name,
    posts: p.posts.map((x) => x.label),
  }));

describe('findPeople', () => {
  it("reads every leader title after a name as that name's, not a chain element (某某委员长、副委员长某某)", () => {
    const wang = people('会议由周立科委员长、副委员长王海主持。').find((p) => p.name === '王海');
    expect(wang?.posts ?? []).not.toContain('周立科委员长');
  });
  it('reads no name from the words after a title printed after a name (某某总书记念兹在兹)', () => {
    expect(people('周立科总书记念兹在兹。').map((p) => p.name)).toEqual(['周立科']);
  });
  it('takes a name after an occupation only where a surname opens it (旅客动线, 航天员乘组)', () => {
    expect(people('车站优化旅客动线，提升效率。')).toEqual([]);
    expect(people('航天员乘组与记者见面。')).toEqual([]);
    expect(people('村民赵丽科说，路修好了。').map((p) => p.name)).toEqual(['赵丽科']);
  });
  it('reads a one-character speech verb only as a word of its own (荣誉称号)', () => {
    expect(people('授予两人“英雄航天员”荣誉称号。')).toEqual([]);
    expect(people('伊媒称有证据显示。')).toEqual([]);
  });
  it('reads no name from a measure word (这张蓝图), a verb word (俗称) or a second occupation', () => {
    expect(people('正是这张蓝图最鲜明的落笔处。')).toEqual([]);
    expect(people('远程诊疗这张网正把医院接进村寨。')).toEqual([]);
    expect(people('林麝俗称獐子，为保护动物。')).toEqual([]);
    expect(people('让市民游客尽享夏日清凉。')).toEqual([]);
  });
  it('ends a transliterated name before the word its last character opens (卡普罗威胁)', () => {
    expect(people('某国总统卡普罗威胁加征关税。').map((p) => p.name)).toEqual(['卡普罗']);
  });
  it('reads a chain on past a word of tenure and its 的 (…副主席、新当选的…会长某某)', () => {
    expect(people('市政协副主席、新当选的市工商联主席杨立震参加座谈。')).toEqual([
      { name: '杨立震', posts: ['市政协副主席', '市工商联主席'] },
    ]);
  });
  it('reads apposition chains before a name', () => {
    expect(people('市人大代表、渝北区委书记于会文表示，要加快发展。')).toEqual([
      { name: '于会文', posts: ['市人大代表', '渝北区委书记'] },
    ]);
  });
  it('takes no name from the verb after 代表 (张伟代表关注产业), keeps names that read as verbs', () => {
    expect(people('会上，张伟代表关注产业工人技能提升。').map((p) => p.name)).toEqual(['张伟']);
    expect(people('城口县文化旅游委主任甘露霏说，要办好节会。')).toEqual([
      { name: '甘露霏', posts: ['城口县文化旅游委主任'] },
    ]);
  });
  it('expands shared-prefix lists and 兼', () => {
    expect(people('市经信委党组书记、主任宁海涛说，今年要稳住增长。')[0]!.posts).toEqual([
      '市经信委党组书记',
      '市经信委主任',
    ]);
    expect(people('市政协委员、腾讯公司副总裁兼西南区总经理柯一鸣表示，')[0]!.posts).toEqual([
      '市政协委员',
      '腾讯公司副总裁',
      '腾讯公司西南区总经理',
    ]);
    expect(people('涪陵区委副书记、区长 欧阳明')[0]).toEqual({
      name: '欧阳明',
      posts: ['涪陵区委副书记', '涪陵区区长'],
    });
  });
  it('resolves organisation aliases in post titles', () => {
    expect(people('市经济和信息化委员会主任牛一平表示，')[0]!.posts).toEqual(['市经信委主任']);
  });
  it('ends the name where a verb begins', () => {
    expect(people('政委李明告诉记者，')[0]!.name).toBe('李明');
    expect(people('区委书记张伟说，')[0]!.name).toBe('张伟');
    expect(people('区委书记王春全说，')[0]!.name).toBe('王春全');
  });
  it('reads speaker lines, delegates and speech verbs', () => {
    expect(people('市商务委副主任闫立群：“外贸回稳向好。”')[0]).toEqual({
      name: '闫立群',
      posts: ['市商务委副主任'],
    });
    expect(people('。陈鸣波代表回答记者提问。')[0]!.name).toBe('陈鸣波');
    expect(people('“这是机会。”张洪铭表示，')[0]!.name).toBe('张洪铭');
  });
  it('accepts a rare surname where only a name can stand', () => {
    expect(people('市科技局党组成员、副局长钭宇航表示，')[0]).toEqual({
      name: '钭宇航',
      posts: ['市科技局党组成员', '市科技局副局长'],
    });
  });
  it('takes a rare surname before 代表 at a clause start, and 是 before a title', () => {
    expect(people('。种文远代表建议，加快建设冷库。')[0]!.name).toBe('种文远');
    expect(people('各行业代表建议，工商联代表表示，')).toEqual([]);
    expect(people('来到现场的是江津区委常委、副区长钟离岳，')[0]!.posts).toEqual([
      '江津区委常委',
      '江津区副区长',
    ]);
    expect(people('某某有限公司总经理助理戈晴说，')[0]!.posts).toEqual(['某某有限公司总经理助理']);
  });
  it('marks former posts', () => {
    const [p] = findPeople('时任德意志交易集团中国区主席的倪元忠表示，', startsWithPlace);
    expect(p!.posts[0]).toMatchObject({ label: '德意志交易集团中国区主席', former: true });
  });
  it('does not take ordinary words for names', () => {
    expect(people('全市规模以上工业增加值增长6.5%，方面表示满意。')).toEqual([]);
    expect(people('在与代表的一问一答中，新气象让人印象深刻。')).toEqual([]);
  });
  it('reads a name after a household of the poverty programmes (脱贫户某某)', () => {
    expect(people('脱贫户柯罚平听得特别用心。').map((p) => p.name)).toEqual(['柯罚平']);
    expect(people('村里的贫困户吴罚平正忙着。').map((p) => p.name)).toEqual(['吴罚平']);
  });
});

describe('a name after a foreign post title', () => {
  const people = (text: string) =>
    findPeople(text, () => false).map((p) => [p.name, p.posts.map((x) => x.label)]);
  it('ends before a day of the month (某国首相某某9日表示)', () => {
    expect(people('东岭国国防部长绍瓦诺11日表示，冲突将延长。')).toEqual([
      ['绍瓦诺', ['东岭国国防部长']],
    ]);
  });
  it('takes a conjunction opening the clause out of the title (但某国总理某某)', () => {
    expect(people('但东岭国总理欧瓦班对此再次表示反对。')).toEqual([['欧瓦班', ['东岭国总理']]]);
  });
  it('keeps a one-character given name before 在 (副主席林正在北京会见)', () => {
    expect(people('东岭市副市长林正在当地会见来访客人。')).toEqual([['林正', ['东岭市副市长']]]);
  });
  it('reads four characters the segmenter does not know as a Japanese name (会长坂田雅信)', () => {
    expect(people('东岭协会会长坂田雅信与东岭国大臣会谈。')).toEqual([
      ['坂田雅信', ['东岭协会会长']],
    ]);
    expect(people('董事长说明了情况。')).toEqual([]);
    expect(people('刷新航天员单个乘组在轨驻留时间纪录。')).toEqual([]);
  });
  it('keeps 经 of 经合组织 and 经济部 in the title (no opener there)', () => {
    expect(people('经合组织首席经济学家佩瓦拉3日表示，')).toEqual([
      ['佩瓦拉', ['经合组织首席经济学家']],
    ]);
  });
  it('ends a run of sounds before an adjective used as the verb’s adverb (某某强烈谴责)', () => {
    expect(people('葡萄牙总理卡瓦诺强烈谴责这一袭击。')).toEqual([['卡瓦诺', ['葡萄牙总理']]]);
  });
  it('reads a state’s observer to a body as a post (常驻联合国观察员某某)', () => {
    expect(people('东岭国常驻联合国观察员卡瓦诺在会后表示，')).toEqual([
      ['卡瓦诺', ['东岭国常驻联合国观察员']],
    ]);
  });
  it('reads no name after a title word used as a verb with 着 or 了 (代表着新的方向)', () => {
    expect(people('数字经济代表着新的生产力和新的发展方向。')).toEqual([]);
  });
  it('reads a seat in a parliament as a post (某国参议员某某)', () => {
    expect(people('东岭国参议员卡瓦诺在社交媒体发文说，')).toEqual([['卡瓦诺', ['东岭国参议员']]]);
  });
  it('keeps sounds that are also given-name characters inside a long run (斯托尔滕贝格, 米尔济约夫)', () => {
    expect(people('某组织秘书长卡托尔滕贝格10日称，').map(([n]) => n)).toEqual(['卡托尔滕贝格']);
    expect(people('东岭国总统卡尔济约夫以多数票胜出。').map(([n]) => n)).toEqual(['卡尔济约夫']);
  });
});

describe('findBylines', () => {
  it("reads 本报记者 lines and editors' credits, bracketed or not", () => {
    const names = (t: string) => findBylines(t).map((b) => `${b.name}/${b.role}`);
    expect(names('本报记者 方明远 通讯员 程晓')).toEqual(['方明远/记者', '程晓/通讯员']);
    expect(names('（本版编辑：贺晓光）')).toEqual(['贺晓光/编辑']);
    expect(names('责任编辑：钟晓雨')).toEqual(['钟晓雨/责任编辑']);
  });
  it("reads roll calls of a body's leaders, with no post", () => {
    expect(people('市长陈立主持。市领导张明、李华、王强参加。')).toEqual([
      { name: '陈立', posts: ['市长'] },
      { name: '张明', posts: [] },
      { name: '李华', posts: [] },
      { name: '王强', posts: [] },
    ]);
    expect(people('出席会议的还有省领导赵平、钱进。').map((p) => p.name)).toEqual(['赵平', '钱进']);
    expect(people('区领导要带头落实。')).toEqual([]);
  });
  it('reads a news agency dateline as a lead', () => {
    expect(
      findBylines('新华社武汉5月9日电（记者 覃若愚 伍思齐）记者从省里获悉。').map((b) => b.name),
    ).toEqual(['覃若愚', '伍思齐']);
  });
  it('reads leads, credits, photo lines and closing bylines', () => {
    const text = [
      '本报讯(首席记者 张亦筑 实习生 冉罗楠)正文。',
      '本组稿件由记者陈波、周允采写，图片由记者齐茂森摄',
      '车间一角 摄/廖秋平',
      '新重庆-重庆日报记者 杨帆 王天翊',
    ].join('\n');
    expect(findBylines(text).map((b) => `${b.name}:${b.role}`)).toEqual([
      '张亦筑:首席记者',
      '冉罗楠:实习生',
      '陈波:记者',
      '周允:记者',
      '齐茂森:摄影',
      '廖秋平:摄影',
      '杨帆:记者',
      '王天翊:记者',
    ]);
  });
  it('reads compound surnames, per-name credit roles, reports and labelled credit lines', () => {
    const text = [
      '□本报首席记者 司马青岚 见习记者 眭一鸣',
      '【短片】记者刘一禾报道：正文。',
      '本组稿件由记者 甄鹿原、实习生 荆蓉 采写',
      '责任编辑：裴静怡',
    ].join('\n');
    expect(findBylines(text).map((b) => `${b.name}:${b.role}`)).toEqual([
      '司马青岚:首席记者',
      '眭一鸣:见习记者',
      '刘一禾:记者',
      '甄鹿原:记者',
      '荆蓉:实习生',
      '裴静怡:责任编辑',
    ]);
  });
  it('reads a title before a foreign name the segmenter glues to the title (商务部|长罗|萨诺)', () => {
    expect(people('据报道，美国商务部长罗萨诺称，关税政策面临纷争。')).toEqual([
      { name: '罗萨诺', posts: ['美国商务部长'] },
    ]);
  });
  it('reads a surname opening a long run of sounds as the run (彭|迪罗夫斯基), not three characters', () => {
    expect(people('国家主席同某国总统彭迪罗夫斯基互致贺电。').map((p) => p.name)).toEqual([
      '彭迪罗夫斯基',
    ]);
  });
  it('ends a two-character foreign name before a verb its third character opens (舒默|率领)', () => {
    expect(people('会见某国参议院多数党领袖舒默率领的代表团。').map((p) => p.name)).toEqual([
      '舒默',
    ]);
  });
  it('ends two sounds the segmenter reads as one unknown word before a noun (卢莫|独家专访)', () => {
    expect(people('今晚播出某国总统卢莫独家专访。').map((p) => p.name)).toEqual(['卢莫']);
  });
});

describe('names after trades and titles of address (clue-5)', () => {
  const names = (text: string) => people(text).map((p) => p.name);
  it('reads a name after a trade, a rank or a title the gazetteer lists (监测员, 老板娘, 二等兵)', () => {
    expect(names('该市场监测员吕彤分析，本周菜价回落。')).toEqual(['吕彤']);
    expect(names('店里的老板娘王秀菊指着货架说。')).toEqual(['王秀菊']);
    expect(names('影片通过二等兵米卓的视角讲述战役。')).toEqual(['米卓']);
  });
  it('reads a name after a host (主持人) and after a scholar or artist of a field (医药学家, 舞蹈家)', () => {
    expect(names('央视著名主持人李泳因病去世。')).toEqual(['李泳']);
    // (no dynasty before it: 明代医药学家某某 is a figure of history, historical-figures.ts)
    expect(names('著名医药学家李时实的故乡在这里。')).toEqual(['李时实']);
    expect(names('英国物理学家狄拉科根据相对论提出假设。')).toEqual(['狄拉科']);
  });
  it('reads no name from a body before the title of its head (银监会主席)', () => {
    expect(names('今日下午，银监会主席刘明清介绍了有关情况。')).toEqual(['刘明清']);
  });
  it('reads no rare-surname name from an adverb after a title (专家很谦虚)', () => {
    expect(names('章惠民：老专家很谦虚。')).toEqual(['章惠民']);
  });
  it('cuts an adverb glued to a name after a title (某某更认为)', () => {
    expect(names('德国社会学家韦博更认为，这一制度缺乏可预期性。')).toEqual(['韦博']);
    expect(names('因此，检察长布琅再向最高法院上诉。')).toEqual(['布琅']);
  });
  it('reads no Chinese name after an occupation and 的: the occupation is a noun there (大师的马屁)', () => {
    expect(names('他为拍几位大师的马屁而四处奔走。')).toEqual([]);
    expect(names('始终无法跻身一线的演员的斯坦霍普曾息影多年。')).toEqual(['斯坦霍普']);
  });
});

describe('a hyphen or dash between a title and its name (clue9)', () => {
  it('reads the name after 总经理- as after 总经理 and a space, with the post', () => {
    expect(people('公司总经理-王晓明表示，销量回升。')).toEqual([
      { name: '王晓明', posts: ['公司总经理'] },
    ]);
  });
  it('reads 洪, a common surname, before a speech verb (洪某某表示), and no flood as a name', () => {
    expect(people('洪立新表示，要加快进度。').map((p) => p.name)).toEqual(['洪立新']);
    expect(people('洪峰通过后，洪水退去。')).toEqual([]);
  });
  it("reads an Australian state's governor as a post title (州督某某)", () => {
    expect(people('西澳州州督周丽安出席仪式。')).toEqual([
      { name: '周丽安', posts: ['西澳州州督'] },
    ]);
  });
  it('reads 兼 after a title as the joint office, no name (主席兼某某公司董事长: cctv32b)', () => {
    expect(people('会见东岭基金会主席兼诺和华公司董事会主席柯明远。').map((p) => p.name)).toEqual([
      '柯明远',
    ]);
  });
});
