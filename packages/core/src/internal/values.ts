/** Small helpers for turning raw input into located issues. */

/** A short preview of a value for a message parameter (at most 40 characters). */
export function preview(v: unknown): string {
  let t: string;
  try {
    t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    t = Object.prototype.toString.call(v);
  }
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/** The value at `path` inside `raw`, or undefined. */
export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

// scheme://host[:port] then an optional path, query or fragment; no white space anywhere.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * True for an absolute http or https URL with a host. Everything else (javascript:, data:,
 * file:, relative paths) is refused: only such URLs may become links. No `URL` global needed,
 * so core stays free of platform APIs.
 */
export function isHttpUrl(s: string): boolean {
  return HTTP_URL.test(s);
}
