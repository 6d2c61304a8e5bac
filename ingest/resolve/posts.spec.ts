/** Posts: one node per office, on invented titles and sentences. */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../extract/index.ts';
import { canonicalPost } from './posts.ts';
import { postAliasMap } from './post-aliases.ts';

const title = (organization: string, role: string) => ({
  label: organization + role,
  printed: organization + role,
  organization,
  role,
  former: false,
});
const label = (organization: string, role: string) =>
  canonicalPost(title(organization, role))?.label;
const posts = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'post')
    .map((e) => e.name)
    .sort();

describe('posts', () => {
  it('cuts a time or a verb of mourning before the title (同一天某国国防部长, 吊唁某党中央总书记)', () => {
    expect(label('一天东岭国国防部', '长')).toBe('东岭国国防部长');
    expect(label('吊唁东岭党中央总', '书记')).toBe('东岭党中央总书记');
    expect(label('沉痛悼念东岭党中央总', '书记')).toBe('东岭党中央总书记');
    // The Party's Central Committee printed bare in a plenum's communiqué.
    expect(label('中央委员会总', '书记')).toBe('中共中央总书记');
    expect(posts('全会听取了报告。中央委员会总书记王明远作了重要讲话。')).toEqual([
      '中共中央总书记',
    ]);
  });
  it('keeps an acting local head as printed (代县长, 代区长), not a lone 代 before the title', () => {
    expect(label('代', '县长')).toBe('代县长');
    expect(posts('县委副书记、代县长陈景辉，副县长吴武超，到某镇调研。')).toEqual(
      ['代县长', '副县长', '县委副书记'].sort(),
    );
    // A lone 代 before an office of state still names no office: whose acting president is not said.
    expect(label('代', '总统')).toBeUndefined();
  });
  it("keeps a bare level before a zone's working or administrative committee (区党工委委员)", () => {
    expect(label('区', '党工委委员')).toBe('区党工委委员');
    expect(posts('区党工委委员、管委会副主任、公安分局局长王明君，有关部门负责人参加。')).toEqual(
      ['公安分局局长', '区党工委委员', '区管委会副主任'].sort(),
    );
    // A lone level before a bare role still names no office.
    expect(label('区', '副主任')).toBeUndefined();
  });
  it("keeps a bare level before its discipline commission's office (省纪委书记)", () => {
    expect(label('省', '纪委书记')).toBe('省纪委书记');
    expect(posts('省委常委、省纪委书记、省监委主任柯立出席。')).toEqual(
      ['省监委主任', '省纪委书记', '省委常委'].sort(),
    );
    expect(posts('市纪委副书记苗青山参加。')).toEqual(['市纪委副书记']);
  });
  it('takes a village-stationed first secretary (驻村第一书记) for a role, not an office', () => {
    expect(posts('驻村第一书记刘明远介绍了情况。')).toEqual([]);
  });
  it('cuts a clause before the title', () => {
    expect(label('杂志发表中共中央总', '书记')).toBe('中共中央总书记');
    expect(label('以抗议阿根廷', '总统')).toBe('阿根廷总统');
    expect(label('外长马鲁夫17日在评论东瀛抗议俄', '总统')).toBe('俄罗斯总统');
    expect(label('要求政府驱逐美国驻加拿大', '大使')).toBe('美国驻加拿大大使');
  });
  it('reads 由 of 自由 (liberal) as part of a party, not the agent 由 ending a clause', () => {
    expect(label('某国自由民主党', '主席')).toBe('某国自由民主党主席');
    expect(label('由某国自由党', '领袖')).toBe('某国自由党领袖');
  });
  it('finds no office after a pronoun, in a list or after a time and a verb', () => {
    expect(label('他近期与', '最高领袖')).toBeUndefined();
    expect(label('该州', '州长')).toBeUndefined();
    expect(label('越南等10多个周边国家', '领导人')).toBeUndefined();
    expect(label('秘书长古特雷斯通过副', '发言人')).toBeUndefined();
    expect(label('暑期休假', '专家')).toBeUndefined();
  });
  it('names a country one way, and 外长 as 外交部长', () => {
    expect(label('俄', '总统')).toBe('俄罗斯总统');
    expect(label('厄瓜多尔共和国', '总统')).toBe('厄瓜多尔总统');
    expect(label('伊朗', '外长')).toBe('伊朗外交部长');
    expect(label('伊朗副', '外长')).toBe('伊朗外交部副部长');
    // 某省全国人大代表 is a deputy to the national congress: one office with 全国人大代表.
    expect(label('河北省全国人大', '代表')).toBe('全国人大代表');
    // 黎看守政府总理 and 黎巴嫩看守政府总理: one office.
    expect(label('黎看守政府', '总理')).toBe('黎巴嫩看守政府总理');
    // 美防长 and 美国国防部长 in two stories: one office.
    expect(label('美', '防长')).toBe('美国国防部长');
    expect(label('伊朗', '防长')).toBe('伊朗国防部长');
    // 新闻发言人 and 发言人 of one body are one office.
    expect(label('东岭外交部', '新闻发言人')).toBe('东岭外交部发言人');
    expect(label('大会新闻', '发言人')).toBe('大会新闻发言人');
    expect(label('主席团常务', '主席')).toBe('大会主席团常务主席');
    // A rank alone (一级法官) and a transliterated name glued in are no office.
    expect(label('一级', '法官')).toBe(undefined);
    expect(label('科学和工业', '部长')).toBe(undefined);
    expect(label('东岭·马丁公司首席', '执行官')).toBe('东岭·马丁公司首席执行官');
    expect(label('加拿大科学和工业', '部长')).toBe('加拿大科学和工业部长');
    expect(label('联合国驻东岭人道主义协调员阿卜杜勒-穆拉和东岭危机区域人道主义', '协调员')).toBe(
      undefined,
    );
    expect(label('宪法和法律委员会', '主任委员')).toBe('全国人大宪法和法律委员会主任委员');
    expect(posts('东岭外交部新闻发言人张某某表示。')).toEqual(['东岭外交部发言人']);
    // A body of a republic keeps its name.
    expect(label('伊朗伊斯兰共和国军队总', '司令')).toBe('伊朗伊斯兰共和国军队总司令');
  });
  it('names national bodies by their canonical names, and the bare 总书记', () => {
    expect(label('中共中央政治局', '委员')).toBe('中央政治局委员');
    expect(canonicalPost({ ...title('总', '书记'), label: '总书记' })?.label).toBe(
      '中共中央总书记',
    );
  });
  it('makes a post in a body without its own name the role of the person', () => {
    expect(canonicalPost(title('报告团', '成员'))?.occupation).toBe(true);
    const post = canonicalPost(title('村委会', '主任'));
    expect(post?.occupation).toBe(true);
    expect(posts('村委会主任王大山介绍，今年种了三百亩茶叶。')).toEqual([]);
  });
  it('reads one office in a story that names it two ways', () => {
    expect(posts('俄总统普拉托夫当天会见来宾。俄罗斯总统普拉托夫表示欢迎。')).toEqual([
      '俄罗斯总统',
    ]);
    // 欧盟成员国: member states, not a member's office.
    expect(posts('欧盟成员国内政部长4日举行紧急视频会议。')).not.toContain('欧盟成员');
  });
  it('cuts the clauses of meeting reports and prepositions before a country', () => {
    expect(label('闭幕会由大会主席团常务', '主席')).toBe('大会主席团常务主席');
    expect(label('播音员向观众介绍中国国家', '主席')).toBe('国家主席');
    expect(label('总台记者通过网络参加了俄罗斯外交部', '发言人')).toBe('俄罗斯外交部发言人');
    expect(label('他表示与俄罗斯', '外长')).toBe('俄罗斯外交部长');
    expect(label('在加拿大', '外长')).toBe('加拿大外交部长');
    expect(label('欧盟成员国匈牙利', '总理')).toBe('匈牙利总理');
    // A name in brackets is part of the body's name.
    expect(label('中央党校(国家行政学院)副', '院长')).toBe('中央党校(国家行政学院)副院长');
  });
  it('expands a one-character country before its ministry or delegation', () => {
    expect(label('俄财政', '部长')).toBe('俄罗斯财政部长');
    expect(label('俄方代表团', '团长')).toBe('俄罗斯代表团团长');
    // 法院 is no 法国院.
    expect(label('东岭市中级法院', '院长')).toBe('东岭市中级法院院长');
    expect(label('中宣部', '部长')).toBe('中央宣传部部长');
  });
  it("reads a country's 议长 as its legislature's speaker across articles", () => {
    const map = postAliasMap([
      '伊朗议长',
      '伊朗伊斯兰议会议长',
      '伊拉克国民议会议长',
      '伊拉克议长',
    ]);
    expect(map.get('伊朗议长')).toBe('伊朗伊斯兰议会议长');
    expect(map.get('伊拉克议长')).toBe('伊拉克国民议会议长');
    // Two chambers: which one is not known.
    expect(postAliasMap(['法国议长', '法国国民议会议长', '法国参议院议长']).size).toBe(0);
  });
  it("reads a body's short form, its characters in order, as the same office across articles", () => {
    const map = postAliasMap([
      '联合国东岭湖流域难民救济和工程处主任',
      '联合国东岭救济工程处主任',
      '全国人大常委会委员长',
      '全国人大常委会法制工作委员会主任',
      '东岭市委书记',
      '东岭市纪委书记',
    ]);
    expect(map.get('联合国东岭救济工程处主任')).toBe('联合国东岭湖流域难民救济和工程处主任');
    expect(map.size).toBe(1);
  });
  it('cuts a clause of purpose or time and keeps a lone deputy as printed, with no body', () => {
    expect(label('一项旨在禁止美国', '总统')).toBe('美国总统');
    expect(label('追平发生在2018年底至2019年初某某首个', '总统')).toBeUndefined();
    expect(label('副', '发言人')).toBe('副发言人');
    expect(posts('会后，副发言人卡雷对记者说，将支持救灾。')).toEqual(['副发言人']);
    expect(label('美交通', '部长')).toBe('美国交通部长');
  });
  it('cuts a person before 在 and a national body', () => {
    expect(label('张立文在中共中央政治局', '委员')).toBe('中央政治局委员');
  });
  it('finds no office in a group of people, a word of praise or a rank without its body', () => {
    expect(posts('社会各界代表甲乙丙出席会议。')).toEqual([]);
    expect(posts('无党派人士代表甲乙丙发言。')).toEqual([]);
    expect(posts('他是人民的杰出领导人甲乙丙同志。')).toEqual([]);
    expect(label('常务副', '主席')).toBeUndefined();
    expect(label('终身名誉', '主席')).toBeUndefined();
    expect(label('东岭研究会常务副', '会长')).toBe('东岭研究会常务副会长');
  });
  it('names a country, a place and a national body one way', () => {
    expect(label('印尼', '总统')).toBe('印度尼西亚总统');
    expect(label('蒙古', '总统')).toBe('蒙古国总统');
    expect(label('蒙古国', '总统')).toBe('蒙古国总统');
    expect(label('蒙古人民党', '总书记')).toBe('蒙古人民党总书记');
    expect(label('沙特阿拉伯', '王储')).toBe('沙特王储');
    expect(label('美国防', '部长')).toBe('美国国防部长');
    expect(label('英国防', '大臣')).toBe('英国国防大臣');
    expect(label('泰国代理', '总理')).toBe('泰国代总理');
    expect(label('乌武装部队总', '司令')).toBe('乌克兰武装部队总司令');
    expect(label('北京', '副市长')).toBe('北京市副市长');
    expect(label('中央外事工作委员会办公室', '主任')).toBe('中央外办主任');
    expect(label('中国证券监督管理委员会', '主席')).toBe('中国证监会主席');
    expect(label('上海合作组织', '秘书长')).toBe('上合组织秘书长');
    expect(label('联合国近东巴勒斯坦难民救济和工程处', '主任')).toBe('联合国近东救济工程处主任');
  });
  it('cuts a clause, a counter or a title and a name before the title', () => {
    expect(label('今晚播出东岭国', '总理')).toBe('东岭国总理');
    expect(label('中央纪委国家监委对东岭省政协', '主席')).toBe('东岭省政协主席');
    expect(label('甲乙丙在四川省委', '书记')).toBe('四川省委书记');
    expect(label('受大会主席团常务', '主席')).toBe('大会主席团常务主席');
    expect(label('两次审议', '代表')).toBeUndefined();
    expect(label('各位政协', '委员')).toBe('政协委员');
    expect(label('其中也凝结着各位政协', '委员')).toBe('政协委员');
    expect(label('国家监委对第二十届中央候补', '委员')).toBe('中央候补委员');
    expect(label('东岭国新任', '总理')).toBe('东岭国总理');
    expect(label('东岭国政府代表和中国驻东岭国', '大使')).toBe('中国驻东岭国大使');
    expect(label('王储甲乙丙和', '首相')).toBeUndefined();
    expect(label('文化和旅游', '部长')).toBe('文化和旅游部长');
  });
  it('names a state by its short name, not its formal one', () => {
    expect(label('法兰西共和国', '总统')).toBe('法国总统');
    expect(label('芬兰共和国', '总统')).toBe('芬兰总统');
    expect(label('约旦哈希姆王国', '国王')).toBe('约旦国王');
    expect(label('俄罗斯联邦政府', '总理')).toBe('俄罗斯总理');
    expect(label('捷克政府', '总理')).toBe('捷克总理');
    expect(label('中华人民共和国', '主席')).toBe('国家主席');
    expect(label('中华人民共和国', '副主席')).toBe('国家副主席');
    expect(label('连任圣多美和普林西比民主共和国', '总统')).toBe('圣多美和普林西比总统');
  });
  it("reads a foreign ministry one way: 某国外交部长, and China's 外交部部长", () => {
    expect(label('伊朗外交部', '部长')).toBe('伊朗外交部长');
    expect(canonicalPost({ ...title('外交', '部长'), label: '外交部长' })?.label).toBe(
      '外交部部长',
    );
    expect(label('外交部', '部长')).toBe('外交部部长');
  });
  it('finds no office for a government or tenure without its state, or a name before 总统', () => {
    expect(label('政府', '总理')).toBeUndefined();
    expect(label('候任', '总理')).toBeUndefined();
    expect(label('甲乙丙', '总统')).toBeUndefined();
    expect(label('东岭国', '总统')).toBe('东岭国总统');
    expect(label('魁北克省', '总理')).toBe('魁北克省总理');
  });
  it("cuts a title or a verb glued before a country's office", () => {
    expect(label('东岭理事会轮值主席巴林', '国王')).toBe('巴林国王');
    expect(label('甲乙丙批准伊朗第一', '副总统')).toBe('伊朗第一副总统');
    expect(label('东岭援助团和联合国', '秘书长')).toBe('联合国秘书长');
    expect(label('越共中央和越南国会', '主席')).toBe('越南国会主席');
    expect(label('联合国秘书长也门问题', '特使')).toBe('联合国秘书长也门问题特使');
    expect(label('中国驻赞比亚', '大使')).toBe('中国驻赞比亚大使');
    expect(label('美国常驻联合国', '代表')).toBe('美国常驻联合国代表');
    expect(label('甲乙丙7月初在土耳其安卡拉与乌克兰', '总统')).toBe('乌克兰总统');
  });
  it('cuts a clause ending in a verb of acting or a leading 就/在', () => {
    expect(label('东岭代表团已获得俄', '总统')).toBe('俄罗斯总统');
    expect(label('代表团成员包括俄副', '外长')).toBe('俄罗斯外交部副部长');
    expect(label('任命伊朗陆军总', '司令')).toBe('伊朗陆军总司令');
    expect(label('就美国', '总统')).toBe('美国总统');
    expect(label('致函国家', '主席')).toBe('国家主席');
    expect(label('选举现任', '总理')).toBeUndefined();
    expect(label('甲乙丙还称已与东岭国国防部', '部长')).toBe('东岭国国防部部长');
    expect(label('见面会邀请东岭学会', '会长')).toBe('东岭学会会长');
    expect(label('还有全国政协副', '主席')).toBe('全国政协副主席');
    expect(label('东岭特区选举管理委员会', '主席')).toBe('东岭特区选举管理委员会主席');
    expect(label('东岭办负责人向东岭特区行政', '长官')).toBe('东岭特区行政长官');
    expect(label('甲乙丙指示东岭办负责人向东岭特区行政', '长官')).toBe('东岭特区行政长官');
    expect(label('来看总台记者对东岭省委', '书记')).toBe('东岭省委书记');
    expect(label('是中国国家', '主席')).toBe('国家主席');
    expect(label('时美国', '总统')).toBe('美国总统');
    expect(label('新一届非盟委员会', '主席')).toBe('非盟委员会主席');
    expect(label('援引金融机构东岭首席经济', '顾问')).toBe('金融机构东岭首席经济顾问');
    expect(label('在越共中央总', '书记')).toBe('越共中央总书记');
    expect(label('东岭公司还起诉另一家钢铁企业及其首席', '执行官')).toBeUndefined();
    expect(label('哈萨克斯坦总统甲乙丙率总统办公厅', '主任')).toBe('哈萨克斯坦总统办公厅主任');
  });
  it('finds no office in the name of a law', () => {
    expect(label('委员会关于东岭市人民代表大会', '代表')).toBeUndefined();
    expect(posts('东岭市人民代表大会和东岭县人民代表大会代表法修正草案的说明指出，')).toEqual([]);
  });
  it('finds no office after 是, in a two-country count or a list of portfolios joined by 与', () => {
    expect(label('承认东岭国政府是', '代表')).toBe(undefined);
    expect(label('两国几代', '领导人')).toBe(undefined);
    expect(label('执意允许东岭地区', '领导人')).toBe('东岭地区领导人');
    expect(label('核安全与消费者保护', '部长')).toBe(undefined);
    // 同 after a delegation joins two parties: the office is the second one's.
    expect(label('东岭代表团同西岭武装首席谈判', '代表')).toBe('西岭武装首席谈判代表');
  });
  it('expands a host country printed by its one character after 驻 (驻美大使 = 驻美国大使)', () => {
    expect(label('俄驻美', '大使')).toBe('俄罗斯驻美国大使');
    expect(label('俄罗斯驻美国', '大使')).toBe('俄罗斯驻美国大使');
  });
  it('takes a foreign state office printed without its country for the one printed with it', () => {
    const map = postAliasMap(['北湖州州长', '美国北湖州州长', '东城市市长']);
    expect(map.get('北湖州州长')).toBe('美国北湖州州长');
    expect(map.has('东城市市长')).toBe(false);
  });
  it('takes the arms of a force after 、 for the end of a list cut from its country', () => {
    expect(label('化学和生物防护部队', '司令')).toBe(undefined);
    expect(label('俄罗斯化学和生物防护部队', '司令')).toBeDefined();
    expect(label('东岭军辐射、化学和生物防护部队', '司令')).toBe(
      '东岭军辐射、化学和生物防护部队司令',
    );
  });
  it('reads a street office printed without 街道 as the one printed with it (local3)', () => {
    const map = postAliasMap(['街道办事处副主任', '办事处副主任', '办事处主任']);
    expect(map.get('办事处副主任')).toBe('街道办事处副主任');
    expect(map.has('办事处主任')).toBe(false);
  });
  it('takes a firm’s title with no firm named (企业董事长) for no post (local3)', () => {
    expect(label('企业', '董事长')).toBeUndefined();
    expect(label('公司', '总经理')).toBeUndefined();
    expect(label('东岭农牧集团有限公司', '董事长')).toBe('东岭农牧集团有限公司董事长');
  });
});

