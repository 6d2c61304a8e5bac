/** Districts: no place from inside another word, short forms where the context is plain. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { FACILITY_END, FACILITY_WORD, INSTITUTION_WORD } from './facility-names.ts';
import { findDistricts } from './places.ts';

const districts = (text: string) => [...new Set(findDistricts(text).map((m) => m.name))].sort();

describe('districts', () => {
  it('takes no city from a common noun ending in 市', () => {
    expect(districts('河南省城市更新行动加快推进。')).toEqual(['河南省']);
  });
  it('takes no county from a ranking after the province (lthings62)', () => {
    expect(districts('课题组调研了湖南省百强县建设情况。')).toEqual(['湖南省']);
  });
  it('takes no county from the short form inside a township or a species name', () => {
    expect(districts('吉安镇的村民种植柑橘。')).toEqual([]);
    expect(districts('科研人员在湖边放流拉萨裸裂尻鱼。')).toEqual([]);
  });
  it('takes no city from a ship, an oil field, a basin or a launch centre named after it', () => {
    expect(districts('护卫舰岳阳舰和补给舰参加演练。')).toEqual([]);
    expect(districts('大庆油田推广新技术，鄂尔多斯盆地加大勘探。')).toEqual([]);
    expect(districts('新技术已在大庆、胜利、长庆等主力油田推广。')).toEqual([]);
    expect(districts('加大鄂尔多斯、渤海湾等重点含油气盆地勘探。')).toEqual([]);
    expect(districts('新线缩短京津冀和晋中两大城市群的时空距离。')).toEqual([]);
    expect(districts('飞船在酒泉卫星发射中心发射升空。')).toEqual([]);
    // An unlisted "county" cut from a peninsula's name after a province: 广东雷州半岛.
    expect(districts('广东雷州半岛灌区开工建设。')).toEqual(['广东省']);
  });
  it('takes no city from a river or a pass named by its short form (junk16)', () => {
    // A river far from the city of that name, a pass of a mountain railway.
    expect(districts('在江西，岳阳江两岸的护堤工程已经完工。')).toEqual(['江西省']);
    expect(districts('新建铁路遵义关至某某关段开始铺轨。')).toEqual([]);
    // A district named after the river (江北区), a riverside park of the city, 关于: the city.
    expect(districts('云南关累港口岸正式对外开放。')).toEqual(['云南省']);
    expect(districts('宁波江北区和武汉江滩公园，杭州关于消费的措施。')).toEqual(
      ['宁波市', '杭州市', '武汉市', '江北区'].sort(),
    );
  });
  it('takes no place from inside another place glued before it or after a numeral', () => {
    // 房山 + 南窖乡, split 房/山南 by the segmenter; 三江源 is a region, not 江源区.
    expect(districts('民俗节今天在房山南窖乡开幕。')).toEqual([]);
    expect(districts('十年来，三江源区水源涵养量持续增长。')).toEqual([]);
  });
  it('reads a county printed without its ending after its province as the listed county', () => {
    expect(districts('走进山西霍州，看霍州市的新变化。')).toEqual(['山西省', '霍州市']);
  });
  it('reads the short form of a special administrative region', () => {
    expect(districts('澳门特区行政长官表示，规划是路线图。')).toEqual(['澳门特别行政区']);
  });
  it('accepts a refused short form where the sentence plainly names a place', () => {
    expect(districts('在大足，石刻游人如织。')).toEqual(['大足区']);
    expect(districts('活动今天上午在万盛举行。')).toEqual(['万盛经开区']);
    // Without that context the word is a word: 长寿 is long life, 大足 a big foot.
    expect(districts('祝老人健康长寿。')).toEqual([]);
  });
  it('takes no place printed only inside the name of a port, airport, station, line or bridge', () => {
    expect(districts('货物经宁波舟山港出海。')).toEqual([]);
    expect(districts('旅客从鄂州花湖机场出发。')).toEqual([]);
    expect(districts('列车驶入怀化南站。')).toEqual([]);
    expect(districts('西安至延安高铁开通运营。')).toEqual([]);
    expect(districts('今天，铜陵长江三桥正式通车。')).toEqual([]);
    expect(districts('江门中微子实验发布成果。')).toEqual([]);
    expect(districts('据成都海关统计，进出口增长。')).toEqual([]);
    expect(districts('海南商业航天发射场首次发射。')).toEqual([]);
    expect(districts('他走进海口新海港查验场。')).toEqual([]);
    expect(districts('成渝中线高铁特大桥合龙。')).toEqual([]);
    expect(districts('他走进中国科学院武汉岩土力学研究所。')).toEqual([]);
    // An institution or a site named after a place (the blind annotators count no place there).
    expect(districts('她被选派到某某县人民医院，后调任库尔勒市第二十三中学。')).toEqual([]);
    // A district's court is its organ and names it (like its 区委).
    expect(districts('在仪征市人民法院，他的办公室还保持原样。')).toEqual(['仪征市']);
    // The two ends of a line joined by a dash (a transmission line, a railway).
    expect(districts('±800千伏哈密南—郑州特高压直流输电工程输电量增长。')).toEqual([]);
    expect(districts('郑州—卢森堡航线开通，郑州机场扩建。')).toEqual([]);
    expect(districts('哈密—郑州，两地合作。')).toEqual(['哈密市', '郑州市']);
    expect(districts('孩子们在修水县图书馆读书。')).toEqual([]);
    // After a proper name of its own, the place says where the institution is.
    expect(districts('临洮县寺洼遗址首次发现陶器。')).toEqual(['临洮县']);
    expect(districts('在河北保定冉庄地道战纪念馆，人们参观。')).toEqual(['保定市', '河北省']);
    expect(districts('邮轮停靠青岛邮轮母港。')).toEqual([]);
    // A district's own service centre is the district's (the seeds' gold counts it).
    expect(districts('某某高新区政务服务中心负责人表示')).toEqual([]);
    expect(districts('重庆高新区政务服务中心负责人表示')).toEqual(['重庆高新区']);
    // The place itself, beside a word that is no facility's.
    expect(districts('他在宁波考察港口建设。')).toEqual(['宁波市']);
    expect(districts('西安至延安的公路')).toEqual(['延安市', '西安市']);
    expect(districts('建成崇左至凭祥高速铁路。')).toEqual([]);
    expect(districts('滨海新区临港产业总产值提高。')).toEqual(['滨海新区']);
  });
  it('takes no place read inside a country, a pair of countries or an ordinary word', () => {
    expect(districts('研讨会在越南宁平举行。')).toEqual([]);
    expect(districts('巴西总统表示，巴中合作成果丰硕。')).toEqual([]);
    expect(districts('关系人民幸福安康。')).toEqual([]);
    expect(districts('活动在安康举行。')).toEqual(['安康市']);
    expect(districts('巴中的山区小镇迎来游客。')).toEqual(['巴中市']);
    expect(districts('台风过后，浙西南山区逐渐放晴。')).toEqual([]);
    expect(districts('记者走进深圳南山区的企业。')).toContain('南山区');
    // 苏梅州 is a region of Ukraine, not 梅州; 广东梅州 is.
    expect(districts('俄军深入乌克兰苏梅州，进入乌苏梅州境内。')).toEqual([]);
    expect(districts('一支部队试图进入乌苏梅州境内。')).toEqual([]);
    expect(districts('在广东梅州，客家围屋游人如织。')).toEqual(['广东省', '梅州市']);
  });
  it('places a county in its province when the story never names its city', () => {
    const within = (text: string) =>
      extractStory(text)
        .relations.filter((r) => r.type === 'LOCATED_IN')
        .map((r) => `${r.source.name}>${r.target.name}`);
    expect(within('安徽涡阳县的农民正在播种。')).toEqual(['涡阳县>安徽省']);
    expect(within('亳州市涡阳县的农民正在播种。')).toEqual(['亳州市>安徽省', '涡阳县>亳州市']);
  });
  it('skips the segmenter only where no facility word can end (every word ends in FACILITY_END)', () => {
    for (const words of [FACILITY_WORD, INSTITUTION_WORD])
      for (const alternative of words.source.replace(/[$^()]/g, '').split('|'))
        expect(FACILITY_END.test(alternative.at(-1)!), alternative).toBe(true);
    expect(districts('他在某县医院工作，从宁波港出发。')).toEqual([]);
  });
});
