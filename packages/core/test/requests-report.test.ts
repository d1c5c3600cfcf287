import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ANNUAL_REPORT_TABLE4_SHAPE,
  annualReportTable3,
  annualReportTable4,
  checkTable3Balance,
  generateRequests,
  InvalidArgumentError,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  table4Cells,
  type ReportRequest,
  type RequestEvent,
} from '../src/index.js';

const person = { applicant: { kind: 'natural-person' as const } };
const org = (organisationType: 'commercial' | 'research' | 'public-interest' | 'legal-services' | 'other') => ({
  applicant: { kind: 'organisation' as const, organisationType },
});
const rec = (date: string): RequestEvent => ({ type: 'received', date, channel: 'in-person' });

test('table 三 has 25 rows × 7 columns', () => {
  assert.equal(TABLE3_ROWS.length, 25);
  assert.equal(TABLE3_COLUMNS.length, 7);
  const r = annualReportTable3([], 2024);
  assert.equal(Object.keys(r.table).length, 25);
  for (const row of TABLE3_ROWS) assert.deepEqual(Object.keys(r.table[row]), [...TABLE3_COLUMNS]);
  assert.equal(r.balanced, true);
});

test('hand-checked small set: carried over, carried forward, outcome rows, unclassified', () => {
  const requests: ReportRequest[] = [
    // 0: received 2023, replied 2024 → carried over, granted
    { id: 'a', application: person, events: [rec('2023-12-20'), { type: 'replied', date: '2024-01-10', outcome: 'DISCLOSE' }] },
    // 1: received 2023, closed 2023 → not in 2024 at all
    { id: 'b', application: person, events: [rec('2023-11-01'), { type: 'replied', date: '2023-11-20', outcome: 'NOT_EXIST' }] },
    // 2: received 2023, still open at end of 2024 → carried over and carried forward
    {
      id: 'c',
      application: org('research'),
      events: [rec('2023-12-28'), { type: 'due-date-set', date: '2024-01-05', due: '2025-03-01', reason: 'Art. 35' }],
    },
    // 3: received 2024, withheld (state secret) in 2024
    {
      id: 'd',
      application: org('commercial'),
      events: [rec('2024-03-01'), { type: 'replied', date: '2024-03-20', outcome: 'WITHHOLD', grounds: 'STATE_SECRET' }],
    },
    // 4: received 2024, replied 2025 → new, carried forward
    {
      id: 'e',
      application: org('commercial'),
      events: [rec('2024-12-20'), { type: 'replied', date: '2025-01-08', outcome: 'PARTIAL', grounds: ['PROCESS_INFO'] }],
    },
    // 5: received 2024, correction lapsed → （六）1
    {
      id: 'f',
      application: org('legal-services'),
      events: [rec('2024-05-06'), { type: 'correction-requested', date: '2024-05-07' }, { type: 'correction-lapsed', date: '2024-05-31' }],
    },
    // 6: received 2024, petition → （五）1
    {
      id: 'g',
      application: org('public-interest'),
      events: [rec('2024-06-03'), { type: 'not-processed', date: '2024-06-05', reason: 'PETITION_COMPLAINT' }],
    },
    // 7: received 2024, fee unpaid → （六）2; archived later
    {
      id: 'h',
      application: org('other'),
      events: [
        rec('2024-07-01'),
        { type: 'not-processed', date: '2024-07-20', reason: 'FEE_UNPAID' },
        { type: 'archived', date: '2024-08-01' },
      ],
    },
    // 8: received 2025 → not in 2024
    { id: 'i', application: person, events: [rec('2025-01-03')] },
    // 9: unclassifiable: unknown reason
    { id: 'j', application: person, events: [rec('2024-02-01'), { type: 'not-processed', date: '2024-02-05', reason: '其他原因' }] },
    // 10: unclassifiable: organisation without type
    { id: 'k', application: { applicant: { kind: 'organisation' } }, events: [rec('2024-02-01')] },
    // 11: unclassifiable: invalid log (reply before receipt)
    { id: 'l', application: person, events: [rec('2024-02-05'), { type: 'replied', date: '2024-02-01', outcome: 'DISCLOSE' }] },
    // 12: unclassifiable: no receipt yet
    { id: 'm', application: person, events: [{ type: 'submitted', at: '2024-02-01T10:00:00+08:00', channel: 'online' }] },
    // 13: unclassifiable: WITHHOLD without ground (written directly, bypassing applyEvent)
    { id: 'n', application: person, events: [rec('2024-02-01'), { type: 'replied', date: '2024-02-05', outcome: 'WITHHOLD' }] },
    // 14: withdrawn → （六）3
    { id: 'o', application: person, events: [rec('2024-09-02'), { type: 'withdrawn', date: '2024-09-03' }] },
    // 15: third-party trade secret → 4.保护第三方合法权益
    {
      id: 'p',
      application: person,
      events: [
        rec('2024-09-02'),
        { type: 'replied', date: '2024-09-10', outcome: 'WITHHOLD', grounds: ['THIRD_PARTY_TRADE_SECRET', 'PROCESS_INFO'] },
      ],
    },
  ];
  const r = annualReportTable3(requests, 2024);
  const t = r.table;
  assert.deepEqual(
    r.unclassified.map((u) => [u.id, u.code]),
    [
      ['j', 'request.report.reason-unknown'],
      ['k', 'request.report.applicant-unknown'],
      ['l', 'request.report.invalid-log'],
      ['m', 'request.report.no-receipt'],
      ['n', 'request.report.withhold-no-ground'],
    ],
  );
  assert.deepEqual(t.newReceived, {
    naturalPerson: 2,
    commercial: 2,
    research: 0,
    publicInterest: 1,
    legalServices: 1,
    other: 1,
    total: 7,
  });
  assert.deepEqual(t.carriedOver, {
    naturalPerson: 1,
    commercial: 0,
    research: 1,
    publicInterest: 0,
    legalServices: 0,
    other: 0,
    total: 2,
  });
  assert.deepEqual(t.carriedForward, {
    naturalPerson: 0,
    commercial: 1,
    research: 1,
    publicInterest: 0,
    legalServices: 0,
    other: 0,
    total: 2,
  });
  assert.equal(t.granted.naturalPerson, 1);
  assert.equal(t['denied.stateSecret'].commercial, 1);
  assert.equal(t['denied.thirdPartyRights'].naturalPerson, 1);
  assert.equal(t['other.noCorrection'].legalServices, 1);
  assert.equal(t['notProcessed.complaint'].publicInterest, 1);
  assert.equal(t['other.feeUnpaid'].other, 1);
  assert.equal(t['other.other'].naturalPerson, 1);
  assert.equal(t.totalProcessed.total, 7);
  assert.equal(r.balanced, true);
  assert.deepEqual(r.issues, []);

  const r2025 = annualReportTable3(requests, 2025);
  assert.deepEqual(r2025.table.carriedOver, t.carriedForward, "2024's carried-forward is 2025's carried-over");
  assert.equal(r2025.table.partialGrant.commercial, 1);
  assert.equal(r2025.table.newReceived.total, 1);
});

