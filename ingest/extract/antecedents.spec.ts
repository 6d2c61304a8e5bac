/** Posts printed with 该 + a kind (该公司, 该区): invented sentences. */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

describe('a post that refers back with 该', () => {
  it('is the office in the company named before it', () => {
    const text =
      '东川青禾科技有限公司董事长柯明远介绍了新产线。该公司技术总监谭立山说，新产线将采用智能化设备。';
    expect(holdsOf(text)).toContain('谭立山|东川青禾科技有限公司技术总监');
  });
  it('is the office in the district named before it', () => {
    expect(holdsOf('在綦江区，该区区长李青山表示欢迎。')).toContain('李青山|綦江区区长');
  });
  it('reads a bare 园区 or 公司 opening a title as the park or company named before it', () => {
    const park = '区委书记来到东川青禾智能装备产业园调研。园区管委会主任谭立山介绍了招商情况。';
    expect(holdsOf(park)).toContain('谭立山|东川青禾智能装备产业园管委会主任');
    const company =
      '东川青禾科技有限公司董事长柯明远介绍了新产线。公司总经理谭立山说，产能将翻番。';
    expect(holdsOf(company)).toContain('谭立山|东川青禾科技有限公司总经理');
  });
  it('reads a bare 公司 title as the company printed with its legal form before it', () => {
    const text = '位于璧山高新区的青禾新能源科技有限公司电池项目投产。公司总经理谭立山介绍了产能。';
    expect(holdsOf(text)).toContain('谭立山|青禾新能源科技有限公司总经理');
  });
  it('reads a bare 高新区 opening a title as the high-tech zone named before it', () => {
    const text = '青禾高新区新能源电池项目投产。高新区党工委书记谭立山表示，将做强产业链。';
    expect(holdsOf(text)).toContain('谭立山|青禾高新区党工委书记');
  });
  it('reads a bare 镇/街道 title as the town named before it, with its county', () => {
    expect(holdsOf('在万州区青禾镇，镇党委书记谭立山向记者介绍了情况。')).toContain(
      '谭立山|万州区青禾镇党委书记',
    );
    expect(holdsOf('来到青杠街道，街道党工委书记柯立山介绍了情况。')).toContain(
      '柯立山|青杠街道党工委书记',
    );
    expect(holdsOf('在青禾镇，镇长谭立山介绍，全镇新建农田。')).toContain('谭立山|青禾镇镇长');
    // 全镇, 在城镇: no town is named
    expect(holdsOf('在城镇，镇长谭立山说，全镇上下干劲十足。')).toEqual([]);
  });
  it('is no post where the story named nothing of that kind before it', () => {
    expect(holdsOf('该县县长李青山表示欢迎。')).toEqual([]);
  });
  it('reads a bare 镇 title as the town of a post named before it (某某镇党委书记甲，镇长乙)', () => {
    expect(holdsOf('青禾镇党委书记吴七民，镇长郑八民陪同调研。')).toContain('郑八民|青禾镇镇长');
  });
  it('reads a bare 高新区 title as the zone heading a park named before it', () => {
    const text = '青禾高新区智能装备产业园一期投产。高新区党工委书记郑八民说，已签约企业28家。';
    expect(holdsOf(text)).toContain('郑八民|青禾高新区党工委书记');
  });
  it('reads a bare 村 title as the village named before it, never 乡村 or 农村', () => {
    const text = '在青禾镇双溪村，村党支部书记郑八民说，今年集体收入翻番。';
    expect(holdsOf(text)).toContain('郑八民|青禾镇双溪村党支部书记');
    const sent = '青禾镇双溪村驻村第一书记吴七民说，村委会主任郑八民也来了。';
    expect(holdsOf(sent)).toEqual(
      expect.arrayContaining(['吴七民|青禾镇双溪村驻村第一书记', '郑八民|青禾镇双溪村委会主任']),
    );
    expect(holdsOf('在美丽乡村，村党支部书记郑八民说，今年集体收入翻番。')).not.toContainEqual(
      expect.stringContaining('乡村'),
    );
  });
});

describe('a bare township title that refers back to the town of an earlier post (local46)', () => {
  it('keeps the bare form as printed as the office’s alias', () => {
    const held = heldForms([
      inventedArticle(
        'a',
        '度假区党工委委员、青禾镇党委书记柯明远，镇党委副书记、镇长谭立山分别带队走访。',
      ),
    ]);
    expect(held).toContain('谭立山|青禾镇党委副书记');
    expect(held).toContain('谭立山|镇党委副书记');
  });
});

describe('a bare zone in a story that names its one zone only after its officers (lthings56)', () => {
  it('reads the bare 园区 titles as that zone’s', () => {
    const held = heldForms([
      inventedArticle(
        'a',
        '代表团来园区考察，园区党工委副书记、管委会主任柯明远陪同。青禾工业园区管理委员会将持续服务企业。',
      ),
    ]);
    expect(held).toContain('柯明远|青禾工业园区管委会主任');
    expect(held).toContain('柯明远|青禾工业园区党工委副书记');
  });
});

describe('a town named with its own body after 在 (antecedents.ts TOWN; blocal-g, stop 45)', () => {
  it('is the town of 该镇 and of a bare 镇长 after it', () => {
    expect(holdsOf('在东岭湖镇政府办公楼，该镇宣传委员何丹正在跟同事研究栏目。')).toEqual([
      '何丹|东岭湖镇宣传委员',
    ]);
    expect(holdsOf('在城关镇党委会议室，镇长王明主持会议。')).toEqual(['王明|城关镇镇长']);
  });
});
