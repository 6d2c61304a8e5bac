/**
 * People and things on district and county pages (blocal-l: Beijing, Tianjin, Shanghai, Hainan,
 * Tibet, Sichuan) and in national transcripts (cctv35a) that the blind sets of stop 50 showed
 * missed or wrong. Invented sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';
import { articlesFromText } from '../index.ts';

const people = (text: string) => entityNames(text, 'person');

describe('people on local pages', () => {
  it('cuts 家 off a name the story prints alone too (false-names.ts printedWithout)', () => {
    const text =
      '走进卓玛家的院子，花开正艳。今年，卓玛家的家庭旅馆收入1万元。卓玛还通过出售特产增收。';
    expect(people(text)).toEqual(['卓玛']);
  });
  it("reads a town's short name by sight as no person (false-names.ts townElsewhere)", () => {
    expect(people('今天，让我们走进李堰镇，感受乡村振兴。去年，为李堰农民组建直播团队。')).toEqual(
      [],
    );
  });
  it('reads a town after a title and 的 as no person (people.ts)', () => {
    expect(people('去年，作为联盟轮值主席的张桥镇，开展了直播培训活动。')).toEqual([]);
  });
  it('reads Tibetan names with 达吉 and 曲珠 after a title (tibetan-names.ts)', () => {
    expect(holdsOf('区委书记王海；区委副书记、区长次仁达吉；副区长李明出席。')).toContain(
      '次仁达吉|区长',
    );
  });
  it('credits Tibetan reporters in a bracket, ASCII or full width (credit-runs.ts)', () => {
    const credit = '本报讯(市融媒体中心记者 德吉曲珠 罗布曲珠)12月26日上午,市长王建国参加审议。';
    expect(people(credit)).toEqual(['德吉曲珠', '王建国', '罗布曲珠']);
  });
  it("credits a name alone between a page's date and source fields (page/sources.ts)", () => {
    const page = (meta: string) =>
      articlesFromText(
        `某村的“第六十一户”\n${meta}\n\n  某村位于某县以东78公里处。\n`,
        'p.md',
        'markdown',
      ).records.flatMap((r) =>
        r.facts.entities.filter((e) => e.type === 'person').map((e) => e.name),
      );
    expect(page('时间: 2012-08-14      扎西      来源: 《某某日报》')).toEqual(['扎西']);
    expect(page('时间: 2012-08-14      发布      来源: 《某某日报》')).toEqual([]);
  });
  it('takes a list item with 和 inside its given name (name-lists.ts)', () => {
    expect(
      people('县委常委蒋立春、周健，副县长黄朔、朱和金，管委会副主任荣波参加仪式。'),
    ).toContain('朱和金');
    expect(people('他买了苹果、梨和桃，很开心。')).toEqual([]);
  });
});

describe('things on local pages', () => {
  it('starts a park after a topic joined by 及 (park-name-starts.ts afterListedTopic)', () => {
    const text = '董事长介绍了业务板块和经营情况及华创低碳科技产业园区的功能与定位。';
    expect(entityNames(text, 'park')).toEqual(['华创低碳科技产业园区']);
  });
  it('keeps a sector joined by 及 inside the park name (joinedToGoods)', () => {
    expect(entityNames('重点建设某某市汽车及零部件产业基地。', 'park')).not.toContain(
      '零部件产业基地',
    );
  });
  it('reads no city in a list of -izations (place-features.ts inListOfIzations)', () => {
    expect(entityNames('城乡基础设施向着联通化、一体化的方向加快迈进。', 'district')).toEqual([]);
    expect(entityNames('他来到通化、白山等地调研。', 'district')).toContain('通化市');
  });
  it('reads an action before 作为 (program-extent.ts endsName)', () => {
    const text = '会议强调，要将实施城市更新提升行动作为建设新城的重要抓手。';
    expect(entityNames(text, 'program')).toContain('城市更新提升行动');
  });
});

describe('programmes in transcripts', () => {
  it('reads 关于…的意见 issued without 《》 (issued-documents.ts)', () => {
    const text = '某部近日发布关于提升住房品质的意见，主要目标是到2030年。';
    expect(entityNames(text, 'program')).toEqual(['关于提升住房品质的意见']);
    expect(entityNames('会议听取了关于改进工作的意见。', 'program')).toEqual([]);
  });
  it('reads a verb of seeing before a kind of works as no programme (program-extent.ts)', () => {
    expect(entityNames('节目的最后，让我们一起领略大国工程的硬核实力。', 'program')).toEqual([]);
  });
  it('reads 完整社区建设 beside the renovation of old estates (programs.txt)', () => {
    const text = '今年将在城镇老旧小区改造、完整社区建设等方面持续发力。';
    expect(entityNames(text, 'program')).toContain('完整社区建设');
  });
});
