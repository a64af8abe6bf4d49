/**
 * `npm run serve`: serves the built dist/ through nginx on http://127.0.0.1:4321/
 * (or PORT) with the config the build wrote, as production does: headers,
 * redirects, cache rules, compression. Needs Debian's nginx (docs/deploy.md);
 * `npm start` uses Astro's preview server instead, which needs nothing.
 */
import { startNginx } from './support/nginx.ts';
import { DIST } from './support/paths.ts';

const server = await startNginx({ dist: DIST, port: Number(process.env.PORT ?? 4321) });
console.log(`serving dist/ through nginx at ${server.origin}/ (Ctrl-C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
setInterval(() => {}, 1 << 30);
