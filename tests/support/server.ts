import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** The project root, for tests that build or serve the real site. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface SiteServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves the built site in dist/ on 127.0.0.1 with Astro's own preview server. */
export async function serveSite(root = ROOT): Promise<SiteServer> {
  const port = await freePort();
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: (path: string) => new URL(path, origin).href, close: () => server.stop() };
}
