/**
 * Credit forms of county media centres and local stations, on invented lines (the forms were
 * seen on real pages; see docs/extraction.md, "Credits").
 */
import { describe, expect, it } from 'vitest';
import { findBylines } from './bylines.ts';
import { unpadded } from './credit-forms.ts';
import { extractStory } from './index.ts';

const credits = (text: string) => findBylines(text).map((b) => `${b.name}|${b.role}`);

describe('credits of county media centres', () => {
  it('reads a bar as the colon of a label, in a line or in brackets', () => {
    expect(credits('正文。\n来源|某某县融媒体中心\n编辑|苗青山\n编审|柯立')).toEqual([
      '苗青山|编辑',
      '柯立|审核',
    ]);
    expect(credits('他们的工作状态是这样的。（记者|钟雨桐）')).toEqual(['钟雨桐|记者']);
  });
  it('reads a padded label before a bar and a padded name after other names (记 者 | 甲 乙 丙)', () => {
    expect(credits('正文。\n记 者 | 钟雨桐 苗 青\n视 觉 | 柯 立')).toEqual([
      '钟雨桐|记者',
      '苗青|记者',
      '柯立|摄影',
    ]);
    expect(credits('正文。\n视觉冲击很强。')).toEqual([]);
  });
  it('reads a bracket holding only names that closes a paragraph as the reporters (。（甲）)', () => {
    expect(credits('社区负责人介绍了工作情况。（徐海）')).toEqual(['徐海|记者']);
    expect(credits('会议在此召开。（江西）\n会议圆满结束。（新华社）')).toEqual([]);
  });
  it('reads the three reviews, labelled, and no court ruling as a credit', () => {
    expect(credits('正文。\n初审：苗青山\n复审：钟雨桐\n终审：柯立')).toEqual([
      '苗青山|初审',
      '钟雨桐|复审',
      '柯立|终审',
    ]);
    expect(credits('正文。\n一审：苗青山\n二审：钟雨桐\n三审：柯立')).toEqual([
      '苗青山|初审',
      '钟雨桐|复审',
      '柯立|终审',
    ]);
    expect(credits('二审维持原判。\n一审法院判决张某某赔偿。\n终审判决已生效')).toEqual([]);
  });
  it('reads labels and names padded to three characters', () => {
    expect(credits('正文。\n编 辑：包 溪\n一 审：钟 岚\n总监制：柯立')).toEqual([
      '包溪|编辑',
      '钟岚|初审',
      '柯立|监制',
    ]);
    expect(credits('正文。\n责编：苗青山 审核：钟 岚')).toEqual(['苗青山|责任编辑', '钟岚|审核']);
    // the same length, so offsets into the line stay right
    expect(unpadded('编 辑：包 溪')).toHaveLength('编 辑：包 溪'.length);
  });
  it('reads 全媒体记者 as one role word, not a name glued to the run before it', () => {
    // before: 全媒体 was cut from the correspondent's run as a second correspondent
    expect(credits('本报讯（通讯员苗青山全媒体记者柯立）昨日，某县召开大会。')).toEqual([
      '苗青山|通讯员',
      '柯立|记者',
    ]);
  });
  it('reads slash credits: 文字/甲 乙 图片/丙 and 甲/文 乙/图', () => {
    expect(credits('正文。\n文字/苗青山 钟雨桐\n图片/柯立')).toEqual([
      '苗青山|记者',
      '钟雨桐|记者',
      '柯立|摄影',
    ]);
    expect(credits('正文。\n文字/苗青山 图片/柯立')).toEqual(['苗青山|记者', '柯立|摄影']);
    expect(credits('某县融媒（记者 苗青山/文 柯立/图）昨日，某县召开大会。')).toEqual([
      '苗青山|记者',
      '柯立|摄影',
    ]);
    expect(credits('展板上的文字/图片由主办方提供。')).toEqual([]);
  });
  it('reads 文/图 甲, 甲摄影报道, a media centre with its names and 审核人 (lpeople56)', () => {
    expect(credits('正文。\n文/图 柯立')).toEqual(['柯立|记者', '柯立|摄影']);
    expect(credits('正文。\n柯立摄影报道')).toEqual(['柯立|摄影']);
    expect(credits('正文。\n青禾县融媒体中心 苗青山 钟雨桐')).toEqual([
      '苗青山|记者',
      '钟雨桐|记者',
    ]);
    expect(credits('正文。\n编辑: 苗青山 审核人:柯立')).toEqual(['苗青山|编辑', '柯立|审核']);
    expect(credits('正文。\n青禾县融媒体中心正式挂牌')).toEqual([]);
  });
  it('reads names then 报道 as a whole line or bracket, and no sentence ending in 报道', () => {
    expect(credits('今天，某县召开大会。\n苗青山 钟雨桐 报道')).toEqual([
      '苗青山|记者',
      '钟雨桐|记者',
    ]);
    expect(credits('今天，某县召开大会。（柯立报道）')).toEqual(['柯立|记者']);
    expect(credits('某县召开大会报道\n据央视 报道，今天某地举办活动。')).toEqual([]);
  });
  it('reads 作者 only as a label, and ends its names at the next label (来源：)', () => {
    expect(credits('今天，某县召开大会。\n作者：苗青山 来源：某县融媒体中心')).toEqual([
      '苗青山|作者',
    ]);
    expect(credits('作者张三认为，这本书很好。')).toEqual([]);
  });
  it('takes no credit from a subtitle naming who was interviewed (——访…记者 甲)', () => {
    expect(
      credits('扎根基层\n——访某某县融媒体中心记者 柯立\n□某报记者 苗青山\n金秋已终。'),
    ).toEqual(['苗青山|记者']);
  });
  it('reads a lone label in a meta line, and no empty label (作者：  来源：)', () => {
    expect(credits('2021-07-23 10:34  来源：某某新闻网  作者：苗青山\n正文。')).toEqual([
      '苗青山|作者',
    ]);
    expect(credits('2014-12-01    作者:    来源:\n正文。')).toEqual([]);
  });
  it('reads every spaced name after the label, up to the next label (作者:甲 乙 丙 发布时间:)', () => {
    expect(
      credits('信息来源:某县融媒体中心 作者:苗青山 钟雨桐 柯立 发布时间:2022-07-19\n正文。'),
    ).toEqual(['苗青山|作者', '钟雨桐|作者', '柯立|作者']);
  });
  it('reads 甲 文/摄 as text and pictures', () => {
    expect(credits('某某网7月23日讯（某某晚报记者 苗青山 文/摄）活动日前启动。')).toEqual([
      '苗青山|记者',
      '苗青山|摄影',
    ]);
  });
  it('reads a bracket of names then 摄 as a caption credit, and no date (2015年12月15日摄)', () => {
    expect(credits('游客在河畔拍摄雕塑。 (钟雨桐 摄)')).toEqual(['钟雨桐|摄影']);
    expect(credits('村民在田里收割（2015年12月15日摄）。')).toEqual([]);
  });
  it("reads a dateline's bracket of names without a role as its reporters", () => {
    expect(credits('某某网某地新闻6月30日电(苗青山 钟雨桐)近日，某县开展采风活动。')).toEqual([
      '苗青山|记者',
      '钟雨桐|记者',
    ]);
  });
  it("reads a site's 消息 bracket of names as its reporters, not a programme's name (blocal-n)", () => {
    expect(credits('某某在线某省频道消息(苗青山):9月1日，某节开幕。')).toEqual(['苗青山|记者']);
    expect(credits('某某网消息（新闻联播）：今天，会议在北京举行。')).toEqual([]);
  });
});

