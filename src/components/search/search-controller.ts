/**
 * Live search results, shared by <site-search> (the header dropdown) and
 * <search-page> (/search/). Loaded only when a reader starts a search;
 * Pagefind's own code and index load on the first query.
 *
 * Results are drawn from the <template>s in SearchTemplates.astro and filled
 * with textContent, so no HTML string is ever built here. Pagefind's excerpt
 * is the one piece that carries markup: only its <mark> highlights are kept.
 */
import { normaliseQuery } from '../../lib/search/query.ts';
import { runSearch, type PagefindResultData, type PagefindSearch } from '../../lib/search/run.ts';
import { matchWarningSigns, type SearchableSign } from '../../lib/search/warning-match.ts';
import { CARE_LEVELS, CARE_LEVEL_ORDER } from '../../lib/care/care-levels.ts';
import { SEARCH } from '../../lib/search/config.ts';

interface PagefindApi extends PagefindSearch {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  return (pagefindPromise ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options(SEARCH.pagefind);
    await pf.init();
    return pf;
  })());
}

let signsPromise: Promise<SearchableSign[]> | undefined;
/** The warning signs and their search phrases, built from the warning-sign sets. */
function loadWarningSigns(): Promise<SearchableSign[]> {
  return (signsPromise ??= fetch('/warning-signs.json')
    .then((r) => (r.ok ? (r.json() as Promise<SearchableSign[]>) : []))
    .catch(() => {
      signsPromise = undefined; // try again on the next search
      return [];
    }));
}

/** Start fetching what a search needs, as soon as a reader is in the box. */
export function warmUp(): void {
  void loadPagefind();
  void loadWarningSigns();
}

/** A query as we repeat it back: a very long paste is cut short, not echoed in full. */
const echo = (q: string) => (q.length > SEARCH.echoMax ? `${q.slice(0, SEARCH.echoMax).trimEnd()}…` : q);

/** A copy of a <template data-search-template="name">'s content. */
function fromTemplate(name: string): DocumentFragment {
  const t = document.querySelector<HTMLTemplateElement>(`template[data-search-template="${name}"]`);
  if (!t) throw new Error(`search template "${name}" is missing from the page`);
  return t.content.cloneNode(true) as DocumentFragment;
}
const slot = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

