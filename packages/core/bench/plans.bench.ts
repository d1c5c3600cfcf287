// npm run bench (core): plan status. taskStatusAt on generatePlan(50, 4, seed) (200 items) with a
// seeded progress log, against a naive baseline on the same inputs: for every item, scan the whole
// log for its latest update and count working days day by day with isWorkday.
// Prints ops/s for both and the ratio, and checks that both agree. Never part of the test run.
import { generatePlan, isWorkday, resolveDeadline, taskStatusAt, type ProgressUpdate } from '@gongkai/core';
import { fmt, iso, measure, ratio, seeded } from './harness.js';

const SEED = 20200607;
const plan = generatePlan(50, 4, SEED);
const rand = seeded(SEED);
const itemIds = plan.tasks.flatMap((t) => t.items.map((i) => i.id));
const STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;
const DAY0 = Date.UTC(2024, 1, 1) / 86400000;

// Up to three updates per item, dated February to December 2024.
const log: ProgressUpdate[] = [];
for (const itemId of itemIds) {
  const n = Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    log.push({ itemId, date: iso(DAY0 + Math.floor(rand() * 320)), status: STATUSES[Math.floor(rand() * 4)]! });
  }
}
const todays = Array.from({ length: 64 }, () => iso(DAY0 + 30 + Math.floor(rand() * 290)));

/** Working days d with a < d ≤ b, day by day. */
function countWorkdays(a: string, b: string): number {
  let n = 0;
  const end = Date.parse(b) / 86400000;
  for (let d = Date.parse(a) / 86400000 + 1; d <= end; d++) if (isWorkday(iso(d))) n++;
  return n;
}

function naive(today: string): string[] {
  const out: string[] = [];
  for (const task of plan.tasks) {
    for (const item of task.items) {
      let last: ProgressUpdate | undefined;
      for (const u of log) if (u.itemId === item.id && u.date <= today && (!last || u.date >= last.date)) last = u;
      const r = resolveDeadline(item.deadline.rule, { planYear: plan.planYear, today });
      if (!r.ok) {
        out.push('no-due-date');
        continue;
      }
      if (last?.status === 'done') {
        out.push('done');
        continue;
      }
      if (today === r.due) out.push('due-today');
      else if (today > r.due) out.push('overdue');
      else out.push(countWorkdays(today, r.due) <= 3 ? 'due-soon' : 'ok');
    }
  }
  return out;
}

function ours(today: string): string[] {
  return taskStatusAt(plan, log, today).items.map((i) => (i.progress === 'done' ? 'done' : i.state));
}

let disagreements = 0;
for (const t of todays) {
  const a = ours(t);
  const b = naive(t);
  a.forEach((s, k) => {
    if (s !== b[k]) disagreements++;
  });
}

console.log(
  `plan bench: generatePlan(50, 4, ${SEED}) = ${itemIds.length} items, ${log.length} updates; ${todays.length} seeded days in 2024; node ${process.version}`,
);
console.log(`agreement on item states: ${disagreements} disagreements`);
console.log('');
console.log(
  ['case'.padEnd(36), 'ops/s'.padStart(12), 'baseline'.padStart(24), 'baseline ops/s'.padStart(16), 'ratio'.padStart(10)].join(''),
);
const x = measure((i) => taskStatusAt(plan, log, todays[i]!), todays.length);
const y = measure((i) => naive(todays[i]!), todays.length);
console.log(
  [
    'taskStatusAt: 200 items + roll-ups'.padEnd(36),
    fmt(x).padStart(12),
    'scan + day-by-day'.padStart(24),
    fmt(y).padStart(16),
    ratio(x, y).padStart(10),
  ].join(''),
);
const g = measure((i) => generatePlan(50, 4, i), 16);
console.log(['generatePlan(50, 4, seed)'.padEnd(36), fmt(g).padStart(12)].join(''));
