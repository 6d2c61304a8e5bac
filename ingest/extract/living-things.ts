/**
 * Plants, animals and crafts read as names by sight (things23, issue 13): jieba's dictionary tags
 * many of them as names (郁金香/nr, 杜鹃花/nr, 白鹤/nr, 吉祥物/nr), and their first character is a
 * surname, so the name rules alone cannot tell them from people. What the text does with them can:
 * - 郁金香竞相绽放, 万株郁金香, 杜鹃花盛开, 某某菊迎来盛花期, 某某兰进入花期 (people40): what only
 *   flowers do (bloom, enter their flowering season, make a sea of flowers) and the measure
 *   words of plants (株, 棵, 朵) or of the fields they grow in (万亩某某
 *   菊); a person is never counted in 株 or 亩 nor said to 绽放. So is a thing defined by its kind
 *   (唐三彩是一种陶器: things26), never a person. One
 *   such use anywhere in the story makes the word a plant everywhere in it (the same story prints
 *   郁金香 again without a verb: 郁金香在地上迎风摇曳).
 * - 天鹅、灰雁、白鹤等候鸟, 景泰蓝、苗绣、宋锦等相应主题, 某某游等10大主题: a list closed by 等 and a kind of things
 *   (birds, plants, themes, fields) lists things; a list of people closes with 等人, 等同志, 等参加.
 * - 白色夏羽: a colour word right before it.
 * - 白鹤和白枕鹤频繁落脚: a bird's kind beside another, or doing what birds do (birdBySight).
 * Read by `inThingContext` (thing-contexts.ts) for names found by sight only.
 */
import { type Found, inStoryWhere } from './story-names.ts';
import { ITEM_JOINTS } from '../text/function-words.ts';

/** What is said of flowers only, right after the word (绽放, 盛开, 花海…). */
const BLOOMS_AFTER =
  /^(?:[^，。；！？、\n]{0,5}?(?:绽放|盛开|盛放|怒放|吐蕊|吐艳|争艳|含苞|摇曳|盛花期|进入花期|迎来花期)|花海|花田|花期|花丛|花香|迎春|竞相|绚丽)/;
/**
 * 某某林进入最佳观赏期, 某某林也迎来了最佳观赏期 (people44): a grove or a flower enters its viewing
 * season; a person never does. A few words may stand between (进入最佳, 也迎来了最佳).
 */
const VIEWING_AFTER = /^[^，。；！？、\n]{0,8}?观赏期/;
/** Measure words of plants, or a count of varieties, right before the word (万株, 品种的). */
const PLANT_COUNT_BEFORE = /(?:[株棵朵丛盆枝]|[0-9.万千百十]亩|品种的|盛放的|盛开的|绽放的)$/;
/** 某某是一种陶器: a definition by kind; a person is never "a kind of" anything (things26). */
const KIND_DEFINED = /^是一[种类]/;
/** How far before a name a measure word may stand. */
const BEFORE = 4;

/** The word is printed somewhere in the story as a plant (counted in 株, said to bloom). */
const plantInStory = (text: string, name: string): boolean =>
  inStoryWhere(text, name, (at) => {
    const after = text.slice(at + name.length, at + name.length + 12);
    // 杜鹃花海: a flower's name ending in 花 shares it with 花海.
    if (
      BLOOMS_AFTER.test(after) ||
      VIEWING_AFTER.test(after) ||
      (name.endsWith('花') && /^[海田丛]/.test(after))
    )
      return true;
    if (PLANT_COUNT_BEFORE.test(text.slice(Math.max(0, at - BEFORE), at))) return true;
    return KIND_DEFINED.test(after);
  });

/**
 * Kinds of things that may close a list after 等 (候鸟, 主题, 方面, 品种): general words, none a
 * person's noun, so 甲、乙等人 and 甲、乙等同志 stay lists of people.
 */
