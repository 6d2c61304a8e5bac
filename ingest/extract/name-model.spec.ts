import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('people without a title next to them (name statistics)', () => {
  it('reads the first item of a list opened by 包括 (包括甲、乙和丙)', () => {
    expect(names('名单包括黄立新、陈志强等人。')).toContain('黄立新');
    // A run of sounds as well (transliterations.ts foreignItemBefore).
    expect(names('展出的名画包括阿尔贝蒂、莫奈和毕加索的作品。')).toContain('阿尔贝蒂');
  });
  it('reads the list beside a name read elsewhere in the story (某甲和某乙正在…；给某甲等)', () => {
    expect(
      names('采集员马天来和刘海波正在采集地图。新职业给马天来等年轻人带来了更多选择。'),
    ).toContain('刘海波');
  });
  it('keeps the preposition 由 or 被 opening a list out of its first name (由甲、乙组成)', () => {
    const found = names('接力决赛中，由韩立伟、池明远、陈秀芬组成的队伍夺得冠军。');
    expect(found).toContain('韩立伟');
    expect(found).not.toContain('由韩立伟');
    expect(names('决赛中，由郑磊、池明远、陈秀芬组成的队伍夺冠。')).not.toContain('由郑磊');
  });
  it('reads no name from an adjective and a noun running on into a noun phrase (是高光谱遥感卫星)', () => {
    expect(names('新发射的两颗卫星是高光谱遥感卫星，服务农业。')).toEqual([]);
  });
  it('reads an inner list item between plain names whose given name spells a role (程明星)', () => {
    expect(names('县领导鲁立法、乔东海、程明星、郭子岚等参加。')).toContain('程明星');
  });
  it('reads no name from a classical clause and its twin (安其居，乐其业), keeps 钱其琛', () => {
    expect(names('民以居为安，安其居，才能乐其业。')).toEqual([]);
    expect(names('要让干部居其位、谋其政。')).toEqual([]);
    expect(names('会见时，钱其琛表示，两国关系良好。')).toEqual(['钱其琛']);
  });
  it('reads no name from a list of areas closed by 等 and an area word (东南和黄淮等旱区)', () => {
    expect(names('眼下，东南和黄淮等旱区正加强调度。')).toEqual([]);
  });
  it('finds a name as subject, object and list item', () => {
    expect(names('会上，叶丽萍宣读了表彰决定。')).toContain('叶丽萍');
    expect(names('大家一起看望了郑伟东，')).toContain('郑伟东');
    expect(names('出席会议的有邹志恒、钱卫东等。')).toEqual(
      expect.arrayContaining(['邹志恒', '钱卫东']),
    );
  });
  it('takes a given name with common-word characters when jieba reads it as a new word', () => {
    expect(names('他会见了于有斌，')).toContain('于有斌');
  });
  it('reads 和 before a name as the conjunction (和孙晋峰 is not 和孙晋)', () => {
    const found = names('专家和孙晋峰一起考察了园区。');
    expect(found).not.toContain('和孙晋');
    expect(found).toContain('孙晋峰');
  });
  it('takes no person from ordinary words jieba tags as names', () => {
    expect(names('推动高水平开放，群众幸福感不断提升，贡献率达到六成。')).toEqual([]);
    expect(names('今年，文明城市创建取得实效。')).toEqual([]);
    expect(names('发展普惠性托育，渔船捕获沙丁鱼，')).toEqual([]);
    expect(names('全面推行林长制，实行雨污分流和雨污水收集。')).toEqual([]);
  });
  it('takes a name whose given name is a frequent word when the statistics say name', () => {
    expect(names('那天，魏振兴回到了村里。')).toContain('魏振兴');
  });
  it('takes no person from places and foreign place names', () => {
    expect(names('代表团访问了莫斯科，')).toEqual([]);
    expect(names('游客来到黄家坝，')).toEqual([]);
    expect(names('代表团抵达巴格达，')).toEqual([]);
  });
});

describe('titles that end inside a longer word', () => {
  it('takes no name after 委员 in 委员会主任 or 董事 in 董事长', () => {
    expect(names('街道工作委员会主任说，')).not.toContain('会主任');
    const chair = names('公司董事长卢琪表示，');
    expect(chair).not.toContain('长卢琪');
    expect(chair).toContain('卢琪');
  });
});

