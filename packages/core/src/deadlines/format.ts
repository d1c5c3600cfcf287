/**
 * formatDeadline: a rule as readable zh-CN or en text, from the messages catalogue
 * (src/messages/deadlines.ts). Also renders resolution traces and reasons.
 */
import { baseMessages } from '../messages/base.js';
import { deadlineMessages } from '../messages/deadlines.js';
import { formatDate, holidayName, lookup, type Lang } from '../messages/lookup.js';

// Only the catalogues this module needs, so a browser bundle that formats rules stays small.
const CATALOGUES = [deadlineMessages, baseMessages];
const msg = (lang: Lang, code: string, params?: Record<string, unknown>) => lookup(CATALOGUES, lang, code, params);
import type { DeadlineRule } from './rule-schema.js';

/** The rule without its subject, condition and note. */
function body(rule: DeadlineRule, lang: Lang): string {
  switch (rule.kind) {
    case 'fixed':
      return msg(lang, 'deadline.rule.fixed', { date: formatDate(rule.date, lang) });
    case 'relative': {
      const p = { n: rule.amount, unit: rule.unit, anchor: rule.anchor, anchorText: rule.anchorText };
      let out = msg(lang, rule.anchorImplied ? 'deadline.rule.relative-implied' : 'deadline.rule.relative', p);
      const ext = rule.extension;
      if (ext)
        out += msg(lang, 'deadline.rule.extension', { n: ext.amount, unit: ext.unit, approval: ext.approval, condition: ext.condition });
      if (rule.override === true) out += msg(lang, 'deadline.rule.override');
      else if (rule.override) out += msg(lang, 'deadline.rule.override-text', { text: rule.override.text });
      if (rule.channel) out += msg(lang, 'deadline.rule.channel', { channel: rule.channel });
      return out;
    }
    case 'recurring': {
      const out = msg(lang, `deadline.recurring.${rule.frequency}`, {
        month: rule.month,
        day: rule.day,
        monthOfQuarter: rule.monthOfQuarter,
        atLeast: rule.atLeast,
      });
      return rule.channel ? out + msg(lang, 'deadline.rule.channel', { channel: rule.channel }) : out;
    }
    case 'duration':
      return msg(lang, 'deadline.rule.duration', { n: rule.amount, unit: rule.unit });
    case 'minimum':
      return msg(lang, 'deadline.rule.minimum', { n: rule.amount, unit: rule.unit });
    case 'prompt':
      return msg(lang, `deadline.prompt.${rule.mode}`, { event: rule.event, action: rule.action, channel: rule.channel });
    case 'ongoing':
      return (
        msg(lang, `deadline.ongoing.${rule.mode}`) +
        (rule.latestOnly ? msg(lang, 'deadline.ongoing.latest') : '') +
        (rule.retention ? msg(lang, 'deadline.ongoing.retention') : '')
      );
    case 'reference':
      return rule.to === 'previous'
        ? msg(lang, 'deadline.reference.previous', { rule: rule.rule ? formatDeadline(rule.rule, lang) : undefined })
        : msg(lang, 'deadline.reference.external', { authority: rule.authority });
    case 'compound':
      return msg(lang, 'deadline.rule.compound', { n: rule.parts.length, parts: rule.parts.map((p) => formatDeadline(p, lang)) });
    case 'unparsed':
      return msg(lang, 'deadline.rule.unparsed', { text: rule.text });
    default:
      return msg(lang, 'deadline.rule.unparsed', { text: (rule as { text?: unknown }).text });
  }
}

/**
 * A rule as readable text: `信息形成或变更之日起 20 个工作日内` /
 * `Within 20 working days of the information being formed or changed`; `2020年9月30日前（含当日）` /
 * `By 30 Sep 2020`. Compound rules list their parts. Text from the source (subjects, events,
 * channels) is shown as written, also in English.
 */
export function formatDeadline(rule: DeadlineRule, lang: Lang): string {
  if (!rule || typeof rule !== 'object') return msg(lang, 'deadline.rule.unparsed', { text: '' });
  let out = body(rule, lang);
  if (rule.note) out = msg(lang, 'deadline.rule.note', { rule: out, note: rule.note });
  if (rule.subject) out = msg(lang, 'deadline.rule.subject', { rule: out, subject: rule.subject });
  if (rule.condition) out = msg(lang, 'deadline.rule.condition', { rule: out, condition: rule.condition });
  return out;
}

/** A step of a resolution trace or a reason: a message code and its parameters. */
export interface DeadlineMessage {
  code: string;
  params?: Record<string, unknown>;
}

const DATE_PARAMS = ['date', 'from', 'to', 'today', 'due'];

/** Renders a trace step or a reason, with its dates written for people and holiday names translated. */
export function formatDeadlineMessage(step: DeadlineMessage, lang: Lang): string {
  const params: Record<string, unknown> = { ...step.params };
  for (const k of DATE_PARAMS) if (typeof params[k] === 'string') params[k] = formatDate(params[k] as string, lang);
  if (typeof params.holiday === 'string') params.holiday = holidayName(params.holiday, lang);
  return msg(lang, step.code, params);
}

/** Renders a whole trace, one line per step. */
export function formatTrace(trace: readonly DeadlineMessage[], lang: Lang): string[] {
  return trace.map((step) => formatDeadlineMessage(step, lang));
}
