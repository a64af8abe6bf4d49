import { readdirSync } from 'node:fs';
import path from 'node:path';
import { WARNING_SIGNS_DIR } from './paths.ts';

/**
 * The ids of the warning-sign sets: the YAML file names in content/warning-signs/.
 * Read from disk (not from a second list in code) so that adding a set file
 * is all it takes for articles to include it.
 */
export function warningSetIds(dir = WARNING_SIGNS_DIR): string[] {
  try {
    return readdirSync(path.resolve(dir))
      .filter((f) => /^[^_.].*\.ya?ml$/.test(f))
      .map((f) => f.replace(/\.ya?ml$/, ''))
      .sort();
  } catch {
    return [];
  }
}
