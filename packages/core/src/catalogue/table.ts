/**
 * parseCatalogueTable: a catalogue as a reader got it from one sheet or table (CSV, an XLSX sheet,
 * an HTML table) → a validated catalogue, with every problem located by row and column.
 *
 * The grid is rows of cell texts; row index 0 is the sheet's first row ("第 N 行" = index + 1).
 * Merged cells may be expanded (every cell of the merge holds the text) or left empty.
 *
 * Reading rules (regulations §5–§7):
 * - The header is found among the first {@link HEADER_SCAN_ROWS} rows by its column names and
 *   their variants (§5.1), on one row or two (公开事项 over 一级事项 / 二级事项; 公开对象 over
 *   全社会 / 特定群体; 公开方式 over 主动 / 依申请公开; 公开层级 over 县级 / 乡级 …; 公开渠道和载体
 *   over one tick column per channel).
 * - Required columns: an item name (二级事项, or 一级事项, or a single 公开事项 column), 公开内容,
 *   公开时限 and 公开主体. Without one of them nothing is imported (`catalogue.table.column-missing`).
 *   With a single item-name column, 一级事项 and 二级事项 both take its text (a warning says so).
 * - A blank 一级事项 continues the row above (merged cells left empty); a blank 二级事项 does too
 *   when 一级事项 is also continued. "同上" in any cell takes the row above's text; in 公开时限 the
 *   text stays "同上" and the rule is parseDeadline's reference to the row above's rule.
 * - A row with every cell blank is skipped; a row whose item name and 公开内容 are blank but that
 *   has other text is reported (`catalogue.table.row-unreadable`) and skipped. A row holding only
 *   an area name ("二、社会救助") starts that area; a row holding only a note ("注：…") is reported
 *   as a warning and skipped.
 * - Skipped with a warning: a row of column numbers (1, 2, 3 …) right under the header; a repeat of
 *   either header row; a group heading (every filled cell one text, "一、综合业务"), which sets the
 *   一级事项 below without its ordinal; a totals or footer row (合计, 小计, 制表人, 填报日期 …).
 * - In one 一级 group (一级事项 continued), a blank 公开依据 / 公开时限 / 公开主体 / 公开渠道 continues
 *   the row above (`catalogue.table.cell-continued`; 公开时限 keeps the row above's rule). With
 *   一级事项 filled and 二级事项 blank, 二级事项 takes 一级事项 (`catalogue.table.item2-from-item1`).
 * - A field printed in two columns: each row reads the later non-empty cell (a warning at the
 *   header). Tick columns with the same codes (市级, 区级) are OR-ed. A header name with a note in
 *   brackets ("公开主体（责任单位）") or a known name followed by a note is recognised.
 * - An error drops its row; a warning keeps it. Built items are validated with parseCatalogue,
 *   whose item issues come back as `catalogue.table.cell-*` issues located by row and column.
 *
 * The area of a row is, in order: `options.area`; the row's 领域 column (blank continues the row
 * above); the last area section row; a title row above the header; the sheet name. Without one,
 * every row gets `catalogue.table.area-unknown` and is not imported.
 */
import { parseDeadline } from '../deadlines/parse.js';
import type { DeadlineRule } from '../deadlines/rule-schema.js';
import { isHttpUrl, preview } from '../internal/values.js';
import type { UnitDirectory } from '../units/directory.js';
import { resolveUnits } from '../units/resolve.js';
import { parseCatalogue, type CatalogueIssue } from './parse.js';
import {
  areaByName,
  CATALOGUE_AREAS,
  CHANNEL_CODES,
  CHANNEL_LABELS,
  type CatalogueArea,
  type CatalogueLevel,
  type CatalogueLink,
  type StandardCatalogue,
} from './schema.js';

/** A sheet as rows of cell texts (null or undefined for an empty cell). */
export type CatalogueTableRows = readonly (readonly (string | null | undefined)[])[];

export interface ParseCatalogueTableOptions {
  /** The sheet's (or table's) name, for issue locations; also read for the area. */
  sheet?: string;
  /** Resolves 公开主体 to unit ids; without it every `subject.units` is []. */
  units?: UnitDirectory;
  /** The issuing body (required by the catalogue). */
  issuer?: string;
  /** The catalogue's level. Default 'COUNTY'. */
  level?: CatalogueLevel;
  /** The version date, 'YYYY-MM-DD' (core never reads the clock: pass today). */
  versionDate?: string;
  /** An area code, name or alias for every row; when absent the area is detected. */
  area?: string;
  /** Item ids are `${idPrefix}-${n}`; default the area's slug ('social-assistance'). */
  idPrefix?: string;
}

/**
 * An issue of the table importer. `path` is `['rows', rowIndex, field?]` (0-based row index;
 * `['rows']` for whole-table issues, `['options', field]` for a missing option). `params.row` is
 * the 1-based row number, `params.column` the header text as printed, `params.sheet` the sheet
 * name; whole-table issues have no row.
 */
export interface CatalogueTableIssue extends CatalogueIssue {
  params: { sheet?: string; row?: number; column?: string; [key: string]: unknown };
}

/**
 * The result of {@link parseCatalogueTable}.
 * - `ok`: no error (warnings may be present).
 * - `catalogue`: the valid items in source-row order; `undefined` only when the header was not
 *   found, a required column is missing, or issuer / versionDate / level is invalid. A missing
 *   (or blank) issuer or versionDate is a warning (`catalogue.table.option-missing`) and the
 *   catalogue gets '' for it (which the catalogue schema rejects: fill it in before saving).
 * - `headerRows`: the first and last header row (0-based).
 * - `columns`: column index by field ('item1', 'timeLimit', …; tick columns as
 *   'audience.PUBLIC', 'channels.GOV_WEBSITE', 'level.TOWNSHIP+VILLAGE').
 */
export interface CatalogueTableResult {
  ok: boolean;
  catalogue: StandardCatalogue | undefined;
  issues: CatalogueTableIssue[];
  headerRows: [number, number] | undefined;
  columns: Record<string, number>;
  /** The 1-based source row of each item of `catalogue.items`, same order and length ([] without a catalogue). */
  itemRows: number[];
}

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 15;

// ---------------------------------------------------------------------------------------------
// Text clean-up

const SPACES = /[\t\u00A0\u2000-\u200B\u3000\uFEFF]/g;
const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;

