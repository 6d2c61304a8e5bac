import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('places read by sight (place-by-sight.ts)', () => {
  it('reads no person from a memorial or a former residence named after one (某某纪念馆, 某某故居)', () => {
    expect(names('群众在谭守志纪念馆追忆烽火岁月。')).toEqual([]);
    expect(names('经过修缮重新亮相的龚太原故居，被打造成了书店。')).toEqual([]);
  });
  it('reads no person from a base named after one (某某·某某空军基地)', () => {
    expect(names('导弹击中了位于某国的阿布·卡迪尔空军基地。')).toEqual([]);
    expect(names('无人机袭击了萨米尔·哈达基地的雷达。')).toEqual([]);
  });
  it('still reads a foreign name before 地区 as a place (某某地区)', () => {
    expect(names('在波克罗夫卡地区，战事激烈。')).toEqual([]);
  });
  it('reads no person from a body after 最高 (乌最高拉达主席称)', () => {
    expect(names('乌称抵御进攻 乌最高拉达主席称多名高官递交辞呈')).toEqual([]);
  });
  it("reads no person from an institution named after one or a section's end (某某国家政治学院, 甲至某某段)", () => {
    expect(names('会见由该党中央委员、胡建民国家政治学院院长率领的代表团。')).toEqual([]);
    expect(names('参观了周立科图书馆。')).toEqual([]);
    expect(names('其中，成都至马家明段年内建成通车。')).toEqual([]);
  });

  it('reads no person from a place before 上空, nor from the name of a tunnel or a bridge', () => {
    expect(names('在伊朗巴尔梅什克上空击落无人机。')).toEqual([]);
    expect(names('公路在建段马尔郎山隧道贯通。')).toEqual([]);
  });
  it('reads no person from a memorial park, a mausoleum or a republic (people58)', () => {
    expect(names('代表团瞻仰了陈国栋陵。')).toEqual([]);
    expect(names('总书记来到位于某镇的陈国栋纪念园。')).toEqual([]);
    expect(names('乌军当天对俄罗斯楚瓦纳共和国的一处设施发动袭击。')).toEqual([]);
  });
  it('reads no person before 旁 (beside), but one before 旁听', () => {
    expect(names('从最北端的胡杨林旁到最南端的椰子树下，处处繁忙。')).toEqual([]);
    expect(names('代表王建华旁听了会议。')).toEqual(['王建华']);
  });
});
