import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from './nginx.ts';

/** The project root, for tests that build or serve the real site. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

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
