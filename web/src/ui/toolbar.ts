/** Toolbar: layout start/stop, colour and size modes, pinyin, language; filters by edge type, article and date. */
import type { Explorer } from '../app/explorer.ts';
import { EDGE_TYPES, type EdgeType } from '../../../graph/schema.ts';
import type { ColorMode, SizeMode } from '../core/state.ts';
import { dateFilter } from './date-filter.ts';
import { button, clear, el } from './dom.ts';

function select<T extends string>(
  value: T,
  options: Array<[T, string]>,
  onChange: (v: T) => void,
  label: string,
) {
  return el(
    'select',
    {
      attrs: { 'aria-label': label },
      on: { change: (e) => onChange((e.target as HTMLSelectElement).value as T) },
    },
    options.map(([v, text]) => el('option', { text, attrs: { value: v, selected: v === value } })),
  );
}

export function mountToolbar(root: HTMLElement, explorer: Explorer): void {
  const bar = el('div', { class: 'toolbar', attrs: { role: 'toolbar' } });
  root.append(bar);
  const render = () => {
    clear(bar);
    const { t, state } = explorer;
    const running = explorer.layout.isRunning();
    bar.append(
      button(
        running ? t('layoutStop') : t('layoutStart'),
        () => (running ? explorer.stopLayout() : void explorer.startLayout()),
        {
          testid: 'layout-toggle',
          attrs: { 'aria-pressed': running },
        },
      ),
      select<ColorMode>(
        state.colorMode,
        [
          ['type', t('colorType')],
          ['louvain', t('colorLouvain')],
        ],
        (colorMode) => explorer.update({ colorMode }),
        t('colorType'),
      ),
      select<SizeMode>(
        state.sizeMode,
        [
          ['degree', t('sizeDegree')],
          ['pagerank', t('sizePagerank')],
        ],
        (sizeMode) => explorer.update({ sizeMode }),
        t('sizeDegree'),
      ),
      el('label', { class: 'check' }, [
        el('input', {
          attrs: { type: 'checkbox', checked: state.pinyin },
          on: { change: () => explorer.update({ pinyin: !state.pinyin }) },
        }),
        t('pinyin'),
      ]),
      el('label', { class: 'check' }, [
        el('input', {
          testid: 'show-articles',
          attrs: { type: 'checkbox', checked: state.showArticles },
          on: { change: () => explorer.update({ showArticles: !state.showArticles }) },
        }),
        t('showArticles'),
      ]),
      el('label', { class: 'check' }, [
        el('input', {
          testid: 'skip-hubs',
          attrs: { type: 'checkbox', checked: state.skipHubs },
          on: { change: () => explorer.update({ skipHubs: !state.skipHubs }) },
        }),
        t('skipHubs'),
      ]),
      button(t('fitView'), () => explorer.fitView(), { testid: 'fit-view' }),
      button(t('lang'), () => explorer.update({ lang: state.lang === 'zh' ? 'en' : 'zh' }), {
        testid: 'lang-toggle',
      }),
    );
  };
  render();
  explorer.subscribe(render);
}

export function mountFilters(root: HTMLElement, explorer: Explorer): void {
  const box = el('details', { class: 'filters', testid: 'filters' });
  root.append(box);
  const render = () => {
    const open = box.open;
    clear(box);
    const { t, state } = explorer;
    const present = explorer.facts.edgeTypesPresent();
    const toggleEdge = (type: EdgeType) =>
      explorer.update({
        hiddenEdgeTypes: state.hiddenEdgeTypes.includes(type)
          ? state.hiddenEdgeTypes.filter((x) => x !== type)
          : [...state.hiddenEdgeTypes, type],
      });
    const articles = explorer.facts.articleOptions();
    box.append(
      el('summary', { text: t('filters') }),
      el('fieldset', {}, [
        el('legend', { text: t('edgeTypes') }),
        ...EDGE_TYPES.filter((type) => present.has(type)).map((type) =>
          el('label', { class: 'check' }, [
            el('input', {
              attrs: {
                type: 'checkbox',
                checked: !state.hiddenEdgeTypes.includes(type),
                'data-edge-type': type,
              },
              on: { change: () => toggleEdge(type) },
            }),
            `${type} · ${t(`edge.${type}`)}`,
          ]),
        ),
      ]),
      el('label', { class: 'article-filter' }, [
        t('articleFilter'),
        el(
          'select',
          {
            testid: 'article-filter',
            on: {
              change: (e) => {
                const v = (e.target as HTMLSelectElement).value;
                explorer.update({ articles: v ? [v] : [] });
              },
            },
          },
          [
            el('option', { text: t('allArticles'), attrs: { value: '' } }),
            ...articles.slice(0, 2000).map((a) =>
              el('option', {
                text: a.title,
                attrs: { value: a.key, selected: state.articles.includes(a.key) },
              }),
            ),
          ],
        ),
      ]),
      dateFilter(explorer),
    );
    box.open = open;
  };
  render();
  explorer.subscribe(render);
}
