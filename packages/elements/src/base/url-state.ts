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
