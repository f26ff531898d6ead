/**
 * The test run's closing lines (test/helpers/count-reporter.mjs): `N passed, N failed` is the
 * last line, and on a clone without ../shared/fixtures the line just before it says the
 * conformance suite was not run, so the count is not read as covering it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const reporter = pathToFileURL(new URL('../../test/helpers/count-reporter.mjs', import.meta.url).pathname).href;
const present = mkdtempSync(join(tmpdir(), 'scr-summary-fixtures-'));

/** The last lines a run prints when the fixtures folder is `folder` (one passing test). */
function closingLines(folder) {
  const probe = `
    const { countReporter } = await import(${JSON.stringify(reporter)});
    console.log('(other output)');
    countReporter({ conformanceFixtures: ${JSON.stringify(folder)} }).stop({
      sessions: [{ passed: true, testResults: { tests: [{ passed: true }], suites: [] } }],
    });`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trimEnd().split('\n').slice(-2);
}

const problems = [];
try {
  const absent = closingLines(join(present, 'missing'));
  if (absent[1] !== '1 passed, 0 failed') problems.push(`without the fixtures the last line is "${absent[1]}", not the count`);
  if (!absent[0].includes('conformance suite not run')) problems.push(`without the fixtures the line before the count is "${absent[0]}", not "conformance suite not run"`);
  const withFixtures = closingLines(present);
  if (withFixtures[1] !== '1 passed, 0 failed' || withFixtures[0] !== '(other output)') problems.push(`with the fixtures the closing lines are ${JSON.stringify(withFixtures)}`);
} finally {
  rmSync(present, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`count-line: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('count-line: the run ends with "N passed, N failed", after "conformance suite not run" when ../shared/fixtures is absent');