describe("a country's mission (pairs14)", () => {
  it('keeps 某国驻华大使 though the segmenter tags the country a verb (加纳/v)', () => {
    expect(label('加纳驻华', '大使')).toBe('加纳驻华大使');
    expect(posts('加纳驻华大使邦达、某国驻华大使埃姆拉递交了国书。')).toContain('加纳驻华大使');
  });
});

describe('a time word before a title (pairs14)', () => {
  it('cuts 上月, 本月, 上周, 去年 as it cuts 今年 (上月某国总统某某以…)', () => {
    expect(label('上月美国', '总统')).toBe('美国总统');
    expect(label('去年某市', '市长')).toBe('某市市长');
  });
});

describe('a verb of approval before a title (lead, stop 30)', () => {
  it('cuts 已批准 and 授权 before the office (某某已批准第一副总统某某…)', () => {
    expect(label('伊朗最高领袖甲乙已批准第一', '副总统') ?? '').not.toMatch(/批准/);
    expect(posts('据报道，最高领袖贾法里已批准第一副总统莫里代行总统职责。')).toEqual([]);
    expect(posts('总统已授权国防部长某某处理此事。').join()).not.toMatch(/授权/);
  });
});

describe('a county’s head after its name without the level word (lthings59-l)', () => {
  it('reads 洞口县长 as 洞口县县长, the office the bare 县长 of its page is', () => {
    expect(label('洞口', '县长')).toBe('洞口县县长');
    expect(label('洞口', '副县长')).toBe('洞口县副县长');
    expect(label('靖州', '县长')).toBe('靖州苗族侗族自治县县长');
  });
  it('adds no level word where no county has that name (各县长, 全县长期)', () => {
    expect(label('各', '县长')).not.toBe('各县县长');
  });
});

describe('no office through a lost character or a list of the spirit passed on (lstrat61-l)', () => {
  it('leaves a body whose place was lost in decoding', () => {
    expect(posts('县委书记甲某主持并讲话?h委副书记乙某传达会议精神。')).not.toContain('h委副书记');
  });
  it('cuts a list of the spirit passed on before the title', () => {
    expect(
      posts('他传达省委书记丙某讲话精神、省政府工作报告精神和省长丁某讲话精神。'),
    ).not.toContain('省政府工作报告精神和省长');
  });
});

describe('a report’s dateline before the title (lstrat59-l)', () => {
  it('cuts the congress session the report was given at', () => {
    const text =
      '2024年1月8日在安远县第十届人民代表大会第三次会议上安远县人民政府县长胡立新各位代表:现在,我代表县人民政府向大会报告工作。';
    expect(posts(text)).toEqual(['安远县县长']);
  });
});

describe('what the work goes round before a title (lthings57-l)', () => {
  it('cuts 围绕 and the clause before it', () => {
    expect(posts('要紧紧围绕省委书记罗立新在党代会上所作的报告，认真学习。')).toEqual(['省委书记']);
  });
});
