import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addMonthsClamped,
  cleanupList,
  DocumentRecordSchema,
  GkError,
  InvalidDateError,
  msg,
  reviewDue,
  type DocumentRecord,
  type DocumentRecordInput,
} from '../src/index.js';

function rec(id: string, over: Partial<DocumentRecordInput>): DocumentRecord {
  return DocumentRecordSchema.parse({
    id,
    title: `文件${id}`,
    docNumber: `汶政办字〔2020〕${id.length}号`,
    issuer: '汶上县人民政府办公室',
    issueDate: '2020-01-01',
    attribute: 'ON_REQUEST',
    ground: 'INTERNAL_AFFAIRS',
    reason: '属于内部人事管理信息',
    status: 'in-force',
    ...over,
  });
}

test('addMonthsClamped: month-end clamp and leap years (hand-computed)', () => {
  assert.equal(addMonthsClamped('2024-02-29', 12), '2025-02-28');
  assert.equal(addMonthsClamped('2024-02-29', 48), '2028-02-29');
  assert.equal(addMonthsClamped('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonthsClamped('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonthsClamped('2024-08-31', 6), '2025-02-28');
  assert.equal(addMonthsClamped('2024-10-31', 1), '2024-11-30');
  assert.equal(addMonthsClamped('2024-12-15', 1), '2025-01-15');
  assert.equal(addMonthsClamped('2020-06-07', 12), '2021-06-07');
});

const records = [
  rec('A', { attribute: 'NOT_DISCLOSED', issueDate: '2024-02-29' }),
  rec('B', {
    issueDate: '2022-05-10',
    reviews: [
      { date: '2024-01-31', result: 'keep-withheld', reviewer: '县政务公开办' },
      { date: '2023-06-01', result: 'keep-withheld' },
    ],
  }),
  rec('C', { attribute: 'NOT_DISCLOSED', issueDate: '2024-08-31' }),
  rec('D', { attribute: 'PROACTIVE', ground: undefined, reason: undefined, issueDate: '2020-01-01' }),
  rec('E', { attribute: 'NOT_DISCLOSED', issueDate: '2020-01-01', status: 'repealed', statusDate: '2022-01-01' }),
  rec('F', { issueDate: '2024-02-20' }),
  rec('G', { issueDate: '2024-03-22' }),
  rec('H', { issueDate: '2024-03-23' }),
];

test('reviewDue: withheld records in force, yearly from the last review or the issue date', () => {
  const due = reviewDue(records, '2025-02-20');
  assert.deepEqual(
    due.map((d) => [d.record.id, d.dueDate, d.overdue, d.daysLeft, d.lastReview?.date]),
    [
      ['B', '2025-01-31', true, -20, '2024-01-31'], // last review 2024-01-31 (reviews out of order)
      ['F', '2025-02-20', true, 0, undefined], // due today counts as due
      ['A', '2025-02-28', false, 8, undefined], // 2024-02-29 + 12 months, clamped
      ['G', '2025-03-22', false, 30, undefined], // the last day of the 30-day look-ahead
    ],
  );
  assert.equal(due[0]!.lastReview?.reviewer, '县政务公开办');
  assert.ok(!('lastReview' in due[1]!));
  assert.deepEqual(
    reviewDue(records, '2025-02-20', { lookAheadDays: 0 }).map((d) => d.record.id),
    ['B', 'F'],
  );
  // Half-yearly: 2024-08-31 + 6 → 2025-02-28 (C), 2024-02-29 + 6 → 2024-08-29 (A).
  const half = reviewDue(records, '2025-02-20', { intervalMonths: 6, lookAheadDays: 8 });
  assert.deepEqual(
    half.map((d) => [d.record.id, d.dueDate]),
    [
      ['B', '2024-07-31'],
      ['F', '2024-08-20'],
      ['A', '2024-08-29'],
      ['G', '2024-09-22'],
      ['H', '2024-09-23'],
      ['C', '2025-02-28'],
    ],
  );
  assert.deepEqual(reviewDue([], '2025-02-20'), []);
});

test('reviewDue rejects a bad today or bad options', () => {
  assert.throws(() => reviewDue(records, '2025-02-30'), InvalidDateError);
  assert.throws(() => reviewDue(records, '2025-02-20', { intervalMonths: 0 }), GkError);
  assert.throws(
    () => reviewDue(records, '2025-02-20', { lookAheadDays: 1.5 }),
    (e: GkError) => e.code === 'disclosure.option.invalid',
  );
  assert.match(msg('en', 'disclosure.review-due.upcoming', { date: '2025-02-28' }), /28 Feb 2025/);
  assert.match(msg('zh-CN', 'disclosure.review-due.overdue', { date: '2025-01-31' }), /2025年1月31日/);
});

test('cleanupList: expired and repealed records without a published clean-up, oldest first', () => {
  const list = [
    rec('P', { status: 'expired', statusDate: '2024-12-31' }),
    rec('Q', { status: 'repealed', statusDate: '2023-06-30' }),
    rec('R', { status: 'expired', statusDate: '2023-01-01', cleanupPublished: { date: '2023-02-01', url: 'https://example.org/qingli' } }),
    rec('S', { status: 'repealed' }),
    rec('T', {}),
    rec('U', { status: 'expired', statusDate: '2025-03-01' }),
  ];
  const out = cleanupList(list, '2025-02-20');
  assert.deepEqual(
    out.map((c) => [c.record.id, c.since, c.daysSince]),
    [
      ['S', undefined, undefined], // no statusDate: age unknown, listed first
      ['Q', '2023-06-30', 601], // 366 days to 2024-06-30 (leap day), + 215 to 2025-01-31, + 20
      ['P', '2024-12-31', 51],
    ],
  );
  assert.deepEqual(
    cleanupList(list, '2025-03-01').map((c) => c.record.id),
    ['S', 'Q', 'P', 'U'],
  );
  assert.throws(() => cleanupList(list, 'today'), InvalidDateError);
  assert.match(msg('zh-CN', 'disclosure.cleanup.pending', { date: '2024-12-31' }), /2024年12月31日起已失效或废止/);
});
