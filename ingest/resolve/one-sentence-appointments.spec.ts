/**
 * pairs26 (issue 11): person–post pairs of appointments, titles after a date, tenure printed
 * beside the title. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { heldForms as held, inventedArticle as article } from '../../tests/kit/articles.ts';

describe('appointments of one sentence, each name after its own 为', () => {
  it('gives each name only the office after its own 为 (甲为部长、乙为副部长)', () => {
    const pairs = held([article('a', '会议决定任命张立军为外交部部长、刘宏伟为国防部部长。')]);
    expect(pairs).toContain('张立军|外交部部长');
    expect(pairs).toContain('刘宏伟|国防部部长');
    expect(pairs).not.toContain('张立军|国防部部长');
  });
  it('reads the names opening the next clause as appointed by the same verb', () => {
    const pairs = held([
      article('a', '大会选举张立军为全国委员会主席，李晓东、陈志远为全国委员会副主席。'),
    ]);
    expect(pairs).toContain('张立军|全国委员会主席');
    expect(pairs).toContain('李晓东|全国委员会副主席');
    expect(pairs).toContain('陈志远|全国委员会副主席');
  });
  it('reads the name in the slot between the verb and 为, a note in brackets after it', () => {
    const pairs = held([
      article(
        'a',
        '根据大会的决定：任命闵泽坤为农业农村部部长；任命贾秀芝（女）为司法部部长；任命濮文海（兼）为公安部部长。',
      ),
    ]);
    expect(pairs).toContain('闵泽坤|农业农村部部长');
    expect(pairs).toContain('贾秀芝|司法部部长');
    expect(pairs).toContain('濮文海|公安部部长');
  });
  it('not when the clause before is no appointment (认为某某为人正派)', () => {
    const pairs = held([
      article('a', '会议认为张立军为人正派，李晓东、陈志远为全国委员会副主席。'),
    ]);
    expect(pairs.filter((p) => /^(李晓东|陈志远)\|/.test(p))).toEqual([]);
  });
});

describe('a title printed after a day of the month and 关于', () => {
  it('starts after them, not over the name before', () => {
    const pairs = held([
      article('a', '特别调查员马克·奥尔森12日发布关于巴西总统卡多佐之子相关案件的报告。'),
    ]);
    expect(pairs).toContain('卡多佐|巴西总统');
  });
  it('nor over the predicate after the day (前往某国与某军总参谋长)', () => {
    const pairs = held([
      article('a', '某国中央司令部司令约翰·卡特24日前往以色列与以军总参谋长哈雷维举行会晤。'),
    ]);
    expect(pairs).toContain('哈雷维|以军总参谋长');
    expect(pairs.filter((p) => p.startsWith('哈雷维|以色列与'))).toEqual([]);
  });
});

describe('China’s national offices after the state’s formal name', () => {
  it('are the offices printed without it (中华人民共和国国务院总理 is 国务院总理)', () => {
    const pairs = held([article('a', '根据大会的决定，任命闵泽坤为中华人民共和国国务院总理。')]);
    expect(pairs).toContain('闵泽坤|国务院总理');
  });
});

describe('the tenure printed with a title', () => {
  it('stays in the printed form when a clause before it is cut (向某国新任总统)', () => {
    const pairs = held([article('a', '钱宏伟向马拉维新任总统姆瓦佩致贺电。')]);
    expect(pairs).toContain('姆瓦佩|马拉维总统');
    expect(pairs).toContain('姆瓦佩|马拉维新任总统');
  });
  it('is kept whole beside the name after 的 (参选的现任总统某某)', () => {
    const pairs = held([
      article(
        'a',
        '斯洛文尼亚总统卡瓦雷奇赢得连任。初步结果显示，代表中间派政党参选的现任总统卡瓦雷奇获得六成选票。',
      ),
    ]);
    expect(pairs).toContain('卡瓦雷奇|斯洛文尼亚总统');
    expect(pairs).toContain('卡瓦雷奇|现任总统');
  });
});

describe('a one-character state the table leaves to the story (哥, 伊)', () => {
  it('names the one state of the story beginning with it', () => {
    const pairs = held([
      article(
        'a',
        '哥伦比亚外交部20日发表声明，宣布召回驻外大使。某国此前指责哥总统洛萨诺在禁毒方面无所作为。',
      ),
    ]);
    expect(pairs).toContain('洛萨诺|哥伦比亚总统');
    expect(pairs).toContain('洛萨诺|哥总统');
  });
  it('not where the story prints two states beginning with it', () => {
    const pairs = held([article('a', '伊朗和伊拉克两国外长会晤。伊总统卡里米将出访。')]);
    expect(pairs.filter((p) => p.startsWith('卡里米|'))).toEqual([]);
  });
});
