/**
 * Stand-ins for the two run-time APIs of ES2019+ that Chromium 69–72 cores lack and that the embed's
 * code (ours, Lit's and zod's) uses: `globalThis` (Chrome 71) and `Object.fromEntries` (Chrome 73).
 * The embed build (rollup.config.js, `chromium69Compat`) rewrites every use in the bundled modules
 * to these bindings, so nothing is added to the host page's globals (no polyfill). ADR 0010.
 */
export const gkGlobal: typeof globalThis = typeof globalThis !== 'undefined' ? globalThis : (self as unknown as typeof globalThis);

export function gkFromEntries<T = unknown>(entries: Iterable<readonly [PropertyKey, T]>): Record<PropertyKey, T> {
  const out: Record<PropertyKey, T> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
}
