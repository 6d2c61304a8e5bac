/**
 * Named strategies of county and city pages in forms main missed, and programme junk there
 * (lstrat59-l, pages of Zhejiang, Sichuan, Hubei and Fujian, issue 13; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('local programmes printed in local forms', () => {
  it('reads a listed creation printed with 争创 as that creation', () => {
    expect(programs('全力争创全国文明城市，市容市貌明显改善。')).toEqual(['创建全国文明城市']);
  });
  it("reads a themed model county's creation carried on, not the title held", () => {
    expect(programs('持续推进全民健身示范县创建，完善场馆设施。')).toEqual(['创建全民健身示范县']);
    expect(programs('该县去年获评全民健身示范县。')).toEqual([]);
  });
  it('reads works counted one by one and built together', () => {
    expect(programs('重点推进“一园、一港、一桥、一路”建设，招引企业落户。')).toEqual([
      '一园、一港、一桥、一路建设',
    ]);
  });
  it('reads the last item of a list of programmes closed by 等 as built', () => {
    expect(programs('贯彻落实市委“两个高地”行动、“三个江城”建设等重大部署。')).toContain(
      '三个江城建设',
    );
  });
  it('reads a push of so many days that opens with where it is waged', () => {
    expect(programs('深入开展“到项目上去，奋战90天”等行动，项目加快推进。')).toContain(
      '到项目上去 奋战90天',
    );
  });
  it('reads a code carried out as the breakthrough it makes', () => {
    expect(programs('务实推进“3456”转型突破，全面落实各项部署。')).toEqual(['3456转型突破']);
  });
  it('takes codes of figures side by side for no name', () => {
    expect(programs('严格落实“15+2”“8+1”防控措施，守住安全底线。')).toEqual([]);
  });
  it('takes no layout of a course laid out (谋篇布局)', () => {
    expect(programs('城乡“双融合”发展谋篇布局，推动形成新格局。')).toEqual([]);
  });
  it("takes one school's own reform for no programme, a national one it carries out stays", () => {
    expect(programs('城关实验中学深化省级“艺术特色”集团化办学改革，提升质量。')).toEqual([]);
    expect(programs('城关实验小学推进“双减”工作，减轻负担。')).toEqual(['双减政策']);
  });
  it('reads national and provincial programmes printed bare in county reports', () => {
    expect(programs('扎实做好六稳工作、全面落实六保任务，经济稳中向好。')).toEqual(['六稳六保']);
    expect(programs('加快农村公路安全生命防护工程建设。')).toEqual(['公路安全生命防护工程']);
    expect(programs('大力实施强县工程，县域经济加快发展。')).toEqual(['强县工程']);
    expect(programs('加快推进“三旧”改造，盘活低效用地。')).toEqual(['三旧改造']);
    expect(programs('抢抓“双区驱动”重大机遇，扩大开放。')).toEqual(['双区驱动']);
  });
});
