/** Credits in their printed forms, on invented lines: each becomes a WROTE with its role. */
import { describe, expect, it } from 'vitest';
import { findBylines } from './bylines.ts';

const credits = (text: string) => findBylines(text).map((b) => `${b.name}|${b.role}`);

describe('credits', () => {
  it('reads a bracketed outlet credit with several reporters and a contributing reporter', () => {
    expect(
      credits('今天，某某县举行秋收活动。（某某新闻记者 苗青山 钟雨桐 柯立 特约记者 包小溪）'),
    ).toEqual(['苗青山|记者', '钟雨桐|记者', '柯立|记者', '包小溪|特约记者']);
  });
  it("reads an outlet's credit line with no spaces", () => {
    expect(credits('早报记者苗青山实习生钟雨桐\n正文第一句。')).toEqual([
      '苗青山|记者',
      '钟雨桐|实习生',
    ]);
  });
  it("reads editors' credits in brackets, labelled or not", () => {
    expect(credits('全文完。（编辑 柯立）')).toEqual(['柯立|编辑']);
    expect(credits('全文完。（责任编辑：包小溪）')).toEqual(['包小溪|责任编辑']);
  });
  it('reads an editor credited without a reporter in lenticular brackets (【编辑:甲、通讯员:乙】)', () => {
    expect(
      credits(
        '本网某县讯【编辑:柯立、通讯员:包小溪】4月6日上午,某县人民政府副县长苗青山率领政府办、统战部等相关部门同志一行来到某镇。',
      ),
    ).toEqual(['柯立|编辑', '包小溪|通讯员']);
  });
  it('ends a run at an editorial role (审核, 校对) and reads 采写 and 责编 credits', () => {
    expect(credits('全文完。（编辑 柯立 审核 包小溪）')).toEqual(['柯立|编辑', '包小溪|审核']);
    expect(credits('全文完。（采写：苗青山 责编：柯立）')).toEqual([
      '苗青山|记者',
      '柯立|责任编辑',
    ]);
    expect(credits('严格审核把关，确保安全。\n经审核，共有十家企业入选。')).toEqual([]);
  });
  it("reads a host's turn inside a transcript line", () => {
    expect(credits('欢迎收看。主持人钟雨桐：“今天我们来聊聊秋收。”')).toEqual(['钟雨桐|主持人']);
  });
  it('reads photographer and correspondent lines', () => {
    expect(credits('正文。\n摄影 苗青山\n通讯员 柯立')).toEqual(['苗青山|摄影', '柯立|通讯员']);
  });
  it('takes no words after 记者 for names', () => {
    expect(credits('记者看到现场\n记者来到村里')).toEqual([]);
    expect(credits('他说（记者注意到这一点）。')).toEqual([]);
  });
});

