/**
 * Person–post pairs on invented sentences (pairs40, issue 11): a given name ending in 年 after a
 * post title; a counterpart of four or five sounds after 和/同 and a head's glued title.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

describe('a given name ending in 年 after a title (name-before-pause.ts yearNameAfterTitle)', () => {
  it('reads 某万年 and 某百年 after a long title before a time word or a verb', () => {
    expect(
      holdsOf('省疾控中心应急处置工作组专家组组长邓万年今天在接受采访时表示，病毒仍在变异。'),
    ).toEqual(['邓万年|省疾控中心应急处置工作组专家组组长']);
    expect(holdsOf('市水利局局长韩百年表示，要加快建设。')).toEqual(['韩百年|市水利局局长']);
  });
  it('reads no name where 年 makes a time word or a count (明年, 多年)', () => {
    expect(holdsOf('省长王明年将出席。')).toEqual([]);
    expect(holdsOf('局长李多年表示。')).toEqual([]);
  });
});

describe('a counterpart of four or five sounds the tables lack (counterparts.ts soundsLength)', () => {
  const forms = (text: string) => heldForms([inventedArticle('a', text)]);
  it('reads 和范某某总统 after a leader and gives the state of the story', () => {
    const held = forms(
      '国务院总理李强同奥地利总理卡尔通电话。李强表示，2018年习近平主席和范德霍伦总统决定建立中奥友好战略伙伴关系。',
    );
    expect(held).toContain('范德霍伦|奥地利总统');
    expect(held).toContain('范德霍伦|总统');
  });
  it('reads a five-character run of unknown words before 总统 (同呼某某某总统)', () => {
    expect(
      forms(
        '国家主席习近平出席活动。去年，习近平主席同呼日勒巴特总统成功会晤，就中蒙关系深入交换意见。',
      ),
    ).toContain('呼日勒巴特|总统');
  });
});

describe('a minister of joined portfolios in a sentence of one state (story-states.ts withSentenceState)', () => {
  it('is that state’s ministry, the printed form an alias', () => {
    const held = heldForms([
      inventedArticle(
        'a',
        '新任比利时首相某某公布内阁名单，包括外交部长范德林、能源与气候部长杜兰特等人。',
      ),
    ]);
    expect(held).toContain('杜兰特|比利时能源与气候部长');
    expect(held).toContain('杜兰特|能源与气候部长');
  });
  it('gives none where the sentence names no state', () => {
    expect(holdsOf('会议由能源与气候部长杜兰特主持。')).toEqual([]);
  });
});

describe('a senior minister of Singapore (roles.txt 国务资政)', () => {
  it('holds the state’s 国务资政 printed before the name', () => {
    expect(holdsOf('国家主席习近平在北京会见新加坡国务资政陈振邦。')).toContain(
      '陈振邦|新加坡国务资政',
    );
  });
});
