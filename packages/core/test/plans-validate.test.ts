import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue, sampleProgress2020, validatePlan, validateProgress, wenshangPlan2020, type Plan } from '../src/index.js';

/** A deep copy through JSON, as a plan arrives from a file or a server. */
const json = (): Record<string, any> => JSON.parse(JSON.stringify(wenshangPlan2020)); // eslint-disable-line @typescript-eslint/no-explicit-any
const where = (issues: { code: string; path: (string | number)[]; params?: Record<string, unknown> }[]) =>
  issues.map((i) => [i.code, i.path.join('.'), i.params?.n, i.params?.row, i.params?.field]);

test('validatePlan: the seed plan in JSON form is valid and comes back unchanged', () => {
  const r = validatePlan(json());
  assert.equal(r.ok, true);
  assert.deepEqual(r.issues, []);
  assert.deepEqual(r.value, wenshangPlan2020);
  assert.equal(r.value?.tasks.length, 13);
});

test('validatePlan: invalid tasks are dropped with every problem located; the others stay', () => {
  const bad = json();
  bad.tasks[2].title = '   ';
  bad.tasks[2].items[0].deadline.rule = { kind: 'nope' };
  delete bad.tasks[5].items[0].units;
  bad.tasks[9].items[0] = 'row';
  bad.tasks[10].number = 0;
  bad.tasks[11].items = [];
  const r = validatePlan(bad);
  assert.equal(r.ok, false);
  assert.deepEqual(where(r.issues), [
    ['plan.task.missing', 'tasks.2.title', 3, undefined, 'title'],
    ['plan.item.invalid-value', 'tasks.2.items.0.deadline.rule', 3, 1, 'deadline.rule'],
    ['plan.item.missing', 'tasks.5.items.0.units', 6, 1, 'units'],
    ['plan.item.not-object', 'tasks.9.items.0', 10, 1, undefined],
    ['plan.task.invalid-value', 'tasks.10.number', 11, undefined, 'number'],
    ['plan.task.items-empty', 'tasks.11.items', 12, undefined, 'items'],
  ]);
  assert.ok(r.issues.every((i) => i.severity === 'error'));
  // Header valid: the value holds the 8 valid tasks, in input order.
  assert.deepEqual(
    r.value?.tasks.map((t) => t.number),
    [1, 2, 4, 5, 7, 8, 9, 13],
  );
  assert.equal(r.value?.title, '汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）');
  // index, rowIndex and a short value preview.
  const rule = r.issues[1]!;
  assert.deepEqual([rule.params?.index, rule.params?.rowIndex, rule.params?.value], [2, 0, '{"kind":"nope"}']);
  assert.equal(r.issues[4]!.params?.value, '0');
});

test('validatePlan: the messages read as the board shows them', () => {
  const bad = json();
  bad.tasks[2].title = '';
  bad.tasks[2].items[0].deadline.text = 42;
  bad.tasks[2].items[0].units.text = '';
  const r = validatePlan(bad);
  const zh = r.issues.map((i) => formatIssue('zh-CN', i));
  const en = r.issues.map((i) => formatIssue('en', i));
  assert.deepEqual(zh, [
    '第 3 项任务 (tasks[2]) 缺少 标题',
    '第 3 项任务 (tasks[2]) 第 1 行 (items[0]) 缺少 主体责任单位（units.text）',
    '第 3 项任务 (tasks[2]) 第 1 行 (items[0]) 的 完成时限（deadline.text） 无效：“42”',
  ]);
  assert.deepEqual(en, [
    'Task 3 (tasks[2]) is missing its title',
    'Task 3 (tasks[2]), row 1 (items[0]) is missing its responsible units (units.text)',
    'Task 3 (tasks[2]), row 1 (items[0]): the deadline (deadline.text) is invalid “42”',
  ]);
  const requirements = validatePlan({
    ...json(),
    tasks: [{ ...json().tasks[0], items: [{ ...json().tasks[0].items[0], requirements: 'x' }] }],
  });
  assert.equal(formatIssue('zh-CN', requirements.issues[0]!), '第 1 项任务 (tasks[0]) 第 1 行 (items[0]) 的 具体要求 无效：“x”');
  assert.equal(formatIssue('en', requirements.issues[0]!), 'Task 1 (tasks[0]), row 1 (items[0]): the requirements is invalid “x”');
});

test('validatePlan: a header problem leaves no value; each header field is named', () => {
  const { title: _t, issuer: _i, ...rest } = json();
  const r = validatePlan({ ...rest, issueDate: '2020-02-30', planYear: 1900 });
  assert.equal(r.ok, false);
  assert.equal(r.value, undefined);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path.join('.'), formatIssue('zh-CN', i), formatIssue('en', i)]),
    [
      ['plan.json.missing', 'title', '计划缺少 标题', 'The plan is missing its title'],
      ['plan.json.missing', 'issuer', '计划缺少 发布机关', 'The plan is missing its issuing office'],
      ['plan.json.invalid-value', 'issueDate', '计划的 发布日期 无效：“2020-02-30”', "The plan's issue date is invalid “2020-02-30”"],
      ['plan.json.invalid-value', 'planYear', '计划的 计划年度 无效：“1900”', "The plan's plan year is invalid “1900”"],
    ],
  );
});

