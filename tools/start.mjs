#!/usr/bin/env node
// `npm start`: build core, elements and the demo, then serve the demo portal and run
// Storybook's dev server side by side.
//
//   Demo portal  http://localhost:4300/   (apps/demo/dist, served by apps/demo/serve.mjs)
//   Storybook    http://localhost:6006/   (npm run dev -w apps/storybook)
//
// A busy port falls back to a free one. Ctrl-C stops everything. Exits non-zero when the
// build fails or Storybook stops on its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4300);
const STORYBOOK_PORT = Number(process.env.STORYBOOK_PORT ?? 6006);
const STORYBOOK_READY_TIMEOUT_MS = 180_000;
const isWindows = process.platform === 'win32';

/** @param {string} message */
const log = (message) => console.log(`[start] ${message}`);

/**
 * Run a command to completion with inherited stdio.
 * @param {string} command @param {string[]} args
 * @returns {Promise<number>} exit code (1 when killed by a signal)
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Is `port` free on all interfaces? */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
function anyFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Wait until one of `urls` answers 200, or `stopped()` turns true. (Several URLs because
 * "localhost" may resolve to ::1 while a server listens on 127.0.0.1 only, or the reverse.)
 */
async function waitForHttp(urls, stopped, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !stopped()) {
    for (const url of urls) {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.ok) return true;
      } catch {
        // not up yet
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Prefix each line of a child's output, so Storybook's log stays readable next to ours. */
function pipeWithPrefix(stream, target, prefix) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) target.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (pending) target.write(`${prefix}${pending}\n`);
  });
}

async function main() {
  // 1. Build (Nx builds core → elements → demo in dependency order, with its cache).
  const nx = join(root, 'node_modules', '.bin', isWindows ? 'nx.cmd' : 'nx');
  if (!existsSync(nx)) {
    console.error('[start] node_modules/.bin/nx is missing. Run `npm ci` first.');
    return 1;
  }
  log('building @gongkai/core, @gongkai/elements and @gongkai/demo …');
  const buildCode = await run(nx, [
    'run-many',
    '-t',
    'build',
    '--projects=@gongkai/core,@gongkai/elements,@gongkai/demo',
    '--output-style=static',
  ]);
  if (buildCode !== 0) {
    console.error(`[start] build failed (exit ${buildCode}); nothing started.`);
    return buildCode;
  }

  // 2. Serve the demo portal.
  const { startServer } = await import('../apps/demo/serve.mjs');
  const demo = await startServer({
    root: join(root, 'apps', 'demo', 'dist'),
    port: DEMO_PORT,
    host: 'localhost',
    strictPort: false,
  });
  const demoUrl = `http://localhost:${demo.port}/`;
  if (demo.port !== DEMO_PORT) log(`port ${DEMO_PORT} is busy; the demo uses ${demo.port}`);

  // 3. Storybook dev server, in its own process group so that we can stop all of it.
  const storybookPort = (await portIsFree(STORYBOOK_PORT)) ? STORYBOOK_PORT : await anyFreePort();
  if (storybookPort !== STORYBOOK_PORT) log(`port ${STORYBOOK_PORT} is busy; Storybook uses ${storybookPort}`);
  const storybookUrl = `http://localhost:${storybookPort}/`;
  const storybook = spawn('npm', ['run', 'dev', '-w', 'apps/storybook', '--', '-p', String(storybookPort), '--exact-port'], {
    cwd: root,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !isWindows,
    shell: isWindows,
  });
  pipeWithPrefix(storybook.stdout, process.stdout, '[storybook] ');
  pipeWithPrefix(storybook.stderr, process.stderr, '[storybook] ');

  let storybookExit = /** @type {number | null} */ (null);
  const storybookExited = new Promise((resolve) => {
    storybook.once('exit', (code, signal) => {
      storybookExit = code ?? (signal ? 1 : 0);
      resolve(storybookExit);
    });
    storybook.once('error', (error) => {
      console.error(`[start] could not start Storybook: ${error.message}`);
      storybookExit = 1;
      resolve(1);
    });
  });

  let stopping = false;
  /** Stop Storybook (its whole process group) and the demo server. */
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    if (storybookExit === null && storybook.pid) {
      const signalGroup = (signal) => {
        try {
          if (isWindows) storybook.kill(signal);
          else process.kill(-storybook.pid, signal);
        } catch {
          // already gone
        }
      };
      signalGroup('SIGINT');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
      await storybookExited;
      clearTimeout(timer);
    }
    await demo.close();
  };

  const onSignal = (signal) => {
    log(`${signal} received, stopping …`);
    stopAll().then(() => process.exit(0));
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));

  const ready = await waitForHttp(
    [storybookUrl, `http://127.0.0.1:${storybookPort}/`],
    () => storybookExit !== null,
    STORYBOOK_READY_TIMEOUT_MS,
  );
  if (!ready) {
    console.error(
      storybookExit !== null
        ? `[start] Storybook exited (code ${storybookExit}) before it was ready.`
        : `[start] Storybook did not answer at ${storybookUrl} within ${STORYBOOK_READY_TIMEOUT_MS / 1000} s.`,
    );
    await stopAll();
    return storybookExit || 1;
  }

  console.log(
    [
      '',
      '  ┌──────────────────────────────────────────────────────────',
      '  │ Gongkai is running',
      `  │   Demo portal (县级门户演示):  ${demoUrl}`,
      `  │   Storybook (组件库):          ${storybookUrl}`,
      '  │ Press Ctrl-C to stop.',
      '  └──────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );

  const code = await storybookExited;
  if (!stopping) {
    console.error(`[start] Storybook stopped on its own (exit ${code}); stopping the demo server.`);
    await stopAll();
    return code || 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[start]', error);
    process.exit(1);
  },
);