/** One line: full-width letters and digits to ASCII, spaces trimmed, removed next to CJK text. */
function cleanLine(s: string): string {
  return s
    .replace(FULL_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/ +(?=[^ -~])/g, '')
    .replace(/(?<=[^ -~]) +/g, '');
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\v\f]/;
const lines = (s: string): string[] => s.split(LINE_BREAK).map(cleanLine).filter(Boolean);
/** A one-value cell: its lines joined (wrapped text), cleaned. */
const cleanText = (s: string): string => cleanLine(lines(s).join(' '));
/** Header text for matching: NFKC (（）→()), no whitespace. */
const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const SAME_AS_ABOVE = new Set(['同上', '同上栏', '同上条', '同上行', '同上一行', '同上项', '同前', '同前项']);
const isSame = (s: string): boolean => SAME_AS_ABOVE.has(norm(s).replace(/[。.，,；;]+$/, ''));

const NUMBERED = /(?:(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[)）]|([①-⑳]))/g;
const LEADING_NUMBER = /^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*/;
const BULLETS = /[●•◆▪○◇]/;

/** Splits "1.受理部门 2.办理条件" at numbers that run 1, 2, 3 … from the start. */
function splitNumbered(piece: string): string[] {
  const starts: number[] = [];
  let expected = 1;
  for (const m of piece.matchAll(NUMBERED)) {
    const n = m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]);
    const before = piece.slice(0, m.index);
    // "1." needs a boundary before it (not "2.5万元"); "（1）" and "①" need none.
    if (n === expected && (m[1] === undefined || before.trim() === '' || /[\s。；;，,]$/.test(before))) {
      starts.push(m.index);
      expected++;
    }
  }
  if (starts.length < 2 || piece.slice(0, starts[0]).trim() !== '') return [piece];
  return starts.map((start, i) => piece.slice(start, starts[i + 1] ?? piece.length));
}

/** A list cell (公开内容, 公开依据): one entry per line, bullet, "；" or number 1. 2. …. */
function splitList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(LINE_BREAK))
    for (const part of line.split(BULLETS))
      for (const piece of part.split(/[；;]/))
        for (const entry of splitNumbered(piece.replace(SPACES, ' '))) {
          const t = cleanLine(cleanLine(entry).replace(LEADING_NUMBER, ''));
          if (t) out.push(t);
        }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

type Field =
  | 'no'
  | 'id'
  | 'area'
  | 'items'
  | 'item1'
  | 'item2'
  | 'item3'
  | 'item4'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience'
  | 'mode'
  | 'level'
  | 'links'
  | 'reason'
  | 'ignored';
type TickField = 'channels' | 'audience' | 'mode' | 'level';

const HEADER_NAMES: Record<string, Field> = {};
const names = (field: Field, list: string[]) => list.forEach((n) => (HEADER_NAMES[norm(n)] = field));
names('no', ['序号']);
names('id', ['编号']);
names('area', ['领域', '公开领域', '所属领域', '试点领域']);
names('items', ['公开事项', '事项', '事项名称', '公开事项名称']);
names('item1', ['一级事项']);
names('item2', ['二级事项']);
names('item3', ['三级事项']);
names('item4', ['四级事项']);
names('content', ['公开内容（要素）', '公开内容', '公开要素', '公开内容要素']);
names('basis', ['公开依据']);
names('timeLimit', ['公开时限']);
names('subject', ['公开主体']);
names('channels', ['公开渠道和载体', '公开渠道', '公开载体', '公开渠道及载体', '公开渠道与载体']);
names('audience', ['公开对象']);
names('mode', ['公开方式']);
names('level', ['公开层级']);
names('links', ['公开链接', '链接']);
names('reason', ['依申请公开理由']);
names('ignored', ['备注', '公开时长', '责任科室', '五公开', '网站所属栏目', '所属栏目', '来源目录']);

const HEADER_PREFIXES = Object.keys(HEADER_NAMES)
  .filter((n) => n.length >= 4)
  .sort((a, b) => b.length - a.length);

/**
 * The field of a normalised header text: an exact name; else the name with a trailing note in
 * brackets removed ("公开主体(责任单位)"); else a known name of four or more characters that the
 * text starts with ("公开渠道和载体在标注范围内至少选择其一公开").
 */
function headerField(n: string): Field | undefined {
  if (!n) return undefined;
  const exact = HEADER_NAMES[n];
  if (exact) return exact;
  const bare = n.replace(/\([^()]*\)$/, '');
  if (bare !== n && HEADER_NAMES[bare]) return HEADER_NAMES[bare];
  const prefix = HEADER_PREFIXES.find((k) => bare.startsWith(k));
  return prefix ? HEADER_NAMES[prefix] : undefined;
}

/** One word of a choice list: its printed forms and the codes it stands for. */
interface Choice {
  labels: string[];
  codes: string[];
  other?: true;
}

const AUDIENCE_CHOICES: Choice[] = [
  { labels: ['全社会'], codes: ['PUBLIC'] },
  { labels: ['特定群众', '特定群体', '特定对象', '特定人群'], codes: ['SPECIFIC'] },
];
const MODE_CHOICES: Choice[] = [
  { labels: ['主动公开', '主动'], codes: ['PROACTIVE'] },
  { labels: ['依申请公开', '依申请'], codes: ['ON_REQUEST'] },
];
const LEVEL_CHOICES: Choice[] = [
  { labels: ['乡、村级', '乡村级', '乡镇、村级'], codes: ['TOWNSHIP', 'VILLAGE'] },
  { labels: ['县级', '市级', '区级', '县(区)级', '县(市、区)级'], codes: ['COUNTY'] },
  {
    labels: ['乡级', '镇级', '乡镇级', '镇街级', '镇(街)级', '街道镇', '街道级', '乡镇(街道)级', '镇(街道)级'],
    codes: ['TOWNSHIP'],
  },
  { labels: ['村级', '村(社区)级', '社区级', '村(居)级'], codes: ['VILLAGE'] },
];
const EXTRA_CHANNEL_LABELS: Partial<Record<string, string[]>> = {
  PRESS_HEARING: ['发布会、听证会', '新闻发布会'],
  DOOR_TO_DOOR: ['入户、现场'],
  NOTICE_BOARD: [
    '社区/企事业单位/村公示栏',
    '社区/企事业单位、村公示栏(电子屏)',
    '村居/企事业单位公示栏',
    '社区、企事业单位、村公示栏(电子屏)',
    '公示栏(电子屏)',
  ],
};
const CHANNEL_CHOICES: Choice[] = CHANNEL_CODES.map((code) => ({
  labels: [...CHANNEL_LABELS[code], ...(EXTRA_CHANNEL_LABELS[code] ?? [])],
  codes: [code],
  ...(code === 'OTHER' ? { other: true as const } : {}),
}));
const CHOICES: Record<TickField, Choice[]> = {
  channels: CHANNEL_CHOICES,
  audience: AUDIENCE_CHOICES,
  mode: MODE_CHOICES,
  level: LEVEL_CHOICES,
};

