/**
 * What a request form does before and around `parseApplication` (UX.md §1.5, ADR 0009
 * "validators validate; forms normalise"): the input normalisation every form and back end
 * shares, and the "expected reply by" estimate a form shows before anything is sent.
 */
import type { CalendarDate } from '../calendar/date.js';
import type { WorkdayCalendar } from '../calendar/calendar.js';
import { defaultCalendar } from '../calendar/calendar.js';
import { parseCalendarDate } from '../calendar/date.js';
import { requestClock } from '../deadlines/clock-engine.js';
import type { RequestChannel, RequestEvent } from '../deadlines/clock-schema.js';
import type { Result } from '../errors.js';
import { type Application, type ApplicationIssue, parseApplication, type ParseApplicationOptions } from './application.js';

/** Full-width ASCII (！ to ～) and the ideographic space, as typed by Chinese input methods, to half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

// Fields that hold codes and numbers: half-width, and no inner spaces (except the landline's separators).
const COMPACT = new Set(['identity.number', 'contact.mobile', 'contact.postcode']);
const HALF_WIDTH = new Set(['identity.number', 'contact.mobile', 'contact.postcode', 'contact.landline', 'contact.email']);
const UPPER = new Set(['identity.number']);

function normaliseValue(path: string, value: unknown): unknown {
  if (typeof value === 'string') {
    let v = value.trim();
    if (HALF_WIDTH.has(path)) v = toHalfWidth(v).trim();
    if (COMPACT.has(path)) v = v.replace(/[\s-]+/g, '');
    if (UPPER.has(path)) v = v.toUpperCase();
    return v === '' ? undefined : v;
  }
  if (Array.isArray(value)) return value.map((v) => normaliseValue(`${path}[]`, v)).filter((v) => v !== undefined);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = normaliseValue(path === '' ? k : `${path}.${k}`, v);
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
  return value;
}

/**
 * The application as a form collected it, normalised the same way everywhere before
 * `parseApplication`: every text trimmed, and an empty one dropped (an optional field left
 * blank is absent, not ""); the identity number, phones, postcode and email in half-width
 * characters (full-width digits from a Chinese input method become ASCII); the identity number,
 * mobile and postcode without spaces or dashes; the identity number in upper case (a final x
 * becomes X, credit-code letters become capitals). Names, addresses and descriptions keep their
 * Chinese punctuation. Non-objects are returned unchanged, for `parseApplication` to report.
 */
export function normaliseApplicationInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return normaliseValue('', input);
}

export interface ReplyEstimate {
  /** The day the estimate takes as the receipt date (Art. 31): the filing day, or the next working day. */
  receiptDate: CalendarDate;
  /** The 20th working day after it (Art. 33 ¶2). */
  due: CalendarDate;
  /** Always true: the real period runs from the day the agency confirms or receives the request. */
  estimate: true;
  /** The year of some day in the period has no holiday notice yet. */
  provisional: boolean;
}

/**
 * The "expected reply by" date a form shows before a request is sent, from the clock itself:
 * the request is taken as received (in person, registered post) or confirmed (online, ordinary
 * post, fax) on `filedOn` when that is a working day, else on the next working day, and the
 * clock gives the due date. It is an estimate: the receipt date is the one the agency records
 * (online: the date both sides confirm, Art. 31), and corrections, consultations and extensions
 * move it (Arts. 30–34). Undefined when `filedOn` is not a day of the calendar.
 */
export function estimateReplyBy(
  filedOn: string,
  options: { channel?: RequestChannel; calendar?: WorkdayCalendar } = {},
): ReplyEstimate | undefined {
  const day = parseCalendarDate(filedOn);
  if (!day.ok) return undefined;
  const calendar = options.calendar ?? defaultCalendar;
  const channel = options.channel ?? 'online';
  let receipt: CalendarDate;
  try {
    receipt = calendar.isWorkday(day.value) ? day.value : calendar.addWorkdays(day.value, 1);
  } catch {
    return undefined;
  }
  const direct = channel === 'in-person' || channel === 'registered-post';
  const events: RequestEvent[] = direct
    ? [{ type: 'received', date: receipt, channel }]
    : [
        { type: 'submitted', at: `${day.value}T12:00:00+08:00`, channel },
        { type: 'confirmed', date: receipt },
      ];
  const r = requestClock(events, { today: receipt, calendar });
  if (r.due === undefined || r.receiptDate === undefined) return undefined;
  return { receiptDate: r.receiptDate, due: r.due, estimate: true, provisional: r.provisional };
}

/**
 * Every problem of an application at once, as a form's error summary needs it: the input is
 * normalised (`normaliseApplicationInput`) and parsed (`parseApplication`); when fields are missing
 * or malformed, the rules across fields (a phone or an email; a name, 文号 or description; an
 * address for post …) are still checked, on a copy where each reported field holds a stand-in, so
 * the user sees all the errors in one pass instead of a second list after fixing the first.
 * Issues are located by path into the application; only errors stop `ok`.
 */
export function checkApplication(
  input: unknown,
  options: ParseApplicationOptions = {},
): Result<Application> & { warnings: ApplicationIssue[] } {
  const normalised = normaliseApplicationInput(input);
  const first = parseApplication(normalised, options);
  if (first.ok || normalised === null || typeof normalised !== 'object') return first;
  const patched = JSON.parse(JSON.stringify(normalised)) as Record<string, unknown>;
  for (const issue of first.issues) setStandIn(patched, issue.path);
  const second = parseApplication(patched, options);
  const seen = new Set(first.issues.map((i) => i.path.join('.')));
  const extra = second.ok
    ? []
    : second.issues.filter((i) => !seen.has(i.path.join('.')) && !i.code.endsWith('.missing') && !i.code.endsWith('.invalid-value'));
  const warnings = [...first.warnings, ...second.warnings.filter((w) => !seen.has(w.path.join('.')))];
  return { ok: false, issues: [...first.issues, ...extra], warnings };
}

/** Puts a value that passes the schema at `path` (text fields; the first enum value is not guessed). */
function setStandIn(root: Record<string, unknown>, path: readonly (string | number)[]): void {
  if (path.length === 0) return;
  let node: Record<string, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const k = String(path[i]);
    const next = node[k];
    if (next === null || typeof next !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const last = String(path[path.length - 1]);
  if (Object.prototype.hasOwnProperty.call(STAND_IN, last)) node[last] = STAND_IN[last];
  else if (node[last] === undefined || typeof node[last] === 'string') node[last] = '-';
}

// Stand-ins that pass the schema for the fields whose type is not free text.
const STAND_IN: Record<string, unknown> = {
  kind: 'natural-person',
  type: 'other',
  methods: ['paper'],
  carriers: ['collect'],
  acceptOtherForm: true,
  given: false,
};
