/**
 * `npm run nginx:conf`: writes deploy/nginx.conf from src/lib/build/http-policy.ts and
 * src/lib/build/redirects.ts. Run it after changing either; tests/unit/http-policy.test.ts
 * fails while the committed copy is stale. (The build writes the same text to
 * dist/_nginx/site.conf.)
 */
import { writeFileSync } from 'node:fs';
import { renderNginxSite } from '../src/lib/build/http-policy.ts';

const file = new URL('../deploy/nginx.conf', import.meta.url);
writeFileSync(file, renderNginxSite());
console.log(`wrote ${file.pathname}`);
