import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('false names (false-names.ts)', () => {
  it('takes no name cut out of a longer foreign name, at its start or its end', () => {
    // 朔|列茨称: the first character of the name was left out.
    expect(names('会后，朔列茨称将继续谈判。')).not.toContain('列茨');
    // 卡列|日诺今天: the run goes on after the cut.
    expect(names('某国议会外事委员会主席卡列日诺今天表示，谈判将继续。')).not.toContain('卡列');
    // 高桑|·迪亚诺: a dotted name goes on after the title's name.
    expect(names('播出某国前总理高桑·迪亚诺独家专访。')).not.toContain('高桑');
    // Whole names after a title or a preposition stay.
    expect(names('我愿同卡拉耶诺夫总统一道努力。')).toContain('卡拉耶诺夫');
  });
  it('reads no name from a preposition before a name the story reads (向某某同志的遗体)', () => {
    expect(names('林远同志逝世。领导同志来到林远同志的遗体前，向林远同志的遗体三鞠躬。')).toEqual([
      '林远',
      '林远',
    ]);
  });
  it('cuts a function word glued to the end of a name (某某作的报告, 某某在主席台)', () => {
    expect(names('会议听取了秘书长邹明作的说明。')).toEqual(['邹明']);
    expect(names('国务院总理邹明乘包机抵达。')).toEqual(['邹明']);
    expect(names('会见邹明时，他表示感谢。')).not.toContain('邹明时');
  });
  it('reads no side or body as a speaker (某军还称, 公报还称, 白皮书指出)', () => {
    expect(names('此外，乌军还称击退了进攻。')).toEqual([]);
    expect(names('乌媒称，谈判将继续。')).toEqual([]);
    expect(names('根据声明，公报还称将继续谈判。')).toEqual([]);
  });
  it('reads no place by sight where the sentence names a place (某某地区, 某某以南)', () => {
    expect(names('北部胡萨姆地区发生山火。')).toEqual([]);
    expect(names('船队在马图萨以南海域停泊。')).toEqual([]);
  });
  it('takes no two-character name by sight under a surname seldom one (大型商超)', () => {
    expect(names('家电商家以及大型商超，提供以旧换新服务。')).toEqual([]);
    // In a list only a name next to it vouches for it: 商超、农贸市场 is a list of things.
    expect(names('各地大型商超、农贸市场延长营业时间。')).toEqual([]);
    expect(names('会上，周立、李冬、丰燕、郑远林发言。')).toContain('丰燕');
  });
  it('splits names printed without separators at a surname (某甲某乙丙丁)', () => {
    const found = names('周卫东王沪生郑海丁建平等同志出席。');
    expect(found).toContain('郑海');
    expect(found).not.toContain('郑海丁');
  });
  it('reads no words after a title as a name (任期内, 毕业后, 作大会发言, 都带来)', () => {
    expect(names('在某国总统任期内的政府文件。')).toEqual([]);
    expect(names('14位委员作大会发言。')).toEqual([]);
    expect(names('不少代表都带来了新成果。')).toEqual([]);
    expect(names('全体师生代表出席。')).toEqual([]);
    expect(names('委员时强调 强化教育。')).toEqual([]);
    // A rare surname before a word is still a name after a title.
    expect(names('厂长厍远航说，订单增加。')).toEqual(['厍远航']);
  });
  it('takes no name a dot a few characters on would continue (某诺|来提·扎克诺)', () => {
    expect(names('某国副委员长雪诺来提·扎克诺在会上说。')).not.toContain('雪诺');
  });
  it('reads no word after 的 as a name under a character seldom a surname (委员的智慧)', () => {
    expect(names('离不开各位委员的智慧和心血。')).toEqual([]);
  });
  it('reads no title as a given name (某主席指出)', () => {
    expect(names('发展成就。\n\n周主席指出，要坚持改革。')).toEqual([]);
  });
  it('reads no ship as a person (“某某·某某”号)', () => {
    expect(names('袭击了“哈里·杜诺门”号航母。')).toEqual([]);
  });
  it('reads no term as a name by sight: quoted, in a title, a list of places, provinces, things', () => {
    expect(names('我国西部“沙戈岭”新能源基地建设提速。')).toEqual([]);
    expect(names('《名家列传·宋代诗人传》今晚播出。')).toEqual([]);
    expect(names('俄军在顿涅诺、苏梅诺等地控制了居民点。')).toEqual([]);
    expect(names('英国威尔士蒙茅诺郡一条河流决堤。')).toEqual([]);
    // A "name" then a title then a name: the body the title belongs to.
    expect(names('某国国家杜诺主席沃洛诺表示反对。')).toEqual(['沃洛诺']);
    expect(names('苏浙沪成为主要消费市场。')).toEqual([]);
    expect(names('中国发布白皮书。\n\n白皮书指出，要加强合作。')).toEqual([]);
  });
  it('reads no word cut at its end (关心引|领, 苏丹问|题, 在贺信中指出) and no place of an event', () => {
    expect(names('在两国领导人关心引领下，合作不断深化。')).toEqual([]);
    expect(names('秘书长苏丹问题特别代表发表声明。')).toEqual([]);
    expect(names('主席在贺信中指出，要加强合作。')).toEqual([]);
    expect(names('外长5日在吉达会见来访的外长。')).toEqual([]);
  });
  it('reads a four-character name cut after its first character whole (首相堤田健雄)', () => {
    expect(names('日本首相堤田健雄在某县演讲。')).toEqual(['堤田健雄']);
  });
  it('reads no side (向斯方), work (《新张三姐》) or town after a state (某州贾斯珀) as a person', () => {
    expect(names('部长还向斯方介绍了中国经济。中斯合作前景广阔。')).toEqual([]);
    expect(names('演出包括《新张三姐》《只此青绿》等剧目。')).toEqual([]);
    expect(names('一列货车在亚拉巴马州贾斯珀发生脱轨事故。')).toEqual([]);
  });
  it('cuts a couple off a name read on by sight (主席某某夫妇)', () => {
    expect(names('总统会见某国基金会主席杜兰特夫妇。')).toEqual(['杜兰特']);
  });
  it('cuts a visit off a name (卢诺访华) and reads ∙ as a name dot (安德烈∙杰明)', () => {
    expect(names('主席对卢诺访华表示欢迎。')).toEqual(['卢诺']);
    expect(names('俄军司令安德烈∙杰明表示，防空系统运转正常。')).toEqual(['安德烈∙杰明']);
  });
  it('cuts 来 (come) off a name the story prints alone (欢迎某某来俄), not off a name ending in it', () => {
    expect(names('冯川表示，双方合作成果丰硕。普科表示，欢迎冯川来俄出席论坛。')).not.toContain(
      '冯川来',
    );
    expect(names('纪念周恩来同志诞辰。')).toEqual(['周恩来']);
    expect(names('国家副主席冯川在某市会见普科。普科欢迎冯川来俄出席论坛。')).toContain('冯川');
  });
  it('reads no person from a country after 代表 (the verb) or from a side cut into the next word', () => {
    expect(names('普科代表乌干达政府和人民致以问候。')).not.toContain('乌干达');
    expect(names('中吉关系良好。中方支持吉方履行轮值主席国职责。')).toEqual([]);
  });
  it('reads a foreign name right after a title the segmenter splits (美国防长|某某8日称)', () => {
    expect(names('某国防长卡斯汀8日称，部署航母。')).toEqual(['卡斯汀']);
  });
  it('reads no name ending in a country before its leader title (解除乌|总统办公室…)', () => {
    expect(names('乌克兰总统普科3日签署法令，解除乌总统办公室副主任舒尔卡的职务。')).toEqual([
      '普科',
      '舒尔卡',
    ]);
  });
  it('reads no speaker from a conjunction and a negation (但未透露)', () => {
    expect(names('某方面称，感谢各方努力，但未透露谈判具体内容。')).toEqual([]);
  });
  it('reads no title of a next person in 代表 before a side (某某等代表非方发言)', () => {
    expect(names('中非合作论坛主席国总统夫人玛莎等代表非方发言。')).toEqual(['玛莎']);
  });
  it('cuts a verb before the particle 了 off the last of a list (甲、乙发了言) and reads no quoted term (“光储直柔”)', () => {
    expect(names('专家周立科、孙海发了言。')).toEqual(['周立科', '孙海']);
    expect(names('专家周立科、孙海宁了解情况。')).toEqual(['周立科', '孙海宁']);
    expect(names('推广“光储直柔”建筑。')).toEqual([]);
  });
  it('keeps a rare surname jieba reads as a verb after a title, before a clear end (clue9)', () => {
    // 经理安|蓓表示, 组长开|岚先生: 安 and 开 read as verbs, the name closed by a speech verb,
    // an address or the clause's end.
    expect(names('工艺品部经理安蕾表示：“市场回暖。”')).toEqual(['安蕾']);
    expect(names('专家组长开岚先生。')).toEqual(['开岚']);
    expect(names('研究会专家委员开岚')).toEqual(['开岚']);
    // A visit to a country stays out (访|伊).
    expect(names('总统访伊，')).toEqual([]);
  });
  it("keeps 和 or 同 right before a speech verb as a name's last character (clue11)", () => {
    // 秘书长某世|和说：, 专家某世|同分析认为: a conjunction or a preposition takes an object and never
    // stands right before a speech verb.
    expect(names('协会秘书长杨世和说：“今年很好。”')).toEqual(['杨世和']);
    expect(names('地产专家韩世同分析认为，价格会涨。')).toEqual(['韩世同']);
    // The conjunction before a word (记者) or a second name stays a conjunction.
    expect(names('总经理李明和记者交谈时说：“很好。”')).toEqual(['李明']);
    expect(names('总经理李明和副总经理王强表示，产品很好。')).toEqual(['李明', '王强']);
  });
});

