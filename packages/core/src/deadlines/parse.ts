/**
 * parseDeadline: 公开时限 / 完成时限 text → {@link DeadlineRule}. Never throws.
 *
 * 1. Normalise once (normalize.ts); compound results map their parts back to the source text.
 * 2. Split into clauses at ， ； 。 and 其中 (outside parentheses).
 * 3. Classify each clause: a rule (relative, fixed, recurring …) or a modifier that belongs to a
 *    neighbouring rule (法律、法规另有规定的，从其规定; 情况复杂的 + 经…批准 + 可延长N个工作日; 在村公示栏公开;
 *    a "…的" condition; a "…时/…后" event). A clause ending in a parenthesis that does not parse
 *    as a whole is split into the clause and the parenthesis's own clauses.
 * 4. Assemble: modifiers attach to the rule before (or after) them; several rules make a
 *    `compound` whose parts keep their own slice of the source text.
 * The patterns are anchored, linear regexes and prefix/suffix checks on short clauses.
 */
import { daysInMonth, ymdToString } from '../calendar/date.js';
import { normalizeDeadlineText, normalizeWithSpans } from './normalize.js';
import type {
  DeadlineAnchor,
  DeadlineExtension,
  DeadlineRule,
  DeadlineUnit,
  PromptAction,
  PromptMode,
  RecurringFrequency,
  RecurringRule,
  RelativeRule,
  UnparsedReason,
} from './rule-schema.js';

export interface ParseContext {
  /** The plan's year, for dates written without one: 年底前, 9月30日前. */
  planYear?: number;
  /** The previous row's rule, for 同上. */
  previous?: DeadlineRule;
}

/** Longer texts are not a deadline cell; they come back unparsed ('deadline.unparsed.too-long'). */
export const MAX_DEADLINE_TEXT = 2000;

// ---------------------------------------------------------------------------------------------
// Small string helpers

/** The last characters of each word list, to skip lists that cannot match. */
const LAST_CHARS = new WeakMap<readonly string[], Set<number>>();
function lastChars(words: readonly string[]): Set<number> {
  let set = LAST_CHARS.get(words);
  if (!set) LAST_CHARS.set(words, (set = new Set(words.map((w) => w.charCodeAt(w.length - 1)))));
  return set;
}

/** Removes any of `words` from the end of `s`, repeatedly. */
function stripEnd(s: string, words: readonly string[]): string {
  const last = lastChars(words);
  for (let again = last.has(s.charCodeAt(s.length - 1)); again;) {
    again = false;
    for (const w of words) {
      if (s.length >= w.length && s.endsWith(w)) {
        s = s.slice(0, s.length - w.length);
        again = s.length > 0;
        break;
      }
    }
  }
  return s;
}

/** Removes any of `words` from the start of `s`, repeatedly. */
function stripStart(s: string, words: readonly string[]): string {
  for (let again = true; again;) {
    again = false;
    for (const w of words) {
      if (s.startsWith(w)) {
        s = s.slice(w.length);
        again = s.length > 0;
        break;
      }
    }
  }
  return s;
}

