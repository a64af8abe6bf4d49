import { SITE_LANG } from './site.ts';

/** Dates as readers in the UK read them: "25 November 2026". */
const formatter = new Intl.DateTimeFormat(SITE_LANG, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return formatter.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
