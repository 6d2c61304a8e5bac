/** Things printed like programs (programs34, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('digital platforms and systems', () => {
  it('reads a platform that says it is digital as a website, not a program', () => {
    expect(programs('当地农户通过接入“江北农机云”平台，在手机上预约收割。')).toEqual([]);
    expect(programs('该县搭建智慧种苗平台，为苗农提供信息。')).toEqual([]);
    expect(programs('全省推进国土空间“一张图”平台建设，数据统一汇聚。')).toEqual([]);
    expect(programs('新建的政务程序全部纳入“城市大脑”规划体系。')).toEqual([]);
    expect(programs('多家网站和“青松读书”学习平台开设了专栏。')).toEqual([]);
  });
});

describe('works named by the one facility they build', () => {
  it('reads a link of waterways, heating or a tunnel as a construction of that kind', () => {
    expect(programs('某县积极实施村镇小河向主干河道连通工程，灌溉面积扩大。')).toEqual([]);
    expect(programs('对三个高海拔县城实施集中供暖工程，居民冬天不再受冻。')).toEqual([]);
  });
  it('reads a works visited as a site', () => {
    expect(programs('代表们实地参观白鹤滩工程，了解水电开发。')).toEqual([]);
  });
});

describe('military plans and exchanges of prisoners', () => {
  it('reads a military plan of any field as an operation of war', () => {
    expect(programs('该国国防部称，某国近日重启了在邻国的军事化学计划。')).toEqual([]);
  });
  it('reads an exchange of prisoners as an event', () => {
    expect(programs('甲乙两国启动大规模交换被俘人员行动')).toEqual([]);
  });
});

describe('activities that are events', () => {
  it('reads an activity held at once, in a holiday period or as members’ duty work as an event', () => {
    expect(programs('文化科技卫生“三下乡”集中示范活动在某州举行。')).toEqual([]);
    expect(programs('五部门部署各地在国庆期间集中开展“助老暖秋”活动。')).toEqual([]);
    expect(
      programs('五部门部署开展“助老暖秋”活动。五部门部署各地在国庆期间开展“助老暖秋”活动。'),
    ).toEqual([]);
    expect(programs('政协组织开展委员履职“建言为民”活动。')).toEqual([]);
  });
  it('keeps a campaign carried out', () => {
    expect(programs('全省要深入开展“千人帮千户”活动，实施一批惠民工程。')).toEqual([
      '千人帮千户活动',
    ]);
  });
});

describe('the quote of an event', () => {
  it('does not make the bare quote a program', () => {
    expect(programs('“三上山”集中示范活动在某县举行，“三上山”惠及群众。')).toEqual([]);
  });
});

describe('what the press does together', () => {
  it('reads a media action or network as an event or a body of the media', () => {
    expect(programs('“丝路好物进山城”媒体行动今天在某市启动。')).toEqual([]);
    expect(programs('与会各方宣布成立东亚青年媒体伙伴机制。')).toEqual([]);
  });
});

describe('generic field names', () => {
  it('reads a field’s policies and a kind of mechanism as no named program', () => {
    expect(programs('普查是科学制定“三农”政策的依据。')).toEqual([]);
    expect(programs('某县通过推进“生态补偿机制”等改革守住了青山。')).toEqual([]);
  });
});
