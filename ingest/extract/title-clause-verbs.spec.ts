import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((q) => q.label)]);

describe('a holder’s clause run into the next title (local44)', () => {
  it('gives the second holder only the title after the leading verb', () => {
    expect(people('县委副书记、代县长柏明远带领县政府办主任苗青一行到河湾乡调研。')).toEqual([
      ['柏明远', ['县委副书记', '代县长']],
      ['苗青', ['县政府办主任']],
    ]);
  });
  it('cuts a clause and its verb before a body’s title', () => {
    expect(people('会议就落实区委书记詹立华在调研时的要求作了安排。')).toEqual([
      ['詹立华', ['区委书记']],
    ]);
  });
  it('keeps a verb inside a body’s name and a tenure word', () => {
    expect(people('推进乡村建设工作领导小组组长韦成表示。')[0]![1]).toEqual([
      '推进乡村建设工作领导小组组长',
    ]);
    expect(people('时任县委书记韦成表示。')[0]![1]).toEqual(['县委书记']);
    // 平安/a opens the town's name, no clause
    expect(people('平安镇党委书记韦成带队检查。')[0]![1]).toEqual(['平安镇党委书记']);
  });
});