const KIND_AFTER_DENG = new RegExp(
  '^等(?:[0-9一二三四五六七八九十几多百千万]+[种类项个只株样大])?' +
    '(?:相应|相关|多种|各类|各种|珍稀|传统|野生|特色|名贵|新鲜|优质)?' +
    // 西瓜、某地车厘子等新鲜果蔬: produce and goods close a list of things too.
    '(?:果蔬|水果|瓜果|蔬菜|农产品|农副产品|特产|土特产|食品|年货|商品|' +
    '方面|领域|项目|主题|品种|物种|鸟类|候鸟|水鸟|禽类|鱼类|植物|动物|花卉|作物|农作物|' +
    '产品|品牌|非遗|技艺|工艺|元素|要素|内容|形式|类型|种类|类别|文物|景观|树种|花草|名花|鸟|花|树)',
);
/** One more list item after the name: a pause or a conjunction, then a short run without one. */
const NEXT_ITEM = /^[、和及与][^、和及与，。；：！？“”\n等]{1,8}/;

/** 天鹅、白鹤等候鸟: the name is an item of a list closed by 等 and a kind of things. */
function itemOfThingKinds(text: string, f: Found): boolean {
  let at = f.end;
  // Walk the items after the name to the list's 等 (at most a few: a list of things is short).
  for (let k = 0; k < 8; k++) {
    if (text[at] === '等') return KIND_AFTER_DENG.test(text.slice(at, at + 12));
    const item = NEXT_ITEM.exec(text.slice(at, at + 10));
    if (!item) return false;
    at += item[0].length;
  }
  return false;
}

/** 从白色夏羽换成…: a colour word right before the "name" describes a thing (plumage, a flower). */
const COLOUR_BEFORE = /[白黑红黄绿蓝紫灰橙粉褐棕]色$/;

/** The last character of a bird's kind (白鹤, 苍鹭, 灰雁, 野鸭): general names of birds. */
const BIRD_END = /[鹤鹭鹳雁鸭鸥鹰隼鹮鹬鸻鸨鹊莺]$/u;
/** What birds do where they are seen (栖息, 越冬, 觅食), a few words after the name. */
const BIRD_DOES = /^[^，。；！？\n]{0,6}?(?:栖息|越冬|觅食|迁徙|落脚|筑巢|繁衍|翱翔|飞抵|飞临)/;
/** Where birds are, or the words for them, in the clauses before a bird's name. */
const WHERE_BIRDS = /湿地|水库|湖|河|保护区|鸟|野生|滩|沼泽|草原|林区|栖息/;
/** The list item right before or after the name, up to its pause or conjunction. */
const ITEM_AFTER = new RegExp(`^[${ITEM_JOINTS}]([^${ITEM_JOINTS}，。；：！？\n]{1,5})`);
const ITEM_BEFORE = new RegExp(`([^${ITEM_JOINTS}，。；：！？\n]{1,5})[${ITEM_JOINTS}]$`);
/**
 * 在水库，白鹤和白枕鹤频繁落脚 (pairs46): a "name" ending in a bird's kind, after a place where
 * birds are, is a bird where the list item beside it ends in one too, or where what birds do
 * (栖息, 越冬) follows it; jieba tags 白鹤 as a name, and 白 is a surname.
 */
function birdBySight(text: string, f: Found): boolean {
  if (!BIRD_END.test(f.name)) return false;
  // Where birds are seen (湿地, 水库, 保护区) or said to be (鸟, 野生动物) just before: people named
  // 某鹤 or 某雁 speak and settle too (王鹤和李鹤先后发言).
  if (!WHERE_BIRDS.test(text.slice(Math.max(0, f.start - 30), f.start))) return false;
  const after = ITEM_AFTER.exec(text.slice(f.end, f.end + 7))?.[1];
  const before = ITEM_BEFORE.exec(text.slice(Math.max(0, f.start - 6), f.start))?.[1];
  return (
    [after, before].some((item) => item !== undefined && BIRD_END.test(item)) ||
    BIRD_DOES.test(text.slice(f.end, f.end + 12))
  );
}

/** Any of the above: the name found by sight is a plant, an animal, a craft or a coloured thing. */
export const livingOrMadeThing = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  (plantInStory(text, f.name) ||
    itemOfThingKinds(text, f) ||
    birdBySight(text, f) ||
    COLOUR_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start)));
