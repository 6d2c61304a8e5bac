/** Programs named in quotes (quoted-programs.ts), prog57 (issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a quoted name and its pilot', () => {
  it('reads the quote and 试点 after it as one pilot', () => {
    expect(programs('卫生部门推进“互联网+康复”试点工作，服务居家老人。')).toEqual([
      '互联网+康复试点',
    ]);
    expect(programs('北岭市开展“原址翻建”试点，居民自筹资金。')).toEqual(['原址翻建试点']);
  });
  it('leaves a program word after 试点 to name the program', () => {
    expect(programs('北岭市还创新推出“绿名单”试点改革，减少检查。')).toEqual(['绿名单试点改革']);
  });
  it('reads a counted pilot as one of a kind', () => {
    expect(programs('全省首个“零废弃”试点城市落地北岭。')).toEqual([]);
  });
});

describe('a reform of listed steps', () => {
  it('reads the quoted steps and 改革 after them as the reform', () => {
    expect(programs('全省已有300个县实施“交钥匙、交房即发证”改革。')).toEqual([
      '交钥匙、交房即发证改革',
    ]);
    expect(programs('某省启动省属企业“岗位、薪酬、考核”三项制度改革，百家企业参与。')).toEqual([
      '岗位、薪酬、考核三项制度改革',
    ]);
  });
});

describe('a quoted strategy docked with another', () => {
  it('does not read 同 after 战略 as a noun the strategy qualifies', () => {
    expect(programs('甲方愿推进“草原振兴”战略同共建“一带一路”倡议对接。')).toContain(
      '草原振兴战略',
    );
  });
});

describe('the mechanisms of a quoted principle', () => {
  it('takes no program for a 制度机制 after a quote', () => {
    expect(programs('拓展和深化“三个贴近”制度机制，完善代表工作。')).toEqual([]);
  });
});

describe('a quote alone after a verb of rolling a policy out', () => {
  it('reads it as the reform rolled out', () => {
    expect(programs('北岭省全面推行“亮码检查”，规范涉企执法。')).toEqual(['亮码检查']);
  });
  it('takes no program for a quote that a word follows', () => {
    expect(programs('北岭省全面推行“亮码检查”制度创新经验。')).not.toContain('亮码检查');
  });
});

describe('a long quoted campaign name', () => {
  it('reads a quote past twenty characters before 专项行动', () => {
    expect(
      programs('网信办部署开展“净网·优化涉企网络环境——整治涉企虚假信息乱象”专项行动。'),
    ).toEqual(['净网·优化涉企网络环境——整治涉企虚假信息乱象专项行动']);
  });
});

describe("a field's plan of the five-year period", () => {
  it('reads a field longer than twelve characters after the quoted period', () => {
    expect(programs('某部印发“十五五”现代综合能源运输体系发展规划。')).toEqual([
      '十五五现代综合能源运输体系发展规划',
    ]);
  });
});

describe('quotes that name no programme (pjunk61, prog61-a)', () => {
  it('takes the forms work is done in for no programme', () => {
    expect(programs('某区通过“讲解+服务”“讲解+实践活动”等形式，与群众面对面交流。')).toEqual([]);
  });
  it('takes a firm’s own policy for no public programme', () => {
    expect(programs('监管部门认为，该公司的“数据共享授权”政策限制了竞争。')).toEqual([]);
  });
  it('takes an action in a theatre of war for a military operation', () => {
    expect(programs('某国宣布将开始在邻近地区的陆地“缉私”行动。')).toEqual([]);
    expect(programs('某县开展“清风”行动，整治基层作风。')).toEqual(['清风行动']);
  });
  it('takes a platform a place owns for a facility', () => {
    expect(
      programs('东岭算力中心拥有涵盖存储算力、边缘算力、智能算力、超级算力的“四力合一”平台。'),
    ).toEqual([]);
  });
});

describe('quoted campaigns a county runs (lstrat61-l)', () => {
  it('reads parallel tasks whose 活动 the story returns to as a standing campaign', () => {
    const text =
      '在“再动员、再部署、再推进”活动中，县领导到园区调研。会议要求推动“再动员、再部署、再推进”活动取得实效。';
    expect(programs(text)).toEqual(['再动员、再部署、再推进活动']);
    expect(programs('社区开展“迎新春、送温暖”活动，慰问老人。')).toEqual([]);
  });
  it('reads a city’s programme built that a county serves', () => {
    expect(programs('全县主动服务“五个临江”建设，推动高质量发展。')).toEqual(['五个临江建设']);
  });
});
