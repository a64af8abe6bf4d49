/**
 * Search results on top of the Pagefind JS API, for the header dropdown and
 * the /search/ page. Loaded only when a reader starts a search; Pagefind's own
 * code and index load on the first query.
 */
import { normaliseQuery } from '../lib/search/query.ts';
import { runSearch, type PagefindResultData, type PagefindSearch } from '../lib/search/run.ts';
import { matchWarningSigns, type SearchableSign } from '../lib/search/warning-match.ts';
import { CARE_LEVELS, CARE_LEVEL_ORDER } from '../lib/care-levels.ts';
import { SEARCH } from '../lib/search/config.ts';

interface PagefindApi extends PagefindSearch {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

const MAX_RESULTS = SEARCH.maxResults;
const DEBOUNCE_MS = SEARCH.debounceMs;

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

/**
 * One box per level for the signs a query describes, most urgent first, with
 * the same wording as the care cards. No links: nobody is sent away from an
 * instruction to call.
 */
function renderWarnings(signs: SearchableSign[]): HTMLElement[] {
  return CARE_LEVEL_ORDER.filter((level) => signs.some((s) => s.level === level)).map((level) => {
    const box = document.createElement('div');
    box.className = `search-warning ${level}`;
    box.dataset.careLevel = level;
    const heading = document.createElement('p');
    heading.className = 'search-warning-heading';
    const label = document.createElement('strong');
    label.textContent = `${CARE_LEVELS[level].label}: `;
    heading.append(label, CARE_LEVELS[level].heading);
    const lead = document.createElement('p');
    lead.textContent = CARE_LEVELS[level].lead;
    const list = document.createElement('ul');
    for (const s of signs.filter((x) => x.level === level)) {
      const li = document.createElement('li');
      li.textContent = s.text;
      list.append(li);
    }
    box.append(heading, lead, list);
    return box;
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  // Pagefind excerpts are escaped text with <mark> around matches.
  const subs = r.sub_results
    .filter((s) => s.url !== r.url && s.url.includes('#'))
    .slice(0, 3)
    .map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  li.innerHTML = `
    <h3 class="result-title"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h3>
    ${r.meta.description ? `<p class="result-description">${escapeHtml(r.meta.description)}</p>` : ''}
    <p class="result-excerpt">${r.excerpt}</p>
    ${subs ? `<ul class="result-sections" aria-label="Sections">${subs}</ul>` : ''}`;
  return li;
}

function renderNoResults(query: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'no-results';
  div.innerHTML = `<p><strong>No articles match “${escapeHtml(query)}”.</strong></p>
    <p>Try fewer or different words, like the part of the body and what you feel (“calf cramp”), or
    <a href="/symptoms/">browse the symptoms A to Z</a>.</p>`;
  return div;
}

/** A query as we repeat it back: a very long paste is cut short, not echoed in full. */
const ECHO_MAX = SEARCH.echoMax;
const echo = (q: string) => (q.length > ECHO_MAX ? `${q.slice(0, ECHO_MAX).trimEnd()}…` : q);

function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a: A) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  };
}

