// Every code the request clock can return (phase, next step, trace, issues) has zh-CN and en
// text, and renders without holes, both from sample parameters and from real results.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  CLOCK_PHASES,
  ConsultedPartySchema,
  formatIssue,
  hasMessage,
  type Lang,
  LANGS,
  MESSAGE_CODES,
  msg,
  ReplyOutcomeSchema,
  REQUEST_EVENT_TYPES,
  RequestChannelSchema,
  requestClock,
  type RequestClockResult,
  WithholdGroundSchema,
} from '../src/index.js';
import { NAMES } from '../src/generated/calendar-data.js';
import { holidayNameEn } from '../src/messages/clock.js';
import { randomLog, seeded } from './clock-oracle.js';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '../src/deadlines');
const HAN = /[\u4e00-\u9fff]/;
const HOLE = /undefined|\[object|NaN|null/;

/** Every 'clock.…' string literal in the clock's sources. */
function codesInSource(): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(srcDir).filter((n) => /^clock.*\.ts$/.test(n))) {
    for (const m of readFileSync(join(srcDir, f), 'utf8').matchAll(/'(clock\.[a-z0-9.-]+)'/g)) out.add(m[1]!);
  }
  return [...out];
}

const CLOCK_CODES = MESSAGE_CODES.filter((c) => c.startsWith('clock.'));

test('every clock code in the sources has a message', () => {
  const found = codesInSource();
  assert.ok(found.length > 60, `found ${found.length}`);
  for (const code of found) assert.ok(hasMessage(code), code);
});

test('phases, channels, parties, outcomes, grounds and event types all have labels', () => {
  const want = [
    ...CLOCK_PHASES.map((p) => `clock.phase.${p}`),
    ...RequestChannelSchema.options.map((c) => `clock.channel.${c}`),
    ...ConsultedPartySchema.options.map((c) => `clock.party.${c}`),
    ...ReplyOutcomeSchema.options.map((c) => `clock.outcome.${c}`),
    ...WithholdGroundSchema.options.map((c) => `clock.ground.${c}`),
    ...REQUEST_EVENT_TYPES.map((c) => `clock.event-type.${c}`),
  ];
  for (const code of want) assert.ok(hasMessage(code), code);
});

// Sample parameters with every name the clock's messages read.
const sample: Record<string, unknown> = {
  date: '2024-10-12',
  due: '2024-10-30',
  from: '2024-09-27',
  to: '2024-10-30',
  limit: '2024-10-23',
  letterReceived: '2024-09-27',
  correctBy: '2024-10-18',
  previous: '2024-10-13',
  today: '2024-10-14',
  arrival: '2024-03-11',
  first: '2024-03-13',
  start: '2024-03-15',
  at: '2024-10-12T09:30:00+08:00',
  n: 3,
  count: 2,
  total: 20,
  max: 20,
  workdays: 10,
  extension: 5,
  paused: 4,
  weekends: 6,
  channel: 'online',
  submitted: 'online',
  received: 'in-person',
  party: 'agency',
  started: 'third-party',
  outcome: 'WITHHOLD',
  grounds: ['STATE_SECRET', 'PROCESS_INFO'],
  holidays: ['国庆节'],
  adjusted: ['2024-09-29', '2024-10-12'],
  years: [2027],
  basis: 'corrected',
  type: 'extended',
  closedBy: 'replied',
  field: 'date',
  value: 'x',
  name: 'maxExtensions',
  reason: 'r',
  approvedBy: 'A',
  ref: 'L1',
  late: true,
  open: true,
  assumed: true,
  capped: true,
};

test('every clock message renders in both languages, with and without parameters', () => {
  assert.ok(CLOCK_CODES.length > 100, `${CLOCK_CODES.length}`);
  for (const code of CLOCK_CODES) {
    for (const params of [sample, {}]) {
      const zh = msg('zh-CN', code, params);
      const en = msg('en', code, params);
      assert.ok(zh.length > 0 && en.length > 0, code);
      assert.notEqual(zh, en, code);
      assert.doesNotMatch(zh, HOLE, `${code} zh: ${zh}`);
      assert.doesNotMatch(en, HOLE, `${code} en: ${en}`);
      assert.match(zh, HAN, code);
      assert.doesNotMatch(en, HAN, `${code} en: ${en}`);
    }
  }
});

test('every holiday name in the calendar data has an English name', () => {
  for (const name of NAMES) assert.match(holidayNameEn(name), /^[\x20-\x7e’]+$/, name);
  assert.equal(holidayNameEn('某县防汛'), '某县防汛');
});

/** Everything a result asks a reader to see: [text, whether its params carry Chinese free text]. */
function rendered(r: RequestClockResult, lang: Lang): [string, boolean][] {
  // Holiday names are translated, so they do not count as free text.
  const free = (p: Record<string, unknown> = {}) => HAN.test(JSON.stringify({ ...p, holidays: undefined }));
  return [
    [msg(lang, `clock.phase.${r.phase}`), false],
    [msg(lang, r.nextStep.code, r.nextStep.params), free(r.nextStep.params)],
    ...r.trace.map((s): [string, boolean] => [msg(lang, s.code, s.params), free(s.params)]),
    ...r.issues.map((i): [string, boolean] => [formatIssue(lang, i), free(i.params)]),
  ];
}

