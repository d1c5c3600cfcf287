// A @web/test-runner reporter that prints one plain closing line, summed over every browser
// and test file:   wtr: N passed, N failed
// A test file that failed without a failing test (import error, hook error, timeout) counts
// as one failure. The line is printed on process exit, so it is the last line of the run.

function count(suite, totals) {
  for (const t of suite.tests) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of suite.suites) count(s, totals);
}

export function summaryReporter() {
  let printed = false;
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        const sessionFailed = session.passed === false || (session.errors ?? []).length > 0;
        if (sessionFailed && totals.failed === failedBefore) totals.failed += 1;
      }
      if (printed) return;
      printed = true;
      process.once('exit', () => {
        if (totals.skipped > 0) process.stdout.write(`wtr: ${totals.skipped} skipped\n`);
        process.stdout.write(`wtr: ${totals.passed} passed, ${totals.failed} failed\n`);
      });
    },
  };
}
