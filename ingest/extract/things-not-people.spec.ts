/**
 * Things, places and actions printed like a name, and titles a clause or a job function makes
 * (cctv23b, issue 13; invented sentences): phrase-names.ts, place-by-sight.ts, role-into-noun.ts,
 * title-chain.ts, delegates.ts and people.ts.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');
const posts = (text: string) => entityNames(text, 'post');

describe('things read as people', () => {
  it('takes the items of a list closed by 等…水电站 for works, no people', () => {
    expect(people('金沙江上的向阳坝、乌平德、白石滩等大型水电站陆续投产。')).toEqual([]);
  });
  it('takes what follows 五万亩 (land or plants counted) for a thing', () => {
    expect(people('在某县山区，近五万亩乌梅花迎春绽放，游人如织。')).toEqual([]);
  });
  it('takes a name before 公园 for a park’s', () => {
    expect(people('游客在梅香岭公园赏花。')).toEqual([]);
    // 花园, 广场: a garden's or a square's name (从杜某丽花园带来的火种).
    expect(people('从杜乐菲花园带来的火种抵达体育场。')).toEqual([]);
  });
  it('reads 边…，边… as doing two things at once, no surname 边', () => {
    expect(people('志愿者边清理河道，边宣传环保知识。')).toEqual([]);
  });
  it('takes a role word before 委员 (副主任委员) for no name (cctv23a)', () => {
    expect(people('会议审议某委员会主任委员、副主任委员、委员名单草案。')).toEqual([]);
  });
  it('reads 观察员国 as an observer state, no title and name', () => {
    expect(people('该地区只获得了联合国观察员国身份。')).toEqual([]);
    expect(posts('该地区只获得了联合国观察员国身份。')).toEqual([]);
  });
});

describe('titles in a clause', () => {
  it('starts the title after a verb of removing, with the acting government’s country', () => {
    expect(posts('据报道，乌政府将撤换国防部长科瓦连科。')).toEqual(['乌克兰国防部长']);
  });
  it('takes a business function before a role for the job, no body’s post', () => {
    expect(posts('采访中，技术经理王建明告诉记者，订单已排到年底。')).toEqual([]);
    expect(people('采访中，技术经理王建明告诉记者，订单已排到年底。')).toEqual(['王建明']);
  });
});

describe('contexts only things take (thing-contexts.ts)', () => {
  it('reads no name glued to a Latin model code (机型为庞巴迪CRJ-900)', () => {
    expect(people('这架客机机型为庞巴迪CRJ-900，从北京起飞。')).not.toContain('庞巴迪');
  });
  it('reads no name from a verb and its object (南方包汤圆、煮汤圆)', () => {
    expect(people('大人小孩齐动手，包汤圆、煮汤圆，其乐融融。')).not.toContain('包汤圆');
    // A name all in foreign sounds is no verb and object (扎|米尔: jieba holds 米尔 as a word).
    expect(people('报道称，在此之前，扎米尔在华盛顿与美方官员会谈。')).toContain('扎米尔');
  });
  it('reads no name from a colour glued to a noun (孔雀蓝釉色)', () => {
    expect(people('屋脊华丽精美，孔雀蓝釉色历经百年光亮如新。')).not.toContain('孔雀蓝');
  });
});
