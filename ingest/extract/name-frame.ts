/**
 * What frames a name in running text: what may stand before and after one seen by statistics
 * alone, endings no given name has, and the words (titles, speech verbs, forms of address) that
 * follow names. One home for the readers of names (name-model.ts, name-clause.ts, names-by-role.ts…).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { escapeRegExp } from './mentions.ts';

/** What may stand before a name seen by statistics alone. */
export const OPEN = /[\s，。！？；：:、,（(“"”)）!?;《》]/;
export const CLOSE = /^($|[\s，。！？；：:、,（(“"”)）!?;》·])/;

/**
 * Given names that are not: honorifics (李先生), and endings of places and things that start with a
 * surname character (公明镇, 卢浮宫, 尤伯杯, 孔雀舞, 白皮书, 某某舰 a warship, 马王堆 a mound, 梅花桩 the
 * stakes of a lion dance: people40), 裔 (descent: 华裔学者, 非裔 are demonyms) and 土 (高岭土, 膨润土:
 * clays: stop 45), 线 (兰青线, 京广线: a railway named by its ends: blocal-j). General knowledge,
 * written by hand. (A given name opening with 镇 is no sign of a
 * town's name cut, 大陈镇大陈二村 → 陈镇大: real names do, 邵镇炜.)
 */
export const NOT_GIVEN_NAME =
  /^(先生|女士|老师|老板|师傅|小姐|大爷|大妈|阿姨|总|某|某某|氏)$|[镇村庄乡县市省州区宫岛港湾山滩坡河湖江路街桥寺庙塔记节杯会卡队书舞曲门台站馆园场厂店院府部局委团社城祠岩溪沟坝洞峡坪垭塘堡屯寨铺营性鱼鹿演制网裔舰堆桩土线]$/;
/**
 * Characters of transliterated foreign words (莫斯科, 阿森纳, 桑德兰, 沙尔克): a "given name" made only
 * of them is a foreign place or club far more often than a Chinese name.
 */
export const TRANSLITERATED_GIVEN =
  /^[尔斯德克纳森兰坦里亚科勒拉特伦诺罗卡维西巴米达塔吉佩奥乌莫利曼蒂埃夫普茨基]{1,2}$/;

/**
 * What one calls a person by, printed after the name (某某先生, 某某同志, 某某女士): no word or
 * place takes these, so they vouch for a name jieba holds whole though its given name is a word
 * (孙中山: 中山 is a city) and for one after 的, where no clause opens (高龄的彭真同志).
 */
export const ADDRESS_AFTER_NAME = /^(同志|先生|女士|教授|院士|上将|中将|少将)/;

/** A title printed after a name (彭真同志, 李鹏总理): a two-character name needs nothing more. */
export const TITLE_AFTER_NAME =
  /^(同志|总理|副总理|主席|副主席|总统|副总统|委员长|总书记|首相|国务卿|外长|先生|女士)/;

/**
 * Words that follow a name: a speech verb, a title after the name, 同志, 等, and the national
 * news' formulas for who attended (某某参加会见, 某某出席, 某某陪同, 某某主持).
 */
export const NAME_WORD = new RegExp(
  `^(${[...gazetteer().lexicon.speechVerbs.map(escapeRegExp), '同志', '先生', '女士', '等', '主席', '总理', '总书记', '副主席', '副总理', '委员长', '部长', '省长', '市长', '书记', '教授', '院士', '说', '指出', '强调', '会见', '会谈', '致电', '访问', '率领', '和', '与', '的', '参加会见', '参加会谈', '参加上述', '出席', '陪同', '主持', '当选'].sort((a, b) => b.length - a.length).join('|')})`,
);
export function followedByNameWord(text: string, end: number): boolean {
  return NAME_WORD.test(text.slice(end, end + 4));
}

/**
 * 某某代表区政协表示欢迎 (lthings62-l), 州人大代表、县长某某 (blocal-n): a bare level's body (区 and
 * 州 are surnames too) is no person, nor a name a later title may be read back to.
 */
export const BODY_AS_NAME = /^[省市区县州旗镇乡](?:委|政协|政府|人大)$/;
