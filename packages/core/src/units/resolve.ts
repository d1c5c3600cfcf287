/**
 * Resolves a plan's 主体责任单位 cell ("县直各部门、单位；各乡镇（街道）") into units.
 *
 * The cell is read in three levels:
 * 1. sections, when the text labels roles ("牵头单位：X；配合单位：Y");
 * 2. clauses, separated by "；" or line breaks;
 * 3. items, separated by "、" or "，", where group phrases ("县直各部门、单位") are read first,
 *    so the "、" inside them does not split them.
 *
 * Group phrases:
 * - "县直各部门、单位" (and 县直各部门, 县直各单位, 各县直部门…): every county-level unit;
 * - "县直有关部门、单位", "县直有关部门" (and 相关): the units named next to it in the same clause
 *   ("X、Y等县直有关部门、单位" → X and Y); with none named, the reader must choose (`needsChoice`);
 * - "各乡镇（街道）" (either bracket width; also 各乡镇、街道, 各镇街): every township and subdistrict;
 *   "各乡镇" alone: every township; "各街道": every subdistrict.
 *
 * Roles: a label ("牵头单位：", "配合单位：") gives the role of its section; a suffix ("X牵头，Y、Z配合")
 * gives the role of the items since the previous suffix. Unmarked items lead.
 */
import { normalizeUnitName, type UnitDirectory } from './directory.js';
import { COUNTY_LEVEL_KINDS, TOWNSHIP_KINDS, type Unit, type UnitKind } from './schema.js';

export type UnitRole = 'lead' | 'cooperating';
/** What a group of the expression is: a group phrase, a named unit, or a name not found. */
export type UnitGroupKind = 'all-county' | 'related' | 'all-townships' | 'unit' | 'unresolved';

/** One part of the expression, as written, with the units it stands for. */
export interface UnitGroup {
  /** The text as written in the expression ("县直各部门、单位", "X、Y等县直有关部门、单位"). */
  text: string;
  kind: UnitGroupKind;
  role: UnitRole;
  units: Unit[];
  /** Names in this group that the directory does not know. */
  unresolved: string[];
  /** True for "县直有关部门" with no unit named next to it. */
  needsChoice: boolean;
}

export interface UnitResolution {
  /** Every unit, once, in the order of first mention. */
  units: Unit[];
  /** Names the directory does not know, as written (without a trailing 等 or role word), once each. */
  unresolved: string[];
  /** True when a "县直有关部门" group names no unit: someone must choose which units it means. */
  needsChoice: boolean;
  /** The units that lead (all units, when the text states no roles). */
  lead: Unit[];
  /** The units that cooperate (配合, 协办, 参与), unless they also lead. */
  cooperating: Unit[];
  /** The parts of the expression in order, for display ("group label as written, expandable"). */
  groups: UnitGroup[];
}

type PhraseKind = 'all-county' | 'related' | 'all-townships';

const SEP = String.raw`\s*[、,，和及]?\s*`;
const OPEN = String.raw`\s*[（(]\s*`;
const CLOSE = String.raw`\s*[）)]`;

// Group phrases, longest first within each alternative. Named capture groups tell which matched.
const PHRASE = new RegExp(
  [
    String.raw`(?<related>(?:县直(?:各)?(?:有关|相关)|有关县直|相关县直)(?:部门|单位)(?:${SEP}(?:单位|部门)|${OPEN}单位${CLOSE})?)`,
    String.raw`(?<county>(?:县直各|各县直|县直属各)(?:部门|单位)(?:${SEP}(?:单位|部门)|${OPEN}单位${CLOSE})?)`,
    String.raw`(?<both>各乡镇${OPEN}街道(?:办事处)?${CLOSE}|各乡镇${SEP}街道(?:办事处)?|各镇街道(?:办事处)?|各镇街|各镇\s*[（(]\s*街道?${CLOSE})`,
    String.raw`(?<towns>各乡镇|各镇)`,
    String.raw`(?<streets>各街道(?:办事处)?)`,
  ].join('|'),
  'g',
);