function endsWithAny(s: string, words: readonly string[]): string | undefined {
  return words.find((w) => s.endsWith(w));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

// Word lists for stripEnd (constants: stripEnd caches their last characters).
const END_RULE = ['另有规定'];
const END_CARRY_OUT = ['实施', '进行'];
const END_DONE = ['全部完成', '完成', '办结', '落实到位', '到位', '完毕'];
const END_AT_MOST = ['不超过', '不得超过', '不多于'];
const END_SPAN = ['时间跨度', '期限', '时限', '最长', '最多'];
const END_RELATED = ['有关', '相关'];
const END_WHEN = ['之时', '之际', '时'];

/** Modal and hedging words between a subject and its rule: 应当, 一般, 须 … */
const MODALS = ['应当', '应该', '必须', '原则上', '一般', '应', '要', '须', '需', '均', '都'];

/** Publication verbs that may follow a rule without changing it: 公开, 予以公开, 及时公开 … */
const PUBLISH_PREFIX = ['及时', '主动', '依法', '予以', '进行', '向社会', '集中', '统一'];
const PUBLISH_VERBS = ['公开', '公布', '公示', '发布', '更新', '完成', '办结', '答复', '回应', '公告', '张贴'];

/** True when `t` is empty or only a publication verb (及时公开, 予以公开 …). */
function isPublishTail(t: string): boolean {
  const s = stripStart(stripStart(t, PUBLISH_PREFIX), PUBLISH_VERBS);
  return s === '';
}

const CHANNEL = /^(?:并|同时)?(?:在|通过|于)(.+?)(?:上|内|中)?(?:予以|进行)?(?:公开|公示|公布|张贴|发布)$/;
const CHANNEL_HINT = /栏|网|平台|屏|公众号|微信|微博|广播|电视|报|刊|大厅|中心|窗口|公告牌|客户端/;

// ---------------------------------------------------------------------------------------------
// Clause pieces

/** A rule before assembly; `text` is filled in when the rule's span is known. */
type Draft = DeadlineRule;

interface EventInfo {
  event: string;
  anchor: DeadlineAnchor;
  anchorText: string | undefined;
}

type Piece =
  | { t: 'rule'; rule: Draft }
  | { t: 'extension'; ext: DeadlineExtension }
  | { t: 'override'; value: true | { text: string }; authority: string | undefined; needsTail: boolean }
  | { t: 'override-tail' }
  | { t: 'channel'; channel: string }
  | { t: 'latest' }
  | { t: 'approval'; approval: string }
  | { t: 'condition'; condition: string }
  | { t: 'event'; info: EventInfo }
  | { t: 'note'; note: string }
  | { t: 'ignore' }
  | { t: 'unparsed'; reason: UnparsedReason };

/** A rule without its text (distributes over the union). */
type NoText<R> = R extends unknown ? Omit<R, 'text'> : never;
const rule = (r: NoText<Draft>): Piece => {
  (r as Draft).text = '';
  return { t: 'rule', rule: r as Draft };
};
const unparsed = (reason: UnparsedReason): Piece => ({ t: 'unparsed', reason });

/** Adds optional string fields only when non-empty (the schema rejects empty strings). */
function withText<T extends object>(obj: T, fields: Record<string, string | undefined>): T {
  for (const k in fields) if (fields[k]) (obj as Record<string, unknown>)[k] = fields[k];
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Anchors

/** Classifies the anchor of a relative period from its words (自 / 之日起 / 后 already removed). */
export function classifyAnchor(t: string): DeadlineAnchor {
  const has = (w: string) => t.includes(w);
  if (has('形成') && has('变更')) return 'formed-or-changed';
  if ((has('制作') || has('制定')) && has('获取')) return 'made-or-obtained';
  if (has('收到') || has('接到') || has('收悉') || has('接收')) return 'received';
  if (has('决定') && (has('作出') || has('做出'))) return 'decided';
  if (/关联|相关|政策|规范性/.test(t) && has('文件') && /公开|发布|印发/.test(t)) return 'related-document-published';
  if (has('形成')) return 'formed';
  if (has('变更')) return 'changed';
  if (has('批准') || has('批复') || has('审批通过')) return 'approved';
  if (/(?:结束|完成|完毕|竣工|终结|办结)$/.test(t)) return 'event-finished';
  return 'other';
}

const ANCHOR_END = ['之日起', '之日以后', '之日后', '当日起', '之日', '以后', '之后', '起', '后'];
const SYNC = /^与(.+)同步(?:发布|公开|印发)$/;

/** The words of an anchor phrase: 自该政府信息形成或者变更之日起 → 该政府信息形成或者变更. */
function anchorWords(p: string): string {
  let a = stripStart(p, ['应当', '应', '须', '在', '于', '自', '从']);
  a = stripEnd(a, ANCHOR_END);
  const sync = SYNC.exec(a);
  if (sync) a = `${sync[1]}发布`;
  return a;
}

/** Splits "subject + 应自 + anchor" at the preposition 自 (not the 自 of 自然, 自治 …). */
function splitSubject(p: string): { subject: string | undefined; rest: string } {
  for (let k = 0; k < p.length; k++) {
    if (p.charCodeAt(k) !== 0x81ea /* 自 */) continue;
    const before = p.slice(0, k);
    if (k === 0 || endsWithAny(before, ['应', '须', '要', '均', '并', '都', '一律'])) {
      return { subject: stripEnd(before, MODALS) || undefined, rest: p.slice(k + 1) };
    }
  }
  return { subject: undefined, rest: p };
}

// ---------------------------------------------------------------------------------------------
// Clause parsers. Each returns a piece, or null when the clause is not of its kind.

const PREVIOUS = new Set(['同上', '同上栏', '同上条', '同上行', '同上一行', '同上项', '同前', '同前项']);

function parseOverride(c: string): Piece | null {
  if (c === '从其规定' || c === '按其规定执行' || c === '依照其规定' || c === '从其规定执行') return { t: 'override-tail' };
  const i = c.indexOf('另有规定');
  if (i < 0) return null;
  const before = c.slice(0, i);
  const rest = stripStart(c.slice(i + 4), ['的']);
  const tails = ['', '从其规定', '从其规定执行', '按其规定', '按其规定执行', '按照其规定执行', '依照其规定', '依照其规定执行', '依其规定'];
  if (!tails.includes(rest)) return null;
  const standard = /^(?:法律|法规|行政法规|国家法律)/.test(before);
  const authority = stripEnd(before.split('对')[0] ?? '', END_RULE) || undefined;
  return { t: 'override', value: standard ? true : { text: c }, authority, needsTail: rest === '' };
}

const ONGOING = new Map<string, [OngoingRuleMode, boolean]>(
  Object.entries({
    持续推进: ['continuous', false],
    持续开展: ['continuous', false],
    持续: ['continuous', false],
    长期坚持: ['long-term', false],
    长期开展: ['long-term', false],
    长期: ['long-term', false],
    长期公开: ['long-term', true],
    常年公开: ['long-term', true],
    长期有效: ['long-term', true],
    长期保留: ['long-term', true],
    任期内: ['term-of-office', true],
    任期内公开: ['term-of-office', true],
    任期内有效: ['term-of-office', true],
  } as Record<string, [OngoingRuleMode, boolean]>),
);
type OngoingRuleMode = 'long-term' | 'continuous' | 'term-of-office';
const ONGOING_KEYS = [...ONGOING.keys()].sort((a, b) => b.length - a.length);

function parseOngoing(c: string, retention: boolean): Piece | null {
  if (c === '最新有效' || c === '保持最新' || c === '最新版本有效') return { t: 'latest' };
  let key: string | undefined = ONGOING.has(c) ? c : undefined;
  let subject: string | undefined;
  if (!key && /长期|持续|任期|常年/.test(c)) {
    key = ONGOING_KEYS.find((k) => k.length >= 4 && c.endsWith(k) && c.length > k.length);
    if (key) subject = stripEnd(c.slice(0, c.length - key.length), MODALS) || undefined;
  }
  if (!key) return null;
  const [mode, keeps] = ONGOING.get(key)!;
  const r = withText<NoText<Extract<Draft, { kind: 'ongoing' }>>>({ kind: 'ongoing', mode }, { subject });
  if (keeps || retention) r.retention = true;
  return rule(r);
}

const FREQ_TOKENS: readonly [string, RecurringFrequency][] = [
  ['每个季度', 'quarterly'],
  ['每季度', 'quarterly'],
  ['每季', 'quarterly'],
  ['按季度', 'quarterly'],
  ['按季', 'quarterly'],
  ['每半年', 'half-yearly'],
  ['按半年', 'half-yearly'],
  ['每年度', 'yearly'],
  ['每年', 'yearly'],
  ['按年度', 'yearly'],
  ['按年', 'yearly'],
  ['每个月', 'monthly'],
  ['每月', 'monthly'],
  ['按月度', 'monthly'],
  ['按月', 'monthly'],
];
const [MEI, AN] = [...'每按'].map((c) => c.charCodeAt(0));
const YEARLY_DATE = /^的?(\d{1,2})月份?(?:(底|末)|(\d{1,2})[日号])(?:之前|以前|前)?/;
const QUARTERLY_DATE = /^的?(?:首|头|第(\d))个?月份?的?(\d{1,2})[日号](?:之前|以前|前)?/;
const MONTHLY_DATE = /^的?(?:(底|末)|(\d{1,2})[日号])(?:之前|以前|前)?/;

function parseRecurring(c: string): Piece | null {
  if (c.indexOf('每') < 0 && c.indexOf('按') < 0) return null;
  let at = -1;
  let token: readonly [string, RecurringFrequency] | undefined;
  for (let i = 0; i < c.length && !token; i++) {
    const ch = c.charCodeAt(i);
    if (ch !== MEI && ch !== AN) continue;
    token = FREQ_TOKENS.find(([w]) => c.startsWith(w, i));
    if (token) at = i;
  }
  if (!token) return null;
  const frequency = token[1];
  let rest = c.slice(at + token[0].length);
  const r: Omit<RecurringRule, 'text'> = { kind: 'recurring', frequency };
  if (frequency === 'yearly') {
    const m = YEARLY_DATE.exec(rest);
    if (m) {
      const month = Number(m[1]);
      const day = m[2] ? 'end' : Number(m[3]);
      if (month < 1 || month > 12 || (day !== 'end' && (day < 1 || day > daysInMonth(2024, month))))
        return unparsed('deadline.unparsed.invalid-date');
      r.month = month;
      r.day = day;
      rest = rest.slice(m[0].length);
    }
  } else if (frequency === 'quarterly') {
    const m = QUARTERLY_DATE.exec(rest);
    if (m) {
      const mq = m[1] ? Number(m[1]) : 1;
      const day = Number(m[2]);
      if (mq < 1 || mq > 3 || day < 1 || day > 31) return unparsed('deadline.unparsed.invalid-date');
      r.monthOfQuarter = mq;
      r.day = day;
      rest = rest.slice(m[0].length);
    }
  } else if (frequency === 'monthly') {
    const m = MONTHLY_DATE.exec(rest);
    if (m) {
      const day = m[1] ? 'end' : Number(m[2]);
      if (day !== 'end' && (day < 1 || day > 31)) return unparsed('deadline.unparsed.invalid-date');
      r.day = day;
      rest = rest.slice(m[0].length);
    }
  }
  // Tail: [至少][及时|进行…][公开|公布…][1次][以上]
  let tail = stripStart(rest, ['的']);
  let atLeast = false;
  if (tail.startsWith('至少')) {
    atLeast = true;
    tail = tail.slice(2);
  }
  tail = stripStart(tail, [...MODALS, '及时', '定期', '进行', '予以', '向社会']);
  tail = stripStart(tail, ['公开', '公布', '公示', '发布', '更新', '通报']);
  tail = stripStart(tail, ['1次', '以上']);
  if (tail !== '') return null;
  // Prefix: [subject][一般|应当…][至少]
  let prefix = stripEnd(c.slice(0, at), MODALS);
  if (prefix.endsWith('至少')) {
    atLeast = true;
    prefix = stripEnd(prefix.slice(0, -2), MODALS);
  }
  if (atLeast) r.atLeast = true;
  return rule(withText(r, { subject: prefix }));
}

function parseStaged(c: string): Piece | null {
  const i = c.indexOf('分段');
  if (i < 0 || !['', '公开', '公布', '发布'].includes(c.slice(i + 2))) return null;
  const before = stripEnd(c.slice(0, i), END_CARRY_OUT);
  const k = before.lastIndexOf('按');
  if (k < 0) return null;
  const stages = before.slice(k + 1);
  const subject = stripEnd(before.slice(0, k), MODALS);
  return rule(withText({ kind: 'prompt', mode: 'staged' as PromptMode }, { subject, event: stages }));
}

const YEAR_PREFIX = '(?:(\\d{4})年|(今年|本年|当年))?';
const YEAR_END = /^(?:(\d{4})|(今|本|当))?年{1,2}(?:底|末|内)(?:之前|以前|前)?$/;
const HALF_YEAR = new RegExp(`^${YEAR_PREFIX}(上|下)半年(?:末|底)?(?:之前|以前|前)?$`);
const QUARTER = new RegExp(`^${YEAR_PREFIX}第?(\\d)季度(?:末|底)?(?:之前|以前|前)?$`);
const MONTH = new RegExp(`^${YEAR_PREFIX}(\\d{1,2})月份?(底|末|上旬|中旬|下旬|(\\d{1,2})[日号])?(之前|以前|前)?$`);

function parseFixed(c: string, planYear: number | undefined): Piece | null {
  const s = stripEnd(stripStart(c, ['应当', '应', '须', '要', '力争', '确保', '务必', '于', '在']), END_DONE);
  // 今年 / 本年 / 当年 (the regexes accept them) read as the plan year, like a missing year.
  let year: string | undefined;
  let month: number;
  let day: number | 'end';
  let m: RegExpExecArray | null;
  if ((m = YEAR_END.exec(s))) {
    year = m[1];
    month = 12;
    day = 31;
  } else if ((m = HALF_YEAR.exec(s))) {
    year = m[1];
    month = m[3] === '上' ? 6 : 12;
    day = m[3] === '上' ? 30 : 31;
  } else if ((m = QUARTER.exec(s))) {
    year = m[1];
    const q = Number(m[3]);
    if (q < 1 || q > 4) return unparsed('deadline.unparsed.invalid-date');
    month = q * 3;
    day = 'end';
  } else if ((m = MONTH.exec(s))) {
    year = m[1];
    month = Number(m[3]);
    const part = m[4];
    // "9月前" reads as "before September" or "by September": refuse to guess.
    if (part === undefined && m[6]) return unparsed('deadline.unparsed.ambiguous');
    day =
      part === undefined || part === '底' || part === '末' || part === '下旬'
        ? 'end'
        : part === '上旬'
          ? 10
          : part === '中旬'
            ? 20
            : Number(m[5]);
  } else return null;
  const y = year !== undefined ? Number(year) : planYear;
  if (y === undefined) return unparsed('deadline.unparsed.needs-year');
  if (y < 1 || month < 1 || month > 12) return unparsed('deadline.unparsed.invalid-date');
  const dim = daysInMonth(y, month);
  const d = day === 'end' ? dim : day;
  if (d < 1 || d > dim) return unparsed('deadline.unparsed.invalid-date');
  return rule({ kind: 'fixed', date: ymdToString(y, month, d) });
}

const UNIT_WORDS: readonly [string, DeadlineUnit | null][] = [
  ['个工作日', 'workday'],
  ['工作日', 'workday'],
  ['个工作天', 'workday'],
  ['工作天', 'workday'],
  ['个自然日', 'day'],
  ['自然日', 'day'],
  ['个日历日', 'day'],
  ['日历日', 'day'],
  ['个月', 'month'],
  ['日', 'day'],
  ['天', 'day'],
  ['年', 'year'],
  ['个小时', null],
  ['小时', null],
  ['个星期', null],
  ['星期', null],
  ['周', null],
  ['分钟', null],
];

interface Quantity {
  start: number;
  end: number;
  amount: number;
  digits: number;
  unit: DeadlineUnit | null;
}

/** The first "number + unit" in `c` that is a period, not a date (2020年, 9月30日). */
function findQuantity(c: string): Quantity | null {
  for (let i = 0; i < c.length; i++) {
    if (!isDigit(c.charCodeAt(i))) continue;
    let j = i;
    while (j < c.length && isDigit(c.charCodeAt(j))) j++;
    const prev = c[i - 1];
    if (prev !== '月' && prev !== '第' && prev !== '.') {
      const amount = Number(c.slice(i, Math.min(j, i + 6)));
      for (const [w, unit] of UNIT_WORDS) {
        if (!c.startsWith(w, j)) continue;
        // "2020年" is a year, "1年内" a period.
        if (unit === 'year' && (j - i > 2 || !/^(?:内|以内|之内)/.test(c.slice(j + 1)))) break;
        return { start: i, end: j + w.length, amount, digits: j - i, unit };
      }
    }
    i = j - 1;
  }
  return null;
}

function parseQuantity(c: string): Piece | null {
  const q = findQuantity(c);
  if (!q) return null;
  if (q.unit === null) return unparsed('deadline.unparsed.unit');
  if (q.digits > 4 || q.amount < 1) return unparsed('deadline.unparsed.amount');
  const { amount, unit } = q;
  const pre = c.slice(0, q.start);
  const post = c.slice(q.end);
  if (pre.includes('每')) return null;

  // 可延长7个工作日; 经负责人批准可延长7个工作日
  if (pre.includes('延长')) {
    if (!['', '内', '以内'].includes(post)) return null;
    let p = pre;
    let approval: string | undefined;
    const m = /^经(.+?)(?:批准|同意|审批|批复)后?/.exec(p);
    if (m) {
      approval = m[1];
      p = p.slice(m[0].length);
    }
    p = stripStart(p, ['可以', '可', '最多可', '最长可', '适当']);
    if (!/^延长(?:期限)?(?:最长|最多)?(?:不超过|不得超过)?$/.test(p)) return null;
    return { t: 'extension', ext: withText({ amount, unit }, { approval }) };
  }

  const p = stripEnd(pre, MODALS);
  // 不少于30日
  const min = endsWithAny(p, ['不少于', '不低于', '不短于', '至少']);
  if (min) {
    if (post !== '' && post !== '以上') return null;
    const subject = stripEnd(p.slice(0, p.length - min.length), MODALS);
    return rule(withText({ kind: 'minimum', amount, unit }, { subject }));
  }
  // 公示7个工作日
  const dur = endsWithAny(p, ['公示期限为', '公示期为', '公示时间为', '公告期限为', '公告期为', '公示期', '公示', '公告', '张贴']);
  if (dur) {
    if (post !== '') return null;
    const subject = stripEnd(p.slice(0, p.length - dur.length), MODALS);
    return rule(withText({ kind: 'duration', amount, unit }, { subject }));
  }

  // Relative: [subject 应自][anchor 之日起][不超过] N unit [内] [及时公开 | 在…公开]
  // ("20工作日公开" reads like "20工作日内公开"; "20个工作日后" is not a deadline.)
  const rest = stripStart(post, ['以内', '之内', '内']);
  let channel: string | undefined;
  const ch = CHANNEL.exec(rest);
  if (ch) channel = ch[1];
  else if (!isPublishTail(rest)) return null;

  const span = stripEnd(stripEnd(pre, END_AT_MOST), END_SPAN);
  const { subject, rest: anchorPart } = splitSubject(span);
  const words = anchorWords(anchorPart);
  const r: Omit<RelativeRule, 'text'> = { kind: 'relative', amount, unit, anchor: 'formed-or-changed' };
  if (words) {
    r.anchor = classifyAnchor(words);
    r.anchorText = words;
  } else r.anchorImplied = true;
  return rule(withText(r, { subject, channel }));
}

const PROMPT_WORDS: readonly [string, PromptMode][] = [
  ['实时', 'real-time'],
  ['即时', 'real-time'],
  ['及时', 'prompt'],
  ['随时', 'any-time'],
  ['常态化', 'routine'],
];
const ACTIONS = new Map<string, PromptAction | null>([
  ['', null],
  ['公开', null],
  ['公布', null],
  ['发布', null],
  ['回应', 'respond'],
  ['答复', 'reply'],
  ['更新', 'update'],
  ['公示', 'post'],
]);

function parsePrompt(c: string): Piece | null {
  let at = -1;
  let word: readonly [string, PromptMode] | undefined;
  for (const w of PROMPT_WORDS) {
    const i = c.indexOf(w[0]);
    if (i >= 0 && (at < 0 || i < at)) [at, word] = [i, w];
  }
  if (!word) return null;
  const tail = stripStart(c.slice(at + word[0].length), ['予以', '进行', '向社会', '主动', '依法']);
  if (!ACTIONS.has(tail)) return null;
  const action = ACTIONS.get(tail) ?? undefined;
  const prefix = stripEnd(c.slice(0, at), MODALS);
  let event: string | undefined;
  let subject: string | undefined;
  let channel: string | undefined;
  const onChannel = /^(?:在|通过)(.+?)上?$/.exec(prefix);
  if (onChannel && CHANNEL_HINT.test(onChannel[1]!)) channel = onChannel[1];
  else if (/(?:后|时|前|中|之际)$/.test(prefix) || /^(?:按|根据|结合|随着|随|在|于|依)/.test(prefix)) event = prefix;
  else subject = prefix;
  return rule(withText({ kind: 'prompt', mode: word[1], ...(action ? { action } : {}) }, { subject, event, channel }));
}

const EXTERNAL =
  /^(?:按照|按|根据|依照|依据|参照)(.*?)的?(?:有关要求|相关要求|要求|有关规定|相关规定|规定)(?:单独)?(?:执行|办理)?(?:公开|公布|发布)?$/;

function parseExternal(c: string): Piece | null {
  const m = EXTERNAL.exec(c);
  if (!m) return null;
  const authority = stripEnd(m[1]!, END_RELATED);
  return rule(withText({ kind: 'reference', to: 'external' as const }, { authority }));
}

function parseEvent(c: string): Piece | null {
  if (/\d/.test(c)) return null;
  const sync = SYNC.exec(c);
  if (sync) return { t: 'event', info: { event: c, anchor: 'related-document-published', anchorText: `${sync[1]}发布` } };
  if (!/(?:之日起|起|时|之时|后|之后|之际)$/.test(c) || c.length < 3) return null;
  const words = anchorWords(stripEnd(c, END_WHEN));
  return { t: 'event', info: { event: c, anchor: classifyAnchor(words), anchorText: words || undefined } };
}

const NOTES = ['条目化展示'];
const NOTE_PREFIXES = NOTES.flatMap((n) => [`${n}、`, `${n}，`]);
const NOTE_START = '条'.charCodeAt(0);
const IGNORED = new Set(['含当日', '含', '当日有效']);

/** Classifies one normalised clause. `null`: not a deadline clause the parser knows. */
function classify(c: string, ctx: Ctx): Piece | null {
  if (c === '' || IGNORED.has(c)) return { t: 'ignore' };
  if (c.endsWith('…') || c.endsWith('..')) return unparsed('deadline.unparsed.truncated');
  if (NOTES.includes(c)) return { t: 'note', note: c };
  const prefix = c.charCodeAt(0) === NOTE_START ? NOTE_PREFIXES.find((p) => c.startsWith(p)) : undefined;
  if (prefix) {
    const inner = classify(c.slice(prefix.length), ctx);
    if (inner?.t === 'rule') inner.rule.note = prefix.slice(0, -1);
    return inner;
  }
  if (PREVIOUS.has(c)) return rule({ kind: 'reference', to: 'previous' });
  return (
    parseOverride(c) ??
    parseOngoing(c, ctx.retention) ??
    parseRecurring(c) ??
    parseStaged(c) ??
    (c.includes('年') || c.includes('月') || c.includes('季') ? parseFixed(c, ctx.planYear) : null) ??
    parseQuantity(c) ??
    parsePrompt(c) ??
    parseExternal(c) ??
    parseApproval(c) ??
    parseChannel(c) ??
    parseEvent(c) ??
    (c.length >= 2 && c.endsWith('的') ? { t: 'condition', condition: c } : null)
  );
}

function parseApproval(c: string): Piece | null {
  const m = /^经(.+?)(?:批准|同意|审批|批复)后?$/.exec(c);
  return m ? { t: 'approval', approval: m[1]! } : null;
}

function parseChannel(c: string): Piece | null {
  const m = CHANNEL.exec(c);
  return m ? { t: 'channel', channel: m[1]! } : null;
}

// ---------------------------------------------------------------------------------------------
// Splitting and assembly

interface Ctx {
  planYear: number | undefined;
  previous: DeadlineRule | undefined;
  retention: boolean;
}

interface Span {
  a: number;
  b: number;
}

const [FULL_COMMA, SEMICOLON, FULL_STOP, EXCLAIM, QUESTION, OPEN, CLOSE, QI, ZHONG] = [...'，；。！？（）其中'].map((c) => c.charCodeAt(0));

/** Clauses of s[a, b): split at ， ； 。 and before 其中, outside parentheses. */
function splitClauses(s: string, a: number, b: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = a;
  const push = (x: number, y: number) => {
    if (y > x) out.push({ a: x, b: y });
  };
  for (let i = a; i < b; i++) {
    const ch = s.charCodeAt(i);
    if (ch === OPEN) depth++;
    else if (ch === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (ch === FULL_COMMA || ch === SEMICOLON || ch === FULL_STOP || ch === EXCLAIM || ch === QUESTION) {
        push(start, i);
        start = i + 1;
      } else if (ch === QI && s.charCodeAt(i + 1) === ZHONG) {
        push(start, i);
        start = i + 2;
        i++;
      }
    }
  }
  push(start, b);
  return out;
}

/** If s[a, b) ends with a parenthesis group: the index of its opening parenthesis. */
function trailingGroup(s: string, span: Span): number {
  if (s[span.b - 1] !== '）') return -1;
  let depth = 0;
  for (let i = span.b - 1; i >= span.a; i--) {
    if (s[i] === '）') depth++;
    else if (s[i] === '（' && --depth === 0) return i;
  }
  return -1;
}

interface Part {
  rule: Draft;
  a: number;
  b: number;
}

function assemble(s: string, spans: Span[], ctx: Ctx): Part[] {
  const parts: Part[] = [];
  const queue = [...spans];
  // Words waiting for their rule: a condition (…的), an approval (经…批准), an event (…时 / …后), a note.
  let pendStart = -1;
  let pendEnd = -1;
  let condition: string | undefined;
  let approval: string | undefined;
  let event: EventInfo | undefined;
  let note: string | undefined;
  let expectTail = false;

  const clearPending = () => {
    pendStart = pendEnd = -1;
    condition = approval = note = event = undefined;
  };
  const startOf = (span: Span) => (pendStart >= 0 ? pendStart : span.a);
  const last = () => parts[parts.length - 1];
  const push = (r: Draft, a: number, b: number) => parts.push({ rule: r, a, b });
  /** Pending words that found no rule: an event becomes "publish when …"; a lone note joins the rule before. */
  const flushPending = () => {
    if (event) {
      const r = promptAtEvent(event.event, undefined);
      if (condition) r.condition = condition;
      if (note) r.note = note;
      push(r, pendStart, pendEnd);
    } else if (condition || approval || (note && !last())) push(unparsedDraft('deadline.unparsed.no-pattern'), pendStart, pendEnd);
    else if (note) last()!.rule.note ??= note;
    clearPending();
  };

  while (queue.length > 0) {
    const span = queue.shift()!;
    const c = s.slice(span.a, span.b);
    let piece = classify(c, ctx);
    if (piece === null || piece.t === 'unparsed') {
      // "每季度的首个月20日（集体财务往来较多的，…）": the clause, then the parenthesis's clauses.
      const open = trailingGroup(s, span);
      if (open >= span.a) {
        queue.unshift(...(open > span.a ? [{ a: span.a, b: open }] : []), ...splitClauses(s, open + 1, span.b - 1));
        continue;
      }
    }
    piece ??= unparsed('deadline.unparsed.no-pattern');
    const prev = last();
    switch (piece.t) {
      case 'ignore':
        break;
      case 'rule': {
        const r = piece.rule;
        const eventFits = (r.kind === 'prompt' && !r.event) || (r.kind === 'relative' && r.anchorImplied === true);
        if (approval || (event && !eventFits)) flushPending();
        if (event && r.kind === 'prompt') r.event = event.event;
        if (event && r.kind === 'relative') {
          delete r.anchorImplied;
          r.anchor = event.anchor;
          if (event.anchorText) r.anchorText = event.anchorText;
        }
        if (condition) r.condition ??= condition;
        if (note) r.note ??= note;
        if (r.kind === 'reference' && r.to === 'previous' && ctx.previous) r.rule = resolvePrevious(ctx.previous);
        push(r, startOf(span), span.b);
        clearPending();
        expectTail = false;
        break;
      }
      case 'extension':
        if (prev?.rule.kind === 'relative' && !prev.rule.extension && !event && !note) {
          const ext = piece.ext;
          if (approval && !ext.approval) ext.approval = approval;
          if (condition) ext.condition = condition;
          prev.rule.extension = ext;
          prev.b = span.b;
        } else push(unparsedDraft('deadline.unparsed.no-pattern'), startOf(span), span.b);
        clearPending();
        break;
      case 'override':
        flushPending();
        if (prev?.rule.kind === 'relative' && !prev.rule.override) {
          prev.rule.override = piece.value;
          prev.b = span.b;
        } else {
          // Standing alone, "法律、法规另有规定的，从其规定" refers to another rule.
          push(withText({ kind: 'reference', to: 'external', text: '' } as Draft, { authority: piece.authority }), span.a, span.b);
        }
        expectTail = piece.needsTail;
        break;
      case 'override-tail':
        if (expectTail && prev && pendStart < 0) prev.b = span.b;
        else {
          push(unparsedDraft('deadline.unparsed.no-pattern'), startOf(span), span.b);
          clearPending();
        }
        expectTail = false;
        break;
      case 'channel':
        if (event) {
          const r = promptAtEvent(event.event, piece.channel);
          if (condition) r.condition = condition;
          push(r, pendStart, span.b);
          clearPending();
        } else if (
          prev &&
          pendStart < 0 &&
          (prev.rule.kind === 'relative' || prev.rule.kind === 'prompt' || prev.rule.kind === 'recurring') &&
          !prev.rule.channel
        ) {
          prev.rule.channel = piece.channel;
          prev.b = span.b;
        } else {
          push(unparsedDraft('deadline.unparsed.no-pattern'), startOf(span), span.b);
          clearPending();
        }
        break;
      case 'latest':
        if (prev?.rule.kind === 'ongoing' && pendStart < 0) {
          prev.rule.latestOnly = true;
          prev.rule.retention = true;
          prev.b = span.b;
        } else {
          push(unparsedDraft('deadline.unparsed.no-pattern'), startOf(span), span.b);
          clearPending();
        }
        break;
      case 'approval':
      case 'condition':
      case 'note':
      case 'event': {
        const taken = piece.t === 'approval' ? approval : piece.t === 'condition' ? condition : piece.t === 'note' ? note : event;
        if (taken !== undefined) flushPending();
        if (pendStart < 0) pendStart = span.a;
        pendEnd = span.b;
        if (piece.t === 'approval') approval = piece.approval;
        else if (piece.t === 'condition') condition = piece.condition;
        else if (piece.t === 'note') note = piece.note;
        else event = piece.info;
        break;
      }
      case 'unparsed':
        push(unparsedDraft(piece.reason), startOf(span), span.b);
        clearPending();
        break;
    }
  }
  if (pendStart >= 0) flushPending();
  return parts;
}

function promptAtEvent(event: string, channel: string | undefined): Extract<Draft, { kind: 'prompt' }> {
  return withText({ kind: 'prompt', mode: 'at-event', text: '' } as Extract<Draft, { kind: 'prompt' }>, { event, channel });
}

function unparsedDraft(reason: UnparsedReason): Draft {
  return { kind: 'unparsed', text: '', reason };
}

/** 同上 of a 同上: point at the rule the previous row itself referred to. */
function resolvePrevious(previous: DeadlineRule): DeadlineRule {
  return previous.kind === 'reference' && previous.to === 'previous' && previous.rule ? previous.rule : previous;
}

const LABELS: readonly [string, boolean][] = [
  ['公开时限：', false],
  ['完成时限：', false],
  ['办理时限：', false],
  ['时限：', false],
  ['公开时长：', true],
];

function parseText(src: string, context: ParseContext): DeadlineRule {
  const s = normalizeDeadlineText(src);
  let from = 0;
  let retention = false;
  const label = s.includes('：') ? LABELS.find(([l]) => s.startsWith(l)) : undefined;
  if (label) [from, retention] = [label[0].length, label[1]];
  const planYear =
    Number.isSafeInteger(context.planYear) && context.planYear! >= 1 && context.planYear! <= 9999 ? context.planYear : undefined;
  const previous = context.previous && typeof context.previous === 'object' ? context.previous : undefined;
  const spans = splitClauses(s, from, s.length);
  if (spans.length === 0) return { kind: 'unparsed', text: src, reason: 'deadline.unparsed.empty' };
  const parts = assemble(s, spans, { planYear, previous, retention });
  if (parts.length === 0) return { kind: 'unparsed', text: src, reason: 'deadline.unparsed.no-pattern' };
  if (parts.length === 1) {
    const only = parts[0]!.rule;
    only.text = src;
    return only;
  }
  if (parts.every((p) => p.rule.kind === 'unparsed')) {
    const reasons = new Set(parts.map((p) => (p.rule as { reason: UnparsedReason }).reason));
    return { kind: 'unparsed', text: src, reason: reasons.size === 1 ? [...reasons][0]! : 'deadline.unparsed.no-pattern' };
  }
  // Each part keeps its own slice of the source: map normalised positions back (only needed here).
  const norm = normalizeWithSpans(src);
  const slice = (p: Part) => src.slice(norm.start[p.a], norm.end[p.b - 1]).trim();
  for (const p of parts) p.rule.text = slice(p);
  return { kind: 'compound', text: src, parts: parts.map((p) => p.rule) };
}

/**
 * Parses a 公开时限 or 完成时限 text into a rule. Never throws: text it cannot read comes back as
 * `{ kind: 'unparsed', text, reason }` with a message code. Every rule keeps the verbatim `text`.
 * `context.planYear` completes dates without a year; `context.previous` is what 同上 refers to.
 */
export function parseDeadline(text: string, context: ParseContext = {}): DeadlineRule {
  const src = typeof text === 'string' ? text : String(text ?? '');
  if (src.length > MAX_DEADLINE_TEXT) return { kind: 'unparsed', text: src, reason: 'deadline.unparsed.too-long' };
  try {
    return parseText(src, context ?? {});
  } catch {
    // Unreachable by design (the fuzz tests look for it); a deadline parser must not crash a page.
    return { kind: 'unparsed', text: src, reason: 'deadline.unparsed.internal' };
  }
}
