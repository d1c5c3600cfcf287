/**
 * Opt-in URL state in the location hash, namespaced by the element's id so it never clashes with
 * a CMS's own anchors or another element: `#top&cat.q=低保&cat.area=SOCIAL_ASSISTANCE`.
 * Parts that do not start with `<namespace>.` are kept exactly as they were.
 */

/** The state one element keeps in the hash: key → value (an empty value removes the key). */
export type HashState = Record<string, string>;

function parts(hash: string): string[] {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  return h === '' ? [] : h.split('&');
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/gu, ' '));
  } catch {
    return s;
  }
}

/** The namespace's entries in `hash` (keys without the namespace). */
export function readHashState(hash: string, namespace: string): HashState {
  const prefix = `${namespace}.`;
  const out: HashState = {};
  for (const p of parts(hash)) {
    const eq = p.indexOf('=');
    const name = decode(eq < 0 ? p : p.slice(0, eq));
    if (!name.startsWith(prefix)) continue;
    out[name.slice(prefix.length)] = eq < 0 ? '' : decode(p.slice(eq + 1));
  }
  return out;
}

/**
 * `hash` with the namespace's entries replaced by `state` (keys in the given order, empty values
 * left out) and every other part kept in place. Returns '' when nothing is left.
 */
export function writeHashState(hash: string, namespace: string, state: HashState): string {
  const prefix = `${namespace}.`;
  const kept = parts(hash).filter((p) => {
    const eq = p.indexOf('=');
    return !decode(eq < 0 ? p : p.slice(0, eq)).startsWith(prefix);
  });
  const own = Object.entries(state)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${encodeURIComponent(prefix + k)}=${encodeURIComponent(v)}`);
  const all = [...kept, ...own];
  return all.length === 0 ? '' : `#${all.join('&')}`;
}

/** The key under which elements mark the history entries they wrote (and the one they started on). */
const MARK = 'gkUrlState';

/**
 * `state` (a `history.state`) with `namespace` marked as one whose hash state the entry holds.
 * A page's own non-object state is returned unchanged (nothing can be added to it).
 */
export function markHistoryState(state: unknown, namespace: string): unknown {
  if (state !== null && state !== undefined && (typeof state !== 'object' || Array.isArray(state))) return state;
  const own = (state as Record<string, unknown> | null | undefined)?.[MARK];
  const marks = Array.isArray(own) ? own.filter((m): m is string => typeof m === 'string') : [];
  return { ...(state as object | null | undefined), [MARK]: [...new Set([...marks, namespace])] };
}

/** True when `state` (a `history.state`) carries the mark of `namespace`. */
export function isMarkedHistoryState(state: unknown, namespace: string): boolean {
  const own = (state as Record<string, unknown> | null | undefined)?.[MARK];
  return Array.isArray(own) && own.includes(namespace);
}

/**
 * Whether a hash change (Back/Forward, a link) is this element's to apply: its keys are in the
 * hash, or the entry is one it marked (with no keys: the defaults). Any other entry is a page
 * anchor (`#footer`), which must not reset what the visitor chose.
 */
export function isOwnHashEntry(hash: string, state: unknown, namespace: string): boolean {
  return Object.keys(readHashState(hash, namespace)).length > 0 || isMarkedHistoryState(state, namespace);
}