const LABEL = /(主体责任单位|牵头单位|牵头部门|主办单位|责任单位|责任部门|配合单位|配合部门|协办单位|协助单位|参与单位)\s*[:：]/g;
const CLAUSE = /[^；;\n\r]+/g;
const ITEM = /[^、，,]+/g;
const ROLE_SUFFIX = /(?:[（(]\s*)?(牵头负责|牵头|负责|主办|配合落实|配合|参与|协助|协办)(?:\s*[）)])?$/;
const LEADING = /^(?:以及|及|和|与|由|并)/;
const TRAILING_DENG = /等$/;
const EDGES = /^[\s:：“"「『]+|[\s”"」』。.]+$/g;
const OPENS = /[（(]/g;
const CLOSES = /[）)]/g;

/** Trims edge punctuation, and a bracket at an edge only when it has no partner ("各村（居）" stays). */
function trimEdges(text: string): string {
  let t = text.replace(EDGES, '');
  for (;;) {
    const opens = t.match(OPENS)?.length ?? 0;
    const closes = t.match(CLOSES)?.length ?? 0;
    if (opens > closes && /^[（(]/.test(t)) t = t.slice(1).replace(EDGES, '');
    else if (closes > opens && /[）)]$/.test(t)) t = t.slice(0, -1).replace(EDGES, '');
    else return t;
  }
}

const roleOfWord = (word: string): UnitRole => (/配合|参与|协助|协办/.test(word) ? 'cooperating' : 'lead');

interface Token {
  kind: PhraseKind | 'name';
  start: number;
  end: number;
  /** For a name: the cleaned name, and the unit when known. */
  name?: string;
  unit?: Unit;
  /** For a phrase: the unit kinds it covers. */
  kinds?: readonly UnitKind[];
  role?: UnitRole;
  clause: number;
}

/** Cleans one item: leading 及/和/由, a role word, a trailing 等, brackets. */
function cleanItem(raw: string): { name: string; role?: UnitRole } {
  let name = trimEdges(raw).replace(LEADING, '');
  let role: UnitRole | undefined;
  const m = ROLE_SUFFIX.exec(name);
  if (m) {
    role = roleOfWord(m[1] as string);
    name = name.slice(0, m.index);
  }
  name = trimEdges(trimEdges(name).replace(TRAILING_DENG, ''));
  return role ? { name, role } : { name };
}

function phraseOf(groups: Record<string, string | undefined>): { kind: PhraseKind; kinds: readonly UnitKind[] } {
  if (groups.related !== undefined) return { kind: 'related', kinds: [] };
  if (groups.county !== undefined) return { kind: 'all-county', kinds: COUNTY_LEVEL_KINDS };
  if (groups.towns !== undefined) return { kind: 'all-townships', kinds: ['township'] };
  if (groups.streets !== undefined) return { kind: 'all-townships', kinds: ['subdistrict'] };
  return { kind: 'all-townships', kinds: TOWNSHIP_KINDS };
}

/** Reads the tokens of one section (text between role labels), marking roles. */
function readSection(
  text: string,
  offset: number,
  sectionRole: UnitRole | undefined,
  directory: UnitDirectory,
  tokens: Token[],
  clauseBase: number,
): number {
  let pending: Token[] = [];
  const mark = (role: UnitRole) => {
    for (const t of pending) t.role = role;
    pending = [];
  };
  let clause = clauseBase;
  for (const c of text.matchAll(CLAUSE)) {
    clause++;
    const clauseText = c[0];
    const clauseStart = offset + c.index;
    const addItems = (piece: string, pieceStart: number) => {
      for (const it of piece.matchAll(ITEM)) {
        const raw = it[0];
        if (raw.trim() === '') continue;
        const start = pieceStart + it.index;
        // A name as written wins over cleaning ("县住房保障中心（…）" stays whole when known).
        const whole = directory.byName(raw.trim());
        const cleaned = whole ? { name: raw.trim() } : cleanItem(raw);
        if (cleaned.name === '') {
          if (cleaned.role) mark(cleaned.role);
          continue;
        }
        const unit = whole ?? directory.byName(cleaned.name);
        const token: Token = { kind: 'name', start, end: start + raw.length, name: cleaned.name, clause };
        if (unit) token.unit = unit;
        tokens.push(token);
        pending.push(token);
        if (cleaned.role) mark(cleaned.role);
      }
    };
    let last = 0;
    for (const p of clauseText.matchAll(PHRASE)) {
      addItems(clauseText.slice(last, p.index), clauseStart + last);
      const { kind, kinds } = phraseOf(p.groups ?? {});
      const token: Token = { kind, start: clauseStart + p.index, end: clauseStart + p.index + p[0].length, kinds, clause };
      tokens.push(token);
      pending.push(token);
      last = p.index + p[0].length;
    }
    addItems(clauseText.slice(last), clauseStart + last);
  }
  mark(sectionRole ?? 'lead');
  return clause;
}

