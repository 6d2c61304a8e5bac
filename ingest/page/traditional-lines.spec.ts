/** A page printed in traditional characters: its furniture told on the simplified reading (tail58). */
import { describe, expect, it } from 'vitest';
import { readStories } from './index.ts';
import { extractStory } from '../extract/index.ts';

const page = `首頁 > 新聞中心 > 本地要聞
某某縣召開經濟工作會議
來源:某某縣融媒體中心 作者:李曉明
3月5日,某某縣召開經濟工作會議。縣委書記王建國出席會議並講話,縣長劉志強主持會議。會議強調,要堅持穩中求進,抓好項目建設,推動縣域經濟高質量發展。各鄉鎮和縣直部門負責同志參加會議。
[責任編輯:陳小紅]
相關新聞
鎮黨委書記張德華調研春耕生產
縣政協主席趙明輝走訪企業
版權所有 某某縣融媒體中心 轉載請註明出處`;

describe('a traditional page: furniture recognised before the story is read', () => {
  const [story] = readStories(page).stories;
  it('takes 來源 as the source line and drops the related list and the footer', () => {
    expect(story!.outlet).toBe('某某县融媒体中心');
    expect(story!.text).not.toContain('相關新聞');
    expect(story!.text).not.toContain('張德華');
    expect(story!.text).not.toContain('版權所有');
  });
  it('keeps the credits as printed, and no headline of another story names a person here', () => {
    expect(story!.text).toContain('作者:李曉明');
    // [責任編輯:甲] with ASCII brackets is a credit once read (not an editor's line dropped).
    expect(story!.text).toContain('[責任編輯:陳小紅]');
    const people = extractStory(story!.text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['王建国', '刘志强', '李晓明', '陈小红']));
    expect(people).not.toContain('张德华');
  });
});
