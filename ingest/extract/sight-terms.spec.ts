import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('words read as names by sight (sight-terms.ts)', () => {
  it('takes no name after a quantifier or a number (各商超, 17位残奥运动员)', () => {
    expect(names('新鲜水果当天就能送达各商超的货架。')).not.toContain('商超');
    expect(names('共有23位残奥运动员参加比赛。')).toEqual([]);
    expect(names('承担着为党献策的职责，铸牢对党忠诚。')).toEqual([]);
  });
  it('takes no place before a place word, a route or a region it is joined to', () => {
    expect(names('游客在杨柳青古镇观看年画。')).toEqual([]);
    expect(names('游客在柳林里历史文化街区参观瓷器作坊。')).toEqual([]);
    expect(names('今天，罗布泊至若羌铁路开始铺轨。')).toEqual([]);
    expect(names('部队控制了苏梅和某某地区的几个居民点。')).toEqual([]);
  });
  it('takes no item of a list of things (荔枝、樱桃、杨梅等)', () => {
    expect(names('荔枝、樱桃、杨梅等时令水果进入旺季。')).toEqual([]);
    expect(names('释放文旅、餐饮、康养等消费潜力。')).toEqual([]);
    // A list of people stays, a name that is a word among them too (某某、展望、某某).
    expect(names('会上，周立、李冬、丰燕、郑远林发言。')).toContain('郑远林');
    expect(names('艺术家，比如说像方力钧、展望、张晓刚，')).toContain('张晓刚');
  });
  it('takes no item of a list closed by 等 and a count of kinds (等十多种, 等一系列)', () => {
    expect(names('在城郊花园，郁金香、玉簪、芍药等二十多种花卉竞相开放。')).toEqual([]);
    expect(names('部队圆满完成抢险救灾、大型赛事安保等一系列任务。')).toEqual([]);
    // People are counted in 人, 名, 位: that list stays.
    expect(names('周立、李冬、郑远林等3人获得表彰。')).toContain('郑远林');
  });
  it('takes no phrase of a parallel run (边斗争、边备战; 学史明理、学史增信)', () => {
    expect(names('按照指示，边斗争、边备战、边建设，完成了任务。')).toEqual([]);
    expect(names('要求学史明理、学史增信、学史崇德、学史力行。')).toEqual([]);
    expect(names('坚持边学习、边对照、边检视、边整改。')).toEqual([]);
  });
  it('takes no nr-tagged word whose characters names seldom use (陈列室, 吉祥物)', () => {
    expect(names('我们在烈士陵园陈列室，看到了老照片。')).toEqual([]);
    expect(names('冬残奥会吉祥物滑入场地中央。')).toEqual([]);
    // A name with characters names seldom use stays where a particle opens it (讲述了某寅恪).
    expect(names('他讲述了陈寅恪具备的四个条件。')).toContain('陈寅恪');
    // 同某某总统: a title after the name vouches for it even where 同比 is a word.
    expect(names('愿同比亚总统一道努力。')).toContain('比亚');
  });
  it('takes no site or tree (黄鹤楼, 白皮松) and no XYXZ phrase (师德师风)', () => {
    expect(names('打造文旅线路，将黄鹤楼、户部巷等景点串联。')).toEqual([]);
    expect(names('他们在院里种下了一棵白皮松。')).toEqual([]);
    expect(names('路边种的是杨柳树，夏天很凉快。')).toEqual([]);
    expect(names('学校要加强师德师风建设。')).toEqual([]);
  });
  it('reads no person from a prize or a water work (揭晓某鹿奖, 某县某凤堰梯田)', () => {
    expect(names('电影节昨晚闭幕，并揭晓金雁奖。')).toEqual([]);
    expect(names('陕西汉阴凤堰梯田、重庆秀山巨丰堰申报成功。')).toEqual([]);
  });
  it("reads no person from the head of a firm's foreign name glued to a word (企业安博乐|卡莫尔)", () => {
    expect(names('来自某国的化工企业安博乐卡莫尔投资建厂。')).toEqual([]);
  });
  it('takes no name glued to a firm or a command (某某公司的仓库, 某某·某某中央司令部)', () => {
    expect(names('一处卡佰利公司的仓库发生大火。')).toEqual([]);
    expect(names('武装部队萨塔姆·安比诺中央司令部发言人回应称。')).toEqual([]);
  });
  it('takes no name opening a list item that goes on with a word (“某某”、汪铁海联运、)', () => {
    expect(names('将继续开行“边贸快班”、汪铁海联运、全程时刻表班列等产品。')).toEqual([]);
    expect(names('李铁海同志、王明同志出席。')).toEqual(['李铁海', '王明']);
    expect(names('会上，赵克明、肖立远、何立远参加。')).toContain('何立远');
  });
});

describe('a short name in letters after a title', () => {
  it('is not weighed as a Chinese word glued to the title (总经理Max表示)', () => {
    expect(names('公司总经理Max表示，新品下月上市。')).toEqual(['Max']);
  });
  it('keeps a name whose list item a role closes (某某总经理、某某先生)', () => {
    expect(names('韩立勤总经理、研究院院长徐文峰先生在开业仪式上致辞。')).toEqual([
      '韩立勤',
      '徐文峰',
    ]);
  });
});

describe('a list of roads read by sight (sight-terms.ts)', () => {
  it('takes no name in a list closed by 等多条高速 (京港澳、石太、青银)', () => {
    expect(names('京港澳、石太、青银等多条高速车流集中。')).toEqual([]);
  });
});
