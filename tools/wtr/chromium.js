// Finds the system Chromium/Chrome for @web/test-runner-playwright. Never downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a quiet headless test browser: no GPU, no background traffic, no first-run work. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * CHROME_PATH when set, else the first existing system browser. When there is none, prints
 * one clear message and exits with status 1.
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(
      `CHROME_PATH is set to ${fromEnv}, which does not exist. Install one: apt-get install chromium (Debian), or set CHROME_PATH`,
    );
    process.exit(1);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  console.error('No Chromium/Chrome found. Install one: apt-get install chromium (Debian), or set CHROME_PATH');
  process.exit(1);
}
