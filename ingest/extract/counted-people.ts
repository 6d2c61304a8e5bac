/**
 * 某某等5位基层代表, 某某等3名同志: a list closed by 等 and a count of people (名 and 位 count
 * persons only) ends at a person's name. The readers of names without a surname (Tibetan,
 * Uyghur and Kazakh names) take 等 there as the pause after a name, as they take a comma
 * (people58, issue 11). General rule of news style; a leaf module, so the name readers that
 * posts.ts itself imports can ask it.
 */
const COUNTED_PEOPLE = /^等[0-9０-９一二三四五六七八九十两]{1,3}[名位]/u;

/** Whether a list's count of people (等N名, 等N位) opens at `at`. */
export const countedPeopleAt = (text: string, at: number): boolean =>
  COUNTED_PEOPLE.test(text.slice(at, at + 5));
