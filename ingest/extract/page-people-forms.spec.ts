/**
 * People and posts on county pages and in national transcripts that the blind sets of stop 49
 * showed missed or wrong (blocal-k, cctv34b). Invented sentences; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';
import { articlesFromText } from '../index.ts';

const people = (text: string) => entityNames(text, 'person');

describe('names after titles', () => {
  it('takes a rarer surname HanLP nearly always reads as one (names-by-role.ts RARE_SURNAME)', () => {
    expect(holdsOf('8月8日，县委书记卞建国现场推进新区建设工作。')).toContain('卞建国|县委书记');
  });
  it("keeps a county's post though jieba tags the county a verb (office-owners.ts isNamePart)", () => {
    expect(holdsOf('临澧县副县长王立新参加会议。')).toEqual(['王立新|临澧县副县长']);
  });
  it("reads a mission's representative as a title before a noun-like name (delegates.ts)", () => {
    expect(holdsOf('世卫组织驻华代表科林表示，疫情仍在发展。')).toEqual(['科林|世卫组织驻华代表']);
  });
  it('reads a craftsman after 工匠 as an occupation, no post (occupations.txt)', () => {
    expect(people('学生们围在古建工匠黄大树的身旁，听他讲述。')).toEqual(['黄大树']);
    expect(holdsOf('学生们围在古建工匠黄大树的身旁，听他讲述。')).toEqual([]);
  });
});

describe('names in lists and clauses', () => {
  it('keeps a given name ending in 山 whole as the last item of a list (names-between-names.ts)', () => {
    expect(people('副县长王建华、李海涛、赖金山出席会议。')).toEqual([
      '李海涛',
      '王建华',
      '赖金山',
    ]);
    expect(people('副县长王建华、李海涛、罗振山出席会议。')).toEqual([
      '李海涛',
      '王建华',
      '罗振山',
    ]);
  });
  it('still reads a list of mountains as no people', () => {
    expect(people('游览了黄山、泰山、华山、衡山等名山。')).toEqual([]);
  });
  it('reads no person inside a housing estate before 安置小区 (sight-terms.ts PLACE_WORD)', () => {
    expect(people('来到物流园、龙汪秀居安置小区、科技综合体等项目。')).toEqual([]);
  });
  it('reads 经 before a name and its verb as "upon", not a first character (false-names.ts)', () => {
    expect(people('没有经费就自己筹。经吴立琴申请，社区党委接收退休党员。')).toEqual(['吴立琴']);
  });
});

describe("a page's meta line", () => {
  it('credits the reporter after 作者: and 记者 (credit-forms.ts LABEL_ANYWHERE)', () => {
    const page =
      '标题\n来源:某某日报    作者:记者杨立华    发布时间:2015年01月05日\n近日,市长王建国调研。\n';
    const { records } = articlesFromText(page, 'page.md', 'markdown');
    const names = records.flatMap((r) =>
      r.facts.entities.filter((e) => e.type === 'person').map((e) => e.name),
    );
    expect(names).toContain('杨立华');
  });
});

describe('things counted (sight-terms.ts COUNT_OF_THINGS)', () => {
  it('reads no person in a count of trees (第一片杨树林)', () => {
    expect(people('从扦插栽培第一片杨树林开始，老人印象最深。')).toEqual([]);
  });
});