function pushUnique(list: Unit[], seen: Set<Unit>, units: readonly Unit[]) {
  for (const u of units) {
    if (!seen.has(u)) {
      seen.add(u);
      list.push(u);
    }
  }
}

/**
 * Resolves a unit expression as a plan writes it. Names are looked up in `directory` (by name,
 * short name or alias); names it does not know are reported in `unresolved`, never dropped.
 * `units` holds each unit once, in the order of first mention.
 */
export function resolveUnits(expression: string, directory: UnitDirectory): UnitResolution {
  const text = typeof expression === 'string' ? expression : '';
  const tokens: Token[] = [];

  // Sections by role label.
  let clause = 0;
  let start = 0;
  let role: UnitRole | undefined;
  for (const m of text.matchAll(LABEL)) {
    clause = readSection(text.slice(start, m.index), start, role, directory, tokens, clause);
    role = roleOfWord(m[1] as string);
    start = m.index + m[0].length;
  }
  readSection(text.slice(start), start, role, directory, tokens, clause);

  // Clauses with a related phrase absorb the names in them.
  const relatedClauses = new Map<number, { phrase: Token; names: Token[] }>();
  for (const t of tokens) if (t.kind === 'related' && !relatedClauses.has(t.clause)) relatedClauses.set(t.clause, { phrase: t, names: [] });
  for (const t of tokens) if (t.kind === 'name') relatedClauses.get(t.clause)?.names.push(t);

  const groups: UnitGroup[] = [];
  const emitted = new Set<number>();
  for (const t of tokens) {
    const related = relatedClauses.get(t.clause);
    if (related && (t.kind === 'related' || t.kind === 'name')) {
      if (emitted.has(t.clause)) continue;
      emitted.add(t.clause);
      const { phrase, names } = related;
      const units: Unit[] = [];
      pushUnique(
        units,
        new Set(),
        names.flatMap((n) => (n.unit ? [n.unit] : [])),
      );
      const from = Math.min(phrase.start, ...names.map((n) => n.start));
      const to = Math.max(phrase.end, ...names.map((n) => n.end));
      groups.push({
        text: text.slice(from, to).trim(),
        kind: 'related',
        role: phrase.role ?? 'lead',
        units,
        unresolved: names.flatMap((n) => (n.unit ? [] : [n.name as string])),
        needsChoice: names.length === 0,
      });
      continue;
    }
    const written = text.slice(t.start, t.end).trim();
    if (t.kind === 'name') {
      groups.push(
        t.unit
          ? { text: written, kind: 'unit', role: t.role ?? 'lead', units: [t.unit], unresolved: [], needsChoice: false }
          : { text: written, kind: 'unresolved', role: t.role ?? 'lead', units: [], unresolved: [t.name as string], needsChoice: false },
      );
    } else {
      groups.push({
        text: written,
        kind: t.kind,
        role: t.role ?? 'lead',
        units: [...directory.ofKind(...(t.kinds ?? []))],
        unresolved: [],
        needsChoice: false,
      });
    }
  }

  const units: Unit[] = [];
  const seen = new Set<Unit>();
  const lead: Unit[] = [];
  const leadSeen = new Set<Unit>();
  const unresolved: string[] = [];
  const unresolvedSeen = new Set<string>();
  let needsChoice = false;
  for (const g of groups) {
    pushUnique(units, seen, g.units);
    if (g.role === 'lead') pushUnique(lead, leadSeen, g.units);
    needsChoice ||= g.needsChoice;
    for (const name of g.unresolved) {
      const key = normalizeUnitName(name);
      if (!unresolvedSeen.has(key)) {
        unresolvedSeen.add(key);
        unresolved.push(name);
      }
    }
  }
  const cooperating: Unit[] = [];
  const coSeen = new Set<Unit>(leadSeen);
  for (const g of groups) if (g.role === 'cooperating') pushUnique(cooperating, coSeen, g.units);

  return { units, unresolved, needsChoice, lead, cooperating, groups };
}