/** The tick field and codes of a header label (全社会 → audience PUBLIC), or undefined. */
function tickLabel(label: string, allowOther: boolean): { field: TickField; codes: string[] } | undefined {
  for (const field of ['audience', 'mode', 'level', 'channels'] as const)
    for (const c of CHOICES[field])
      if (c.labels.some((l) => norm(l) === label) && (allowOther || !c.other)) return { field, codes: c.codes };
  return undefined;
}

// Marker glyphs (§5.2): selected, unselected; "t" and "口" only count right before a label.
const SELECTED_GLYPHS = new Set(['■', '☑', '√', '✓', '✔', 'þ', '▲', 't']);
const UNSELECTED_GLYPHS = new Set(['□', '☐', '口']);
const FREE_GLYPHS = new Set(['■', '☑', '√', '✓', '✔', 'þ', '▲', '□', '☐']);
const TICK_YES = new Set(['■', '☑', '√', '✓', '✔', 'þ', '▲', 't', '是', 'y', 'yes']);
const TICK_NO = new Set(['□', '☐', '口', '否', 'n', 'no', '×', '✗', '-', '—', '/', '无']);
const BOUNDARY = /[ 、，,；;:：/()（）]/;
/** Marks that stand for "not selected" when written before a label in a list that uses marks. */
const OTHER_UNSELECTED = new Set(['¨', '◻', '○', '◯', '☐', '×', '✗', '☒']);
/** Any other symbol (not a letter, digit or punctuation) right before a label is an unknown mark. */
const SYMBOL = /^\p{S}$/u;

interface ChoiceRegex {
  re: RegExp;
  byLabel: Map<string, Choice>;
}
const CHOICE_RE = new Map<Choice[], ChoiceRegex>();
function choiceRegex(choices: Choice[]): ChoiceRegex {
  let r = CHOICE_RE.get(choices);
  if (!r) {
    const byLabel = new Map<string, Choice>();
    for (const c of choices) for (const l of c.labels) byLabel.set(norm(l), c);
    const alts = [...byLabel.keys()]
      .sort((a, b) => b.length - a.length)
      .map((l) => [...l].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(' ?'));
    r = { re: new RegExp(alts.join('|'), 'g'), byLabel };
    CHOICE_RE.set(choices, r);
  }
  return r;
}

/** Text normalised (NFKC, whitespace runs → one space) with the source offsets of each character. */
function normalizeMapped(src: string): { s: string; from: number[]; to: number[] } {
  let s = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of src) {
    const end = i + ch.length;
    if (/\s/.test(ch) || ch === '\u3000') {
      if (!s.endsWith(' ')) {
        s += ' ';
        from.push(i);
        to.push(end);
      }
    } else
      for (const n of ch.normalize('NFKC')) {
        s += n;
        from.push(i);
        to.push(end);
      }
    i = end;
  }
  return { s, from, to };
}

interface ChoiceRead {
  codes: string[];
  /** Free text (not one of the labels), with whether it was marked selected. */
  free: { text: string; selected: boolean; marked: boolean }[];
  /** Text after 其他. */
  other: { text: string; selected: boolean }[];
  /** Labels printed without a marker in a list that uses markers. */
  unmarked: string[];
  /** Labels after an unknown mark (read as not selected), with the mark. */
  unknownMarks: string[];
}

const splitTokens = (text: string): string[] =>
  text
    .split(/[、，,;；\s]+/)
    .map((t) =>
      cleanLine(t)
        .replace(/^[：:（(【[_＿\-—.。]+/, '')
        .replace(/[）)】\]_＿\-—.。：:]+$/, '')
        .replace(/等$/, ''),
    )
    .filter((t) => t !== '' && !/^[_＿\s]+$/.test(t));

/**
 * Reads a choice cell: a checkbox list ("■政府网站 □政府公报 ■其他：X") or a plain list
 * ("政府网站、两微一端"). Labels are matched at word boundaries only.
 */
