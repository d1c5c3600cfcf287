// npm run bench (core): the request clock against a naive baseline, side by side in the same run,
// on the same seeded random event logs. No peer library exists, so the baseline is a day-by-day
// implementation of the same reply-due computation (test/clock-oracle.ts): it reads the log, then
// walks calendar days one at a time with isWorkday, skipping paused days. Both must agree on every
// input. Never part of the test run; no test asserts a duration.
import { defaultCalendar, isWorkday, requestClock } from '@gongkai/core';
import { fmt, measure, ratio } from './harness.js';
import { addWorkdaysPaused, mergePauses } from '../dist/deadlines/clock-count.js';
import { dayNumber, dayString, naiveCount, naiveDue, naiveFacts, type NaiveFacts, randomLog, seeded } from '../test/clock-oracle.js';

const SEED = 20241012;
const N = 2000;
const rand = seeded(SEED);
type Log = ReturnType<typeof randomLog>;

/** Realistic logs: five channels, corrections, consultations, extensions, replies (see randomLog). */
const logs: Log[] = Array.from({ length: N }, () => randomLog(rand));
/** Long periods: a 20-day extension and a consultation left to run to its 15-working-day limit. */
const longLogs: Log[] = Array.from({ length: N }, () => {
  const r = dayNumber('2010-01-04') + Math.floor(rand() * (dayNumber('2027-06-01') - dayNumber('2010-01-04')));
  const d = (k: number) => dayString(r + k);
  return {
    events: [
      { type: 'submitted', at: `${d(0)}T10:00:00+08:00`, channel: 'in-person' },
      { type: 'received', date: d(0), channel: 'in-person' },
      { type: 'consultation-started', date: d(3), party: 'third-party', letterReceived: d(5) },
      { type: 'extended', date: d(30), workdays: 20, approvedBy: '办公室主任' },
    ],
    today: d(40),
  };
});

// Agreement: the same due date from both, on every input, so the comparison is like for like.
let disagreements = 0;
let dated = 0;
for (const { events, today } of [...logs, ...longLogs]) {
  const ours = requestClock(events, { today });
  if (ours.phase === 'invalid') disagreements++;
  if (ours.due !== naiveDue(events, today, isWorkday)) disagreements++;
  if (ours.due !== undefined) dated++;
}

// The counting step alone, on facts read once (for logs with a running period and no Art. 35 date).
const facts: NaiveFacts[] = logs
  .map(({ events, today }) => naiveFacts(events, today, isWorkday))
  .filter((f): f is NaiveFacts => f !== undefined && f.manual === undefined);
for (const f of facts)
  if (addWorkdaysPaused(defaultCalendar, f.start, f.n, mergePauses(f.pauses)).due !== naiveCount(f, isWorkday)) disagreements++;

const cases: [string, number, (i: number) => unknown, (i: number) => unknown][] = [
  [
    'full evaluation, realistic logs',
    logs.length,
    (i) => requestClock(logs[i]!.events, { today: logs[i]!.today }).due,
    (i) => naiveDue(logs[i]!.events, logs[i]!.today, isWorkday),
  ],
  [
    'full evaluation, 20-day extension + consultation',
    longLogs.length,
    (i) => requestClock(longLogs[i]!.events, { today: longLogs[i]!.today }).due,
    (i) => naiveDue(longLogs[i]!.events, longLogs[i]!.today, isWorkday),
  ],
  [
    'reply-due count only (facts read once)',
    facts.length,
    (i) => addWorkdaysPaused(defaultCalendar, facts[i]!.start, facts[i]!.n, mergePauses(facts[i]!.pauses)).due,
    (i) => naiveCount(facts[i]!, isWorkday),
  ],
];

console.log(`clock bench: ${N} realistic + ${N} long seeded random event logs, receipts 2010–2027 (seed ${SEED}); node ${process.version}`);
console.log(`agreement check on ${2 * N} logs (${dated} with a due date) and ${facts.length} counts: ${disagreements} disagreements`);
console.log('');
console.log(['case'.padEnd(52), '@gongkai/core ops/s'.padStart(20), 'naive day-by-day ops/s'.padStart(24), 'ratio'.padStart(10)].join(''));
for (const [name, count, ours, naive] of cases) {
  const a = measure(ours, count, 800);
  const b = measure(naive, count, 800);
  console.log([name.padEnd(52), fmt(a).padStart(20), fmt(b).padStart(24), ratio(a, b).padStart(10)].join(''));
}
console.log('');
console.log('full evaluation = requestClock (zod/mini validation, every rule, trace, issues) vs the naive reader + day-by-day count.');
if (disagreements > 0) process.exitCode = 1;