test('generated sets across the year boundary balance per column, and years chain', () => {
  for (const seed of [1, 2, 3]) {
    const requests = generateRequests(300, seed);
    assert.equal(requests.length, 300);
    assert.deepEqual(requests, generateRequests(300, seed), 'deterministic');
    const receiptYears = new Set(requests.map((q) => q.events[0]!.type === 'received' && q.events[0].date.slice(0, 4)));
    assert.deepEqual([...receiptYears].sort(), ['2023', '2024', '2025']);
    const byYear = [2023, 2024, 2025].map((y) => annualReportTable3(requests, y));
    for (const r of byYear) {
      assert.deepEqual(r.issues, [], `seed ${seed} year ${r.year}`);
      assert.equal(r.balanced, true);
      assert.deepEqual(r.unclassified, []);
      for (const c of TABLE3_COLUMNS) {
        assert.equal(r.table.newReceived[c] + r.table.carriedOver[c], r.table.totalProcessed[c] + r.table.carriedForward[c]);
      }
    }
    assert.deepEqual(byYear[1]!.table.carriedOver, byYear[0]!.table.carriedForward);
    assert.deepEqual(byYear[2]!.table.carriedOver, byYear[1]!.table.carriedForward);
    assert.equal(byYear[0]!.table.carriedOver.total, 0);
    const received = (y: number) =>
      requests.filter((q) => q.events[0]!.type === 'received' && q.events[0].date.startsWith(String(y))).length;
    for (const [i, y] of [2023, 2024, 2025].entries()) assert.equal(byYear[i]!.table.newReceived.total, received(y));
    assert.ok(byYear[1]!.table.carriedOver.total > 0 && byYear[1]!.table.carriedForward.total > 0);
    const outcomes = TABLE3_ROWS.slice(2, 23).filter((row) => byYear[1]!.table[row].total > 0);
    assert.ok(outcomes.length >= 12, `many rows used: ${outcomes.length}`);
  }
});

test('the balance check reports a tampered table', () => {
  const r = annualReportTable3(generateRequests(50, 9), 2024);
  const t = structuredClone(r.table);
  t.carriedForward.research += 1;
  t.carriedForward.total += 1;
  const issues = checkTable3Balance(t);
  assert.deepEqual(
    issues.map((i) => [i.code, i.params?.column]),
    [
      ['request.report.unbalanced', 'research'],
      ['request.report.unbalanced', 'total'],
    ],
  );
  assert.throws(() => annualReportTable3([], 1.5), InvalidArgumentError);
});

test('table 四: shape of 3 groups × 5 columns and a builder from counts', () => {
  assert.equal(ANNUAL_REPORT_TABLE4_SHAPE.groups.length * ANNUAL_REPORT_TABLE4_SHAPE.columns.length, 15);
  assert.deepEqual(
    ANNUAL_REPORT_TABLE4_SHAPE.columns.map((c) => c.label),
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  );
  const t = annualReportTable4({ reconsideration: { upheld: 3, corrected: 1, pending: 2 }, litigationAfterReconsideration: { other: 1 } });
  assert.deepEqual(t.reconsideration, { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 });
  assert.deepEqual(table4Cells(t), [3, 1, 0, 2, 6, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
  assert.throws(() => annualReportTable4({ litigationDirect: { upheld: -1 } }), InvalidArgumentError);
});
