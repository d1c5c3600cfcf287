import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DataError,
  itemDeadlineText,
  itemStatusText,
  parseDeadline,
  PLAN_TABLE_COLUMNS,
  planTable,
  planToCsv,
  progressToJson,
  sampleProgress2020,
  taskStatusAt,
  wenshangPlan2020,
  type ItemStatus,
  type Plan,
  type ProgressUpdate,
  parseCsv,
} from '../src/index.js';

const plan = wenshangPlan2020;
// 2020-10-12: the items due 2020-09-30 are 3 working days overdue (10-09 Fri, 10-10 Sat worked
// as a make-up day, 10-12 Mon; 10-01 to 10-08 is the National Day holiday); the items due
// 2020-11-30 have 35 working days left (14 in October after the 12th, 21 in November).
const status = taskStatusAt(plan, sampleProgress2020, '2020-10-12');

const rowOf = (table: string[][], number: string, nth = 0) => table.filter((r) => r[0] === number)[nth]!;

test('planTable: the document’s columns, in both languages', () => {
  assert.deepEqual(PLAN_TABLE_COLUMNS, ['number', 'task', 'units', 'requirements', 'deadline', 'status']);
  assert.deepEqual(planTable(plan, status, 'zh-CN')[0], ['序号', '工作任务', '主体责任单位', '具体要求', '完成时限', '进展情况']);
  assert.deepEqual(planTable(plan, status, 'en')[0], ['No.', 'Task', 'Responsible units', 'Requirements', 'Deadline', 'Progress']);
});

test('planTable: one row per item; number and title repeated on every row of a task', () => {
  const t = planTable(plan, status, 'zh-CN');
  assert.equal(t.length, 1 + 19);
  assert.ok(t.every((r) => r.length === 6));
  assert.deepEqual(
    t.slice(1).map((r) => r[0]),
    ['1', '2', '3', '4', '5', '6', '7', '8', '8', '9', '9', '10', '11', '11', '12', '12', '13', '13', '13'],
  );
  assert.deepEqual(rowOf(t, '8', 0).slice(0, 2), ['8', '拓宽公开渠道']);
  assert.deepEqual(rowOf(t, '8', 1).slice(0, 2), ['8', '拓宽公开渠道']);
  // Units and deadline as written, line break kept.
  assert.equal(rowOf(t, '8', 0)[2], '县直各部门、单位；\n各乡镇（街道）');
  assert.equal(rowOf(t, '8', 0)[4], '2020年7月底前');
  assert.equal(rowOf(t, '9', 1)[4], '2020年11月底前');
});

test('planTable: several requirements are numbered; a single one is not', () => {
  const t = planTable(plan, status, 'zh-CN');
  const req = rowOf(t, '2')[3]!.split('\n');
  assert.equal(req.length, 3);
  assert.ok(req[0]!.startsWith('（1）实行政府信息全生命周期管理'));
  assert.ok(req[1]!.startsWith('（2）印发公文时明确标注'));
  assert.ok(req[2]!.startsWith('（3）建立健全政府信息依申请转主动公开工作机制'));
  assert.ok(rowOf(t, '5')[3]!.startsWith('要坚持规范引领'));
  assert.ok(rowOf(planTable(plan, status, 'en'), '2')[3]!.startsWith('(1) 实行'));
});

test('planTable: the status column is the progress label and, unless done, the deadline words', () => {
  const zh = planTable(plan, status, 'zh-CN');
  const en = planTable(plan, status, 'en');
  // 3.1: in progress, due 2020-09-30.
  assert.equal(rowOf(zh, '3')[5], '推进中；已逾期 3 个工作日');
  assert.equal(rowOf(en, '3')[5], 'In progress; overdue by 3 working days');
  // 6.1: blocked.
  assert.equal(rowOf(zh, '6')[5], '受阻；已逾期 3 个工作日');
  // 1.1 and 2.1 done (2.1 late): the label only.
  assert.equal(rowOf(zh, '1')[5], '已完成');
  assert.equal(rowOf(zh, '2')[5], '已完成');
  assert.equal(rowOf(en, '2')[5], 'Done');
  // 13.1: no update, due 2020-11-30.
  assert.equal(rowOf(zh, '13', 0)[5], '未开始；还剩 35 个工作日');
  assert.equal(rowOf(en, '13', 0)[5], 'Not started; 35 working days left');
});