describe('names jieba reads otherwise, two-character names, lists', () => {
  it('takes a three-character name jieba tags as a time word', () => {
    expect(names('当年，周恩来总理曾在这里办公。')).toContain('周恩来');
  });
  it('takes a two-character name before 同志 or a title', () => {
    expect(names('老人回忆起当年的郑岚同志，')).toContain('郑岚');
  });
  it('takes the other items of a list once one is a name', () => {
    expect(names('获奖的有邹志恒、杨影、王晨和程辉。')).toEqual(
      expect.arrayContaining(['邹志恒', '杨影', '王晨', '程辉']),
    );
  });
  it('reads the last item of a list of names that runs into the predicate (甲和赵亚平密切观察)', () => {
    expect(names('航天员周立科和赵亚平密切观察舱外状态。')).toEqual(['周立科', '赵亚平']);
  });
  it('reads the last item before a time word and across the slash of a doubles pair (甲、乙正在…, 甲/乙夺得)', () => {
    expect(names('航天员周立科、赵亚平正在安装设备。')).toEqual(['周立科', '赵亚平']);
    expect(names('当日比赛，周立科/龙海一夺得男子双人冠军。')).toEqual(['周立科', '龙海一']);
  });
  it('reads a doubles partner running into the predicate, a given name ending as places do', () => {
    expect(names('中国队混双组合周立科/杨石桥在半决赛中战胜对手。')).toEqual(['周立科', '杨石桥']);
    expect(names('中国组合周立科/杨先生。')).toEqual(['周立科']);
  });
  it('reads the last name of a roll call closed by 等 and the sentence (应 a surname there)', () => {
    expect(names('出席会议的还有：王立科、尹海、刘国平、应明等。')).toContain('应明');
    expect(names('参加的有：王立科、尹海、刘国平等。')).toEqual(['王立科', '尹海', '刘国平']);
    expect(names('出席会议的有副市长王立科、应华等。')).toContain('应华');
  });
});

describe('transliterated names', () => {
  it('keeps the parts of a name joined by a middle dot together', () => {
    expect(names('会上，阿布都·热合曼介绍了情况。')).toContain('阿布都·热合曼');
  });
  it('takes a transliterated name before a speech verb or after a title', () => {
    expect(names('会谈中，维拉诺瓦表示愿加强合作。')).toContain('维拉诺瓦');
    expect(names('随后，总统卡洛维奇会见了代表团。')).toContain('卡洛维奇');
  });
  it('takes no country before a title, and no unit', () => {
    expect(names('巴基斯坦总理会见了代表团，俄罗斯总统出席。')).toEqual([]);
    expect(names('年发电量达到三吉瓦时，')).toEqual([]);
    expect(names('一条年产20吉瓦时的电池生产线，')).toEqual([]);
  });
});

describe('the forms of political news', () => {
  it('takes a leader after a verb and a name before a title or 同志', () => {
    expect(names('大家认真学习贯彻魏振华总书记重要讲话精神。')).toContain('魏振华');
    expect(names('会议期间，邹志恒主席会见了代表。')).toContain('邹志恒');
    expect(names('大家怀念郑立群同志。')).toContain('郑立群');
  });
  it('keeps minority names whole at the middle dot', () => {
    expect(names('会见了司马义·艾买提。')).toEqual(['司马义·艾买提']);
    expect(names('主席致电鲍里·安德拉什，')).toContain('鲍里·安德拉什');
  });
  it('takes no name from the word after a title or before a speech verb', () => {
    expect(names('公司市场总监则担心成本上升。')).toEqual([]);
    expect(names('该信息中称，项目进展顺利。')).toEqual([]);
    expect(names('国家主席同总统先生举行会晤，')).not.toContain('同总统');
    expect(names('各民主党派代表和无党派人士出席。')).not.toContain('和无党');
  });
  it('takes no transliterated club or name piece whose first character is seldom a surname', () => {
    expect(names('本轮桑普多客胜。')).toEqual([]);
    expect(names('球迷认为斯托克上轮输得冤。')).toEqual([]);
    expect(names('赛前索斯盖特拿出了新阵容。')).toEqual([]);
  });
  it('takes a surname and a doubled given character opening a clause (某琴琴就是…)', () => {
    expect(names('活动结束了。苏琳琳就是第一批参加活动的学生。')).toEqual(['苏琳琳']);
    // Ordinary reduplications are words: 刚刚, 常常.
    expect(names('活动结束了。常常有人来参观。')).toEqual([]);
  });
  it('takes a doubled given name jieba holds as a rare word, also after 和 (某晶晶的, 甲和某冰冰)', () => {
    expect(names('韩晶晶的方案得到了认可。')).toEqual(['韩晶晶']);
    expect(names('周玲和韩冰冰都是志愿者。')).toEqual(['韩冰冰', '周玲']);
    // A word whole (冷冰冰) stays a word.
    expect(names('湖面冷冰冰的。')).toEqual([]);
  });
  it('takes a two-character name before the formulas of who attended (某某参加会见, 某某出席)', () => {
    expect(names('双方签署了合作文件。\n邹立参加会见。')).toEqual(['邹立']);
    expect(names('会前，邹立出席欢迎仪式。')).toEqual(['邹立']);
  });
});

describe('the last item of a list of names, with its predicate glued on (clue-5)', () => {
  it('takes the item after 和 when the predicate follows it (某甲和某乙在…)', () => {
    expect(names('留学生宋振兴和周蓓在公寓里遇害。')).toEqual(['宋振兴', '周蓓']);
  });
  it('leaves out a last character that opens the predicate (某甲和某乙|都是)', () => {
    expect(names('留学生宋振兴和石琦都是画家。')).toEqual(['宋振兴', '石琦']);
  });
});

