/**
 * Readers for the host files the build writes, so tests can ask what a host
 * would send for a path: `_headers` as Netlify and Cloudflare Pages match it
 * (every rule whose path matches applies; `*` matches anything, slashes too),
 * and the add_header lines of dist/_nginx/headers.conf.
 */
export interface HeadersRule {
  path: string;
  headers: Record<string, string>;
  matches: (urlPath: string) => boolean;
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = new RegExp(`^${line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ path: line.trim(), headers: {}, matches: (p) => re.test(p) });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (!name || !rules.length) throw new Error(`bad _headers line: ${line}`);
      const rule = rules.at(-1)!;
      if (name.toLowerCase() in rule.headers) throw new Error(`${rule.path} sets ${name} twice`);
      rule.headers[name.toLowerCase()] = value!;
    }
  }
  return rules;
}

/** The headers a host would send for a path: every matching rule's, a header set by two rules joined as Cloudflare does. */
export function headersFor(rules: readonly HeadersRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules.filter((rule) => rule.matches(urlPath))) {
    for (const [k, v] of Object.entries(r.headers)) out[k] = k in out ? `${out[k]}, ${v}` : v;
  }
  return out;
}

export function parseNginxHeaders(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)) out[m[1]!.toLowerCase()] = m[2]!;
  return out;
}
