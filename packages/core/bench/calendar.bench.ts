// npm run bench (core): @gongkai/core's calendar against chinese-days, side by side in the
// same run, on the same random inputs. Prints ops/s for both and the ratio. Never part of
// the test run; no test asserts a duration.
import chineseDays from 'chinese-days';
import { addWorkdays, isWorkday, workdaysBetween } from '@gongkai/core';
import { fmt, iso, measure, ratio, seeded } from './harness.js';

const SEED = 20241012;
const rand = seeded(SEED);
const day0 = Date.UTC(2010, 0, 1) / 86400000;
const day1 = Date.UTC(2024, 11, 31) / 86400000; // both libraries have notices here
const N = 2048;
const dates = Array.from({ length: N }, () => iso(day0 + Math.floor(rand() * (day1 - day0))));
const spans = Array.from({ length: N }, () => 1 + Math.floor(rand() * 60));
const ends = dates.map((d, i) => iso(Date.parse(`${d}T00:00:00Z`) / 86400000 + spans[i]!));

// Sanity: both libraries agree on these inputs, so the comparison is like for like.
let disagreements = 0;
for (let i = 0; i < 300; i++) {
  if (isWorkday(dates[i]!) !== chineseDays.isWorkday(dates[i]!)) disagreements++;
  if (addWorkdays(dates[i]!, 20) !== chineseDays.findWorkday(20, dates[i]!)) disagreements++;
}

const cases: [string, (i: number) => unknown, (i: number) => unknown][] = [
  ['isWorkday', (i) => isWorkday(dates[i]!), (i) => chineseDays.isWorkday(dates[i]!)],
  ['addWorkdays n=20 (findWorkday)', (i) => addWorkdays(dates[i]!, 20), (i) => chineseDays.findWorkday(20, dates[i]!)],
  ['addWorkdays n=250 (findWorkday)', (i) => addWorkdays(dates[i]!, 250), (i) => chineseDays.findWorkday(250, dates[i]!)],
  [
    'workdaysBetween, spans 1–60 d (getWorkdaysInRange)',
    (i) => workdaysBetween(dates[i]!, ends[i]!),
    (i) => chineseDays.getWorkdaysInRange(dates[i]!, ends[i]!, false).length,
  ],
];

console.log(`calendar bench: ${N} seeded random dates 2010–2024 (seed ${SEED}); node ${process.version}`);
console.log(`agreement check on 600 calls: ${disagreements} disagreements`);
console.log('');
console.log(['case'.padEnd(52), '@gongkai/core ops/s'.padStart(20), 'chinese-days ops/s'.padStart(20), 'ratio'.padStart(10)].join(''));
for (const [name, ours, theirs] of cases) {
  const a = measure(ours, N);
  const b = measure(theirs, N, name.includes('250') ? 1500 : 600);
  console.log([name.padEnd(52), fmt(a).padStart(20), fmt(b).padStart(20), ratio(a, b).padStart(10)].join(''));
}
