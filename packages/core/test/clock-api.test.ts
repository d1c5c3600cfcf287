// The clock's public surface: exports, schemas, whatIf, options and calendars.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as core from '../src/index.js';
import {
  createCalendar,
  InvalidArgumentError,
  InvalidDateError,
  REQUEST_EVENT_TYPES,
  RequestChannelSchema,
  type RequestEvent,
  RequestEventSchema,
  requestClock,
  whatIf,
} from '../src/index.js';

test('exports the clock, whatIf and the event schemas from @gongkai/core', () => {
  for (const name of [
    'requestClock',
    'whatIf',
    'RequestEventSchema',
    'RequestChannelSchema',
    'SubmittedEventSchema',
    'ReceivedEventSchema',
    'ConfirmedEventSchema',
    'CorrectionRequestedEventSchema',
    'CorrectedEventSchema',
    'CorrectionLapsedEventSchema',
    'ConsultationStartedEventSchema',
    'ConsultationEndedEventSchema',
    'ExtendedEventSchema',
    'DueDateSetEventSchema',
    'RepliedEventSchema',
    'NotProcessedEventSchema',
    'WithdrawnEventSchema',
    'ArchivedEventSchema',
  ]) {
    assert.ok(name in core, name);
  }
  assert.deepEqual(RequestChannelSchema.options, ['in-person', 'registered-post', 'ordinary-post', 'online', 'fax']);
});

test('the schema accepts one minimal event of every type, and REQUEST_EVENT_TYPES lists them all', () => {
  const minimal: RequestEvent[] = [
    { type: 'submitted', at: '2024-10-12T09:30:00+08:00', channel: 'online' },
    { type: 'received', date: '2024-10-12', channel: 'in-person' },
    { type: 'confirmed', date: '2024-10-12' },
    { type: 'correction-requested', date: '2024-10-12' },
    { type: 'corrected', date: '2024-10-12' },
    { type: 'correction-lapsed', date: '2024-10-12' },
    { type: 'consultation-started', date: '2024-10-12', party: 'third-party' },
    { type: 'consultation-ended', date: '2024-10-12' },
    { type: 'extended', date: '2024-10-12', workdays: 20 },
    { type: 'due-date-set', date: '2024-10-12', due: '2024-12-31', reason: 'r' },
    { type: 'replied', date: '2024-10-12', outcome: 'DISCLOSE' },
    { type: 'not-processed', date: '2024-10-12', reason: 'r' },
    { type: 'withdrawn', date: '2024-10-12' },
    { type: 'archived', date: '2024-10-12' },
  ];
  assert.deepEqual(
    minimal.map((e) => e.type),
    REQUEST_EVENT_TYPES,
  );
  for (const e of minimal) assert.ok(RequestEventSchema.safeParse(e).success, e.type);
  // Extra fields are allowed (and dropped); a timestamp needs its offset.
  assert.deepEqual(RequestEventSchema.parse({ type: 'withdrawn', date: '2024-10-12', note: '电话撤回' }), {
    type: 'withdrawn',
    date: '2024-10-12',
  });
  assert.equal(RequestEventSchema.safeParse({ type: 'submitted', at: '2024-10-12T09:30:00', channel: 'online' }).success, false);
});

test('whatIf: “send 补正 today”, on time and late', () => {
  // Art. 30. Received Fri 2024-09-27: the notice is due on the 7th working day, Sat 10-12 (调休上班).
  const events = [{ type: 'received', date: '2024-09-27', channel: 'in-person' }];
  const onTime = whatIf(events, { type: 'correction-requested', date: '2024-10-09' }, { today: '2024-10-09' });
  assert.equal(onTime.phase, 'awaiting-correction');
  assert.equal(onTime.due, undefined);
  assert.deepEqual(onTime.issues, []);
  const late = whatIf(events, { type: 'correction-requested', date: '2024-10-14' }, { today: '2024-10-14' });
  assert.deepEqual(
    late.issues.map((i) => [i.code, i.severity]),
    [['clock.correction.late', 'warning']],
  );
});