test('real results render in both languages: every code known, no holes, English without Chinese', () => {
  const logs: { events: unknown[]; today: string }[] = [];
  const rand = seeded(7);
  for (let k = 0; k < 400; k++) logs.push(randomLog(rand));
  // A few logs that reach the rarer codes (ASCII free text, so English output stays English).
  const received = { type: 'received', date: '2024-09-27', channel: 'in-person' };
  logs.push(
    {
      events: [
        { type: 'submitted', at: '2024-09-26T10:00:00+08:00', channel: 'online' },
        received,
        { type: 'confirmed', date: '2024-09-27' },
      ],
      today: '2024-10-08',
    },
    { events: [{ type: 'confirmed', date: '2024-09-27' }], today: '2024-10-08' },
    {
      events: [
        received,
        { type: 'due-date-set', date: '2024-10-08', due: '2024-12-31', reason: 'volume' },
        { type: 'extended', date: '2024-10-09', workdays: 5 },
      ],
      today: '2024-10-09',
    },
    {
      events: [received, { type: 'correction-requested', date: '2024-10-08' }, { type: 'extended', date: '2024-10-09', workdays: 5 }],
      today: '2024-10-09',
    },
    {
      events: [received, { type: 'archived', date: '2024-10-09' }, { type: 'replied', date: '2024-10-10', outcome: 'DISCLOSE' }],
      today: '2024-10-10',
    },
    {
      events: [received, { type: 'consultation-started', date: '2024-10-08', party: 'agency', letterReceived: '2024-10-07' }],
      today: '2024-10-10',
    },
    { events: [received, { type: 'correction-requested', date: '2024-10-08', correctBy: '2024-10-01' }], today: '2024-10-10' },
    {
      events: [
        received,
        { type: 'consultation-started', date: '2024-10-08', party: 'agency', ref: 'L1' },
        { type: 'consultation-started', date: '2024-10-08', party: 'agency', ref: 'L1' },
      ],
      today: '2024-10-10',
    },
    {
      events: [
        received,
        { type: 'consultation-started', date: '2024-10-08', party: 'agency', ref: 'L1' },
        { type: 'consultation-ended', date: '2024-10-09', party: 'third-party', ref: 'L1' },
        { type: 'withdrawn', date: '2024-10-10' },
      ],
      today: '2024-10-10',
    },
    { events: [received, { type: 'consultation-ended', date: '2024-10-09', ref: 'L9' }], today: '2024-10-10' },
    { events: [{ type: 'received', date: '2050-12-20', channel: 'in-person' }], today: '2050-12-20' },
  );
  const seen = new Set<string>();
  for (const { events, today } of logs) {
    const r = requestClock(events, { today });
    for (const code of [`clock.phase.${r.phase}`, r.nextStep.code, ...r.trace.map((s) => s.code), ...r.issues.map((i) => i.code)]) {
      assert.ok(hasMessage(code), code);
      seen.add(code);
    }
    for (const lang of LANGS) {
      for (const [t, free] of rendered(r, lang)) {
        assert.doesNotMatch(t, HOLE, t);
        if (lang === 'en' && !free) assert.doesNotMatch(t, HAN, t);
      }
    }
  }
  assert.ok(seen.size > 50, `codes reached: ${seen.size}`);
});

test('key texts read as the law says', () => {
  for (const [n, t] of [
    [20, '20th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [31, '31st'],
    [40, '40th'],
  ] as const) {
    assert.match(msg('en', 'clock.trace.due', { due: '2024-11-21', from: '2024-09-23', n, paused: 0 }), new RegExp(`the ${t} counted`));
  }
  assert.equal(
    msg('zh-CN', 'clock.next.reply', { due: '2024-10-30', n: 12 }),
    '应于 2024年10月30日 前答复申请人（条例第三十三条），还剩 12 个工作日。',
  );
  assert.equal(
    msg('en', 'clock.next.reply', { due: '2024-10-30', n: 1 }),
    'Reply to the applicant by 30 Oct 2024 (Art. 33); 1 working day left.',
  );
  assert.equal(
    msg('zh-CN', 'clock.trace.receipt.in-person', { date: '2024-09-27' }),
    '当面提交：收到申请之日为提交之日，即 2024年9月27日（条例第三十一条第一项）。',
  );
  assert.equal(
    msg('en', 'clock.trace.rest-days', {
      from: '2024-09-27',
      to: '2024-10-30',
      n: 13,
      weekends: 6,
      holidays: ['国庆节'],
      adjusted: ['2024-09-29', '2024-10-12'],
    }),
    'Between 27 Sep 2024 and 30 Oct 2024, 13 rest days do not count (6 weekend days; holidays: National Day); the make-up working days 29 Sep 2024, 12 Oct 2024 count.',
  );
  assert.equal(
    msg('zh-CN', 'clock.trace.consultation-silence', { party: 'agency', limit: '2024-04-03' }),
    '有关行政机关在 2024年4月3日 前未提出意见，视为同意公开（条例第三十四条）；暂停计时至 2024年4月3日 止。',
  );
});
