/**
 * Faceted search over a catalogue: facet filters, Chinese full-text search (substring match on
 * normalised text, no word boundaries needed), facet counts and a stable order, over an index
 * built once per catalogue object.
 */
import {
  areaOrder,
  AUDIENCES,
  CATALOGUE_AREA_CODES,
  CATALOGUE_LEVELS,
  CHANNEL_CODES,
  DISCLOSURE_MODES,
  type CatalogueAreaCode,
  type CatalogueAudience,
  type CatalogueItem,
  type CatalogueLevel,
  type CatalogueMode,
  type ChannelCode,
  type StandardCatalogue,
} from './schema.js';

// ---------------------------------------------------------------------------------------------
// Normalisation

const WS = /\s/u;

/** One character (code point) in its search form: NFKC (full-width → half-width), lower case, no white space. */
function foldChar(ch: string): string {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c <= 32 ? '' : ch;
    if (c >= 0x4e00 && c <= 0x9fff) return ch; // common CJK ideographs are already in NFKC
  }
  if (WS.test(ch)) return '';
  return ch.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * The search form of a text: full-width letters, digits and punctuation become half-width
 * (NFKC), letters are case-folded, white space is removed. "ＧＢ１１６４３ ａ" → "gb11643a".
 */
export function normalizeSearchText(text: string): string {
  return text.replace(FOLD_RUNS, foldRun);
}

// Runs of characters that may change; CJK ideographs, lower-case letters and digits never do.
const FOLD_RUNS = /[^\u4e00-\u9fffa-z0-9]+/gu;
const FOLDED = new Map<string, string>();
function foldRun(run: string): string {
  let out = '';
  for (const ch of run) {
    let f = FOLDED.get(ch);
    if (f === undefined) {
      f = foldChar(ch);
      if (FOLDED.size < 4096) FOLDED.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** The search form plus, for each of its UTF-16 units, the [start, end) of the source character. */
function normalizeWithMap(text: string): { norm: string; start: number[]; end: number[] } {
  let norm = '';
  const start: number[] = [];
  const end: number[] = [];
  let pos = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(pos);
      end.push(pos + ch.length);
    }
    norm += f;
    pos += ch.length;
  }
  return { norm, start, end };
}

/** The terms of a query text: split on white space (before folding), each normalised, empty ones dropped, once each. */
export function searchTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map(normalizeSearchText)
    .filter((t) => t.length > 0);
  return [...new Set(terms)];
}

// ---------------------------------------------------------------------------------------------
// Index

/** The facets a query can filter on and count. */
export const CATALOGUE_FACETS = ['area', 'level', 'channel', 'audience', 'mode', 'unit'] as const;
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number];

/** The searchable fields of an item. */
export type CatalogueSearchField = 'item1' | 'item2' | 'item3' | 'content' | 'basis';

const SEP = '\u0000'; // never in a term: a match cannot span two fields or two items

interface FieldRef {
  field: CatalogueSearchField;
  index?: number;
  text: string;
}

/**
 * A search index of one catalogue, built once by {@link createCatalogueIndex}. Treat the
 * catalogue as immutable while its index is in use (the index is cached per catalogue object).
 */
export class CatalogueIndex {
  readonly catalogue: StandardCatalogue;
  /** The items in display order (see {@link catalogueDisplayOrder}). */
  readonly items: readonly CatalogueItem[];
  /** @internal All items' normalised fields, in display order, separated by U+0000. */
  readonly text: string;
  /** @internal The start of each item's text in `text`; one more entry than items (the end). */
  readonly offsets: Uint32Array;
  /** @internal Per facet: the value keys (count keys), in order. */
  readonly facetKeys: Record<CatalogueFacet, readonly string[]>;
  /** @internal Per enum facet (all but `unit`): each item's values as a bit mask over facetKeys. */
  readonly masks: Record<Exclude<CatalogueFacet, 'unit'>, Uint32Array>;
  /** @internal The `unit` facet as compressed rows: item k's unit indexes are unitValues[unitStart[k] .. unitStart[k+1]). */
  readonly unitStart: Uint32Array;
  readonly unitValues: Uint32Array;
  /** @internal Bigram postings: for each pair of adjacent characters, the items (ascending) holding it. */
  readonly bigrams: Map<number, number[]>;
  readonly #keyIndex: Record<CatalogueFacet, Map<string, number>>;

