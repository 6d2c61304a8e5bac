import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('local news forms (local44)', () => {
  it('reads a surname and 老伯 as an elder addressed, no name', () => {
    expect(names('镇干部走访慰问了苗老伯、柏老伯等困难群众。')).toEqual([]);
  });
  it('reads one leader after 区领导 ended by a comma', () => {
    expect(names('区领导韦东，区级有关部门负责人随同调研。')).toEqual(['韦东']);
    expect(names('区领导苗正道，区民政局局长柏明远陪同。').sort()).toEqual(
      ['柏明远', '苗正道'].sort(),
    );
  });
  it('reads two leaders joined by 及 after 市领导', () => {
    expect(names('市领导柏明远及韦成一行到街道进行现场观摩。').sort()).toEqual(
      ['柏明远', '韦成'].sort(),
    );
  });
  it('keeps a description after 领导 no name', () => {
    expect(names('市领导高度重视，县领导班子，区领导干部和群众参加。')).toEqual([]);
  });
});