function readChoices(src: string, choices: Choice[]): ChoiceRead {
  const { s, from, to } = normalizeMapped(src);
  const orig = (a: number, b: number) => (a >= b ? '' : src.slice(from[a], to[b - 1]));
  const { re, byLabel } = choiceRegex(choices);
  interface Mark {
    at: number; // where the segment starts
    body: number; // where its text starts (after glyph and label)
    glyph?: string;
    choice?: Choice;
    label?: string;
  }
  const marks: Mark[] = [];
  const taken = new Set<number>();
  for (const m of s.matchAll(re)) {
    let p = m.index - 1;
    while (p >= 0 && s[p] === ' ') p--;
    const prev = p >= 0 ? s[p]! : '';
    // The source character before the label (NFKC may have spread it: ¨ → space + U+0308).
    const prevSrc = p >= 0 ? src.slice(from[p], to[p]) : '';
    let at = p;
    while (at > 0 && from[at - 1] === from[p]) at--;
    const otherMark = !SELECTED_GLYPHS.has(prev) && !UNSELECTED_GLYPHS.has(prev) && (OTHER_UNSELECTED.has(prevSrc) || SYMBOL.test(prevSrc));
    const glyph = SELECTED_GLYPHS.has(prev) || UNSELECTED_GLYPHS.has(prev) ? prev : otherMark ? prevSrc : undefined;
    const before = s[m.index - 1] ?? '';
    if (!glyph && before !== '' && !BOUNDARY.test(before) && !FREE_GLYPHS.has(before)) continue;
    const choice = byLabel.get(m[0].replace(/ /g, ''))!;
    // A label ends at a boundary too ("政务服务中心窗口" is not 政务服务中心); 其他 may run on.
    const next = s[m.index + m[0].length] ?? '';
    const endAt = m.index + m[0].length;
    const nextSrc = endAt < s.length ? src.slice(from[endAt], to[endAt]) : '';
    const nextIsMark = SELECTED_GLYPHS.has(next) || UNSELECTED_GLYPHS.has(next) || OTHER_UNSELECTED.has(nextSrc) || SYMBOL.test(nextSrc);
    if (!choice.other && next !== '' && !BOUNDARY.test(next) && !nextIsMark) continue;
    if (glyph) for (let k = at; k <= p; k++) taken.add(k);
    marks.push({
      at: glyph ? (otherMark ? at : p) : m.index,
      body: m.index + m[0].length,
      glyph,
      choice,
      label: orig(m.index, m.index + m[0].length),
    });
  }
  for (let i = 0; i < s.length; i++)
    if (FREE_GLYPHS.has(s[i]!) && !taken.has(i) && !marks.some((m) => i >= m.at && i < m.body))
      marks.push({ at: i, body: i + 1, glyph: s[i]! });
  marks.sort((a, b) => a.at - b.at);
  const glyphMode = marks.some((m) => m.glyph !== undefined);
  const out: ChoiceRead = { codes: [], free: [], other: [], unmarked: [], unknownMarks: [] };
  const lead = orig(0, marks[0]?.at ?? s.length);
  for (const t of splitTokens(lead)) out.free.push({ text: t, selected: !glyphMode, marked: false });
  marks.forEach((m, i) => {
    const selected = m.glyph ? SELECTED_GLYPHS.has(m.glyph) : !glyphMode;
    const rest = splitTokens(orig(m.body, marks[i + 1]?.at ?? s.length));
    if (m.choice) {
      if (glyphMode && !m.glyph) out.unmarked.push(m.label ?? '');
      if (m.glyph && !SELECTED_GLYPHS.has(m.glyph) && !UNSELECTED_GLYPHS.has(m.glyph) && !OTHER_UNSELECTED.has(m.glyph))
        out.unknownMarks.push(`${m.glyph}${m.label ?? ''}`);
      if (selected) for (const c of m.choice.codes) if (!out.codes.includes(c)) out.codes.push(c);
      if (m.choice.other) {
        for (const t of rest) out.other.push({ text: t, selected });
        return;
      }
    }
    for (const t of rest) out.free.push({ text: t, selected, marked: m.glyph !== undefined });
  });
  return out;
}

/** The 其他 tick column holding text: "√投资项目在线审批监管平台", "投资项目在线审批监管平台", "□…". */
function readOtherCell(cell: string): { selected: boolean; words: string[] } {
  const t = cleanText(cell);
  const first = t[0] ?? '';
  if (UNSELECTED_GLYPHS.has(first)) return { selected: false, words: [] };
  const rest = FREE_GLYPHS.has(first) ? t.slice(1) : t;
  return { selected: true, words: splitTokens(rest.replace(/^\s*其他/, '')) };
}