  constructor(catalogue: StandardCatalogue) {
    this.catalogue = catalogue;
    this.items = Object.freeze(catalogueDisplayOrder(catalogue.items));
    const n = this.items.length;
    const parts: string[] = [];
    const offsets = new Uint32Array(n + 1);
    let pos = 0;
    this.items.forEach((it, k) => {
      offsets[k] = pos;
      const t = fieldsOf(it)
        .map((f) => normalizeSearchText(f.text))
        .join(SEP);
      parts.push(t, SEP);
      pos += t.length + 1;
    });
    offsets[n] = pos;
    this.text = parts.join('');
    this.offsets = offsets;
    const bigrams = new Map<number, number[]>();
    const text = this.text;
    for (let k = 0; k < n; k++) {
      const end = offsets[k + 1]! - 1;
      let prev = text.charCodeAt(offsets[k]!);
      for (let p = offsets[k]! + 1; p < end; p++) {
        const c = text.charCodeAt(p);
        if (c !== 0 && prev !== 0) {
          const key = prev * 65536 + c;
          const list = bigrams.get(key);
          if (!list) bigrams.set(key, [k]);
          else if (list[list.length - 1] !== k) list.push(k);
        }
        prev = c;
      }
    }
    this.bigrams = bigrams;

    const units = new Set<string>();
    for (const it of this.items) for (const u of it.subject.units) units.add(u);
    this.facetKeys = {
      area: CATALOGUE_AREA_CODES,
      level: CATALOGUE_LEVELS,
      channel: CHANNEL_CODES,
      audience: AUDIENCES,
      mode: DISCLOSURE_MODES,
      unit: [...units].sort(),
    };
    const keyIndex = {} as Record<CatalogueFacet, Map<string, number>>;
    for (const f of CATALOGUE_FACETS) keyIndex[f] = new Map(this.facetKeys[f].map((k, i) => [k, i]));
    this.#keyIndex = keyIndex;
    const mask = (f: CatalogueFacet, list: readonly string[]): number => {
      let m = 0;
      for (const v of list) {
        const b = keyIndex[f].get(v);
        if (b !== undefined) m |= 1 << b;
      }
      return m >>> 0;
    };
    this.masks = {
      area: new Uint32Array(n),
      level: new Uint32Array(n),
      channel: new Uint32Array(n),
      audience: new Uint32Array(n),
      mode: new Uint32Array(n),
    };
    const unitStart = new Uint32Array(n + 1);
    const unitValues: number[] = [];
    this.items.forEach((it, k) => {
      this.masks.area[k] = mask('area', [it.area]);
      this.masks.level[k] = mask('level', it.level);
      this.masks.channel[k] = mask('channel', it.channels);
      this.masks.audience[k] = mask('audience', it.audience);
      this.masks.mode[k] = mask('mode', it.mode);
      unitStart[k] = unitValues.length;
      const seen = new Set<number>();
      for (const u of it.subject.units) {
        const b = keyIndex.unit.get(u)!;
        if (!seen.has(b)) unitValues.push(b);
        seen.add(b);
      }
    });
    unitStart[n] = unitValues.length;
    this.unitStart = unitStart;
    this.unitValues = Uint32Array.from(unitValues);
  }

  /** @internal The index of a facet value, or -1. */
  keyOf(facet: CatalogueFacet, value: string): number {
    return this.#keyIndex[facet].get(value) ?? -1;
  }
}

