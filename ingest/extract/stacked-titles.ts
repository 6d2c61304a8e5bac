/**
 * 非盟轮值主席某国总统某某, 某组织主席某国外长某某: two offices printed one after the other with no
 * pause, the second a state's, are two posts of the holder, as a 、-chain is (the golds list both).
 * Read as one title, the first was cut as a clause before the state's office and lost.
 */
import { countryAtStart } from '../gazetteer/index.ts';
import type { KnownPlaces } from './facts.ts';

/** What stands after the state in its office: a head's or a minister's title, or a state body. */
const STATE_OFFICE =
  /^(总统|副总统|总理|副总理|首相|副首相|国王|女王|外长|外交部长|外交大臣|国防部长)$/;

/** A zone's or a town's body opening the rest (某某经济开发区党工委, 某某镇党委): towns and zones are
 * no divisions of the gazetteer. */
const ZONE_OR_TOWN_BODY =
  /^[^、，,]{2,14}?(?:开发区|高新区|园区|新区|镇|乡|街道)(?:党工委|管委会|党委|人民政府|政府)/;

/**
 * The title split where a role word ends right before a foreign state's office, or right before a
 * place that opens a second office of its own (市政府副市长某某经济开发区党工委书记: the page left
 * out the 、; blocal-k's annotators junk the glued whole); else as it is. `roleEndingAt` and
 * `knownPlaces` are posts.ts's (passed in: posts.ts calls this, and imports are one-way).
 */
export function splitStacked(
  title: string,
  roleEndingAt: (text: string, end: number) => string | undefined,
  knownPlaces: KnownPlaces = () => false,
): string[] {
  // One walk, each role read once: a split before a place wins wherever it stands; else the first
  // split before a state's office.
  let beforeState: number | undefined;
  for (let i = 3; i < title.length - 2; i++) {
    const role = roleEndingAt(title, i);
    if (!role) continue;
    const rest = title.slice(i);
    const placed = rest.length > 4 && (knownPlaces(rest) || ZONE_OR_TOWN_BODY.test(rest));
    if (placed && roleEndingAt(rest, rest.length))
      return [title.slice(0, i), ...splitStacked(rest, roleEndingAt, knownPlaces)];
    // 非洲国家代表某国总统, 首相某某代表某国国王: 代表 before a state's head names a part in a
    // meeting or the verb (on behalf of), not an office (cctv24s, cctv22x).
    if (beforeState !== undefined || role.endsWith('代表')) continue;
    const state = countryAtStart(rest);
    if (state && state !== '中国' && STATE_OFFICE.test(rest.slice(state.length))) beforeState = i;
  }
  if (beforeState !== undefined) return [title.slice(0, beforeState), title.slice(beforeState)];
  return [title];
}