/** A tick cell: true (ticked), false (blank or unticked), or undefined (not a tick). */
function readTick(cell: string): boolean | undefined {
  const t = norm(cell).toLowerCase();
  if (t === '') return false;
  if (TICK_YES.has(t)) return true;
  if (TICK_NO.has(t)) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Areas

const normName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const AREA_NAMES: { name: string; area: CatalogueArea }[] = CATALOGUE_AREAS.flatMap((a) =>
  [a.name, ...a.aliases].map((n) => ({ name: normName(n), area: a })),
).sort((a, b) => b.name.length - a.name.length);

/** The one area a text names ("社会救助领域基层政务公开标准目录" → 社会救助); undefined if none or several. */
export function findCatalogueArea(text: string): CatalogueArea | undefined {
  const t = normName(text).replace(LEADING_NUMBER, '');
  if (t === '') return undefined;
  const direct = areaByName(t) ?? areaByName(t.replace(/(领域|类)$/, ''));
  if (direct) return direct;
  const hits = AREA_NAMES.filter((n) => t.includes(n.name));
  const best = hits[0];
  if (!best) return undefined;
  return hits.every((h) => h.area === best.area || best.name.includes(h.name)) ? best.area : undefined;
}

const areaSlug = (code: string) => code.toLowerCase().replace(/_/g, '-');

// ---------------------------------------------------------------------------------------------
// Header

type Spec = { kind: 'field'; field: Field } | { kind: 'tick'; field: TickField; codes: string[] };
interface Column {
  index: number;
  spec: Spec;
  /** The header text as printed (whitespace removed). */
  label: string;
}

const REQUIRED_NAMES = { item: '二级事项', content: '公开内容（要素）', timeLimit: '公开时限', subject: '公开主体' } as const;
const EXPECTED_NAMES = {
  basis: '公开依据',
  channels: '公开渠道和载体',
  audience: '公开对象',
  mode: '公开方式',
  level: '公开层级',
} as const;

/** A cell's text; the apostrophe our CSV export puts before a formula-like text (=, +, -, @) is removed. */
const cellText = (row: readonly unknown[] | undefined, c: number): string => {
  const v = row?.[c];
  return typeof v === 'string' ? v.replace(/^'(?=[=+\-@\t\r])/, '') : typeof v === 'number' ? String(v) : '';
};

const rowTexts = (row: readonly unknown[] | undefined): string[] => Array.from({ length: row?.length ?? 0 }, (_, c) => cellText(row, c));

/** Known header fields in a row: distinct fields and tick labels. */
function headerScore(row: readonly unknown[]): number {
  const seen = new Set<string>();
  for (let c = 0; c < row.length; c++) {
    const n = norm(cellText(row, c));
    if (!n) continue;
    const f = headerField(n);
    if (f && f !== 'ignored') seen.add(f);
    else {
      const t = tickLabel(n, false);
      if (t) seen.add(`${t.field}.${t.codes.join('+')}`);
    }
  }
  return seen.size;
}

function subScore(row: readonly unknown[]): number {
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const t = norm(cellText(row, c));
    const f = headerField(t);
    if (f === 'item1' || f === 'item2' || f === 'item3' || f === 'item4' || tickLabel(t, true)) n++;
  }
  return n;
}

const GROUPS = new Set<Field | undefined>(['items', 'audience', 'mode', 'level', 'channels', undefined]);

/**
 * True when `sub` is a second header row under `top`: below a column that is not a group
 * (公开事项, 公开对象, 公开方式, 公开层级, 公开渠道和载体) or blank, its cells are blank or repeat
 * the top cell (a merge expanded downwards). A data row fails this at once.
 */
function looksLikeSubHeader(top: readonly unknown[], sub: readonly unknown[]): boolean {
  let group: Field | undefined;
  for (let c = 0; c < Math.max(top.length, sub.length); c++) {
    const t = norm(cellText(top, c));
    const s = norm(cellText(sub, c));
    if (t) group = headerField(t) ?? ('ignored' as const);
    if (s && s !== t && !GROUPS.has(t ? headerField(t) : group)) return false;
  }
  return true;
}

function readHeader(
  rows: CatalogueTableRows,
): { first: number; last: number; columns: Column[]; unknown: { index: number; label: string }[] } | undefined {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let first = -1;
  for (let r = 0; r < scan; r++) {
    if (headerScore(rows[r] ?? []) >= 3) {
      first = r;
      break;
    }
  }
  if (first < 0) return undefined;
  const top = rows[first] ?? [];
  const subRow = rows[first + 1];
  const two = subRow !== undefined && subScore(subRow) >= 2 && looksLikeSubHeader(top, subRow);
  const width = Math.max(top.length, two ? subRow.length : 0);
  const columns: Column[] = [];
  const unknown: { index: number; label: string }[] = [];
  let group = '';
  let prev: Spec | undefined;
  for (let c = 0; c < width; c++) {
    const topText = cleanText(cellText(top, c)).replace(/ /g, '');
    const subText = two ? cleanText(cellText(subRow, c)).replace(/ /g, '') : '';
    const t = norm(topText);
    const sub = norm(subText);
    if (t) group = headerField(t) ?? '';
    else if (!two) group = '';
    const channelContext = group === 'channels' || (prev?.kind === 'tick' && prev.field === 'channels');
    let spec: Spec | undefined;
    let label = topText;
    if (two && sub && sub !== t) {
      const f = headerField(sub);
      if (f === 'item1' || f === 'item2' || f === 'item3' || f === 'item4') spec = { kind: 'field', field: f };
      else {
        const tick = tickLabel(sub, channelContext);
        if (tick && (tick.field !== 'channels' || channelContext || group === '')) spec = { kind: 'tick', ...tick };
      }
      if (spec) label = subText;
    }
    if (!spec && t) {
      const f = headerField(t);
      if (f) spec = { kind: 'field', field: f };
      else {
        const tick = tickLabel(t, channelContext);
        if (tick) spec = { kind: 'tick', ...tick };
      }
    }
    if (!spec && !t && sub) {
      const f = headerField(sub);
      if (f) {
        spec = { kind: 'field', field: f };
        label = subText;
      }
    }
    if (spec) {
      if (spec.kind !== 'field' || spec.field !== 'ignored') columns.push({ index: c, spec, label });
    } else if (topText || subText) unknown.push({ index: c, label: subText || topText });
    prev = spec;
  }
  return { first, last: two ? first + 1 : first, columns, unknown };
}

// ---------------------------------------------------------------------------------------------
// The importer

/** The ordinal before a group heading: "一、", "（一）", "1.". */
const GROUP_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))\s*/;
/** A totals or footer row, by its 序号 or first cell. */
const FOOTER = /^(?:(?:合计|总计|小计)(?:$|[:：(（\d])|制表人|填报日期|填表人|审核人|填报人)/;

/** A row of column numbers (1, 2, 3 …, at least three) under the header. */
function isColumnNumbers(texts: string[]): boolean {
  const filled = texts.filter(Boolean);
  return filled.length >= 3 && filled.every((t, i) => t === String(i + 1));
}

type Params = CatalogueTableIssue['params'];

/**
 * Reads a catalogue table; see the module comment for the rules and {@link CatalogueTableResult}
 * for the result. Never throws.
 */
export function parseCatalogueTable(rows: CatalogueTableRows, options: ParseCatalogueTableOptions = {}): CatalogueTableResult {
  const issues: CatalogueTableIssue[] = [];
  const sheet = options.sheet?.trim() ? { sheet: options.sheet.trim() } : {};
  const add = (severity: 'error' | 'warning', code: string, r: number | undefined, params: Params = {}, field?: string) =>
    issues.push({
      code,
      path: r === undefined ? ['rows'] : field ? ['rows', r, field] : ['rows', r],
      params: { ...sheet, ...(r === undefined ? {} : { row: r + 1 }), ...params },
      severity,
    });
  const done = (
    catalogue: StandardCatalogue | undefined,
    headerRows?: [number, number],
    columns: Record<string, number> = {},
    itemRows: number[] = [],
  ): CatalogueTableResult => {
    const sorted = issues
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => (a.issue.params.row ?? 0) - (b.issue.params.row ?? 0) || a.i - b.i)
      .map((x) => x.issue);
    return {
      ok: !sorted.some((i) => i.severity === 'error'),
      catalogue,
      issues: sorted,
      headerRows,
      columns,
      itemRows: catalogue ? itemRows : [],
    };
  };

  if (!Array.isArray(rows) || !rows.some((row) => Array.isArray(row) && row.some((_, c) => cellText(row, c).trim() !== ''))) {
    add('error', 'catalogue.table.empty', undefined);
    return done(undefined);
  }
  const header = readHeader(rows);
  if (!header) {
    add('error', 'catalogue.table.header-not-found', undefined, { searched: Math.min(rows.length, HEADER_SCAN_ROWS) });
    return done(undefined);
  }
  const headerRows: [number, number] = [header.first, header.last];
  const columns: Record<string, number> = {};
  const col: Partial<Record<Field, Column>> = {};
  const ticks: (Column & { spec: Extract<Spec, { kind: 'tick' }> })[] = [];
  /** Every column of a field printed more than once, by its first column. */
  const sameField = new Map<Column, Column[]>();
  const headerRow = header.first;
  for (const c of header.columns) {
    if (c.spec.kind === 'field') {
      const first = col[c.spec.field];
      if (first === undefined) {
        col[c.spec.field] = c;
        columns[c.spec.field] = c.index;
      } else {
        // A second column for one field: per row, the later non-empty cell is read.
        const all = sameField.get(first) ?? [first];
        all.push(c);
        sameField.set(first, all);
        add('warning', 'catalogue.table.column-duplicate', headerRow, {
          column: first.label,
          other: c.label,
          first: first.index + 1,
          second: c.index + 1,
        });
      }
    } else {
      // Tick columns with the same codes (市级 and 区级 both COUNTY) are OR-ed.
      const key = `${c.spec.field}.${c.spec.codes.join('+')}`;
      columns[key] ??= c.index;
      ticks.push(c as Column & { spec: Extract<Spec, { kind: 'tick' }> });
    }
  }
  for (const u of header.unknown) add('warning', 'catalogue.table.column-ignored', headerRow, { column: u.label });

  // Item-name columns: two levels, or one (一级, 二级 or a single 公开事项).
  const single = col.item1 && col.item2 ? undefined : (col.item2 ?? col.item1 ?? col.items);
  const missing: string[] = [];
  if (!(col.item1 && col.item2) && !single) missing.push(REQUIRED_NAMES.item);
  if (!col.content) missing.push(REQUIRED_NAMES.content);
  if (!col.timeLimit) missing.push(REQUIRED_NAMES.timeLimit);
  if (!col.subject) missing.push(REQUIRED_NAMES.subject);
  if (missing.length) {
    add('error', 'catalogue.table.column-missing', headerRow, { columns: missing.join('、'), count: missing.length });
    return done(undefined, headerRows, columns);
  }
  if (single) add('warning', 'catalogue.table.one-item-level', headerRow, { column: single.label });
  if (col.item4) add('warning', 'catalogue.table.item4-joined', headerRow, { column: col.item4.label });
  const absent = (Object.keys(EXPECTED_NAMES) as (keyof typeof EXPECTED_NAMES)[])
    .filter((f) => !col[f] && !ticks.some((t) => t.spec.field === f))
    .map((f) => EXPECTED_NAMES[f]);
  if (absent.length) add('warning', 'catalogue.table.columns-absent', headerRow, { columns: absent.join('、'), count: absent.length });

  // Areas that hold for the whole table.
  let fixedArea: CatalogueArea | undefined;
  let fixedAreaBad: string | undefined;
  if (options.area !== undefined) {
    fixedArea = areaByName(options.area) ?? findCatalogueArea(options.area);
    if (!fixedArea) fixedAreaBad = options.area;
  }
  let titleArea: CatalogueArea | undefined;
  for (let r = 0; r < header.first && !titleArea; r++) {
    const texts = new Set(rowTexts(rows[r]).map(cleanText).filter(Boolean));
    for (const t of texts) titleArea ??= findCatalogueArea(t);
  }
  const sheetArea = options.sheet ? findCatalogueArea(options.sheet) : undefined;

  const built: Record<string, unknown>[] = [];
  const builtRows: number[] = [];
  const builtFieldColumns: Record<string, string>[] = [];
  const usedIds = new Map<string, number>();
  const running = new Map<string, number>();
  const rowKey = (texts: string[]) => texts.map(norm).join('|').replace(/\|+$/, '');
  const headerKeys = new Set([rowKey(rowTexts(rows[header.first])), rowKey(rowTexts(rows[header.last]))]);
  /** The last data row of the current 一级 group, for merged cells left empty. */
  let above: { r: number; cells: string[] } | undefined;
  let prevCells: string[] | undefined;
  let prevRule: DeadlineRule | undefined;
  let prevItem1 = '';
  let prevItem2 = '';
  let prevAreaText = '';
  let sectionArea: CatalogueArea | undefined;

  for (let r = header.last + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const width = Math.max(row.length, prevCells?.length ?? 0);
    const raw: string[] = [];
    for (let c = 0; c < width; c++) raw.push(cellText(row, c));
    const texts = raw.map(cleanText);
    const filled = texts.filter(Boolean);
    if (filled.length === 0) continue;
    if (headerKeys.has(rowKey(raw))) {
      // The header repeated (a page break).
      add('warning', 'catalogue.table.row-header-repeated', r);
      continue;
    }
    if (r === header.last + 1 && isColumnNumbers(texts)) {
      add('warning', 'catalogue.table.row-column-numbers', r);
      continue;
    }
    const firstText = filled[0]!;
    const noText0 = col.no ? texts[col.no.index]! : '';
    if (FOOTER.test(norm(noText0)) || FOOTER.test(norm(firstText))) {
      add('warning', 'catalogue.table.row-footer', r, { text: preview(filled.join(' ')) });
      continue;
    }
    const distinct = new Set(filled);
    if (distinct.size === 1) {
      const only = firstText;
      const a = only.length <= 40 ? findCatalogueArea(only) : undefined;
      if (a) {
        sectionArea = a;
        prevItem1 = prevItem2 = '';
        above = undefined;
        continue;
      }
      if (/^(注|说明|备注|填表说明|填报说明)[:：\d一二三四五六七八九十、.]/.test(only)) {
        add('warning', 'catalogue.table.row-note', r, { text: preview(only) });
        continue;
      }
      const item1Column = col.item1 ?? single;
      const onlyInItem1 = filled.length === 1 && item1Column !== undefined && texts[item1Column.index] === only;
      if (only.length <= 60 && (filled.length >= 2 || GROUP_ORDINAL.test(only) || onlyInItem1)) {
        // A group heading ("一、综合业务" across the row): the 一级事项 of the rows below.
        prevItem1 = cleanLine(only.replace(GROUP_ORDINAL, '')) || only;
        prevItem2 = '';
        above = undefined;
        add('warning', 'catalogue.table.row-group', r, { value: preview(prevItem1) });
        continue;
      }
    }

    // 同上: the row above's text for that column.
    let rowError = false;
    /** The column read for a field in this row: of duplicate columns, the later non-empty one. */
    const pickCol = <C extends Column | undefined>(column: C): C => {
      const all = column && sameField.get(column);
      if (!all) return column;
      for (let k = all.length - 1; k >= 0; k--) if (cleanText(raw[all[k]!.index] ?? '') !== '') return all[k] as C;
      return column;
    };
    const timeCol = pickCol(col.timeLimit);
    const timeSame = timeCol ? isSame(raw[timeCol.index]!) : false;
    const cells = raw.slice();
    for (let c = 0; c < width; c++) {
      if (!isSame(raw[c]!)) continue;
      if (!prevCells) {
        add('error', 'catalogue.table.same-as-above-first', r, { column: labelOf(header.columns, c) }, fieldOf(header.columns, c));
        rowError = true;
        cells[c] = '';
      } else cells[c] = prevCells[c] ?? '';
    }
    prevCells = cells;
    const get = (column: Column | undefined) => {
      const c = pickCol(column);
      return c ? (cells[c.index] ?? '') : '';
    };
    const p = (column: Column | undefined): Params => {
      const c = pickCol(column);
      return c ? { column: c.label } : {};
    };
    // Content columns besides 公开内容 (a row with only 一级事项 and 公开主体 is not read as an item).
    const hasOther = [col.basis, col.timeLimit].some((c) => cleanText(get(c)) !== '');

    // Item names, continuing merged cells left empty.
    let item1: string;
    let item2: string;
    let continued: boolean;
    if (single) {
      const v = cleanText(get(single));
      if (v === '' && cleanText(get(col.content)) === '') {
        add('error', 'catalogue.table.row-unreadable', r, { text: preview(filled.join(' ')) });
        continue;
      }
      item1 = item2 = v || prevItem1;
      continued = v === '' && prevItem1 !== '';
      prevItem1 = item1;
    } else {
      const v1 = cleanText(get(col.item1));
      const v2 = cleanText(get(col.item2));
      const hasContent = cleanText(get(col.content)) !== '';
      if (v2 === '' && !hasContent && !(v1 !== '' && hasOther)) {
        add('error', 'catalogue.table.row-unreadable', r, { text: preview(filled.join(' ')) });
        continue;
      }
      item1 = v1 || prevItem1;
      item2 = v2 || (v1 === '' ? prevItem2 : '');
      if (item2 === '' && v1 !== '') {
        // Only 一级事项 filled (§7 row 26 "办理过程信息"): it names the item at both levels.
        item2 = v1;
        add('warning', 'catalogue.table.item2-from-item1', r, { ...p(col.item2), value: preview(v1) }, 'item2');
      }
      continued = v1 === '' && prevItem1 !== '';
      prevItem1 = item1;
      prevItem2 = item2;
    }
    // Merged cells left empty: 公开依据, 公开时限, 公开主体, 公开渠道 continue the row above in one 一级 group.
    let timeContinued = false;
    if (continued && above) {
      for (const column of [col.basis, col.timeLimit, col.subject, col.channels]) {
        const c = pickCol(column);
        if (!c || cleanText(cells[c.index] ?? '') !== '' || cleanText(above.cells[c.index] ?? '') === '') continue;
        cells[c.index] = above.cells[c.index]!;
        if (column === col.timeLimit) timeContinued = true;
        add('warning', 'catalogue.table.cell-continued', r, { column: c.label, from: above.r + 1 }, c.spec.field);
      }
    }
    above = { r, cells };
    let item3: string | undefined = cleanText(get(col.item3)) || undefined;
    const item4 = cleanText(get(col.item4));
    if (item4) item3 = item3 ? `${item3} / ${item4}` : item4;

    // Area.
    let area: CatalogueArea | undefined;
    let areaValue: string | undefined = fixedAreaBad;
    if (fixedArea || fixedAreaBad) area = fixedArea;
    else {
      const v = cleanText(get(col.area));
      if (v) prevAreaText = v;
      if (prevAreaText) {
        area = findCatalogueArea(prevAreaText);
        if (!area) areaValue = prevAreaText;
      } else area = sectionArea ?? titleArea ?? sheetArea;
    }
    if (!area) {
      add('error', 'catalogue.table.area-unknown', r, { ...p(col.area), ...(areaValue ? { value: preview(areaValue) } : {}) }, 'area');
      rowError = true;
    }

    // Content, basis, time limit, subject.
    const content = splitList(get(col.content));
    if (content.length === 0) add('warning', 'catalogue.table.cell-empty', r, p(col.content), 'content');
    const basis = splitList(get(col.basis));
    const timeText = timeSame ? cleanText(raw[timeCol!.index]!) : cleanText(get(col.timeLimit));
    const rule = timeContinued && prevRule ? prevRule : parseDeadline(timeText, prevRule ? { previous: prevRule } : {});
    if (timeText === '') add('warning', 'catalogue.table.cell-empty', r, p(col.timeLimit), 'timeLimit');
    else if (!timeContinued) {
      const unparsed =
        rule.kind === 'unparsed' ? rule : rule.kind === 'compound' ? rule.parts.find((x) => x.kind === 'unparsed') : undefined;
      if (unparsed && unparsed.kind === 'unparsed')
        add(
          'warning',
          'catalogue.table.time-limit-unparsed',
          r,
          { ...p(col.timeLimit), text: preview(timeText), reason: unparsed.reason },
          'timeLimit',
        );
    }
    prevRule = rule;
    const subjectText = lines(get(col.subject)).join('\n');
    let units: string[] = [];
    if (subjectText === '') add('warning', 'catalogue.table.cell-empty', r, p(col.subject), 'subject');
    else if (options.units) {
      const res = resolveUnits(subjectText, options.units);
      units = res.units.map((u) => u.id);
      if (res.unresolved.length)
        add(
          'warning',
          'catalogue.table.subject-unresolved',
          r,
          { ...p(col.subject), names: res.unresolved.join('、'), count: res.unresolved.length },
          'subject',
        );
      if (res.needsChoice)
        add('warning', 'catalogue.table.subject-needs-choice', r, { ...p(col.subject), text: preview(subjectText) }, 'subject');
    }

    // Channels and the tick columns.
    const picked: Record<TickField, string[]> = { channels: [], audience: [], mode: [], level: [] };
    const channelsOther: string[] = [];
    const pick = (field: TickField, codes: readonly string[]) => {
      for (const code of codes) if (!picked[field].includes(code)) picked[field].push(code);
    };
    for (const field of ['channels', 'audience', 'mode', 'level'] as const) {
      const column = col[field];
      const v = get(column);
      if (column && cleanText(v) !== '') {
        const read = readChoices(v, CHOICES[field]);
        pick(field, read.codes);
        for (const label of read.unmarked) add('warning', 'catalogue.table.choice-unmarked', r, { ...p(column), value: label }, field);
        for (const v of read.unknownMarks) add('warning', 'catalogue.table.value-unknown', r, { ...p(column), value: preview(v) }, field);
        for (const o of read.other) {
          if (o.selected) channelsOther.push(o.text);
          else add('warning', 'catalogue.table.channel-other-unticked', r, { ...p(column), value: o.text }, field);
        }
        for (const f of read.free) {
          if (field === 'channels' && f.selected && f.text.includes('公示栏')) pick(field, ['NOTICE_BOARD']);
          else if (field === 'channels' && f.selected) channelsOther.push(f.text);
          else if (f.selected || !f.marked)
            add('warning', 'catalogue.table.value-unknown', r, { ...p(column), value: preview(f.text) }, field);
        }
      }
      for (const t of ticks) {
        if (t.spec.field !== field) continue;
        const cell = cells[t.index] ?? '';
        const tick = readTick(cell);
        if (tick) pick(field, t.spec.codes);
        else if (tick === undefined) {
          if (field === 'channels' && t.spec.codes[0] === 'OTHER') {
            // The 其他 column may hold the channel's name, with or without a tick.
            const other = readOtherCell(cell);
            if (other.selected) {
              pick(field, ['OTHER']);
              channelsOther.push(...other.words);
            }
          } else add('warning', 'catalogue.table.tick-unknown', r, { column: t.label, value: preview(cleanText(cell)) }, field);
        }
      }
    }

    // Links and reason.
    const links: CatalogueLink[] = [];
    for (const line of lines(get(col.links))) {
      const m = /https?:\/\/[^\s，。；、]+/i.exec(line);
      if (m && isHttpUrl(m[0])) links.push({ title: cleanLine(line.replace(m[0], '')) || m[0], url: m[0] });
      else add('warning', 'catalogue.table.link-invalid', r, { ...p(col.links), value: preview(line) }, 'links');
    }
    const reason = cleanText(get(col.reason));

    if (rowError || !area) continue;

    // The id: 编号 as written, else the prefix and 序号 (or the running number).
    const prefix = options.idPrefix?.trim() || areaSlug(area.code);
    const count = (running.get(prefix) ?? 0) + 1;
    running.set(prefix, count);
    const idText = cleanText(get(col.id));
    const noText = cleanText(get(col.no)).replace(/\.$/, '');
    let base: string;
    let written: string | undefined;
    if (idText && !/^\d+$/.test(idText)) base = written = idText;
    else if (idText) base = `${prefix}-${(written = idText)}`;
    else if (/^\d+(\.\d+)*$/.test(noText)) base = `${prefix}-${(written = noText)}`;
    else base = `${prefix}-${count}`;
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
    if (id !== base && written !== undefined) {
      const column = idText ? col.id : col.no;
      add(
        'warning',
        'catalogue.table.duplicate-number',
        r,
        { ...p(column), value: written, itemId: id, firstRow: usedIds.get(base)! + 1 },
        idText ? 'id' : 'no',
      );
    }
    usedIds.set(id, r);

    built.push({
      id,
      area: area.code,
      item1,
      item2,
      ...(item3 ? { item3 } : {}),
      content,
      basis,
      timeLimit: { text: timeText, rule },
      subject: { text: subjectText, units },
      channels: picked.channels,
      channelsOther,
      audience: picked.audience,
      mode: picked.mode,
      level: picked.level,
      ...(links.length ? { links } : {}),
      ...(reason ? { reason } : {}),
    });
    builtRows.push(r);
    builtFieldColumns.push(
      Object.fromEntries(
        (['item1', 'item2', 'item3', 'content', 'basis', 'timeLimit', 'subject', 'links', 'reason', 'id', 'area'] as const).map((f) => {
          const c = f === 'item1' || f === 'item2' ? (single ?? col[f]) : f === 'id' ? (col.id ?? col.no) : col[f];
          return [f, c?.label ?? ''];
        }),
      ),
    );
  }

  // Validate the built items as parseCatalogue does; its issues come back located. A missing
  // issuer or version date is a warning (the catalogue gets ''); an invalid one is an error.
  const missingOption = (v: string | undefined) => v === undefined || v.trim() === '';
  const issuerMissing = missingOption(options.issuer);
  const dateMissing = missingOption(options.versionDate);
  for (const [f, m] of [
    ['issuer', issuerMissing],
    ['versionDate', dateMissing],
  ] as const)
    if (m)
      issues.push({ code: 'catalogue.table.option-missing', path: ['options', f], params: { ...sheet, field: f }, severity: 'warning' });
  const parsed = parseCatalogue({
    issuer: issuerMissing ? '-' : options.issuer,
    level: options.level ?? 'COUNTY',
    versionDate: dateMissing ? '2000-01-01' : options.versionDate,
    items: built,
  });
  const rejected = new Set<number>();
  for (const issue of parsed.issues) {
    const [top, i, field] = issue.path;
    if (top !== 'items' || typeof i !== 'number') {
      const f = String(issue.params?.field ?? top ?? '');
      const value = issue.params?.value;
      issues.push({
        code: issue.code === 'catalogue.header.missing' ? 'catalogue.table.option-missing' : 'catalogue.table.option-invalid',
        path: ['options', f],
        params: { ...sheet, field: f, ...(value !== undefined ? { value } : {}) },
        severity: 'error',
      });
      continue;
    }
    rejected.add(i);
    const r = builtRows[i]!;
    const f = typeof field === 'string' ? field : '';
    const column = builtFieldColumns[i]![f] || labelForField(f, col, ticks);
    const value = issue.params?.value;
    const blank = issue.code === 'catalogue.item.missing' || value === '';
    add(
      'error',
      blank ? 'catalogue.table.cell-missing' : 'catalogue.table.cell-invalid',
      r,
      { ...(column ? { column } : {}), field: String(issue.params?.field ?? f), ...(!blank && value !== undefined ? { value } : {}) },
      f || undefined,
    );
  }
  const catalogue = parsed.value && {
    ...parsed.value,
    ...(issuerMissing ? { issuer: '' } : {}),
    ...(dateMissing ? { versionDate: '' } : {}),
  };
  const itemRows = builtRows.filter((_, i) => !rejected.has(i)).map((r) => r + 1);
  return done(catalogue, headerRows, columns, itemRows);
}

function labelOf(columns: Column[], index: number): string {
  return columns.find((c) => c.index === index)?.label ?? '';
}
function fieldOf(columns: Column[], index: number): string | undefined {
  const c = columns.find((x) => x.index === index);
  return c ? c.spec.field : undefined;
}
function labelForField(field: string, col: Partial<Record<Field, Column>>, ticks: Column[]): string {
  const c = col[field as Field] ?? ticks.find((t) => t.spec.field === field);
  return c?.label ?? '';
}