describe('no credits from units or slogans (credit-forms.ts UNIT_ITEM, credit-runs.ts; blocal-g, stop 45)', () => {
  it('reads no reporter from the offices closing a story (（政府办、商务局）)', () => {
    expect(findBylines('签约项目涵盖智能制造等领域。（政府办、商务局）')).toEqual([]);
  });
  it('reads no reporter from a slogan (融媒记者走基层)', () => {
    expect(findBylines('“融媒记者走基层，百日攻坚我助力”活动中，有这样一群人。')).toEqual([]);
  });
  it('still reads names closing a story', () => {
    expect(findBylines('大家提出了意见建议。（王明 李华）').map((b) => b.name)).toEqual([
      '王明',
      '李华',
    ]);
  });
});

describe('a local paper’s reporters without a role (credit-forms.ts BOXED_NAMES, OPENING_NAME; blocal-g, stop 45)', () => {
  it('reads the names after a box mark, a spaced two-character name joined', () => {
    expect(
      findBylines('标题\n□ 张 栩 祖伊美 李晓静\n正文第一段很长很长。').map((b) => b.name),
    ).toEqual(['张栩', '祖伊美', '李晓静']);
  });
  it('reads one name in a bracket opening the first paragraph', () => {
    expect(
      findBylines('( 李洪桥 )2022年，某县某镇将立足县委县政府确定的发展思路，推进各项工作。').map(
        (b) => b.name,
      ),
    ).toEqual(['李洪桥']);
  });
  it('reads no name from a numbered heading or words after a box mark', () => {
    expect(findBylines('（一）2022年，某县某镇将立足县委县政府确定的发展思路，推进工作。')).toEqual(
      [],
    );
    expect(findBylines('□ 工作 动态 简讯')).toEqual([]);
  });
});

describe('a closing bracket padded with spaces', () => {
  it('reads the name inside ( 甲) as the reporter, as (甲) is', () => {
    expect(credits('社区负责人介绍了工作情况。( 徐海)')).toEqual(['徐海|记者']);
    expect(credits('社区负责人介绍了工作情况。（ 徐海 ）')).toEqual(['徐海|记者']);
  });
  it('reads a slash after a credit label as its colon, names padded to two columns (编辑/甲 乙)', () => {
    expect(credits('正文。\n编辑/钟 岚  审核/柯 立  监制/苗 青')).toEqual([
      '钟岚|编辑',
      '柯立|审核',
      '苗青|监制',
    ]);
  });
});

describe('a caption’s photographer and a site’s review stages', () => {
  const people = (text: string) =>
    extractStory(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
  it('reads 甲摄 after a 图为 caption’s sentence as the photographer, not a name 甲摄', () => {
    const text =
      '代表团一行考察了社区。\n图为代表团在某社区考察。苗青摄\n图为代表团在某中学考察。柯立摄';
    expect(credits(text)).toEqual(['苗青|摄影', '柯立|摄影']);
    expect(people(text)).toEqual(['苗青', '柯立']);
  });
  it('reads a label with its review stage in brackets (编辑（一审）：甲)', () => {
    expect(credits('会议还审议了其他事项。\n编辑（一审）：苗青山\n审核（三审）：柯立新')).toEqual([
      '苗青山|编辑',
      '柯立新|审核',
    ]);
  });
});
