/** Side panel: the selected node's facts, actions and relations grouped by type with evidence. */
import type { Explorer } from '../app/explorer.ts';
import { TYPE_COLORS } from '../core/appearance/index.ts';
import { filterPredicates } from '../core/filters/index.ts';
import {
  nodeDetails,
  type EvidenceItem,
  type Relation,
  type RelationGroup,
} from '../core/selection/details.ts';
import { MAX_DEPTH } from '../core/state.ts';
import { currentHolders, holdersOf, tenureOf, type Tenure } from '../../../graph/time.ts';
import { openArticle } from './article-view.ts';
import { button, clear, el } from './dom.ts';

function evidenceItem(explorer: Explorer, ev: EvidenceItem, entity: string): HTMLElement {
  const more = ev.articles.length > 1 ? ` (+${ev.articles.length - 1})` : '';
  return el('li', { class: ev.namesBoth ? 'both' : 'mention-only' }, [
    el('blockquote', { class: 'evidence', testid: 'evidence', text: ev.sentence }),
    button(
      `— ${ev.articleTitle}${more}`,
      () => openArticle(explorer, ev.article, entity, ev.sentence, ev.offset),
      { class: 'link article-link', attrs: { title: explorer.t('openArticle') } },
    ),
  ]);
}

/**
 * Evidence best first: sentences naming both ends, then (collapsed) sentences that only
 * mention one of them; the same sentence in several articles is one item.
 */
export function evidenceList(
  explorer: Explorer,
  evidence: EvidenceItem[],
  entity: string,
): HTMLElement {
  if (!evidence.length) return el('p', { class: 'muted', text: explorer.t('noEvidence') });
  const both = evidence.filter((e) => e.namesBoth);
  const weak = evidence.filter((e) => !e.namesBoth);
  return el('div', { class: 'evidence-block' }, [
    both.length
      ? el(
          'ul',
          { class: 'evidence-list' },
          both.map((ev) => evidenceItem(explorer, ev, entity)),
        )
      : '',
    weak.length
      ? el('details', { class: 'mention-only', testid: 'mention-only' }, [
          el('summary', { text: explorer.t('mentionOnly', { n: weak.length }) }),
          el(
            'ul',
            { class: 'evidence-list' },
            weak.map((ev) => evidenceItem(explorer, ev, entity)),
          ),
        ])
      : '',
  ]);
}

function relationItem(explorer: Explorer, node: string, rel: Relation): HTMLElement {
  const seen = rel.type === 'HOLDS' ? span(tenureOf(explorer.data, rel.edge)) : '';
  const extras = [
    seen,
    ...Object.entries(rel.extra)
      .filter(([k]) => ['former', 'role', 'count'].includes(k))
      .map(([k, v]) => (k === 'former' ? (v ? explorer.t('former') : '') : `${k}: ${String(v)}`)),
  ]
    .filter(Boolean)
    .join(' · ');
  return el('li', { class: 'relation' }, [
    el('div', { class: 'relation-head' }, [
      el('span', { class: 'swatch', attrs: { style: `background:${TYPE_COLORS[rel.otherType]}` } }),
      button(rel.otherLabel, () => explorer.select(rel.other, true), { class: 'link' }),
      extras ? el('span', { class: 'muted', text: ` ${extras}` }) : null,
    ]),
    rel.type === 'MENTIONS' ? null : evidenceList(explorer, rel.evidence, node),
  ]);
}

const span = (t: Tenure) =>
  t.firstSeen ? (t.firstSeen === t.lastSeen ? t.firstSeen : `${t.firstSeen} – ${t.lastSeen}`) : '';

/** A post's holders in time order (dates from their evidence) and who holds it now. */
function holders(explorer: Explorer, post: string): HTMLElement | '' {
  const list = holdersOf(explorer.data, post);
  if (!list.length) return '';
  const now = currentHolders(explorer.data, post);
  const name = (k: string) => explorer.data.getNodeAttribute(k, 'label');
  return el('section', { class: 'holders', testid: 'holders' }, [
    el('h3', { text: explorer.t('holders') }),
    now
      ? el('p', {
          class: 'current-holder',
          testid: 'current-holder',
          text: explorer.t('currentHolder', {
            date: now.asOf,
            names: now.holders.map((t) => name(t.holder)).join('、'),
          }),
        })
      : '',
    el(
      'ol',
      {},
      list.map((t) =>
        el('li', { testid: 'holder', attrs: { 'data-key': t.holder } }, [
          button(name(t.holder), () => explorer.select(t.holder, true), { class: 'link' }),
          el('span', {
            class: 'muted',
            text: ` ${span(t)}${t.former ? ` ${explorer.t('former')}` : ''}`,
          }),
        ]),
      ),
    ),
  ]);
}