describe('credits printed without separators', () => {
  it('cuts glued names by their surnames and drops the dateline place and 报道/发自', () => {
    expect(credits('本报记者苗青山钟雨桐上海报道\n正文。')).toEqual(['苗青山|记者', '钟雨桐|记者']);
    expect(credits('每经记者柯立发自成都\n正文。')).toEqual(['柯立|记者']);
    expect(credits('商报记者苗青山实习生钟雨桐/文')).toEqual(['苗青山|记者', '钟雨桐|实习生']);
  });
  it('keeps 文 of a three-character name; cuts it after three characters or before a slash', () => {
    expect(credits('本报讯（记者苗永文）今天，某某县举行秋收活动。')).toEqual(['苗永文|记者']);
    expect(credits('某某日报记者钟雨桐文\n正文。')).toEqual(['钟雨桐|记者']);
    expect(credits('本报记者柯立文/图\n正文。')).toEqual(['柯立|记者']);
  });
  it("ends a run at the next outlet's credit, at 实习记者 and at 撰文", () => {
    expect(credits('本报记者苗青山本报实习生\n正文。')).toEqual(['苗青山|记者']);
    expect(credits('某某经济报道记者钟雨桐实习记者柯立\n正文。')).toEqual([
      '钟雨桐|记者',
      '柯立|实习记者',
    ]);
    expect(credits('（某某网编辑包小溪撰文）')).toEqual(['包小溪|编辑']);
  });
  it('reads no credit from a noun a role word opens (记者节, 记者会, 编辑部)', () => {
    expect(credits('“祝大家记者节快乐，你们辛苦了！”书记走进融媒体中心。')).toEqual([]);
    expect(credits('他在记者会上表示，将加快建设。')).toEqual([]);
    expect(credits('某出版社第三图书编辑室副主任严平认为，书价偏高。')).toEqual([]);
  });
  it('tries the names before each place of a dateline (金华 is a city too)', () => {
    expect(credits('本报记者苗青山胡金华北京上海报道\n正文。')).toEqual([
      '苗青山|记者',
      '胡金华|记者',
    ]);
  });
  it('cuts glued names where the surnames are surest (某某胡某黄某某: 黄 over 惠)', () => {
    expect(credits('每经记者陈珂胡琼黄惠敏杨斌发自上海\n正文。')).toEqual([
      '陈珂|记者',
      '胡琼|记者',
      '黄惠敏|记者',
      '杨斌|记者',
    ]);
  });
  it('reads a lead in brackets with roles and glued names', () => {
    expect(credits('本报讯（通讯员苗青山记者钟雨桐柯立）昨天，某区召开大会。')).toEqual([
      '苗青山|通讯员',
      '钟雨桐|记者',
      '柯立|记者',
    ]);
  });
  it('keeps a name that reads as a word where only a credit can stand', () => {
    expect(credits('本报讯（记者马力）某区昨天发布消息。')).toEqual(['马力|记者']);
  });
  it("reads a credit closing a story's last sentence", () => {
    expect(credits('工作取得进展。新华社记者钟雨桐')).toEqual(['钟雨桐|记者']);
  });
});

describe('broadcast credits', () => {
  it('reads camera operators (摄像) beside reporters, and no camera (摄像头) as a credit', () => {
    expect(credits('今天，某县开展演练。（某某台记者 苗青山 摄像 柯立）')).toEqual([
      '苗青山|记者',
      '柯立|摄像',
    ]);
    expect(credits('摄像头采集数据\n路口的摄像头全天工作。')).toEqual([]);
  });
  it('reads a place glued to 报道 as where they reported from, not a reporter', () => {
    expect(credits('记者 苗青山 柯立 万州报道')).toEqual(['苗青山|记者', '柯立|记者']);
    // a short form that is also a word elsewhere is still a place here
    expect(credits('记者 苗青山 柯立 江北报道')).toEqual(['苗青山|记者', '柯立|记者']);
    expect(credits('（记者 苗青山 柯立 江津报道）')).toEqual(['苗青山|记者', '柯立|记者']);
  });
});

describe('credits in long unpunctuated text', () => {
  it('reads a role word before 300 characters of text with no credit end in one pass', () => {
    // Before, the credit patterns tried every way to cut the run into names: minutes, not ms
    // (the test then fails on vitest's timeout).
    const run = Array.from(
      { length: 300 },
      (_, i) => '水龟裂的皮肤和土地需要一种滋补在征服之外'[i % 20],
    ).join('');
    expect(credits(`前言摄影${run}。`)).toEqual([]);
    expect(credits(`记者${run.slice(0, 40)}的报道`)).toEqual([]);
    expect(credits('记者 张某科 摄')).toContain('张某科|摄影');
  });
});

describe('a news site’s credit in square brackets after its dateline', () => {
  it('reads 某地讯【编辑:甲、通讯员:乙】 and no bracketed heading', () => {
    // the lead runs on into the story (a long line): the short-line readers do not see it
    const lead =
      '4月6日上午，某县副县长韦成率领政府办、统战部等相关部门同志一行来到工业园区调研，先后察看了孵化中心和三家企业。';
    expect(credits(`本网某县讯【编辑:柯立、通讯员:苗青山】${lead}`)).toEqual([
      '柯立|编辑',
      '苗青山|通讯员',
    ]);
    expect(credits(`【记者手记】${lead}`)).toEqual([]);
  });
});
