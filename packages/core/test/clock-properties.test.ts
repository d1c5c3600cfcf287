// Properties of the request clock (fast-check), and agreement with a naive day-by-day oracle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addWorkdays, isWorkday, requestClock, REQUEST_EVENT_TYPES, whatIf } from '../src/index.js';
import { dayNumber, dayString, naiveDue, randomLog, seeded } from './clock-oracle.js';

type Ev = Record<string, unknown> & { type: string };

const receiptDay = fc.integer({ min: dayNumber('2008-01-01'), max: dayNumber('2049-06-30') });
const CHANNELS = ['in-person', 'registered-post', 'ordinary-post', 'online', 'fax'] as const;

/** The events that establish receipt on day `r` by `channel` (Art. 31). */
function receiptEvents(r: number, channel: (typeof CHANNELS)[number]): Ev[] {
  const d = dayString(r);
  const submitted = { type: 'submitted', at: `${d}T09:00:00+08:00`, channel };
  if (channel === 'in-person' || channel === 'registered-post') return [submitted, { type: 'received', date: d, channel }];
  return [submitted, { type: 'confirmed', date: d }];
}

/** Sorts events by day, keeping the given order on ties (a stable sort). */
function byDate(events: Ev[]): Ev[] {
  const day = (e: Ev) => (e.type === 'submitted' ? (e.at as string).slice(0, 10) : (e.date as string));
  return [...events].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
}

const consultation = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  letterDelay: fc.integer({ min: 0, max: 5 }),
  length: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  party: fc.constantFrom('third-party', 'agency'),
});

test('adding a consultation pause never moves the due date earlier', () => {
  fc.assert(
    fc.property(
      receiptDay,
      fc.constantFrom(...CHANNELS),
      fc.option(fc.record({ at: fc.integer({ min: 0, max: 30 }), workdays: fc.integer({ min: 1, max: 20 }) }), { nil: undefined }),
      fc.array(consultation, { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 0, max: 120 }),
      (r, channel, ext, cons, todayOffset) => {
        const base = receiptEvents(r, channel);
        if (ext) base.push({ type: 'extended', date: dayString(r + ext.at), workdays: ext.workdays, approvedBy: 'x' });
        const starts: Ev[] = [];
        const ends: Ev[] = [];
        let last = r + (ext?.at ?? 0);
        const logs = cons.map((c, k) => {
          // Each opinion names its letter (`ref`), so adding a consultation never re-matches another's opinion.
          const s: Ev = { type: 'consultation-started', date: dayString(r + c.start), party: c.party, ref: `L${k}` };
          if (c.letterDelay > 0) s.letterReceived = dayString(r + c.start + c.letterDelay);
          starts.push(s);
          if (c.length !== undefined) ends.push({ type: 'consultation-ended', date: dayString(r + c.start + c.length), ref: `L${k}` });
          last = Math.max(last, r + c.start + (c.length ?? 0));
          return byDate([...base, ...starts, ...ends]);
        });
        const today = dayString(last + todayOffset);
        let prev = requestClock(byDate(base), { today });
        assert.notEqual(prev.phase, 'invalid', JSON.stringify(prev.issues));
        for (const log of logs) {
          const next = requestClock(log, { today });
          assert.notEqual(next.phase, 'invalid', JSON.stringify(next.issues));
          assert.ok(next.due! >= prev.due!, `${next.due} < ${prev.due}`);
          prev = next;
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('without pauses, corrections or extensions, due = addWorkdays(receipt, 20)', () => {
  fc.assert(
    fc.property(
      receiptDay,
      fc.constantFrom(...CHANNELS),
      fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      fc.integer({ min: 0, max: 90 }),
      (r, channel, replyAfter, todayOffset) => {
        const events = receiptEvents(r, channel);
        if (replyAfter !== undefined) events.push({ type: 'replied', date: dayString(r + replyAfter), outcome: 'DISCLOSE' });
        const today = dayString(r + (replyAfter ?? 0) + todayOffset);
        const res = requestClock(events, { today });
        const receipt = dayString(r);
        return res.receiptDate === receipt && res.due === addWorkdays(receipt, 20) && res.pausedWorkdays === 0;
      },
    ),
    { numRuns: 1000 },
  );
});

test('agrees with the naive day-by-day count on realistic random logs', () => {
  const rand = seeded(20241012);
  for (let k = 0; k < 1500; k++) {
    const { events, today } = randomLog(rand);
    const r = requestClock(events, { today });
    assert.notEqual(r.phase, 'invalid', JSON.stringify({ events, issues: r.issues }));
    assert.equal(r.due, naiveDue(events, today, isWorkday), JSON.stringify({ events, today }));
    // The trace's last word on the due date is the due date.
    if (r.due !== undefined) {
      const said = r.trace.filter((s) => s.code === 'clock.trace.due' || s.code === 'clock.trace.due-manual').map((s) => s.date);
      assert.deepEqual(said, [r.due]);
    }
    // Used plus left is the period, while it runs on time.
    if (r.due !== undefined && !r.manualDue && !r.overdue && r.workdaysLeft !== undefined) {
      assert.equal(r.workdaysUsed! + r.workdaysLeft, r.periodWorkdays, JSON.stringify({ events, today }));
    }
  }
});

test('an open consultation: the due date never moves earlier as the days pass', () => {
  fc.assert(
    fc.property(receiptDay, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 30 }), (r, start, span) => {
      const events = [...receiptEvents(r, 'in-person'), { type: 'consultation-started', date: dayString(r + start), party: 'third-party' }];
      let prev = '';
      for (let t = r + start; t <= r + start + span; t++) {
        const res = requestClock(events, { today: dayString(t) });
        assert.ok(res.due! >= prev);
        if (res.pauseOpen) assert.ok(res.dueLatest! >= res.due!);
        prev = res.due!;
      }
    }),
    { numRuns: 200 },
  );
});

const anyDate = fc.oneof(
  fc.integer({ min: dayNumber('2007-01-01'), max: dayNumber('2050-12-31') }).map(dayString),
  fc.constantFrom('2024-02-30', '', 'yesterday', '2051-01-01', '2006-12-31'),
  fc.string(),
);
/** Events of every type with plausible or broken fields: reaches deep into the walk. */
const looseEvent = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...REQUEST_EVENT_TYPES), fc.string()),
    date: anyDate,
    at: fc.oneof(fc.constantFrom('2024-10-01T09:00:00+08:00', '2050-12-31T23:00:00-10:00', 'x'), fc.string()),
    channel: fc.constantFrom(...CHANNELS, 'pigeon'),
    party: fc.constantFrom('third-party', 'agency', 'x'),
    letterReceived: anyDate,
    workdays: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double()),
    due: anyDate,
    reason: fc.string(),
    outcome: fc.constantFrom('DISCLOSE', 'WITHHOLD', 'PARTIAL', 'NOPE'),
    grounds: fc.oneof(fc.constantFrom('STATE_SECRET', 'x'), fc.array(fc.constantFrom('PROCESS_INFO', 'y'))),
    approvedBy: fc.string(),
    correctBy: anyDate,
  },
  { requiredKeys: ['type'] },
);

