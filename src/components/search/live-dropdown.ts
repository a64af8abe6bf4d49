/**
 * The header dropdown's live results, loaded by <site-search> the first time
 * a reader focuses the box, types, or presses "/".
 */
import { SearchController, debounce, warmUp, wireKeyboard } from './search-controller.ts';

export function liveDropdown(root: HTMLElement): void {
  const c = new SearchController(root, 'dropdown');
  c.input.addEventListener('input', debounce(() => void c.update()));
  c.input.addEventListener('focus', () => {
    if (c.list.children.length) c.show(true);
  });
  // The dropdown's Enter is the form's own GET to /search/?q=..., which works without this code.
  document.addEventListener('click', (e) => {
    if (!root.contains(e.target as Node)) c.show(false);
  });
  root.addEventListener('focusout', (e) => {
    if (e.relatedTarget && !root.contains(e.relatedTarget as Node)) c.show(false);
  });
  wireKeyboard(c);
  warmUp();
  if (c.input.value) void c.update();
}
