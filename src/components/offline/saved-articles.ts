/**
 * The offline page's list of the articles saved on this device, read from the
 * service worker's page cache. The cache name, header and address prefix come
 * from data attributes the page renders from src/lib/offline/config.ts (importing
 * that module here would split it into a chunk every page then loads).
 */
export interface SavedArticle {
  path: string;
  title: string;
  savedAt: string;
  savedOn: string;
}

export interface SavedListConfig {
  cache: string;
  prefix: string;
  savedAtHeader: string;
  savedOnHeader: string;
}

/** The articles in the page cache, newest first, with their titles. */
export async function savedArticles({ cache: name, prefix, savedAtHeader, savedOnHeader }: SavedListConfig): Promise<SavedArticle[]> {
  if (!('caches' in window) || !(await caches.has(name))) return [];
  const cache = await caches.open(name);
  const parser = new DOMParser();
  const found: SavedArticle[] = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(prefix) || path === prefix) continue;
    const response = await cache.match(request);
    if (!response) continue;
    const doc = parser.parseFromString(await response.text(), 'text/html');
    const title = doc.querySelector('h1')?.textContent?.trim() || doc.title;
    found.push({ path, title, savedAt: response.headers.get(savedAtHeader) ?? '', savedOn: response.headers.get(savedOnHeader) ?? '' });
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.title.localeCompare(b.title, 'en'));
}

/** Fills the list on the offline page (`[data-saved-list]`, with its config in data attributes). */
export async function listSavedArticles(): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-saved-status]');
  const list = document.querySelector<HTMLUListElement>('[data-saved-list]');
  if (!status || !list) return;
  const { cache = '', prefix = '', savedAtHeader = '', savedOnHeader = '' } = list.dataset;
  const articles = await savedArticles({ cache, prefix, savedAtHeader, savedOnHeader }).catch(() => []);
  if (!articles.length) {
    status.textContent = 'No articles are saved on this device yet. Articles you read while you have a signal are saved, and open here without one.';
    return;
  }
  status.textContent = articles.length === 1 ? 'This article opens without a signal:' : `These ${articles.length} articles open without a signal:`;
  for (const article of articles) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = article.path;
    link.textContent = article.title;
    item.append(link);
    if (article.savedOn) {
      const when = document.createElement('span');
      when.className = 'saved-on';
      when.textContent = ` (saved ${article.savedOn})`;
      item.append(when);
    }
    list.append(item);
  }
  list.hidden = false;
}