test('validatePlan: tasks missing or not a list; no valid task left gives an empty list', () => {
  const { tasks: _t, ...header } = json();
  const missing = validatePlan(header);
  assert.deepEqual(where(missing.issues), [['plan.json.missing', 'tasks', undefined, undefined, 'tasks']]);
  assert.equal(missing.value, undefined);
  const notList = validatePlan({ ...header, tasks: 'x' });
  assert.deepEqual(where(notList.issues), [['plan.json.tasks-not-array', 'tasks', undefined, undefined, 'tasks']]);
  assert.equal(notList.value, undefined);
  const empty = validatePlan({ ...header, tasks: [] });
  assert.deepEqual(where(empty.issues), [['plan.tasks.empty', 'tasks', undefined, undefined, undefined]]);
  assert.deepEqual(empty.value?.tasks, []);
  const none = validatePlan({ ...header, tasks: [null, 7] });
  assert.deepEqual(where(none.issues), [
    ['plan.task.not-object', 'tasks.0', 1, undefined, undefined],
    ['plan.task.not-object', 'tasks.1', 2, undefined, undefined],
  ]);
  assert.equal(formatIssue('zh-CN', none.issues[1]!), '第 2 项任务 (tasks[1]) 应为对象：“7”');
  assert.deepEqual(none.value?.tasks, []);
  assert.equal(none.value?.issuer, '汶上县人民政府办公室');
});

test('validatePlan: duplicate task numbers and item ids drop the later task', () => {
  const bad = json();
  bad.tasks[6].number = 1; // task 7 claims number 1
  bad.tasks[7].items[1].id = '1.1'; // task 8 row 2 repeats item 1.1
  bad.tasks[8].items[1].id = '9.1'; // task 9 repeats its own row 1
  const r = validatePlan(bad);
  assert.deepEqual(where(r.issues), [
    ['plan.task.duplicate-number', 'tasks.6.number', 7, undefined, 'number'],
    ['plan.item.duplicate-id', 'tasks.7.items.1.id', 8, 2, 'id'],
    ['plan.item.duplicate-id', 'tasks.8.items.1.id', 9, 2, 'id'],
  ]);
  assert.deepEqual(
    r.value?.tasks.map((t) => t.number),
    [1, 2, 3, 4, 5, 6, 10, 11, 12, 13],
  );
  assert.deepEqual(
    r.issues.map((i) => formatIssue('zh-CN', i)),
    [
      '第 7 项任务 (tasks[6]) 的序号 1 与第 1 项任务重复',
      '第 8 项任务 (tasks[7]) 第 2 行 (items[1]) 的编号“1.1”与第 1 项任务第 1 行重复',
      '第 9 项任务 (tasks[8]) 第 2 行 (items[1]) 的编号“9.1”与第 9 项任务第 1 行重复',
    ],
  );
  assert.equal(formatIssue('en', r.issues[0]!), 'Task 7 (tasks[6]): the number 1 is already used by task 1');
  assert.equal(formatIssue('en', r.issues[1]!), 'Task 8 (tasks[7]), row 2 (items[1]): the id “1.1” is already used by task 1, row 1');
});

test('validatePlan: a dropped task does not claim its number or ids', () => {
  const bad = json();
  bad.tasks[0].title = ''; // task 1 invalid
  bad.tasks[1].number = 1; // so number 1 is free for task 2
  bad.tasks[1].items[0].id = '1.1';
  const r = validatePlan(bad);
  assert.deepEqual(where(r.issues), [['plan.task.missing', 'tasks.0.title', 1, undefined, 'title']]);
  assert.deepEqual(r.value?.tasks[0]?.number, 1);
  assert.deepEqual(r.value?.tasks[0]?.items[0]?.id, '1.1');
});

test('validatePlan: invalid notes are reported and left out; the value keeps valid notes', () => {
  const r = validatePlan({ ...json(), notes: 5 });
  assert.deepEqual(where(r.issues), [['plan.json.invalid-value', 'notes', undefined, undefined, 'notes']]);
  assert.equal(r.value?.tasks.length, 13);
  assert.equal('notes' in (r.value as Plan), false);
});

test('validatePlan never throws on hostile input', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  for (const bad of [null, undefined, 'x', 42, [], { tasks: 'x' }, { tasks: [null, 1, 'x', [], {}] }, Object.create(null), cyclic]) {
    const r = validatePlan(bad);
    assert.equal(r.ok, false);
    assert.ok(r.issues.length > 0);
    for (const i of r.issues)
      for (const lang of ['zh-CN', 'en'] as const) assert.doesNotMatch(formatIssue(lang, i), /undefined|未知问题|Unexpected/);
  }
  assert.deepEqual(where(validatePlan(null).issues), [['plan.json.invalid', '', undefined, undefined, undefined]]);
});

