import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('long rolls of names (name-rolls.ts)', () => {
  it("reads the roll's last item though its given name is a word (和平, 朝军)", () => {
    const roll = '孙立军、杨春荣、郭海锋、许红霞、王振东、尚明红、郜庆双';
    expect(names(`市领导${roll}、吴和平在主会场出席仪式。`)).toContain('吴和平');
    expect(names(`专家组${roll}、周朝军，县委书记王明参加调研。`)).toContain('周朝军');
    expect(names(`市领导${roll}、吴和平等出席。`)).toContain('吴和平');
  });
  it('takes no last item a place ending closes, nor one after a short list', () => {
    const roll = '孙立军、杨春荣、郭海锋、许红霞、王振东、尚明红、郜庆双';
    expect(names(`市领导${roll}、张家港在会上发言。`)).not.toContain('张家港');
    expect(names('市领导孙立军、杨春荣、吴和平在主会场出席仪式。')).not.toContain('吴和平');
  });
});
