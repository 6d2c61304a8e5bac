/**
 * The last steps of one label per office, after ../resolve/posts.ts canonicalPost (orgs44, issue
 * 13): a bare 大会's office is the story's congress's (./congress-posts.ts), an area's 人民政府 is
 * its 政府 and its head the area's (../resolve/government-forms.ts), and a body printed by its kind
 * alone (研究院院长) leaves a role, no office (../resolve/bare-kinds.ts).
 */
import { bareKindRole } from '../resolve/bare-kinds.ts';
import { governmentPost } from '../resolve/government-forms.ts';
import { inCongress } from './congress-posts.ts';

export { storyCongress } from './congress-posts.ts';
import type { PostTitle } from './facts.ts';

export function oneOfficeLabel<P extends PostTitle & { reason?: string }>(
  post: P | undefined,
  congress: string | undefined,
): (P & { occupation?: boolean }) | undefined {
  return post && bareKindRole(governmentPost(inCongress(post, congress)));
}