test('whatIf: “start a third-party consultation today”', () => {
  // Arts. 32, 33 ¶3. Received Mon 2024-03-11 (due 04-09); letter today, Fri 03-15 (4 working days used).
  // Nothing is paused yet, so due stays 04-09. Limit: 18..22(5) 25..29(10) 04-01..03(13) 07 A(14) 08(15)
  // → 04-08; if the third party takes it all, (03-15, 04-08] = 15 are excluded: 16 left after 04-08:
  // 09..12(4) 15..19(9) 22..26(14) 28 A(15) 29(16) → 04-29.
  const r = whatIf(
    [{ type: 'received', date: '2024-03-11', channel: 'in-person' }],
    { type: 'consultation-started', date: '2024-03-15', party: 'third-party' },
    { today: '2024-03-15' },
  );
  assert.equal(r.phase, 'consulting');
  assert.equal(r.due, '2024-04-09');
  assert.equal(r.dueLatest, '2024-04-29');
  assert.equal(r.pauseOpen, true);
  assert.deepEqual(r.nextStep, {
    code: 'clock.next.await-opinion',
    due: '2024-04-08',
    params: { party: 'third-party', limit: '2024-04-08', due: '2024-04-09' },
  });
});

test('whatIf: “extend now” by 20 working days', () => {
  // Art. 33 ¶2. Received 2024-09-27, due 10-30; +20 → 11-27.
  const r = whatIf(
    [{ type: 'received', date: '2024-09-27', channel: 'in-person' }],
    { type: 'extended', date: '2024-10-28', workdays: 20, approvedBy: '公开办主任' },
    { today: '2024-10-28' },
  );
  assert.equal(r.due, '2024-11-27');
  // An invalid next event is located at its index.
  const bad = whatIf(
    [{ type: 'received', date: '2024-09-27', channel: 'in-person' }],
    { type: 'extended', date: '2024-10-28' },
    { today: '2024-10-28' },
  );
  assert.deepEqual(
    bad.issues.map((i) => [i.code, i.path]),
    [['clock.event.missing', ['events', 1, 'workdays']]],
  );
});

test('bad options throw typed errors; the log never does', () => {
  assert.throws(() => requestClock([], { today: '2024-02-30' }), InvalidDateError);
  assert.throws(() => requestClock([], { today: '2024-10-12', policy: { maxExtensions: -1 } }), InvalidArgumentError);
  assert.throws(() => requestClock([], { today: '2024-10-12', policy: { maxExtensions: 1.5 } }), InvalidArgumentError);
  // A period running past the calendar's end is an issue, not an exception.
  const r = requestClock([{ type: 'received', date: '2050-12-20', channel: 'in-person' }], { today: '2050-12-20' });
  assert.equal(r.phase, 'invalid');
  assert.deepEqual(
    r.issues.map((i) => i.code),
    ['calendar.out-of-range'],
  );
});

test('a custom calendar: a county closure moves the due date; a published 2027 notice ends provisional', () => {
  // Received Fri 2024-09-27, due 10-30 (Art. 33 ¶2). A closure on Mon 10-14 adds one day: 10-31.
  const events = [{ type: 'received', date: '2024-09-27', channel: 'in-person' }];
  const closed = createCalendar({ closures: [{ date: '2024-10-14', name: '防汛停工' }] });
  assert.equal(requestClock(events, { today: '2024-09-27', calendar: closed }).due, '2024-10-31');
  // December 2026 into 2027 (due 2027-01-13, provisional). With a 2027 notice the flag goes.
  const dec = [{ type: 'received', date: '2026-12-15', channel: 'in-person' }];
  assert.equal(requestClock(dec, { today: '2026-12-15' }).provisional, true);
  const notice = { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] };
  const r = requestClock(dec, { today: '2026-12-15', calendar: createCalendar({ notices: notice }) });
  assert.equal(r.due, '2027-01-13');
  assert.equal(r.provisional, false);
});
