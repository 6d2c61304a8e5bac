/**
 * 攀枝花苏铁, 海南长臂猿, 海南坡鹿: a species named after where it was first described prints a
 * place's short form glued to the kind of plant or animal; the story speaks of the species, not of
 * the city or the province (things39, issue 13: a city read from a species name on unseen news).
 * The kinds are common names of plant and animal groups of China's protected wildlife lists
 * (国家重点保护野生动物名录 and 野生植物名录, 2021), general zoology and botany, not names of any
 * story's species. Kinds that are also a produce's or a person's name (猕猴桃, 石斛 of a county's
 * geographic-indication produce, 杜鹃, 木兰) are left out: there the place is the story's.
 */
const KIND =
  /^(?:苏铁|长臂猿|金丝猴|叶猴|猕猴(?!桃)|坡鹿|麋鹿|羚牛|羚羊|云豹|大鲵|蝾螈|鳄蜥|孔雀雉|山鹧鸪|红豆杉|冷杉|桫椤|珙桐|兜兰)/;

/** Whether the characters from `end` on name a kind of plant or animal a short form stands before. */
export const namesSpecies = (text: string, end: number): boolean =>
  KIND.test(text.slice(end, end + 4));
