/**
 * Person–post pairs of local government news on invented sentences (local45, issue 11): titles
 * of a list that refer back to the body named first (bare-after-post.ts), a station's heads
 * (roles.txt 总台长), and the words local news prints before a title (post-clauses.ts).
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a list of names, each with its own title, after one body (bare-after-post.ts)', () => {
  it('gives a town’s deputy head that town’s office', () => {
    expect(holdsOf('南溪镇党委书记方志远、党委副书记罗一鸣、副镇长白晓川陪同检查。')).toEqual([
      '方志远|南溪镇党委书记',
      '白晓川|南溪镇副镇长',
      '罗一鸣|南溪镇党委副书记',
    ]);
  });
  it('gives a station’s deputy head that station’s office', () => {
    expect(holdsOf('县广播电视台台长欧阳明、副台长任小楠率队赴外地考察。')).toEqual([
      '任小楠|县广播电视台副台长',
      '欧阳明|县广播电视台台长',
    ]);
  });
  it('leaves a town’s or a station’s head alone after another kind of body', () => {
    expect(holdsOf('某某集团董事长方志远、副镇长白晓川陪同检查。')).toEqual([
      '方志远|某某集团董事长',
    ]);
  });
  it('never doubles a deputy’s rank after a deputy chair named before', () => {
    expect(
      holdsOf('区人大常委会党组书记、副主任贺文轩主持会议。副主任石磊、庞海生参加会议。'),
    ).toEqual([
      '庞海生|区人大常委会副主任',
      '石磊|区人大常委会副主任',
      '贺文轩|区人大常委会党组书记',
      '贺文轩|区人大常委会副主任',
    ]);
  });
});

describe('a station’s chief head (roles.txt)', () => {
  it('is a post of the station', () => {
    expect(holdsOf('平川广电总台党委书记、总台长韦立群出席活动。')).toContain(
      '韦立群|平川广电总台总台长',
    );
  });
});

describe('words before a title that are no part of the office (post-clauses.ts)', () => {
  it('drops 我市/我县, the story’s own area', () => {
    expect(holdsOf('我市市委书记孟繁星来到企业调研。')).toEqual(['孟繁星|市委书记']);
    expect(holdsOf('我县县长钟一帆主持召开常务会议。')).toEqual(['钟一帆|县长']);
    expect(holdsOf('我市经信委主任钟一帆出席。')).toEqual(['钟一帆|市经信委主任']);
  });
  it('drops a bare 政府 before its head', () => {
    expect(holdsOf('政府县长韩东升主持会议。')).toEqual(['韩东升|县长']);
  });
  it('drops 有 and 还有 opening who attended (出席会议的还有副县长某某)', () => {
    expect(holdsOf('出席会议的还有副县长韩东升。')).toEqual(['韩东升|副县长']);
    expect(holdsOf('出席会议的有副市长韩东升。')).toEqual(['韩东升|副市长']);
  });
  it('drops an interview verb of a headline', () => {
    expect(holdsOf('专访石门县青山镇党委书记邝立强')).toEqual(['邝立强|石门县青山镇党委书记']);
  });
});

describe('a clause with 了 before a comma and the next title (title-chain.ts)', () => {
  it('is no title of the next person’s chain', () => {
    expect(holdsOf('白沙镇党委副书记、镇长贺文轩慰问了退休干部，白沙镇人大主席祁斌参加。')).toEqual(
      ['祁斌|白沙镇人大主席', '贺文轩|白沙镇党委副书记', '贺文轩|白沙镇镇长'],
    );
  });
  it('keeps the title of the piece right before the name', () => {
    expect(
      holdsOf('以色列总理纳达夫晚上召集了以国防部长阿米尔、以军总参谋长巴拉克等官员开会。'),
    ).toContain('阿米尔|以色列国防部长');
  });
});

describe('a street office printed bare after the street’s party title (back-references.ts)', () => {
  it('gives the street’s 办事处 its head', () => {
    expect(holdsOf('东关街道党工委副书记、办事处主任周明远陪同调研。')).toEqual([
      '周明远|东关街道党工委副书记',
      '周明远|东关街道办事处主任',
    ]);
  });
  it('gives a street named 某区 its 办事处 too (a city’s 东区: lpeople56)', () => {
    expect(holdsOf('西区党工委副书记、办事处主任周明远陪同调研。')).toEqual([
      '周明远|西区党工委副书记',
      '周明远|西区办事处主任',
    ]);
  });
});

describe('a village’s two offices joined by 兼 (posts.ts)', () => {
  it('gives the village committee’s head its village too (村党支部书记兼村委会主任)', () => {
    expect(holdsOf('在芝河镇东庄村，村党支部书记兼村委会主任柯长远正在组织村民收玉米。')).toEqual([
      '柯长远|芝河镇东庄村党支部书记',
      '柯长远|芝河镇东庄村委会主任',
    ]);
  });
});

describe('the general office after a committee’s title (back-references.ts, blocal-g, stop 45)', () => {
  it('is the committee’s office (区委常委、办公室主任; a management district’s 党委 too)', () => {
    expect(holdsOf('东岭区委常委、办公室主任韦立新随同调研。')).toContain('韦立新|东岭区委办公室主任');
    expect(holdsOf('仪式由区党委委员、办公室主任彭立主持。')).toContain('彭立|区党委办公室主任');
  });
});