describe("a three-character name jieba's dictionary holds whole (clue-5)", () => {
  it('takes it though its first given character alone scores low (徐有贞: 有 of 有贞)', () => {
    expect(names('为弘扬徐有贞的治水精神，当地举办了展览。')).toEqual(['徐有贞']);
  });
  it('takes no street named after a person (某某路3号)', () => {
    expect(names('地点：北京东城区徐中玉路3号。')).toEqual([]);
  });
  it('takes it when its given name scores as a middling name as a whole (李时珍: 时 of 时珍)', () => {
    expect(names('李时珍在书中记载了这种草药的用法。')).toEqual(['李时珍']);
  });
});

describe('a given name that is a frequent pair because people bear it (clue, 2026-12-04)', () => {
  it('takes it when jieba holds the whole name and names favour the pair (某建华)', () => {
    expect(names('王建华的果园今年又丰收了。')).toEqual(['王建华']);
  });
  it('takes no word jieba tags as a name whose pair is a word (高水平, 夏玉米)', () => {
    expect(names('我们要实现高水平的对外开放。')).toEqual([]);
    expect(names('今年夏玉米长势良好，农民忙着追肥。')).toEqual([]);
  });
});

describe('a two-character name opening a clause before its predicate (clue9)', () => {
  it('takes it before an adverb or 是 (某某将此事…, 某某也获得…)', () => {
    expect(names('那天，贺峰将此事告诉了家人。')).toEqual(['贺峰']);
    expect(names('钱斌也获得了几项奖励。')).toEqual(['钱斌']);
  });
  it('cuts 是 that jieba glues to the name (某博是/x 一家…)', () => {
    expect(names('孙博是一家工厂的老板。')).toEqual(['孙博']);
  });
  it('keeps a given name ending in 才 whole (not 某尚 and the adverb 才)', () => {
    expect(names('会后，石尚才就回到了村里。')).toEqual(['石尚才']);
  });
  it('takes no term being defined (某某又称…) nor an honorific (某老就是…)', () => {
    expect(names('温泉又名汤泉。')).toEqual([]);
    expect(names('刘老就是怀着这样的信念。')).toEqual([]);
  });
});

describe('names with a website or an adverb glued on (clue9)', () => {
  it('takes no website for a name (某某网消息)', () => {
    expect(names('荆楚网消息（记者李明）武汉市今天通报。')).toEqual(['李明']);
  });
  it('cuts 曾 or 遂 glued before a verb, not before a speech verb (某某遂找到, 某继遂表示)', () => {
    expect(names('需要帮忙，李频遂找到他的亲戚。')).toEqual(['李频']);
    expect(names('需要帮忙，李频曾找到他的亲戚。')).toEqual(['李频']);
    expect(names('龚立遂表示，')).toEqual(['龚立遂']);
  });
  it('reads the last item of a list before 等参加, never before 等地 (甲、乙等参加会议)', () => {
    expect(names('县长孔德明主持会议。宁振中、陶伟森、闫保国等参加会议。')).toContain('闫保国');
    expect(names('副县长孔德明、闫保国等参加会议。')).toEqual(['孔德明', '闫保国']);
  });
});

describe('words by sight in lists and adjective phrases (people42)', () => {
  it('reads no name in a list of things closed by 等 and a count (观赏苗木等多品种)', () => {
    expect(names('园区种植了观赏苗木等多品种花卉。')).toEqual([]);
  });
  it('reads no name in a list of trades closed by 等新业态 (休闲康养等新业态, cctv29b)', () => {
    expect(names('山区县正培育民宿度假、休闲康养等新业态。')).toEqual([]);
  });
  it('reads no name glued after Latin letters and running on into a noun (MPCVD金刚石研发)', () => {
    expect(names('园区引进了一条MPCVD金刚石研发生产线。')).toEqual([]);
  });
  it('reads no name between 在 and a locative (漫游在白桦林间, cctv29a)', () => {
    expect(names('游客可以骑马漫步在白桦林间。')).toEqual([]);
  });
  it('reads no name in an adjective and a frequent noun (至高荣誉)', () => {
    expect(names('她赢得了体操比赛的至高荣誉。')).toEqual([]);
  });
});

describe('a name whose last character jieba glues to the next word (name-model.ts withGluedLast)', () => {
  it('reads 某升民 before 主持, not 某升 and 民主', () => {
    expect(names('会议结束后，何升民主持签约仪式。')).toEqual(['何升民']);
  });
  it('reads no name in a dictionary word before a glued character (贺信中指出, 贺信让出席)', () => {
    expect(names('某主席在致大会的贺信中指出，合作前景广阔。')).toEqual([]);
    expect(names('主席的贺信让出席活动的各界人士备受鼓舞。')).toEqual([]);
  });
});
