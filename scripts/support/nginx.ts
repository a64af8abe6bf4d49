import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's nginx and the brotli_static module (.ci/run installs both). */
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const BROTLI_STATIC = process.env.NGINX_BROTLI_STATIC ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export async function freePort(): Promise<number> {
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

export interface NginxServer {
  origin: string;
  url: (path: string) => string;
  /** What nginx wrote to its error log so far. */
  errors: () => string;
  close: () => Promise<void>;
}

export interface NginxOptions {
  /** The built site to serve. */
  dist: string;
  /**
   * `project` (default): the server block the deploy guide gives, with the build's
   * own `_nginx/headers.conf` and `_nginx/site.conf`. `bare`: root and index only,
   * a server nobody configured, for tests that must see what is missing.
   */
  config?: 'project' | 'bare';
  port?: number;
}

/** The main config: everything nginx writes stays in `dir`; one process, in the foreground, as this process's child. */
export function nginxConf(dir: string, port: number, { dist, config = 'project' }: NginxOptions): string {
  const site =
    config === 'project'
      ? [`include ${path.join(dist, '_nginx', 'headers.conf')};`, `include ${path.join(dist, '_nginx', 'site.conf')};`]
      : ['index index.html;'];
  return `# Written by scripts/support/nginx.ts for one run.
load_module ${BROTLI_STATIC};
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {
    worker_connections 256;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name 127.0.0.1;
        root ${dist};
        ${site.join('\n        ')}
    }
}
`;
}

function waitForPort(port: number, child: ChildProcess, errors: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with ${child.exitCode}:\n${errors()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${errors()}`));
        else setTimeout(attempt, 25);
      });
    };
    attempt();
  });
}

/** Serves a built site through nginx on 127.0.0.1 and a free port, until `close()`. */
export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run .ci/run, or apt-get install nginx libnginx-mod-http-brotli-static`);
  if (!existsSync(BROTLI_STATIC)) throw new Error(`${BROTLI_STATIC} is missing: apt-get install libnginx-mod-http-brotli-static`);
  if (!existsSync(path.join(options.dist, 'index.html'))) throw new Error(`${options.dist} has no built site: run npm run build`);
  const dir = mkdtempSync(path.join(tmpdir(), 'calm-body-nginx-'));
  const port = options.port ?? (await freePort());
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConf(dir, port, options));
  const log = path.join(dir, 'error.log');
  let output = '';
  const errors = () => `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  const child = spawn(NGINX, ['-p', `${dir}/`, '-c', conf, '-e', log], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  // If this process ends without close(), do not leave nginx behind.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, child, errors);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p: string) => new URL(p, origin).href,
    errors,
    close: async () => {
      process.removeListener('exit', orphan);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
