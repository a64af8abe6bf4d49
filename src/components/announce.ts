/**
 * Says a short message to screen readers through one polite live region, and
 * shows it next to the control that caused it for sighted readers.
 */
let region: HTMLElement | undefined;

export function announce(message: string, near?: HTMLElement): void {
  if (!region) {
    region = document.createElement('div');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = '';
  // A fresh text node after a tick makes screen readers repeat the same message.
  setTimeout(() => (region!.textContent = message), 50);
  if (near) {
    const tip = document.createElement('span');
    tip.className = 'copied-tip';
    tip.setAttribute('aria-hidden', 'true');
    tip.textContent = message;
    near.after(tip);
    setTimeout(() => tip.remove(), 2500);
  }
}

/** Copies text, falling back to a hidden textarea where the Clipboard API is missing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
