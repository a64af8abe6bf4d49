import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.ts';

/**
 * A throwaway copy of the site (code, config and warning-sign sets; no articles) in a temp folder,
 * for builds that must not touch the real content/, dist/ or caches.
 * node_modules is linked package by package so the caches stay private to the
 * copy: Astro's (.astro) starts empty, ours (.cache: share images, compressed
 * files) starts as a copy of the project's, since a build drops what it did
 * not use from it.
 */
export function copyProject(prefix = 'calm-body-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    if (name === '.cache') {
      cpSync(path.join(ROOT, 'node_modules', name), path.join(modules, name), { recursive: true });
      continue;
    }
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
  mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  // Warning-sign sets are shared data that articles include, so a copy needs them.
  cpSync(path.join(ROOT, 'content', 'warning-signs'), path.join(dir, 'content', 'warning-signs'), { recursive: true });
  // The real redirects point at real articles, which a copy does not have.
  const redirects = path.join(dir, 'src', 'lib', 'build', 'redirects.ts');
  if (!existsSync(redirects)) throw new Error(`copyProject: ${redirects} is gone; point this at the redirect map`);
  writeFileSync(redirects, 'export const REDIRECTS: Readonly<Record<string, string>> = {};\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `astro build` (with `args`, such as `--force`) in a folder and returns its exit code and everything it printed. */
export function astroBuild(dir: string, env: Record<string, string> = {}, args: string[] = []): { status: number | null; output: string } {
  const bin = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const r = spawnSync(process.execPath, [bin, 'build', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 180_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
