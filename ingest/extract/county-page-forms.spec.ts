/**
 * One node per office and body on a county's, a district's and a town's page (issue 13,
 * lthings58-l): the bare forms such a page prints are its own area's (or its city's, or the area
 * a list named), the bare form an alias; a visiting delegation's county keeps its own. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf, inventedArticle, nodeLabels } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

const aliasesOf = (text: string, type: string, name: string) =>
  extractStory(text).entities.find((e) => e.type === type && e.name === name)?.surfaces ?? [];

describe('a county page’s bare bodies', () => {
  it('are the county’s, the bare body an alias (县委宣传部 of 洞口县委宣传部部长)', () => {
    const text = '8月28日，洞口县召开座谈会。县委常委、宣传部部长柯明远主持会议。';
    expect(holdsOf(text)).toContain('柯明远|洞口县委宣传部部长');
    expect(entityNames(text, 'organization')).toContain('洞口县委宣传部');
    expect(entityNames(text, 'organization')).not.toContain('县委宣传部');
    expect(aliasesOf(text, 'organization', '洞口县委宣传部')).toContain('县委宣传部');
  });
  it('give an acting head (代区长) the district’s office', () => {
    const text = '鄠邑区召开务虚会。代区长韦成青对各镇街工作进行点评。';
    expect(holdsOf(text)).toEqual(['韦成青|鄠邑区代区长']);
  });
});

describe('a list’s bare titles', () => {
  it('are the district the list named with its first title, among several districts', () => {
    const text =
      '上海市徐汇区党政代表团来盐考察。上海市徐汇区委书记柯明远，区委副书记、区长韦成青率队。' +
      '考察组来到亭湖区和大丰区。';
    const held = holdsOf(text);
    expect(held).toContain('韦成青|徐汇区区长');
    expect(held).toContain('韦成青|徐汇区委副书记');
  });
  it('are the city the list named, on a page with no city of its own', () => {
    const text =
      '云浮市委副书记、市长柯明远在云浮市委常委、常务副市长韦成青，市政府秘书长苗青山的陪同下到六都镇调研。';
    expect(holdsOf(text)).toContain('苗青山|云浮市政府秘书长');
  });
  it('are the city the list named for a deputy head too (副市长)', () => {
    const text =
      '昨日下午，铁岭市委书记孙立军，市长周德明，市委常委、秘书长吴文华，副市长柯明远在龙山宾馆会见了考察团一行。';
    expect(holdsOf(text)).toContain('柯明远|铁岭市副市长');
  });
  it('say nothing where the area before them has no title of its own (到某区考察)', () => {
    const text = '代表团先后到亭湖区和大丰区考察，区委书记柯明远陪同。';
    expect(holdsOf(text)).toEqual(['柯明远|区委书记']);
  });
});

describe('appointments glued before a body', () => {
  it('make no post of 甲任某市委副书记 乙任某市委常委 (a headline of appointments)', () => {
    const posts = entityNames('柯明远任佛山市委副书记 韦成青任佛山市委常委\n\n正文。', 'post');
    expect(posts.filter((p) => p.includes('任'))).toEqual([]);
    const orgs = entityNames(
      '柯明远任佛山市委副书记 韦成青任佛山市委常委\n\n正文。',
      'organization',
    );
    expect(orgs.filter((o) => o.includes('任'))).toEqual([]);
  });
  it('keep a tenure word before 任 (时任某市委书记的某某)', () => {
    expect(holdsOf('当时某大学的校长，正是时任福州市委书记的柯明远。')).toEqual([
      '柯明远|时任福州市委书记',
    ]);
  });
  it('keep a place whose name holds 任 (任城区委书记)', () => {
    expect(holdsOf('任城区委书记柯明远出席会议。')).toEqual(['柯明远|任城区委书记']);
  });
});

describe('a county made a district or a city', () => {
  it('keeps its county’s head as printed (凤翔县县长, not 凤翔区县长)', () => {
    expect(holdsOf('凤翔县县长柯明远出席会议。')).toEqual(['柯明远|凤翔县县长']);
  });
  it('is the page’s county for its bare titles, as printed', () => {
    const text = '省民政厅调研组视察了凤翔县。县委副书记、县长柯明远作了汇报。';
    expect(holdsOf(text)).toEqual(['柯明远|凤翔县县长', '柯明远|凤翔县委副书记']);
    expect(nodeLabels([inventedArticle('a', text)], 'district')).toContain('凤翔区');
  });
  it('heads its body printed after its city (周口市淮阳县县委 is 淮阳县委)', () => {
    expect(entityNames('周口市淮阳县县委书记柯明远出席会议。', 'organization')).toEqual([
      '淮阳县委',
    ]);
  });
});

describe('a visiting delegation’s county', () => {
  it('is not the page’s: the host’s bare 县委书记 stays the host’s (here unnamed)', () => {
    const text =
      '周口市淮阳县县委书记柯明远，县委副书记、县长韦成青带领该县党政考察团来我县参观考察。' +
      '县委书记苗青山代表县四大班子表示欢迎。柯明远表示，淮阳县将学习借鉴。';
    const held = holdsOf(text);
    expect(held).toContain('苗青山|县委书记');
    expect(held).toContain('韦成青|淮阳县县长');
  });
  it('keeps its chain’s bare head its own, the host’s printed bare the host’s', () => {
    const text =
      '清涧县党政考察团在清涧县委副书记、县长柯明远的带领下来我县考察学习。' +
      '县委副书记、县长韦成青陪同。子长县是红色旅游名县。';
    const held = holdsOf(text);
    expect(held).toContain('柯明远|清涧县县长');
    expect(held).toContain('韦成青|子长县县长');
    expect(held).not.toContain('柯明远|子长县县长');
  });
  it('is the area named right before the delegation, not the host named earlier in the sentence', () => {
    // The host's county (子长县) and, after it, the guest's district with its delegation.
    const text =
      '雁塔区委书记柯明远率领雁塔区党政代表团来子长县参观考察。县委书记苗青山，县委副书记、' +
      '县长韦成青陪同考察。苗青山介绍了子长县的发展情况，对雁塔区党政代表团来子长考察表示欢迎。';
    const held = holdsOf(text);
    expect(held).toContain('苗青山|子长县委书记');
    expect(held).toContain('韦成青|子长县县长');
  });
});

describe('a county page at home by its short form', () => {
  it('gives 区委书记 its district where the page’s outlet and voice name it (瑶海报, 来区)', () => {
    const text =
      '瑶海报 2018-07-09\n本报讯 7月5日，某报社一行来区调研。区委书记柯明远会见了一行。' +
      '一行参观了瑶海市民中心，对我区的做法给予高度评价。';
    expect(holdsOf(text)).toEqual(['柯明远|瑶海区委书记']);
    expect(nodeLabels([inventedArticle('a', text)], 'district')).toContain('瑶海区');
  });
  it('reads no county from a common word (光明县), and 大通县 as the autonomous county, not 大通区', () => {
    expect(
      nodeLabels(
        [inventedArticle('a', '该剧讲述了光明县的故事。大通县发展生态旅游。')],
        'district',
      ),
    ).toEqual(['大通回族土族自治县', '青海省']); // 大通县: its short form, not 大通区's
  });
  it('says nothing of a short form that is a word (新华 of 新华社)', () => {
    const text = '新华社记者一行来区调研。区委书记柯明远会见新华社记者，介绍我区发展。';
    expect(holdsOf(text)).toEqual(['柯明远|区委书记']);
  });
});

describe('a county’s or a town’s page', () => {
  it('gives a bare 市 title the city of its one county, where it names that city', () => {
    const text =
      '下桥镇召开专题会议。市委书记柯明远带队到徐闻县调研督导，出席湛江市现场比学活动会，' +
      '市长韦成青主持活动会。';
    const held = holdsOf(text);
    expect(held).toContain('柯明远|湛江市委书记');
    expect(held).toContain('韦成青|湛江市市长');
  });
  it('gives a city’s doubled 市市委 form the level form 市委常委', () => {
    const text = '禅城区召开干部会议。佛山市市委常委柯明远宣读决定。';
    expect(aliasesOf(text, 'post', '佛山市委常委')).not.toContain('市市委常委');
  });
});

describe('a leader printed bare and with the area', () => {
  it('holds one office, the bare title its alias (headline 县长, text 凤凰县县长)', () => {
    const text =
      '县长韦成青主持召开县政府常务会议\n8月28日，凤凰县县长韦成青主持召开会议。副县长苗青山出席。';
    expect(holdsOf(text).filter((h) => h.startsWith('韦成青'))).toEqual(['韦成青|凤凰县县长']);
    expect(aliasesOf(text, 'post', '凤凰县县长')).toContain('县长');
  });
  it('holds one office on a city page that does not speak as its city', () => {
    const text = '市委书记柯青山调研重点项目\n8月28日，宝鸡市委书记柯青山深入高新区调研。';
    expect(holdsOf(text)).toEqual(['柯青山|宝鸡市委书记']);
    expect(entityNames(text, 'post')).toEqual(['宝鸡市委书记']);
  });
  it('keeps a bare title another person holds', () => {
    const text = '宝鸡市委书记柯青山出席。另据报道，市委书记韦成青在会上讲话。';
    expect(holdsOf(text)).toContain('韦成青|市委书记');
  });
});

describe('a county’s body printed after its province and city', () => {
  it('is the county’s (湖南省邵阳市洞口县委 is 洞口县委)', () => {
    const text = '湖南省邵阳市洞口县委副书记柯明远讲话。';
    expect(holdsOf(text)).toEqual(['柯明远|洞口县委副书记']);
    expect(entityNames(text, 'organization')).toEqual(['洞口县委']);
  });
});

describe('a banner’s page (Inner Mongolia’s county)', () => {
  it('gives its bare 旗 titles the banner it names by its short form (科右前旗)', () => {
    const text =
      '8月19日，旗政府副旗长柯明远一行到某苏木调研，苏木政府副苏木达韦成青陪同。' +
      '8月20日，旗农牧局畜牧站站长苗青山到该苏木推进科右前旗肉牛产业工作。';
    const held = holdsOf(text);
    expect(held).toContain('柯明远|科尔沁右翼前旗副旗长');
    expect(held).toContain('苗青山|科尔沁右翼前旗农牧局畜牧站站长');
    // 苏木达: the head of a sumu, as 乡长 of a township
    expect(held.some((h) => h.startsWith('韦成青|') && h.endsWith('副苏木达'))).toBe(true);
  });
});

describe('an autonomous region’s 区党委 on a district’s page', () => {
  it('is no district’s committee (a district’s is its 区委)', () => {
    const text = '代表团在乃东区某社区考察。区党委副书记、自治区代主席苗青山主持座谈会。';
    const held = holdsOf(text);
    expect(held).toContain('苗青山|区党委副书记');
    expect(held).not.toContain('苗青山|乃东区党委副书记');
  });
});
