import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createCalendar,
  generatePlan,
  ProgressLogSchema,
  ProgressUpdateSchema,
  sampleProgress2020,
  taskStatusAt,
  unitObligations,
  wenshangPlan2020,
  type ProgressUpdate,
} from '../src/index.js';

const plan = wenshangPlan2020;
const ids = new Set(plan.tasks.flatMap((t) => t.items.map((i) => i.id)));
const itemAt = (today: string, id: string, progress: readonly ProgressUpdate[] = sampleProgress2020, options = {}) => {
  const s = taskStatusAt(plan, progress, today, options).items.find((i) => i.itemId === id);
  assert.ok(s, id);
  return s;
};

test('sampleProgress2020 validates, is marked as examples and names only seed items', () => {
  assert.ok(ProgressLogSchema.safeParse(sampleProgress2020).success);
  assert.ok(sampleProgress2020.length >= 15);
  for (const u of sampleProgress2020) {
    assert.equal(u.example, true);
    assert.ok(ids.has(u.itemId), u.itemId);
    for (const e of u.evidence ?? []) assert.match(e.url, /^https:\/\/example\.org\//);
  }
  assert.deepEqual(taskStatusAt(plan, sampleProgress2020, '2020-12-31').issues, []);
});

test('ProgressUpdateSchema: statuses and http(s)-only evidence links', () => {
  const base = { itemId: '8.1', date: '2020-07-01', status: 'in-progress' };
  assert.ok(ProgressUpdateSchema.safeParse(base).success);
  assert.ok(ProgressUpdateSchema.safeParse({ ...base, evidence: [{ url: 'http://example.org/a' }] }).success);
  for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/x', 'data:text/html,x', 'https://', 'example.org']) {
    assert.equal(ProgressUpdateSchema.safeParse({ ...base, evidence: [{ url }] }).success, false, url);
  }
  assert.equal(ProgressUpdateSchema.safeParse({ ...base, status: 'finished' }).success, false);
  assert.equal(ProgressUpdateSchema.safeParse({ ...base, date: '2020-02-30' }).success, false);
  assert.equal(ProgressUpdateSchema.safeParse({ ...base, itemId: '8' }).success, false);
});

test('taskStatusAt on 2020-09-28: deadline states, working days and colours', () => {
  const s = taskStatusAt(plan, sampleProgress2020, '2020-09-28');
  assert.equal(s.items.length, 19);
  const a = itemAt('2020-09-28', '2.1');
  assert.deepEqual([a.due, a.progress, a.state, a.workdaysLeft, a.escalation], ['2020-09-30', 'in-progress', 'due-soon', 2, 'yellow']);
  const b = itemAt('2020-09-28', '13.1');
  assert.deepEqual([b.progress, b.state, b.workdaysLeft, b.escalation], ['not-started', 'ok', 40, 'blue']);
  const c = itemAt('2020-09-28', '8.2');
  assert.deepEqual([c.progress, c.doneOn, c.state, c.workdaysOverdue, c.escalation], ['done', '2020-08-05', 'done-late', 3, undefined]);
  assert.equal(itemAt('2020-09-28', '11.1').state, 'done-on-time');
  assert.equal(itemAt('2020-09-28', '6.1').progress, 'blocked');
});

test('taskStatusAt: updates after today are ignored; overdue is red; done on the due day is on time', () => {
  const early = itemAt('2020-07-01', '2.1');
  assert.equal(early.progress, 'not-started');
  assert.equal(early.updatedOn, undefined);
  // 2020 National Day: 1–8 October off, Saturday 10 October a make-up working day.
  const late = itemAt('2020-10-12', '3.1');
  assert.deepEqual([late.state, late.workdaysOverdue, late.escalation], ['overdue', 3, 'red']);
  assert.equal(itemAt('2020-10-12', '2.1').state, 'done-late');
  assert.equal(itemAt('2020-12-31', '12.1').state, 'done-on-time');
  assert.equal(itemAt('2020-06-30', '11.2').state, 'ok');
});

test('taskStatusAt: the latest update wins; re-opened items are not done', () => {
  const log: ProgressUpdate[] = [
    { itemId: '8.1', date: '2020-07-10', status: 'done' },
    { itemId: '8.1', date: '2020-07-20', status: 'in-progress', note: 're-opened' },
    { itemId: '8.1', date: '2020-07-30', status: 'done' },
    { itemId: '8.1', date: '2020-07-31', status: 'done' },
  ];
  const s = itemAt('2020-07-25', '8.1', log);
  assert.equal(s.progress, 'in-progress');
  const d = itemAt('2020-08-10', '8.1', log);
  assert.deepEqual([d.progress, d.doneOn, d.state], ['done', '2020-07-30', 'done-on-time']);
  const r = taskStatusAt(plan, [{ itemId: '99.1', date: '2020-07-01', status: 'done' }], '2020-08-01');
  assert.deepEqual(r.issues, [{ code: 'plan.progress.unknown-item', path: ['progress', 0, 'itemId'], params: { itemId: '99.1' } }]);
});

