/** Footnotes (evidence sentences) and the sources they cite, numbered in order of first use. */
import type { Evidence, NodeAttributes } from '../graph/schema.ts';
import { httpUrl } from './escape.ts';

export interface Note {
  n: number;
  article: string;
  sentence: string;
  /** Number of the article in the sources list. */
  source: number;
}

export interface Source {
  n: number;
  key: string;
  title?: string;
  file?: string;
  date?: string;
  outlet?: string;
  /** The story's original address: http(s) only (checked again where it becomes a link). */
  url?: string;
}

export type ArticleLookup = (key: string) => NodeAttributes | undefined;

export class Notes {
  readonly notes: Note[] = [];
  private readonly byText = new Map<string, Note>();
  private readonly sources = new Map<string, Source>();

  constructor(private readonly lookup: ArticleLookup) {}

  /** Footnote numbers for these pieces of evidence (the same sentence keeps one number). */
  add(evidence: readonly Evidence[] | undefined): number[] {
    const out: number[] = [];
    for (const ev of evidence ?? []) {
      if (!ev || typeof ev.sentence !== 'string') continue;
      const id = `${ev.article}\u0000${ev.sentence}`;
      let note = this.byText.get(id);
      if (!note) {
        note = {
          n: this.notes.length + 1,
          article: ev.article,
          sentence: ev.sentence,
          source: this.source(ev.article).n,
        };
        this.notes.push(note);
        this.byText.set(id, note);
      }
      if (!out.includes(note.n)) out.push(note.n);
    }
    return out;
  }

  /** Make sure an article is listed even if no footnote cites it. */
  source(article: string): Source {
    let src = this.sources.get(article);
    if (!src) {
      const a = this.lookup(article);
      src = {
        n: this.sources.size + 1,
        key: article,
        title: str(a?.title ?? a?.label),
        file: str(a?.file),
        date: str(a?.date),
        outlet: str(a?.outlet),
        url: httpUrl(a?.url),
      };
      this.sources.set(article, src);
    }
    return src;
  }

  sourceList(): Source[] {
    return [...this.sources.values()];
  }
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