/** Wire a search root (`data-search-root`) to live results. */
export function mountSearch(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const mode = root.dataset.searchMode === 'page' ? 'page' : 'dropdown';
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-results]')!;
  const filterBoxes = [...root.querySelectorAll<HTMLInputElement>('input[name="symptom"]')];
  const filterCount = root.querySelector<HTMLElement>('[data-filter-count]');

  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  const warnings = document.createElement('div');
  warnings.className = 'search-warnings';
  panel.replaceChildren(warnings, status, list);

  const selectedFilters = () => filterBoxes.filter((b) => b.checked).map((b) => b.value);
  const showFilterCount = () => {
    const n = selectedFilters().length;
    if (filterCount) filterCount.textContent = n ? ` (${n} on)` : '';
  };
  let seq = 0;

  const show = (open: boolean) => {
    if (mode !== 'dropdown') return;
    panel.hidden = !open;
  };

  const syncUrl = (push: boolean) => {
    if (mode !== 'page') return;
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const f of selectedFilters()) params.append('symptom', f);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const update = async () => {
    const raw = input.value;
    const filters = selectedFilters();
    const mine = ++seq;
    if (!normaliseQuery(raw)) {
      list.replaceChildren();
      warnings.replaceChildren();
      // Something was typed, but nothing we can search for (only emoji or symbols): say so.
      status.textContent = raw.trim() ? 'Type a word to search for, like “back pain” or “calf cramp”.' : '';
      show(Boolean(raw.trim()));
      return;
    }
    // The warning signs first: a sign the query describes is shown above the results.
    const signs = matchWarningSigns(raw, await loadWarningSigns());
    if (mine !== seq) return;
    warnings.replaceChildren(...renderWarnings(signs));
    if (signs.length) show(true);
    const outcome = await runSearch(await loadPagefind(), raw, filters, MAX_RESULTS[mode]);
    if (mine !== seq) return; // a newer keystroke has already moved on
    const n = outcome.results.length;
    const shownQuery = echo(outcome.correctedTo ?? outcome.query);
    status.innerHTML = n
      ? `${n === MAX_RESULTS[mode] ? 'Top ' : ''}${n} ${n === 1 ? 'result' : 'results'} for “${escapeHtml(shownQuery)}”` +
        (outcome.correctedTo ? `. No results for “${escapeHtml(echo(outcome.query))}”, so we searched for this instead.` : '')
      : '';
    list.replaceChildren(...outcome.results.map(renderResult));
    if (!n) list.replaceChildren(renderNoResults(echo(raw.trim())));
    if (!n) status.textContent = `No results for “${echo(raw.trim())}”`;
    if (signs.length) status.prepend(`${CARE_LEVELS[signs[0]!.level].label} advice is shown above. `);
    if (mode === 'dropdown' && n) {
      const all = document.createElement('li');
      all.className = 'search-all';
      all.innerHTML = `<a href="/search/?q=${encodeURIComponent(raw.trim())}">See all results for “${escapeHtml(echo(raw.trim()))}”</a>`;
      list.append(all);
    }
    show(true);
  };
  const debounced = debounce(() => {
    syncUrl(false);
    void update();
  }, DEBOUNCE_MS);

  input.addEventListener('input', debounced);
  for (const box of filterBoxes) {
    box.addEventListener('change', () => {
      showFilterCount();
      syncUrl(true);
      void update();
    });
  }
  form.addEventListener('submit', (e) => {
    if (mode === 'dropdown') return; // the dropdown's Enter opens the full search page
    e.preventDefault();
    syncUrl(true);
    void update();
  });

  // Keyboard: Down from the box into the results, Up/Down between links, Escape back out.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  root.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && panel.hidden && list.children.length) show(true);
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else items[at - 1]!.focus();
    } else if (e.key === 'Escape' && mode === 'dropdown') {
      show(false);
      input.focus();
    }
  });
  if (mode === 'dropdown') {
    input.addEventListener('focus', () => {
      if (list.children.length) show(true);
    });
    document.addEventListener('click', (e) => {
      if (!root.contains(e.target as Node)) show(false);
    });
    root.addEventListener('focusout', (e) => {
      if (!root.contains(e.relatedTarget as Node | null) && e.relatedTarget) show(false);
    });
  }

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const wanted = new Set(params.getAll('symptom'));
    for (const b of filterBoxes) b.checked = wanted.has(b.value);
    showFilterCount();
    void update();
  };
  if (mode === 'page') {
    // Beside the results on wide screens, the filters need no disclosure.
    if (matchMedia('(min-width: 60rem)').matches) root.querySelector('details')?.setAttribute('open', '');
    window.addEventListener('popstate', fromUrl);
    fromUrl();
  } else if (input.value) {
    void update();
  }
  // Warm Pagefind up as soon as the reader is in the box, not before.
  const warm = () => {
    void loadPagefind();
    void loadWarningSigns();
  };
  if (document.activeElement === input) warm();
  else input.addEventListener('focus', warm, { once: true });
}