/** Pagefind's excerpt (escaped text with <mark> around matches) as nodes, keeping only the marks. */
export function excerptNodes(excerpt: string): Node[] {
  const inert = document.createElement('template');
  inert.innerHTML = excerpt;
  return [...inert.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = n.textContent;
      return mark;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function renderResult(r: PagefindResultData): DocumentFragment {
  const item = fromTemplate('result');
  const title = slot(item, 'title') as HTMLAnchorElement;
  title.href = r.url;
  title.textContent = r.meta.title ?? r.url;
  const description = slot(item, 'description');
  if (r.meta.description) description.textContent = r.meta.description;
  else description.remove();
  slot(item, 'excerpt').replaceChildren(...excerptNodes(r.excerpt));
  const sections = r.sub_results.filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 3);
  const list = slot(item, 'sections');
  if (sections.length) {
    for (const s of sections) {
      const link = fromTemplate('section');
      const a = slot(link, 'link') as HTMLAnchorElement;
      a.href = s.url;
      a.textContent = s.title;
      list.append(link);
    }
  } else list.remove();
  return item;
}

/**
 * One box per level for the signs a query describes, most urgent first, with
 * the same wording as the care cards. No links: nobody is sent away from an
 * instruction to call.
 */
function renderWarnings(signs: SearchableSign[]): DocumentFragment[] {
  return CARE_LEVEL_ORDER.filter((level) => signs.some((s) => s.level === level)).map((level) => {
    const box = fromTemplate('warning');
    const root = slot(box, 'box');
    root.classList.add(level);
    root.dataset.careLevel = level;
    slot(box, 'label').textContent = `${CARE_LEVELS[level].label}: `;
    slot(box, 'heading').textContent = CARE_LEVELS[level].heading;
    slot(box, 'lead').textContent = CARE_LEVELS[level].lead;
    const list = slot(box, 'signs');
    for (const s of signs.filter((x) => x.level === level)) {
      const li = document.createElement('li');
      li.textContent = s.text;
      list.append(li);
    }
    return box;
  });
}

export type SearchMode = 'dropdown' | 'page';

/**
 * The search behind one search element: reads its form, writes into its
 * results area. A newer query cancels the one still running, so a slow answer
 * never replaces a newer one.
 */
export class SearchController {
  readonly mode: SearchMode;
  readonly input: HTMLInputElement;
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly list: HTMLOListElement;
  readonly warnings: HTMLElement;
  private running?: AbortController;

  constructor(
    readonly root: HTMLElement,
    mode: SearchMode,
    private readonly filters: () => string[] = () => [],
  ) {
    this.mode = mode;
    this.input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    this.panel = root.querySelector<HTMLElement>('[data-search-results]')!;
    const area = fromTemplate('results');
    this.warnings = slot(area, 'warnings');
    this.status = slot(area, 'status');
    this.list = slot(area, 'list') as HTMLOListElement;
    this.panel.replaceChildren(area);
  }

  show(open: boolean): void {
    if (this.mode === 'dropdown') this.panel.hidden = !open;
  }

  /** Links in the results, for moving through them with the arrow keys. */
  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  async update(): Promise<void> {
    this.running?.abort();
    const run = (this.running = new AbortController());
    const raw = this.input.value;
    const query = raw.trim();
    if (!normaliseQuery(raw)) {
      this.list.replaceChildren();
      this.warnings.replaceChildren();
      // Something was typed, but nothing we can search for (only emoji or symbols): say so.
      this.status.textContent = query ? 'Type a word to search for, like “back pain” or “calf cramp”.' : '';
      this.show(Boolean(query));
      return;
    }
    // A sign the query describes is shown first, above the results.
    const signs = matchWarningSigns(raw, await loadWarningSigns());
    if (run.signal.aborted) return;
    this.warnings.replaceChildren(...renderWarnings(signs));
    if (signs.length) this.show(true);
    const max = SEARCH.maxResults[this.mode];
    const outcome = await runSearch(await loadPagefind(), raw, this.filters(), max);
    if (run.signal.aborted) return;

    const n = outcome.results.length;
    const warned = signs.length ? `${CARE_LEVELS[signs[0]!.level].label} advice is shown above. ` : '';
    if (n) {
      const shown = echo(outcome.correctedTo ?? outcome.query);
      this.status.textContent =
        `${warned}${n === max ? 'Top ' : ''}${n} ${n === 1 ? 'result' : 'results'} for “${shown}”` +
        (outcome.correctedTo ? `. No results for “${echo(outcome.query)}”, so we searched for this instead.` : '');
      this.list.replaceChildren(...outcome.results.map(renderResult));
      if (this.mode === 'dropdown') {
        const all = fromTemplate('all');
        const a = slot(all, 'link') as HTMLAnchorElement;
        a.href = `/search/?q=${encodeURIComponent(query)}`;
        a.textContent = `See all results for “${echo(query)}”`;
        this.list.append(all);
      }
    } else {
      this.status.textContent = `${warned}No results for “${echo(query)}”`;
      const none = fromTemplate('none');
      slot(none, 'query').textContent = echo(query);
      this.list.replaceChildren(none);
    }
    this.show(true);
  }
}

/** Runs `fn` once typing has paused for the configured time. */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number = SEARCH.debounceMs) {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}

/** Down from the box into the results, Up/Down between links, Escape back out (dropdown). */
export function wireKeyboard(c: SearchController): void {
  c.root.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && c.panel.hidden && c.list.children.length) c.show(true);
    const items = c.links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) c.input.focus();
      else items[at - 1]!.focus();
    } else if (e.key === 'Escape' && c.mode === 'dropdown' && !c.panel.hidden) {
      // The first Escape only closes the list: without preventDefault a search box also
      // clears its query, and the results a reader may come back to would go with it.
      // A second Escape, with the list closed, clears the box as browsers do.
      e.preventDefault();
      c.show(false);
      c.input.focus();
    }
  });
}
