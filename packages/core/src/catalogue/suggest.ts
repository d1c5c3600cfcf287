/**
 * Deflection for the request form: while a citizen describes the information they want, suggest
 * catalogue items that look already public (主动公开), so they can read them now; a request for
 * published information gets the Art. 36(1) reply that points to where it is.
 *
 * Matching is by shared character pairs (bigrams) of the search form (normalizeSearchText): a
 * Chinese description has no spaces to split words on, and pairs of characters carry most of a
 * term's meaning (低保, 资金, 发放). Pairs are taken within runs of letters and digits, so
 * punctuation, the boundary between two names and the words every request uses (申请, 公开,
 * 相关, 信息, 的 …) never form one. An item scores the share of the description's pairs it
 * contains, weighted toward its names (一级/二级/三级事项) over its content list.
 */
import type { CatalogueItem, StandardCatalogue } from './schema.js';
import { normalizeSearchText } from './search.js';

export interface PublishedSuggestion {
  item: CatalogueItem;
  /** 0–1: the weighted share of the description's character pairs the item contains. */
  score: number;
  /** The pairs of the description found in the item's names, for highlighting. */
  matched: string[];
}

export interface SuggestOptions {
  /** At most this many suggestions (default 5). */
  limit?: number;
  /** Suggestions below this score are dropped (default 0.2). */
  minScore?: number;
}

interface Entry {
  item: CatalogueItem;
  names: Set<string>;
  rest: Set<string>;
}

// Words that say nothing about which information is wanted ("我想申请公开……的相关信息"). They
// are cut out of a description before it is paired, so no pair spans one of them either (相关信息
// gives no 关信, which would match 有关信息 in an item's name).
const STOP_WORDS = [
  '我想',
  '我要',
  '我们',
  '本人',
  '请问',
  '希望',
  '了解',
  '申请',
  '公开',
  '获取',
  '获得',
  '提供',
  '查询',
  '查阅',
  '请求',
  '要求',
  '需要',
  '相关',
  '有关',
  '关于',
  '信息',
  '情况',
  '的',
  '和',
  '及',
  '与',
];
const STOP = new RegExp(STOP_WORDS.join('|'), 'gu');
// What separates terms in a search form: anything but letters and digits (punctuation, quotes).
const BREAK = /[^\p{L}\p{N}]+/u;

/** The runs of letters, digits and ideographs of texts' search form (`stop`: with the stop words cut out). */
function segments(texts: readonly string[], stop: boolean): string[] {
  return texts.flatMap((t) => (stop ? normalizeSearchText(t).replace(STOP, ' ') : normalizeSearchText(t)).split(BREAK)).filter(Boolean);
}

/**
 * The distinct character pairs within each run of texts (never across two texts, nor across
 * punctuation or a stop word). A one-character run gives itself when `singles`.
 */
function pairs(runs: readonly string[], singles: boolean): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1 && singles) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The pairs of a description: stop words cut out; a lone character only when it is all there is. */
function wantedPairs(description: string): string[] {
  const runs = segments([description], true);
  const all = pairs(runs, false);
  if (all.size === 0 && runs.length === 1) return [...pairs(runs, true)];
  return [...all];
}

/** An index of a catalogue's proactively disclosed items for {@link suggestPublished}. */
export class PublishedIndex {
  private readonly entries: Entry[];

  constructor(catalogue: Pick<StandardCatalogue, 'items'>) {
    this.entries = catalogue.items
      .filter((item) => item.mode.includes('PROACTIVE'))
      .map((item) => ({
        item,
        names: pairs(segments([item.item1, item.item2, item.item3 ?? ''], false), true),
        rest: pairs(segments(item.content, false), true),
      }));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The items that look like what `description` asks for, best first. */
  suggest(description: string, options: SuggestOptions = {}): PublishedSuggestion[] {
    const limit = options.limit ?? 5;
    const minScore = options.minScore ?? 0.2;
    const wanted = wantedPairs(description);
    if (wanted.length === 0 || limit <= 0) return [];
    const out: PublishedSuggestion[] = [];
    for (const e of this.entries) {
      let score = 0;
      const matched: string[] = [];
      for (const p of wanted) {
        if (e.names.has(p)) {
          score += 1;
          matched.push(p);
        } else if (e.rest.has(p)) score += 0.5;
      }
      score /= wanted.length;
      if (score >= minScore && matched.length > 0) out.push({ item: e.item, score, matched });
    }
    out.sort((a, b) => b.score - a.score || b.matched.length - a.matched.length);
    return out.slice(0, limit);
  }
}

/** Catalogue items, disclosed proactively, that look like what `description` asks for (best first). */
export function suggestPublished(
  catalogue: Pick<StandardCatalogue, 'items'> | PublishedIndex,
  description: string,
  options: SuggestOptions = {},
): PublishedSuggestion[] {
  const index = catalogue instanceof PublishedIndex ? catalogue : new PublishedIndex(catalogue);
  return index.suggest(description, options);
}