test('itemStatusText: due today, the last working day, no due date, no status', () => {
  const base: ItemStatus = {
    itemId: '1.1',
    taskNumber: 1,
    deadlineText: 'x',
    progress: 'in-progress',
    state: 'due-today',
    workdaysLeft: 0,
    workdaysOverdue: 0,
    provisional: false,
    units: [],
    lead: [],
  };
  assert.equal(itemStatusText(base, 'zh-CN'), '推进中；今日到期');
  assert.equal(itemStatusText(base, 'en'), 'In progress; due today');
  assert.equal(itemStatusText({ ...base, state: 'due-soon', workdaysLeft: 0 }, 'zh-CN'), '推进中；今天是到期前最后一个工作日');
  assert.equal(itemStatusText({ ...base, state: 'due-soon', workdaysLeft: 1 }, 'en'), 'In progress; 1 working day left');
  assert.equal(itemStatusText({ ...base, state: 'overdue', workdaysOverdue: 1 }, 'en'), 'In progress; overdue by 1 working day');
  assert.equal(itemStatusText({ ...base, progress: 'not-started', state: 'no-due-date' }, 'zh-CN'), '未开始；无具体到期日');
  assert.equal(itemStatusText({ ...base, progress: 'blocked', state: 'no-due-date' }, 'en'), 'Blocked; no due date');
  assert.equal(itemStatusText({ ...base, progress: 'done', state: 'done-late', workdaysOverdue: 3 }, 'zh-CN'), '已完成');
  assert.equal(itemStatusText(undefined, 'zh-CN'), '未开始；无具体到期日');
});

test('planToCsv: BOM, CRLF, and the table read back cell for cell', () => {
  const csv = planToCsv(plan, status, 'zh-CN');
  assert.equal(csv[0], '\uFEFF');
  assert.ok(csv.startsWith('\uFEFF"序号","工作任务","主体责任单位","具体要求","完成时限","进展情况"\r\n'));
  assert.ok(csv.endsWith('\r\n'));
  assert.doesNotMatch(csv.replace(/\r\n/g, ''), /[\r\n]/);
  const rows = parseCsv(csv.slice(1));
  assert.equal(rows.length, 20);
  assert.deepEqual(rows[8], ['8', '拓宽公开渠道', '县直各部门、单位；\r\n各乡镇（街道）', rows[8]![3], '2020年7月底前', '已完成']);
  assert.ok(rows[8]![3]!.startsWith('要综合利用政务微博'));
  assert.deepEqual(rows[3]!.slice(4), ['2020年9月底前', '推进中；已逾期 3 个工作日']);
});

test('planToCsv: quotes, commas and formulas from the data cannot break out', () => {
  const hostile: Plan = {
    title: 't',
    issuer: 'i',
    issueDate: '2020-06-07',
    planYear: 2020,
    tasks: [
      {
        number: 1,
        title: '=HYPERLINK("http://evil.example","点我")',
        items: [
          {
            id: '1.1',
            units: { text: '县财政局, "县审计局"', resolved: [], lead: [], cooperating: [], unresolved: [], needsChoice: false },
            requirements: ['+1', '-2'],
            deadline: { text: '2020年7月底前', rule: parseDeadline('2020年7月底前') },
          },
        ],
      },
    ],
  };
  const s = taskStatusAt(hostile, [], '2020-07-01');
  const rows = parseCsv(planToCsv(hostile, s, 'zh-CN').slice(1));
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[1]!.slice(0, 4), ['1', `'=HYPERLINK("http://evil.example","点我")`, '县财政局, "县审计局"', '（1）+1\r\n（2）-2']);
  // 2020-07-01 to 2020-07-31: 22 working days (July 2020 has 23, less the 1st itself).
  assert.equal(rows[1]![5], '未开始；还剩 22 个工作日');
});

