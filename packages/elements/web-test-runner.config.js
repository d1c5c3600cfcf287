// @web/test-runner for @gongkai/elements: headless system Chromium through Playwright,
// three runs with different browser time zones; a failed test is never re-run; console errors fail tests.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tools/wtr/chromium.js';
import { consoleGuardScript } from '../../tools/wtr/console-guard.js';
import { requestServerMiddleware } from '../../tools/wtr/request-server.js';
import { summaryReporter } from '../../tools/wtr/summary-reporter.js';

const executablePath = findChromium();

// TOOLCHAIN F3: esbuild reads this file raw (no `extends`), so point at the file that holds
// experimentalDecorators and useDefineForClassFields itself.
const tsconfig = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url));

// The machine's zone, one behind China by 12–13 hours, and one ahead of China by 6 hours.
const TIME_ZONES = [undefined, 'America/New_York', 'Pacific/Kiritimati'];

function chromium(timezoneId) {
  const launcher = playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    },
    createBrowserContext: ({ browser }) => browser.newContext(timezoneId ? { timezoneId } : {}),
  });
  launcher.name = timezoneId ? `Chromium (${timezoneId})` : 'Chromium (default time zone)';
  return launcher;
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers: TIME_ZONES.map(chromium),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  // The 依申请公开 test endpoint under /api/requests/<scenario>/ (tools/wtr/request-server.js).
  middleware: [requestServerMiddleware()],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8" />
    <script>${consoleGuardScript()}</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