describe('ingest/extract/false-names: a surname with a form of address', () => {
  it('names no one (市民王大爷说, 居民刘阿姨说)', () => {
    expect(names('市民柯大爷说，家门口的企业越来越多了。')).toEqual([]);
    expect(names('居民谭阿姨告诉记者，小区变美了。')).toEqual([]);
    expect(names('村民柯立山说，今年收成不错。')).toEqual(['柯立山']);
  });
  it('keeps a name after a title and a dash (鉴宝大师-某某某), not only a cut foreign one', () => {
    expect(names('活动请来了书法大弟子-钱立群，3位大师到场。')).toEqual(['钱立群']);
    expect(names('其负责人本-格维纳被重新任命为部长。')).toEqual(['本-格维纳']);
  });
});

describe('a side’s forces before a speech verb (people44)', () => {
  it('reads no person in a country’s short form and its navy (乌海军还称)', () => {
    expect(names('乌海军还称在港口摧毁了一座弹药库。')).toEqual([]);
  });
  it('keeps a Chinese name whose surname is also a short form (韩海军表示)', () => {
    expect(names('韩海军表示，工作顺利。')).toEqual(['韩海军']);
  });
});

describe('a glued character inside a word of the given name (false-names.ts wordInGivenName)', () => {
  it('keeps 时 where the given name’s other character seldom ends a name and the two are a word', () => {
    expect(names('种植户唐小时说，今年的收成比去年好。')).toEqual(['唐小时']);
  });
  it('still cuts 时 off a name that ends without it (会见某某时)', () => {
    expect(names('会见李明时，他说合作前景广阔。')).toEqual(['李明']);
  });
});

describe('a bare body after 代表 (lthings62-l)', () => {
  it('某某代表区政协: 区政协 is the body he speaks for, no person', () => {
    expect(names('纪明远代表区政协对考察团来访表示热烈欢迎。')).not.toContain('区政协');
  });
});