function fieldsOf(it: CatalogueItem): FieldRef[] {
  const out: FieldRef[] = [
    { field: 'item1', text: it.item1 },
    { field: 'item2', text: it.item2 },
  ];
  if (it.item3 !== undefined) out.push({ field: 'item3', text: it.item3 });
  it.content.forEach((text, index) => out.push({ field: 'content', index, text }));
  it.basis.forEach((text, index) => out.push({ field: 'basis', index, text }));
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items in the order a catalogue is read: by area (the order of CATALOGUE_AREAS), then each
 * 一级事项 where it first appears in the catalogue, then the catalogue's own row order. The
 * county's 序号 order is kept within an area, and a 一级事项 split over several places is
 * brought together. Returns a new array; O(n log n).
 */
export function catalogueDisplayOrder(items: readonly CatalogueItem[]): CatalogueItem[] {
  const firstSeen = new Map<string, number>();
  const group = items.map((it, i) => {
    const key = `${it.area}\u0000${it.item1}`;
    let g = firstSeen.get(key);
    if (g === undefined) firstSeen.set(key, (g = i));
    return g;
  });
  const order = items.map((_, i) => i);
  order.sort((a, b) => areaOrder(items[a]!.area) - areaOrder(items[b]!.area) || group[a]! - group[b]! || a - b);
  return order.map((i) => items[i]!);
}

/**
 * A deterministic order independent of row order: area (order of CATALOGUE_AREAS), then item1,
 * item2, id (code-point order). Display and search use {@link catalogueDisplayOrder} instead.
 */
export function compareItems(a: CatalogueItem, b: CatalogueItem): number {
  return areaOrder(a.area) - areaOrder(b.area) || cmp(a.item1, b.item1) || cmp(a.item2, b.item2) || cmp(a.id, b.id);
}

const CACHE = new WeakMap<StandardCatalogue, CatalogueIndex>();

/** The search index of a catalogue, cached per catalogue object (a WeakMap). */
export function createCatalogueIndex(catalogue: StandardCatalogue): CatalogueIndex {
  let index = CACHE.get(catalogue);
  if (!index) {
    index = new CatalogueIndex(catalogue);
    CACHE.set(catalogue, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// Query

/**
 * A query. Every facet takes a list: an item matches a facet when it has **any** of the listed
 * values (OR within a facet); facets combine with AND; an absent or empty list does not filter.
 * `text` is split on white space into terms; each term must occur (as a substring of the
 * normalised text) in item1, item2, item3, a content element or a basis entry (AND across terms,
 * not necessarily in the same field).
 */
export interface CatalogueQuery {
  text?: string;
  area?: readonly CatalogueAreaCode[];
  level?: readonly CatalogueLevel[];
  channel?: readonly ChannelCode[];
  audience?: readonly CatalogueAudience[];
  mode?: readonly CatalogueMode[];
  /** Unit ids of the subject (公开主体). */
  unit?: readonly string[];
  /** Skip this many results (paging); default 0. */
  offset?: number;
  /** Return at most this many results; default all. `total` still counts all. */
  limit?: number;
  /** Compute `matches` for the returned items when there is a text query; default true. */
  highlight?: boolean;
}

/** A matched range in one field of an item, in UTF-16 offsets of the original text. */
export interface CatalogueMatch {
  field: CatalogueSearchField;
  /** The element index for `content` and `basis`. */
  index?: number;
  start: number;
  end: number;
}

export type FacetCounts = Record<CatalogueFacet, Record<string, number>>;

/**
 * The result of {@link queryCatalogue}.
 * - `items`: the page of matching items in display order; `total`: all matching items.
 * - `facets`: per facet, per value, the number of items that match the text and **all other**
 *   facets' filters (the facet's own filter is ignored), as in standard faceted search: the
 *   counts show how many results each value would give if selected in place of (or with) the
 *   current selection. Every value of the facet is listed, 0 included; `unit` lists the unit ids
 *   the catalogue uses.
 * - `matches`: with a text query (and `highlight` not false), for each returned item (same
 *   position as in `items`) the matched ranges, sorted by field and start.
 */
export interface CatalogueQueryResult {
  items: CatalogueItem[];
  total: number;
  facets: FacetCounts;
  matches?: CatalogueMatch[][];
}

/** The items (ascending) whose text contains `term`: one native scan of the whole index text. */
function scanTerm(index: CatalogueIndex, term: string): number[] {
  const { text, offsets } = index;
  const n = offsets.length - 1;
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return out;
    // The item holding `at`: binary search over the offsets.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    out.push(lo);
    from = offsets[lo + 1]!; // the rest of this item cannot add anything
  }
}

/**
 * The items (ascending) whose text contains `term`. Terms of two or more UTF-16 units use the
 * bigram postings: the shortest posting list of the term's bigrams gives the candidates (exact
 * for a two-character term), each checked with `includes` on the item's text. A one-character
 * term scans the whole text.
 */
function findTerm(index: CatalogueIndex, term: string): number[] {
  if (term.length < 2) return scanTerm(index, term);
  let best: number[] | undefined;
  for (let p = 0; p + 1 < term.length; p++) {
    const list = index.bigrams.get(term.charCodeAt(p) * 65536 + term.charCodeAt(p + 1));
    if (!list) return [];
    if (!best || list.length < best.length) best = list;
  }
  if (term.length === 2) return best!.slice();
  const { text, offsets } = index;
  const out: number[] = [];
  for (const k of best!) if (text.slice(offsets[k]!, offsets[k + 1]!).includes(term)) out.push(k);
  return out;
}

/** The common entries of two ascending lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

function matchesOf(item: CatalogueItem, terms: readonly string[]): CatalogueMatch[] {
  const out: CatalogueMatch[] = [];
  for (const f of fieldsOf(item)) {
    const { norm, start, end } = normalizeWithMap(f.text);
    for (const term of terms) {
      let from = 0;
      for (;;) {
        const at = norm.indexOf(term, from);
        if (at < 0) break;
        const m: CatalogueMatch = { field: f.field, start: start[at]!, end: end[at + term.length - 1]! };
        if (f.index !== undefined) m.index = f.index;
        out.push(m);
        from = at + term.length;
      }
    }
  }
  const rank = (m: CatalogueMatch) => ['item1', 'item2', 'item3', 'content', 'basis'].indexOf(m.field);
  out.sort((a, b) => rank(a) - rank(b) || (a.index ?? 0) - (b.index ?? 0) || a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Searches a catalogue (or its index; a catalogue's index is built once and cached). Pure.
 * See {@link CatalogueQuery} for the semantics and {@link CatalogueQueryResult} for the shape.
 */
export function queryCatalogue(source: StandardCatalogue | CatalogueIndex, query: CatalogueQuery = {}): CatalogueQueryResult {
  const index = source instanceof CatalogueIndex ? source : createCatalogueIndex(source);
  const n = index.items.length;
  const terms = searchTerms(query.text);

  // Text: the candidates are the items holding every term (ascending, i.e. in display order).
  let candidates: number[] | undefined;
  for (const term of terms) {
    const hit = findTerm(index, term);
    candidates = candidates ? intersect(candidates, hit) : hit;
    if (candidates.length === 0) break;
  }

  // Facets: the selected values, as a bit mask (enum facets) or a lookup table (unit).
  const ENUM = ['area', 'level', 'channel', 'audience', 'mode'] as const;
  const sel = new Uint32Array(5);
  let activeBits = 0;
  ENUM.forEach((f, k) => {
    const list = query[f];
    if (!list || list.length === 0) return;
    activeBits |= 1 << k;
    for (const v of list) {
      const b = index.keyOf(f, v);
      if (b >= 0) sel[k] = (sel[k]! | (1 << b)) >>> 0;
    }
  });
  const unitList = query.unit;
  const unitActive = !!unitList && unitList.length > 0;
  const unitSel = new Uint8Array(index.facetKeys.unit.length);
  if (unitActive) {
    activeBits |= 1 << 5;
    for (const v of unitList) {
      const b = index.keyOf('unit', v);
      if (b >= 0) unitSel[b] = 1;
    }
  }

  const masks = ENUM.map((f) => index.masks[f]);
  const counts = CATALOGUE_FACETS.map((f) => new Uint32Array(index.facetKeys[f].length));
  const { unitStart, unitValues } = index;
  const countEnum = (k: number, i: number) => {
    let m = masks[k]![i]!;
    const c = counts[k]!;
    while (m !== 0) {
      const b = 31 - Math.clz32(m);
      c[b]!++;
      m = (m & ~(1 << b)) >>> 0;
    }
  };
  const countUnits = (i: number) => {
    const c = counts[5]!;
    for (let p = unitStart[i]!, e = unitStart[i + 1]!; p < e; p++) c[unitValues[p]!]!++;
  };
  const hits: number[] = [];
  const visit = (i: number) => {
    let failed = 0;
    if (activeBits !== 0) {
      for (let k = 0; k < 5; k++) if (activeBits & (1 << k) && (masks[k]![i]! & sel[k]!) === 0) failed |= 1 << k;
      if (unitActive) {
        let ok = false;
        for (let p = unitStart[i]!, e = unitStart[i + 1]!; p < e && !ok; p++) ok = unitSel[unitValues[p]!] === 1;
        if (!ok) failed |= 1 << 5;
      }
    }
    if (failed === 0) {
      hits.push(i);
      for (let k = 0; k < 5; k++) countEnum(k, i);
      countUnits(i);
    } else if ((failed & (failed - 1)) === 0) {
      // Exactly one facet fails: the item counts for that facet only (its own filter is ignored).
      const k = 31 - Math.clz32(failed);
      if (k === 5) countUnits(i);
      else countEnum(k, i);
    }
  };
  if (candidates) for (const i of candidates) visit(i);
  else for (let i = 0; i < n; i++) visit(i);

  const facets = {} as FacetCounts;
  CATALOGUE_FACETS.forEach((f, k) => {
    const rec: Record<string, number> = {};
    index.facetKeys[f].forEach((key, j) => (rec[key] = counts[k]![j]!));
    facets[f] = rec;
  });

  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = query.limit === undefined ? hits.length : Math.max(0, Math.floor(query.limit));
  const page = hits.slice(offset, offset + limit).map((i) => index.items[i]!);
  const result: CatalogueQueryResult = { items: page, total: hits.length, facets };
  if (terms.length > 0 && query.highlight !== false) result.matches = page.map((it) => matchesOf(it, terms));
  return result;
}

/**
 * The matched ranges of a text query in one item (the same ranges `queryCatalogue` returns in
 * `matches`), for highlighting one item at a time, for example only the rows a virtualized list
 * shows. Sorted by field, element index and start; empty when the query has no terms.
 */
export function catalogueMatches(item: CatalogueItem, text: string | undefined): CatalogueMatch[] {
  const terms = searchTerms(text);
  return terms.length === 0 ? [] : matchesOf(item, terms);
}
