/**
 * Posts on invented sentences (pairs38, issue 11): who praises or welcomes a head of state before
 * the title (各界人士积极评价|某国国家主席某某, 国际社会欢迎|…) is a clause, no part of the office;
 * so is 在 before a national body with its term (会议首先在|十三届全国人大常委会委员长某某的主持下).
 */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]).sort();

describe('a clause of praise or welcome before the title (posts.ts CLAUSE_END)', () => {
  it('cuts 积极评价 and 高度评价, keeping the title as printed after them', () => {
    expect(forms('多国各界人士积极评价中国国家主席王小明的主旨讲话。')).toEqual([
      '王小明|中国国家主席',
      '王小明|国家主席',
    ]);
    expect(forms('专家学者高度评价中国国家主席王小明的讲话。')).toEqual([
      '王小明|中国国家主席',
      '王小明|国家主席',
    ]);
  });
  it('cuts 由于 (because) whole, not 由 alone', () => {
    expect(forms('某国外长称，此举是由于阿根廷总统卡尔多近日发表了不当言论。')).toContain(
      '卡尔多|阿根廷总统',
    );
  });
  it('cuts 欢迎, not 欢迎 opening a noun (欢迎宴会)', () => {
    expect(forms('国际社会欢迎中国国家主席王小明提出的倡议。')).toEqual([
      '王小明|中国国家主席',
      '王小明|国家主席',
    ]);
  });
});

describe('在 before a national body with its term (posts.ts CLAUSE_END)', () => {
  it('cuts 会议首先在 before 十三届全国人大…, keeping the term in the printed form', () => {
    expect(forms('会议首先在十三届全国人大常委会委员长王小明的主持下，推选常务主席。')).toEqual([
      '王小明|全国人大常委会委员长',
      '王小明|十三届全国人大常委会委员长',
    ]);
  });
});

describe('a tenure inside the office, after a clause (post-terms.ts withTenureInside)', () => {
  it('keeps 某国新任国家主席 as printed where the sender has no title before the name', () => {
    expect(forms('王小明向越南新任国家主席阮文平致贺电。')).toEqual([
      '阮文平|越南国家主席',
      '阮文平|越南新任国家主席',
    ]);
  });
});
