import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { warningSetIds } from '../../src/lib/content/warning-set-files.ts';
import { warningSetSchema, type WarningSet } from '../../src/lib/schemas/warning-sign.ts';
import { ROOT } from '../../scripts/support/paths.ts';

/** The warning-sign sets as the site reads them, parsed with the real schema. */
export function loadWarningSets(): Map<string, WarningSet> {
  const dir = path.join(ROOT, 'content', 'warning-signs');
  return new Map(
    warningSetIds(dir).map((id) => [id, warningSetSchema.parse(parse(readFileSync(path.join(dir, `${id}.yaml`), 'utf8')))]),
  );
}
