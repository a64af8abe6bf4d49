import path from 'node:path';
import { startNginx } from './nginx.ts';
import { ROOT } from './paths.ts';

export { DIST, ROOT } from './paths.ts';

export interface SiteServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves the built site in `<root>/dist/` on 127.0.0.1 the way production does:
 * nginx with the config the build wrote (dist/_nginx/), so headers, redirects,
 * caching and compression are the real ones.
 */
export async function serveSite(root = ROOT, options: { port?: number } = {}): Promise<SiteServer> {
  const server = await startNginx({ dist: path.join(root, 'dist'), port: options.port });
  return { origin: server.origin, url: server.url, close: server.close };
}
