import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe("an interview's turns (某某：…)", () => {
  it('reads the name that opens a line before a colon, bracketed or not', () => {
    expect(names('刘建华：这个区域发展空间很大。')).toEqual(['刘建华']);
    expect(names('【朱克】：首先感谢各位嘉宾。')).toEqual(['朱克']);
    expect(names('主持人：欢迎。\n金石开：谢谢。')).toContain('金石开');
  });
  it('reads the name of a station interview line with its title in brackets (某某（县委书记）：)', () => {
    expect(names('产业发展很快。\n柯立山（某县县委书记）：我们将加大投入。')).toEqual(['柯立山']);
  });
  it('reads no turn of a role, a place or a word (记者：, 北京：, 会上：)', () => {
    expect(names('记者：今天天气很好。\n北京：今天晴。\n会上：大家发言。')).toEqual([]);
  });
  it('reads the name 叫 introduces (一位叫某某（化名）的人, 我叫某某，), not 叫好', () => {
    expect(names('大奖是一位叫钱有福（化名）的人领走的。')).toEqual(['钱有福']);
    expect(names('我叫孙建平，今年四十岁。')).toEqual(['孙建平']);
    expect(names('观众纷纷叫好。')).toEqual([]);
  });
});

describe('a turn whose given name scores low (clue-5)', () => {
  it('reads the name before a colon at the line start though 叫 would ask more (某山：, 某熙：)', () => {
    expect(names('范山：这支球队最近很是糟糕。')).toEqual(['范山']);
    expect(names('韩熙：我宣布频道上线！')).toEqual(['韩熙']);
  });
  it('still reads no common word as a turn (黄金：, 周末：)', () => {
    expect(names('黄金：价格继续走高。\n周末：天气转晴。')).toEqual([]);
  });
  it('keeps the stricter floor for a name after 叫', () => {
    expect(names('一个叫韩熙的人走了过来。')).toEqual([]);
  });
});
