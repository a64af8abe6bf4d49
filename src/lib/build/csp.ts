/**
 * Astro writes a Content-Security-Policy <meta> into each page, with hashes for
 * that page's own inline styles and scripts. Static hosts want one policy in a
 * `_headers` file, so these helpers merge the pages' policies into one that
 * allows exactly the union of their hashes.
 */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

export function mergePolicies(texts: readonly string[]): Policy {
  const merged: Policy = new Map();
  for (const text of texts) {
    for (const [name, values] of parsePolicy(text)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...values])]);
    }
  }
  return merged;
}

export function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The CSP a page's <meta http-equiv="content-security-policy"> carries, if any. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
}

/** Sources in a policy that are not this site: anything but keywords, hashes, 'self' and data:. */
export function foreignSources(policy: Policy): string[] {
  return [...policy.values()].flat().filter((v) => !/^('[a-z-]+'|'sha(256|384|512)-[^']+'|data:)$/.test(v));
}
