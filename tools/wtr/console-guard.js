// A console guard for @web/test-runner + mocha: any console.error or console.warn during a
// test (Lit's dev-mode warnings included) fails that test. Only messages matching an allowed
// pattern (by default Lit's one-time "dev mode" notice) pass.
//
// consoleGuardScript() returns a classic inline script for `testRunnerHtml`. It runs before
// the test framework loads, wraps console.error/warn, and, when mocha is installed, registers
// root hooks: after each test it marks the test failed (without stopping the other tests) if
// anything was recorded; after all tests it fails the file if anything was recorded late.
// A test that expects a warning replaces console.warn with its own spy and restores it.

export const DEFAULT_ALLOWED = ['lit\\.dev/msg/dev-mode'];

/* The function below is serialised into the page, so it must stand alone. */
function installConsoleGuard(allowedSources) {
  const allowed = allowedSources.map((s) => new RegExp(s));
  const records = [];
  const describe = (value) => {
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function guardedConsole(...args) {
      const text = args.map(describe).join(' ');
      if (!allowed.some((r) => r.test(text))) records.push(`console.${level}: ${text}`);
      return original.apply(this, args);
    };
  }
  globalThis.__gkConsoleRecords = records;

  const report = (messages) => `Console output during this test (console.error and Lit warnings fail tests):\n  ${messages.join('\n  ')}`;

  const guard = (mocha) => {
    if (!mocha || mocha.__gkConsoleGuard || typeof mocha.setup !== 'function') return;
    mocha.__gkConsoleGuard = true;
    const setup = mocha.setup;
    mocha.setup = function guardedSetup(...args) {
      const result = setup.apply(this, args);
      this.suite.afterEach('console guard', async function consoleGuardAfterEach() {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (records.length === 0) return;
        const error = new Error(report(records.splice(0)));
        const test = this.currentTest;
        if (!test) throw error;
        if (test.state !== 'failed') {
          test.state = 'failed';
          test.err = error;
        }
      });
      this.suite.afterAll('console guard (after all tests)', async function consoleGuardAfterAll() {
        // Give late timers and rendering of the last test a moment to report.
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (records.length > 0) throw new Error(report(records.splice(0)));
      });
      return result;
    };
  };

  let current;
  Object.defineProperty(globalThis, 'mocha', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value) => {
      current = value;
      guard(value);
    },
  });
}

/** The inline script for testRunnerHtml. */
export function consoleGuardScript(allowed = DEFAULT_ALLOWED) {
  return `(${installConsoleGuard.toString()})(${JSON.stringify(allowed)});`;
}
