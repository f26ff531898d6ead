import { existsSync } from 'node:fs';

export const CONFORMANCE_NOT_RUN = 'conformance suite not run: ../shared/fixtures not found';

/**
 * Prints the closing `N passed, N failed` line CI reads. web-test-runner's own progress
 * line carries a prefix and ANSI codes, so the count is taken from the session results;
 * a test file that crashed before reporting counts as one failure. When the shared fixtures
 * (`conformanceFixtures`, a folder) are absent, the line just before the count says the
 * conformance suite did not run, so a reader of the last lines is not misled by the count.
 */
export function countReporter({ conformanceFixtures } = {}) {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed += 1;
      else failed += 1;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    stop({ sessions }) {
      for (const session of sessions) {
        const before = passed + failed;
        walk(session.testResults);
        const counted = passed + failed - before;
        if (!session.passed && (counted === 0 || session.errors?.length)) failed += 1;
      }
      const notRun = conformanceFixtures && !existsSync(conformanceFixtures);
      process.on('exit', () => {
        if (notRun) console.log(CONFORMANCE_NOT_RUN);
        console.log(`${passed} passed, ${failed} failed`);
      });
    },
  };
}