test('progressToJson: stable pretty JSON with the fields in a fixed order', () => {
  const shuffled = [
    { reportedBy: '县政府办公室', status: 'done', date: '2020-07-28', itemId: '8.1', note: 'a "b"' },
    {
      evidence: [{ url: 'https://example.org/z', title: '照片' }],
      status: 'in-progress',
      itemId: '8.2',
      date: '2020-07-15',
      example: true,
    },
  ] as ProgressUpdate[];
  const expected =
    '[\n' +
    '  {\n' +
    '    "itemId": "8.1",\n' +
    '    "date": "2020-07-28",\n' +
    '    "status": "done",\n' +
    '    "note": "a \\"b\\"",\n' +
    '    "reportedBy": "县政府办公室"\n' +
    '  },\n' +
    '  {\n' +
    '    "itemId": "8.2",\n' +
    '    "date": "2020-07-15",\n' +
    '    "status": "in-progress",\n' +
    '    "evidence": [\n' +
    '      {\n' +
    '        "title": "照片",\n' +
    '        "url": "https://example.org/z"\n' +
    '      }\n' +
    '    ],\n' +
    '    "example": true\n' +
    '  }\n' +
    ']\n';
  assert.equal(progressToJson(shuffled), expected);
  assert.equal(progressToJson([]), '[]\n');
  // The sample log round-trips.
  assert.deepEqual(JSON.parse(progressToJson(sampleProgress2020, plan)), sampleProgress2020);
});

test('progressToJson: an invalid log throws DataError with the located issues', () => {
  const bad = [
    { itemId: '8.1', date: '2020-07-28', status: 'done' },
    { itemId: '8.1', date: '2020-07-28', status: 'finished' },
  ] as unknown as ProgressUpdate[];
  assert.throws(
    () => progressToJson(bad),
    (e: unknown) => e instanceof DataError && e.issues.length === 1 && e.issues[0]!.path.join('.') === 'progress.1.status',
  );
  assert.throws(
    () => progressToJson([{ itemId: '99.1', date: '2020-07-28', status: 'done' }], plan),
    (e: unknown) => e instanceof DataError && e.issues[0]!.code === 'plan.progress.entry.unknown-item',
  );
});

test('itemDeadlineText: the chip words for every item state, in zh-CN and en', () => {
  const item = (over: Partial<ItemStatus>): ItemStatus => ({
    itemId: '1.1',
    taskNumber: 1,
    deadlineText: '2020年9月底前',
    progress: 'in-progress',
    state: 'ok',
    workdaysLeft: 12,
    workdaysOverdue: 0,
    provisional: false,
    units: [],
    lead: [],
    ...over,
  });
  assert.equal(itemDeadlineText(item({}), 'zh-CN'), '还剩 12 个工作日');
  assert.equal(itemDeadlineText(item({}), 'en'), '12 working days left');
  assert.equal(itemDeadlineText(item({ state: 'due-today', workdaysLeft: 0 }), 'zh-CN'), '今日到期');
  assert.equal(itemDeadlineText(item({ state: 'overdue', workdaysLeft: 0, workdaysOverdue: 3 }), 'zh-CN'), '已逾期 3 个工作日');
  assert.equal(itemDeadlineText(item({ progress: 'done', state: 'done-on-time' }), 'zh-CN'), '按期完成');
  assert.equal(itemDeadlineText(item({ progress: 'done', state: 'done-late', workdaysOverdue: 2 }), 'zh-CN'), '逾期 2 个工作日完成');
  assert.equal(itemDeadlineText(item({ state: 'no-due-date', workdaysLeft: 0 }), 'zh-CN'), '无具体到期日');
  // Due on a rest day with no working day left before it: the last working day, not "0 left".
  assert.equal(itemDeadlineText(item({ state: 'due-soon', workdaysLeft: 0 }), 'zh-CN'), '今天是到期前最后一个工作日');
});