test('requestClock never throws, whatever the log', () => {
  const check = (events: unknown, today: string) => {
    const r = requestClock(events, { today });
    const errors = r.issues.filter((i) => i.severity === 'error');
    if (r.phase === 'invalid') {
      assert.ok(errors.length > 0);
      assert.equal(r.due, undefined);
      assert.equal(r.receiptDate, undefined);
    } else assert.equal(errors.length, 0);
    for (const i of r.issues) assert.ok(i.path[0] === 'events' && (i.severity === 'error' || i.severity === 'warning'));
  };
  fc.assert(
    fc.property(fc.anything(), (x) => check(x, '2024-10-12')),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.array(fc.anything()), (x) => check(x, '2024-10-12')),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.array(looseEvent, { maxLength: 12 }), fc.constantFrom('2024-10-12', '2050-12-31', '2007-01-01'), (x, today) =>
      check(x, today),
    ),
    { numRuns: 2000 },
  );
});

test('whatIf(events, e) equals requestClock([...events, e])', () => {
  fc.assert(
    fc.property(fc.integer(), fc.oneof(looseEvent, fc.anything()), fc.integer({ min: -3, max: 3 }), (seed, e, shift) => {
      const { events, today } = randomLog(seeded(seed));
      // Most next events happen today, as staff would try them.
      const next =
        typeof e === 'object' && e !== null && !Array.isArray(e) && 'date' in e ? { ...e, date: dayString(dayNumber(today) + shift) } : e;
      assert.deepEqual(whatIf(events, next, { today }), requestClock([...events, next], { today }));
    }),
    { numRuns: 500 },
  );
});
