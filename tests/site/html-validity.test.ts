import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distPages } from '../support/dist.ts';

/** Every built page is valid HTML under the rules in .htmlvalidate.json. */
test('html-validate finds no errors on any page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = distPages();
  assert.ok(pages.length > 40);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(errors, []);
});