test('taskStatusAt: escalation thresholds are configurable, or off', () => {
  const opts = { escalation: { yellowWorkdaysLeft: 1, redOverdueWorkdays: 5 } };
  assert.equal(itemAt('2020-09-28', '2.1', sampleProgress2020, opts).escalation, 'blue');
  assert.equal(itemAt('2020-09-30', '2.1', sampleProgress2020, opts).escalation, 'yellow'); // due today
  assert.equal(itemAt('2020-10-12', '3.1', sampleProgress2020, opts).escalation, 'yellow'); // 3 days overdue < 5
  assert.equal(itemAt('2020-10-20', '3.1', sampleProgress2020, opts).escalation, 'red');
  assert.equal(itemAt('2020-10-20', '3.1', sampleProgress2020, { escalation: false }).escalation, undefined);
  // Blocked is at least yellow.
  assert.equal(itemAt('2020-08-20', '6.1').escalation, 'yellow');
  assert.equal(itemAt('2020-08-20', '6.1', sampleProgress2020, { escalation: { blockedIsYellow: false } }).escalation, 'blue');
  // dueSoonWorkdays moves the due-soon boundary.
  assert.equal(itemAt('2020-09-21', '2.1', sampleProgress2020, { dueSoonWorkdays: 10 }).state, 'due-soon');
  assert.equal(itemAt('2020-09-21', '2.1').state, 'ok');
});

test('taskStatusAt: a custom calendar is used', () => {
  const calendar = createCalendar({ closures: [{ date: '2020-09-29', name: '示例：停电闭馆' }] });
  const s = itemAt('2020-09-28', '2.1', sampleProgress2020, { calendar });
  assert.equal(s.workdaysLeft, 1);
});

test('roll-ups: per task share, per unit by due date with groups expanded, per month', () => {
  const s = taskStatusAt(plan, sampleProgress2020, '2020-09-28');
  const t13 = s.byTask.find((t) => t.number === 13)!;
  assert.deepEqual([t13.items, t13.done], [3, 1]);
  assert.ok(Math.abs(t13.share - 1 / 3) < 1e-9);
  assert.equal(s.byTask.find((t) => t.number === 8)!.share, 1);
  assert.equal(s.byTask.find((t) => t.number === 2)!.share, 0);

  // 县财政局 owes every "县直各部门、单位" item, and 1.1 where it is named.
  const fin = unitObligations(s, 'county-finance')!;
  assert.ok(fin);
  const finIds = fin.items.map((i) => i.itemId);
  for (const id of ['1.1', '2.1', '8.1', '13.3', '10.1']) assert.ok(finIds.includes(id), id);
  for (const id of ['8.2', '11.2', '13.1']) assert.ok(!finIds.includes(id), id);
  const dues = fin.items.map((i) => i.due!);
  assert.deepEqual(dues, [...dues].sort());
  assert.equal(fin.nextDue, '2020-09-30');
  assert.equal(fin.open, fin.items.filter((i) => i.progress !== 'done').length);

  const office = unitObligations(s, 'county-government-office')!;
  assert.ok(office.items.some((i) => i.itemId === '13.1'));
  const archives = unitObligations(s, 'county-archives')!;
  assert.ok(archives.items.some((i) => i.itemId === '8.2'));

  assert.deepEqual(
    s.byMonth.map((m) => [m.month, m.items.length, m.done]),
    [
      ['2020-06', 3, 3],
      ['2020-07', 2, 2],
      ['2020-09', 10, 2],
      ['2020-11', 4, 0],
    ],
  );
  assert.equal(
    s.byMonth.reduce((n, m) => n + m.items.length, 0),
    19,
  );
});

test('taskStatusAt rejects a non-date today', () => {
  assert.throws(() => taskStatusAt(plan, [], '2020-13-01'), /date\.invalid/);
});

test('taskStatusAt works on a generated plan', () => {
  const g = generatePlan(50, 4, 7);
  const s = taskStatusAt(g, [{ itemId: '1.1', date: '2024-03-01', status: 'done' }], '2024-06-01');
  assert.equal(s.items.length, 200);
  assert.equal(s.byTask.length, 50);
  assert.ok(s.items.every((i) => i.due !== undefined));
});
