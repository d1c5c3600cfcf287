/**
 * `planToIcs`: the plan's due dates as an iCalendar file (RFC 5545) that calendar applications
 * import or subscribe to: one all-day event per item with a due date, with a reminder.
 *
 * Core never reads the clock: the DTSTAMP comes from the caller. UIDs are stable across exports
 * (`<planYear>-<itemId>@<uidDomain>`), so a re-import updates the events instead of adding copies.
 */
import { daysInMonth, readYmd, ymdToString } from '../calendar/date.js';
import { InvalidArgumentError } from '../errors.js';
import { lookup, type Lang } from '../messages/lookup.js';
import { planMessages } from '../messages/plans.js';
import { itemStatusText, requirementsText } from './export.js';
import type { Plan } from './schema.js';
import type { PlanStatus } from './status.js';

export interface PlanIcsOptions {
  /** The DTSTAMP: an ISO 8601 instant such as '2026-11-29T08:00:00Z' (an offset such as +08:00 is converted to UTC). */
  stamp: string;
  /** The domain part of every UID. Default 'gongkai.invalid'. */
  uidDomain?: string;
  /** Language of the summaries and descriptions. Default 'zh-CN'. */
  lang?: Lang;
  /** Reminders count calendar days before the due day; there is no working-day option. */
  reminderWorkdays?: never;
  /** The reminder (VALARM) this many days before the due day: TRIGGER:-P<n>D. Default 3; `false` for none. */
  reminderDays?: number | false;
  /** X-WR-CALNAME. Default: the plan's title. */
  calendarName?: string;
}

export interface PlanIcs {
  /** The iCalendar text: CRLF line ends, folded at 75 octets, ending with a CRLF. */
  ics: string;
  /** Ids of the items that became events, in plan order. */
  events: string[];
  /** Ids of the items left out because they have no due date (not in `status`, or no `due`). */
  skipped: string[];
}

export const DEFAULT_UID_DOMAIN = 'gongkai.invalid';

const CATALOGUES = [planMessages];
const STAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/i;
const DOMAIN_RE = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An ISO 8601 instant as a UTC DATE-TIME in basic format ('20261129T080000Z'); throws when it is not one. */
export function icsUtcStamp(stamp: string): string {
  const m = typeof stamp === 'string' ? STAMP_RE.exec(stamp.trim()) : null;
  const bad = () => new InvalidArgumentError('plan.ics.stamp-invalid', { value: String(stamp) });
  if (!m) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (readYmd(`${m[1]}-${m[2]}-${m[3]}`) < 0 || h > 23 || mi > 59 || s > 59) throw bad();
  let offset = 0;
  const zone = m[7]!.toUpperCase();
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(-2));
    if (oh > 23 || om > 59) throw bad();
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Pure arithmetic on a given instant; no clock is read.
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi - offset, s));
  const year = t.getUTCFullYear();
  if (year < 1 || year > 9999) throw bad();
  return `${String(year).padStart(4, '0')}${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}${pad2(t.getUTCMinutes())}${pad2(t.getUTCSeconds())}Z`;
}

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, line
 * breaks (CRLF, CR, LF) become `\n`. Other control characters, which TEXT may not hold, are
 * dropped (tab is kept).
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * A content line folded (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8,
 * excluding the CRLF; continuation lines start with a single space (which counts toward their
 * 75). A character is never split across lines. Returns the physical lines joined with CRLF,
 * without a final CRLF.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The day after a 'YYYY-MM-DD' day, in basic format ('20200801'). */
function nextDayBasic(date: string): string {
  const r = readYmd(date);
  let y = Math.floor(r / 10000);
  let m = Math.floor(r / 100) % 100;
  let d = (r % 100) + 1;
  if (d > daysInMonth(y, m)) {
    d = 1;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return ymdToString(y, m, d).replace(/-/g, '');
}

/**
 * The plan's items with a due date (per `status`, from `taskStatusAt` on the same plan) as an
 * iCalendar: VERSION 2.0, PRODID -//Gongkai//Task board//ZH, CALSCALE GREGORIAN, METHOD
 * PUBLISH, X-WR-CALNAME; one VEVENT per item, in plan order, with
 * - UID `<planYear>-<itemId>@<uidDomain>`, DTSTAMP (the given stamp, in UTC);
 * - DTSTART;VALUE=DATE the due day and DTEND;VALUE=DATE the next day (an all-day event);
 * - SUMMARY "任务8.1 拓宽公开渠道" ("Task 8.1 …" in English);
 * - DESCRIPTION: the units, the requirements, the deadline as written and the progress
 *   (进展情况, as in the table);
 * - STATUS:CONFIRMED (VEVENT has no "completed": the progress is in the description);
 * - a VALARM (ACTION:DISPLAY, TRIGGER:-P<n>D) unless `reminderDays` is false.
 * Items without a due date are left out and listed in `skipped`. Throws InvalidArgumentError
 * for an invalid stamp (`plan.ics.stamp-invalid`), UID domain (`plan.ics.uid-domain-invalid`)
 * or reminder (`attr.not-integer`).
 */
export function planToIcs(plan: Plan, status: PlanStatus, options: PlanIcsOptions): PlanIcs {
  const dtstamp = icsUtcStamp(options.stamp);
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  if (typeof domain !== 'string' || !DOMAIN_RE.test(domain)) {
    throw new InvalidArgumentError('plan.ics.uid-domain-invalid', { value: String(domain) });
  }
  const reminder = options.reminderDays ?? 3;
  if (reminder !== false && (!Number.isSafeInteger(reminder) || reminder < 0)) {
    throw new InvalidArgumentError('attr.not-integer', { value: String(reminder) });
  }
  const lang = options.lang ?? 'zh-CN';
  const t = (code: string, params: Record<string, unknown> = {}) => lookup(CATALOGUES, lang, code, params);
  const colon = lang === 'en' ? ': ' : '：';

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gongkai//Task board//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName ?? plan.title)}`,
  ];
  const byId = new Map(status.items.map((s) => [s.itemId, s]));
  const events: string[] = [];
  const skipped: string[] = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      const s = byId.get(item.id);
      if (!s?.due || readYmd(s.due) < 0) {
        skipped.push(item.id);
        continue;
      }
      events.push(item.id);
      const summary = t('plan.ics.summary', { itemId: item.id, title: task.title });
      const description = [
        `${t('plan.table.column.units')}${colon}${item.units.text}`,
        `${t('plan.table.column.requirements')}${colon}${item.requirements.length > 1 ? '\n' : ''}${requirementsText(item, lang)}`,
        `${t('plan.table.column.deadline')}${colon}${item.deadline.text}`,
        `${t('plan.table.column.status')}${colon}${itemStatusText(s, lang)}`,
      ].join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${plan.planYear}-${item.id}@${domain}`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART;VALUE=DATE:${s.due.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${nextDayBasic(s.due)}`,
        `SUMMARY:${escapeIcsText(summary)}`,
        `DESCRIPTION:${escapeIcsText(description)}`,
        'STATUS:CONFIRMED',
        'TRANSP:TRANSPARENT',
      );
      if (reminder !== false) {
        lines.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeIcsText(t('plan.ics.alarm', { n: reminder, itemId: item.id, title: task.title }))}`,
          `TRIGGER:-P${reminder}D`,
          'END:VALARM',
        );
      }
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return { ics: `${lines.map(foldIcsLine).join('\r\n')}\r\n`, events, skipped };
}