function relationGroup(explorer: Explorer, node: string, group: RelationGroup): HTMLElement {
  const arrow = group.direction === 'out' ? '→' : '←';
  const details = el(
    'details',
    { class: 'relation-group', attrs: { open: group.type !== 'MENTIONS' } },
    [
      el('summary', {
        text: `${arrow} ${group.type} · ${explorer.t(`edge.${group.type}`)} (${group.relations.length})`,
      }),
      el(
        'ul',
        {},
        group.relations.slice(0, 200).map((r) => relationItem(explorer, node, r)),
      ),
    ],
  );
  return details;
}

function actions(explorer: Explorer, key: string): HTMLElement {
  const s = explorer.state;
  const focused = s.focus === key;
  const depth = el('input', {
    class: 'depth',
    attrs: {
      type: 'number',
      min: 0,
      max: MAX_DEPTH,
      value: s.depth,
      'aria-label': explorer.t('depth'),
    },
    on: {
      change: (e) => explorer.update({ depth: Number((e.target as HTMLInputElement).value) || 0 }),
    },
  });
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return el('div', { class: 'actions' }, [
    button(focused ? explorer.t('unfocus') : explorer.t('focus'), () =>
      explorer.update(focused ? { focus: null, expanded: [], collapsed: [] } : { focus: key }),
    ),
    el('label', { class: 'depth-label' }, [explorer.t('depth'), depth]),
    button(
      explorer.t('expand'),
      () =>
        explorer.update(
          s.focus
            ? { expanded: toggle(s.expanded, key), collapsed: s.collapsed.filter((c) => c !== key) }
            : { focus: key, depth: 1 },
        ),
      { attrs: { 'aria-pressed': s.expanded.includes(key) } },
    ),
    button(
      explorer.t('collapse'),
      () =>
        explorer.update({
          collapsed: toggle(s.collapsed, key),
          expanded: s.expanded.filter((c) => c !== key),
        }),
      { attrs: { 'aria-pressed': s.collapsed.includes(key) } },
    ),
    button(
      explorer.pathStart && explorer.pathStart !== key
        ? explorer.t('pathTo')
        : explorer.t('pathFrom'),
      () => explorer.pathTo(key),
      { testid: 'path-button' },
    ),
  ]);
}

export function mountNodePanel(root: HTMLElement, explorer: Explorer): void {
  const panel = el('section', {
    class: 'node-panel',
    testid: 'node-panel',
    attrs: { 'aria-live': 'polite', tabindex: -1 },
  });
  root.append(panel);
  const render = () => {
    clear(panel);
    const key = explorer.state.selected;
    const details = key
      ? nodeDetails(explorer.data, key, filterPredicates(explorer.data, explorer.state).edgeOk)
      : null;
    if (!details) {
      panel.append(
        el('p', { class: 'muted', text: explorer.t('selectHint') }),
        el('p', { class: 'muted', text: explorer.t('help') }),
      );
      return;
    }
    panel.append(
      el('div', { class: 'panel-head' }, [
        el('span', {
          class: 'type-badge',
          text: explorer.t(`type.${details.type}`),
          attrs: { style: `background:${TYPE_COLORS[details.type]}` },
        }),
        el('h2', { class: 'node-label', text: details.label }),
        button('✕', () => explorer.select(null), {
          class: 'close',
          testid: 'node-panel-close',
          attrs: { 'aria-label': explorer.t('close'), title: explorer.t('close') },
        }),
      ]),
      details.pinyin ? el('div', { class: 'pinyin', text: details.pinyin }) : '',
      details.aliases.length
        ? el('div', { class: 'aliases' }, [
            `${explorer.t('aliases')}: `,
            details.aliases.join('、'),
          ])
        : '',
      ...details.namesakes.map((n) =>
        el('div', { class: 'namesake', testid: 'namesake' }, [
          `${explorer.t('namesake')}: `,
          button(n.key, () => explorer.select(n.key, true), { class: 'link' }),
        ]),
      ),
      el(
        'dl',
        { class: 'facts' },
        Object.entries(details.facts).flatMap(([k, v]) => [
          el('dt', { text: k }),
          el('dd', { text: String(v) }),
        ]),
      ),
      actions(explorer, details.key),
      details.type === 'post' ? holders(explorer, details.key) : '',
      details.type === 'article'
        ? button(explorer.t('openArticle'), () => openArticle(explorer, details.key, null), {
            class: 'primary',
          })
        : '',
      details.articles.length ? el('h3', { text: explorer.t('mentionedIn') }) : '',
      el(
        'ul',
        { class: 'articles' },
        details.articles.map((a) =>
          el('li', {}, [
            button(a.title, () => openArticle(explorer, a.key, details.key), { class: 'link' }),
          ]),
        ),
      ),
      el('h3', { text: explorer.t('relations') }),
      ...details.groups.map((g) => relationGroup(explorer, details.key, g)),
    );
  };
  render();
  explorer.subscribe(render);
}
