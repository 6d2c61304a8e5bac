import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('verbs read as names after a title (title-verbs.ts)', () => {
  it('reads no name after a surname addressed with its title (把王主席关怀…)', () => {
    expect(names('战士们说，要把王主席关怀化作练兵的动力。')).toEqual([]);
    expect(names('该党主席刘海峰表示支持。')).toEqual(['刘海峰']);
    expect(names('日本首相石田茂、韩国代总统崔海穆致电。')).toContain('崔海穆');
  });
  it('reads no name after a title of many (各国领导人祝贺…)', () => {
    expect(names('多国领导人致电，各国领导人祝贺大会成功召开。')).toEqual([]);
  });
  it('reads no name in a quoted slogan of a title and a verb (“委员促三交”)', () => {
    expect(names('政协组织开展“委员促三交”主题活动。')).toEqual([]);
  });
  it('reads duties shared out in a list as no people (干部包片、村干部包组; 领学、带学)', () => {
    expect(names('镇上干部包片、村干部包组，层层压实责任。')).toEqual([]);
    expect(names('当地推行领导干部领学、支部书记带学的做法。')).toEqual([]);
  });
  it('keeps names of a list that share a surname or a common given character', () => {
    expect(names('县委书记张明、县长张亮出席。')).toEqual(['张明', '张亮']);
    expect(names('县委书记张明、县长王明出席。')).toEqual(['张明', '王明']);
    // 涛 is rare as a first given character, frequent as a last one (blocal-n)
    expect(names('学校主任吴流、培训部主任吴涛出席。')).toContain('吴涛');
  });
  it('reads a frequent word before a speech verb as the word (满怀希望), a surname as a name', () => {
    expect(names('大家坚定信心、满怀希望，迎接新春。')).toEqual([]);
    expect(names('汪洋希望大家再接再厉。')).toEqual(['汪洋']);
  });
});

describe('a party named in quotes before its title (title-verbs.ts)', () => {
  it('reads the name after “某某”党主席: 党 closes the quoted name, no surname of address', () => {
    expect(names('某国“绿色联盟”党主席瓦西连科表示，将继续支持合作。')).toEqual(['瓦西连科']);
  });
});
