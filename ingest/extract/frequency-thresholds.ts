/**
 * The counts of jieba's dictionary the extraction rules compare against (dictionaryFrequency of a
 * word of two to four characters, characterFrequency of one), one home for all of them (issue 15,
 * "one home for each fact"): each rule's file kept its own constant, or a bare number (20, 50,
 * 100, 1000 written in four files), so the scale the rules share was in no one view. Each entry:
 * the name its rule reads, the value, why that value (the counts that placed it), which file.
 *
 * The scale: jieba's dictionary (MIT, @node-rs/jieba, dict.txt) counts words in a general corpus;
 * its commonest nouns weigh thousands (森林 5,024, 水平 13,880), ordinary words tens to hundreds
 * (汤圆 79, 孔雀 385), a person's given name held as a word seldom more than a few (战书 25, 李冰冰
 * 3). So "at least N" says "a word of the language", "under N" "a name may be it". The values
 * were set by the development sets of their rounds and are kept as they were (moving them here
 * left every graph byte-identical); tune one by its own rule's sets, not all at once.
 *
 * Not here: a test for 0 (the dictionary holds the word or not: level-places.ts, met-at.ts…).
 */

// A word, not a name: at or above these counts the dictionary's word is read as the word.

/** phrase-pieces.ts: a common adverb after a one-character word (永远 4,554, 再次 5,293; 永新 278). */
export const COMMON_ADVERB = 1000;
/** segmenter-names.ts: above this a segmenter-read "name" is the word (海潮 157 is split off). */
export const SEGMENTER_NAME_WORD = 100;
/** word-names.ts: a two-character "name" after an occupation this frequent is a word, whatever its tag. */
export const FREQUENT_WORD = 100;
/** word-names.ts: a doubled adjective before 的/地 (金灿灿的; a doubled given name, 李冰冰, weighs 3). */
export const DOUBLED_ADJECTIVE = 20;
/** clause-words.ts: a two-character word this frequent is a word of the clause, not a name's half. */
export const CLAUSE_WORD = 100;
/** transliterations.ts: two sounds jieba holds as an ordinary word (noun, verb…) are that word. */
export const ORDINARY_WORD_COUNT = 50;
/** glued-words.ts: as often as the dictionary counts a meeting's word (座谈会 1,114; 研讨会). */
export const LONG_WORD_COUNT = 100;
/** thing-contexts.ts: as often as ordinary words (汤圆 79); given names are seldom counted so. */
export const OBJECT_COUNT = 50;
/** thing-contexts.ts: a word opening the "name" (孔雀 385) is the word; 王国庆 is saved by a title. */
export const OPENING_WORD_COUNT = 100;
/** thing-contexts.ts: the commonest words (水平 13,880) as a dictionary word's tail (高水平). */
export const COMMON_WORD_COUNT = 5000;
/** titled-sound-runs.ts: a word ending a clause, not a name (光荣/nr 2,088; 季斯 0). */
export const COMMON_TAIL = 100;
/** noun-phrases.ts: an ordinary word after an occupation (高峰 1,556, 高潮 1,435; 马某 37, 林某 51). */
export const NOUN_COUNT = 300;
/** name-runs.ts: everyday vocabulary as a given name (地位 11,660; 海潮 157, 文华 1,074 stay names). */
export const EVERYDAY = 3000;
/** thing-heads.ts: the commonest nouns (森林 5,024); 高峰 (1,556) is tagged a name. */
export const COMMON_NOUN_COUNT = 3000;
/** thing-heads.ts: an activity's word before a gear's head (滑冰 190, 滑雪 269: 滑雪服). */
export const GEAR_WORD_COUNT = 100;
/** title-verbs.ts: a word before a speech verb (坚定信心、满怀希望), not a speaker (汪洋希望). */
export const SPEAKER_WORD = 100;
/** industry-shapes.ts: the 产 of 产业 glued to the character before into a word (水产, 矿产, 资产). */
export const GLUED_SECTOR_WORD = 100;
/** place-owners.ts: a frequent noun the short place form opens inside (黄河源区 is no 河源). */
export const GLUED_NOUN = 1000;
/**
 * industry-shapes.ts, place-owners.ts: the two characters before already close a word of their
 * own (节水产业, 途经济南), so no word is read across the next one.
 */
export const WORD_BEFORE = 20;
/** occupation-names.ts: a common word opening the predicate after an occupation (利用). */
export const OCCUPATION_PREDICATE = 2000;

// A name may be it: under these counts the dictionary's word does not stop a name.

/** title-name-slot.ts: at most this, a transliterated name tagged a place (拉腊/ns 3; 泰安 2,000). */
export const RARE_PLACE_WORD = 10;
/** names.ts: a surname-and-given pair held as a rare time word (牛某/t; 明春, 夏初 weigh more). */
export const RARE_TIME_ENTRY = 5;
/** name-model.ts: a frequent pair is a given name under this as a word (玉米 1,722 is a word). */
export const NAMES_PAIR_WORD = 1500;
/** name-model.ts: a doubled word under this is no obstacle to a name (晶晶 3; 强强 31, 点点 316). */
export const RARE_DOUBLED_WORD = 20;
/** leader-titles.ts: a rare word is a given name still (某战书 25); bodies' words (中央 15,954). */
export const LEADER_GIVEN_WORD = 50;
/** name-edges.ts: the given name read as one word of two, a rare one (作大会发言, cctv23m). */
export const GIVEN_WORD_MAX_COUNT = 1000;
/**
 * name-edges.ts (characterFrequency): a surname outside the gazetteer must be a rare word alone
 * (务 1,342, 粱 92), not a verb of every sentence (来 161,501).
 */
export const SURNAME_WORD_MAX_COUNT = 5000;
/** A county's short form counted more is an ordinary word (洞口, 新华, 朝阳): county-short-home.ts. */
export const COUNTY_SHORT_WORD = 50;
/** A district's stem counted more is a word, no former county's (光明 of 光明县): places.ts. */
export const FORMER_COUNTY_STEM = 200;
/** things-lists.ts: a list item beside a name by sight counted more is a word of things (展览). */
export const LISTED_THING_WORD = 1000;
