/**
 * 非盟轮值主席某国总统某某, 某组织主席某国外长某某: two offices printed one after the other with no
 * pause, the second a state's, are two posts of the holder, as a 、-chain is (the golds list both).
 * Read as one title, the first was cut as a clause before the state's office and lost.
 */
import { countryAtStart } from '../gazetteer/index.ts';

/** What stands after the state in its office: a head's or a minister's title, or a state body. */
const STATE_OFFICE =
  /^(总统|副总统|总理|副总理|首相|副首相|国王|女王|外长|外交部长|外交大臣|国防部长)$/;

/**
 * The title split where a role word ends right before a foreign state's office; else as it is.
 * `roleEndingAt` is posts.ts's (passed in: posts.ts calls this, and imports are one-way).
 */
export function splitStacked(
  title: string,
  roleEndingAt: (text: string, end: number) => string | undefined,
): string[] {
  for (let i = 3; i < title.length - 2; i++) {
    // 非洲国家代表某国总统, 首相某某代表某国国王: 代表 before a state's head names a part in a
    // meeting or the verb (on behalf of), not an office (cctv24s, cctv22x).
    const role = roleEndingAt(title, i);
    if (!role || role.endsWith('代表')) continue;
    const rest = title.slice(i);
    const state = countryAtStart(rest);
    if (!state || state === '中国' || !STATE_OFFICE.test(rest.slice(state.length))) continue;
    return [title.slice(0, i), rest];
  }
  return [title];
}