test('validateProgress: the sample log is valid; invalid entries are located and dropped', () => {
  const ok = validateProgress(JSON.parse(JSON.stringify(sampleProgress2020)), wenshangPlan2020);
  assert.equal(ok.ok, true);
  assert.deepEqual(ok.value, sampleProgress2020);

  const r = validateProgress([
    { itemId: '8.1', date: '2020-07-01', status: 'done' },
    { itemId: '8.1', date: '2020-07-02', status: 'finished' },
    { itemId: '8', date: '2020-02-30', status: 'done', evidence: [{ url: 'https://example.org/a' }, { url: 'javascript:alert(1)' }] },
    'x',
    { date: '2020-07-01', status: 'done' },
  ]);
  assert.deepEqual(
    r.value?.map((u) => u.date),
    ['2020-07-01'],
  );
  assert.deepEqual(where(r.issues), [
    ['plan.progress.entry.invalid-value', 'progress.1.status', 2, undefined, 'status'],
    ['plan.progress.entry.invalid-value', 'progress.2.itemId', 3, undefined, 'itemId'],
    ['plan.progress.entry.invalid-value', 'progress.2.date', 3, undefined, 'date'],
    ['plan.progress.entry.evidence-url', 'progress.2.evidence.1.url', 3, undefined, 'evidence.1.url'],
    ['plan.progress.entry.not-object', 'progress.3', 4, undefined, undefined],
    ['plan.progress.entry.missing', 'progress.4.itemId', 5, undefined, 'itemId'],
  ]);
  assert.equal(formatIssue('zh-CN', r.issues[0]!), '第 2 条进度记录 (progress[1]) 的 状态 无效：“finished”');
  assert.equal(formatIssue('en', r.issues[0]!), 'Progress entry 2 (progress[1]): the status is invalid “finished”');
  assert.equal(
    formatIssue('zh-CN', r.issues[3]!),
    '第 3 条进度记录 (progress[2]) 的佐证链接必须是 http 或 https 地址：“javascript:alert(1)”',
  );
  assert.equal(
    formatIssue('en', r.issues[3]!),
    'Progress entry 3 (progress[2]): an evidence link must be an http or https address “javascript:alert(1)”',
  );
  assert.equal(formatIssue('zh-CN', r.issues[5]!), '第 5 条进度记录 (progress[4]) 缺少 事项编号');
});

test('validateProgress: with a plan, unknown items are located issues', () => {
  const r = validateProgress(
    [
      { itemId: '8.1', date: '2020-07-01', status: 'done' },
      { itemId: '14.1', date: '2020-07-01', status: 'done' },
    ],
    wenshangPlan2020,
  );
  assert.deepEqual(where(r.issues), [['plan.progress.entry.unknown-item', 'progress.1.itemId', 2, undefined, 'itemId']]);
  assert.equal(r.value?.length, 1);
  assert.equal(formatIssue('zh-CN', r.issues[0]!), '第 2 条进度记录 (progress[1]) 的事项“14.1”不在计划中');
  assert.equal(formatIssue('en', r.issues[0]!), 'Progress entry 2 (progress[1]) names item “14.1”, which the plan does not have');
  // Without a plan the same entry is fine.
  assert.equal(validateProgress([{ itemId: '14.1', date: '2020-07-01', status: 'done' }]).ok, true);
});

test('validateProgress never throws; a non-list has no value', () => {
  for (const bad of [null, undefined, 'x', 42, {}, { progress: [] }]) {
    const r = validateProgress(bad);
    assert.equal(r.ok, false);
    assert.equal(r.value, undefined);
    assert.deepEqual(where(r.issues), [['plan.progress.not-array', '', undefined, undefined, undefined]]);
  }
  assert.equal(formatIssue('zh-CN', validateProgress({}).issues[0]!), '进度记录应为列表：“{}”');
  assert.deepEqual(validateProgress([]), { ok: true, value: [], issues: [] });
});

test('validateProgress: a note of more than 500 characters (code points) is a located error with the limit', () => {
  const ok = { itemId: '1.1', date: '2020-07-01', status: 'done', note: '字'.repeat(500) };
  const tooLong = { ...ok, note: `${'字'.repeat(500)}😀` }; // 501 code points (502 UTF-16 units)
  const r = validateProgress([ok, tooLong], wenshangPlan2020);
  assert.equal(r.value?.length, 1);
  assert.equal(r.issues.length, 1);
  assert.deepEqual(r.issues[0]!.path, ['progress', 1, 'note']);
  assert.equal(formatIssue('zh-CN', r.issues[0]!), '第 2 条进度记录 (progress[1]) 的进展说明超过 500 个字');
  assert.equal(formatIssue('en', r.issues[0]!), 'Progress entry 2 (progress[1]): the note is longer than 500 characters');
});
