import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  parsePlanTable,
  PlanSchema,
  resolveDeadline,
  SEED_PLAN_TEXT,
  seedUnits,
  splitRequirements,
  TaskItemSchema,
  TaskSchema,
  wenshangPlan2020,
  type PlanIssue,
} from '../src/index.js';

const items = wenshangPlan2020.tasks.flatMap((t) => t.items);
const dueOf = (id: string) => {
  const item = items.find((i) => i.id === id);
  assert.ok(item, id);
  const r = resolveDeadline(item.deadline.rule, { planYear: 2020, today: '2020-06-07' });
  assert.ok(r.ok, `${id}: ${JSON.stringify(r)}`);
  return r.due;
};

test('wenshangPlan2020: 13 tasks, 19 items, issuer and date from the footer, descriptive title', () => {
  const p = wenshangPlan2020;
  assert.equal(p.tasks.length, 13);
  assert.deepEqual(
    p.tasks.map((t) => t.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  );
  assert.equal(items.length, 19);
  assert.equal(p.issuer, '汶上县人民政府办公室');
  assert.equal(p.issueDate, '2020-06-07');
  assert.equal(p.planYear, 2020);
  assert.match(p.title, /汶上县2020年/);
  assert.match(p.notes ?? '', /标题为本数据集所拟/);
  assert.ok(PlanSchema.safeParse(p).success);
  for (const t of p.tasks) assert.ok(TaskSchema.safeParse(t).success);
  for (const i of items) assert.ok(TaskItemSchema.safeParse(i).success);
});

test('wenshangPlan2020: every item has a resolved deadline; tasks 8, 11 and 13 pinned', () => {
  for (const i of items) {
    for (const today of ['2020-06-07', '2020-12-31']) {
      const r = resolveDeadline(i.deadline.rule, { planYear: 2020, today });
      assert.ok(r.ok, i.id);
    }
  }
  assert.deepEqual(
    wenshangPlan2020.tasks[7]!.items.map((i) => dueOf(i.id)),
    ['2020-07-31', '2020-07-31'],
  );
  assert.deepEqual(
    wenshangPlan2020.tasks[10]!.items.map((i) => dueOf(i.id)),
    ['2020-06-30', '2020-09-30'],
  );
  assert.deepEqual(
    wenshangPlan2020.tasks[12]!.items.map((i) => dueOf(i.id)),
    ['2020-11-30', '2020-06-30', '2020-09-30'],
  );
  assert.deepEqual(
    wenshangPlan2020.tasks[12]!.items.map((i) => i.id),
    ['13.1', '13.2', '13.3'],
  );
});

test('wenshangPlan2020: cells verbatim, requirements split, units resolved and group expanded', () => {
  const t8 = wenshangPlan2020.tasks[7]!;
  assert.equal(t8.title, '拓宽公开渠道');
  assert.equal(t8.items[0]!.units.text, '县直各部门、单位；\n各乡镇（街道）');
  assert.equal(t8.items[0]!.deadline.text, '2020年7月底前');
  assert.equal(
    t8.items[1]!.units.text,
    '县档案馆、县行政审批服务局、县自然资源和规划局、县人力资源和社会保障局、县文化和旅游局等县直有关部门、单位',
  );
  assert.ok(t8.items[1]!.units.resolved.includes('county-archives'));
  assert.equal(t8.items[1]!.units.needsChoice, false);
  const t2 = wenshangPlan2020.tasks[1]!.items[0]!;
  assert.equal(t2.requirements.length, 3);
  assert.match(t2.requirements[1]!, /^印发公文时明确标注“此件公开发布”/);
  assert.equal(wenshangPlan2020.tasks[0]!.items[0]!.requirements.length, 1);
  // "县直各部门、单位" expands to every county-level unit, 县财政局 among them.
  assert.ok(t2.units.resolved.includes('county-finance'));
  assert.ok(t2.units.resolved.length > 20);
  for (const i of items) assert.deepEqual(i.units.unresolved, [], i.id);
});

test('SEED_PLAN_TEXT is data/seed/wenshang-2020-plan.txt verbatim (node tools/gen-seed-plan.mjs)', () => {
  const file = readFileSync(new URL('../data/seed/wenshang-2020-plan.txt', import.meta.url), 'utf8');
  assert.equal(SEED_PLAN_TEXT, file);
});

test('parsePlanTable on the seed text: no issue at all', () => {
  const r = parsePlanTable(SEED_PLAN_TEXT, { units: seedUnits });
  assert.ok(r.ok);
  assert.deepEqual(r.issues, []);
  assert.equal(r.value.planYear, 2020);
  assert.equal(r.value.tasks.flatMap((t) => t.items).length, 19);
});

test('parsePlanTable without a directory keeps the units as text', () => {
  const r = parsePlanTable(SEED_PLAN_TEXT);
  assert.ok(r.ok);
  assert.deepEqual(r.value.tasks[0]!.items[0]!.units.resolved, []);
  assert.match(r.value.tasks[0]!.items[0]!.units.text, /^县扶贫办/);
});

test('parsePlanTable accepts CRLF line ends and a BOM', () => {
  const r = parsePlanTable('\uFEFF' + SEED_PLAN_TEXT.replace(/\n/g, '\r\n'), { units: seedUnits });
  assert.ok(r.ok);
  assert.deepEqual(r.value.tasks, wenshangPlan2020.tasks);
});

// ---------------------------------------------------------------------------------------------
// Damaged copies: each gets a located error, never a silent skip.

const lines = SEED_PLAN_TEXT.split('\n');
const lineOf = (needle: string, from = 0) => {
  const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
  assert.ok(i >= 0, needle);
  return i; // 0-based
};
const edit = (f: (ls: string[]) => void) => {
  const copy = [...lines];
  f(copy);
  return copy.join('\n');
};
const errors = (text: string): PlanIssue[] => {
  const r = parsePlanTable(text, { units: seedUnits });
  assert.equal(r.ok, false, 'expected errors');
  return r.issues.filter((i) => i.severity === 'error');
};

test('damaged: a missing deadline cell', () => {
  const at = lineOf('\t2020年7月底前'); // task 8's first row
  const text = edit((ls) => ls.splice(at, 1));
  const es = errors(text);
  assert.equal(es.length, 1, JSON.stringify(es));
  assert.equal(es[0]!.code, 'plan.row.cell-count');
  assert.equal(es[0]!.params!.line, lineOf('\t8．') + 1);
  assert.equal(es[0]!.params!.found, 3);
  assert.equal(es[0]!.params!.expected, 4);
});

test('damaged: an empty deadline cell', () => {
  const at = lineOf('\t2020年7月底前');
  const es = errors(edit((ls) => (ls[at] = '\t')));
  assert.deepEqual(
    es.map((e) => [e.code, e.params!.line, e.path.at(-1)]),
    [['plan.row.deadline-empty', at + 1, 'deadline']],
  );
});

test('damaged: a non-date deadline', () => {
  const at = lineOf('\t2020年6月底前'); // task 11's first row
  const es = errors(edit((ls) => (ls[at] = '\t等上级通知')));
  assert.equal(es.length, 1, JSON.stringify(es));
  assert.equal(es[0]!.code, 'plan.row.deadline-unparsed');
  assert.equal(es[0]!.params!.line, at + 1);
  assert.equal(es[0]!.params!.text, '等上级通知');
});

test('a deadline that is a rule but not a date is a warning', () => {
  const at = lineOf('\t2020年6月底前');
  const r = parsePlanTable(
    edit((ls) => (ls[at] = '\t长期坚持')),
    { units: seedUnits },
  );
  assert.ok(r.ok, JSON.stringify(r.issues));
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.severity, i.params!.line]),
    [['plan.row.deadline-not-date', 'warning', at + 1]],
  );
});

test('damaged: a broken task number sequence', () => {
  const at = lineOf('\t5．');
  const es = errors(edit((ls) => (ls[at] = ls[at]!.replace('5．', '6．'))));
  assert.deepEqual(
    es.map((e) => [e.code, e.params!.line, e.params!.found, e.params!.expected]),
    [
      ['plan.task.number-sequence', at + 1, 6, 5],
      ['plan.task.number-sequence', lineOf('\t6．') + 1, 6, 7],
    ],
  );
});

test('damaged: an empty units cell', () => {
  const at = lineOf('\t13．');
  const es = errors(edit((ls) => (ls[at + 1] = '\t')));
  assert.deepEqual(
    es.map((e) => [e.code, e.params!.line]),
    [['plan.row.units-empty', at + 2]],
  );
});

test('damaged: garbage lines between rows and before cells', () => {
  const at = lineOf('\t3．');
  const es = errors(
    edit((ls) => {
      ls.splice(at, 0, '这一行是误贴进来的文字');
    }),
  );
  assert.deepEqual(
    es.map((e) => [e.code, e.params!.line]),
    [['plan.row.text-before-cells', at + 1]],
  );
  const es2 = errors(edit((ls) => ls.splice(at - 1, 0, '', '@@@ ### garbage', '')));
  assert.deepEqual(
    es2.map((e) => [e.code, e.params!.line]),
    [['plan.row.no-cells', at + 1]],
  );
});

test('damaged: a task cell that is not "N．title", and a continuation with no task', () => {
  const at = lineOf('\t4．');
  const es = errors(edit((ls) => (ls[at] = '\t建立完善解读回应工作机制')));
  assert.equal(es[0]!.code, 'plan.row.task-cell');
  assert.equal(es[0]!.params!.line, at + 1);
  const header = lineOf('\t1．');
  const es2 = errors(edit((ls) => (ls[header] = '\t')));
  assert.equal(es2[0]!.code, 'plan.row.orphan-continuation');
  assert.equal(es2[0]!.params!.line, header + 1);
});

test('damaged: no footer → issuer and issue date missing, unless given', () => {
  const cut = lineOf('抄送');
  const text = lines.slice(0, cut).join('\n');
  const es = errors(text);
  assert.deepEqual(es.map((e) => e.code).sort(), ['plan.issue-date.missing', 'plan.issuer.missing', 'plan.year.missing']);
  assert.deepEqual(es.find((e) => e.code === 'plan.issuer.missing')!.path, ['issuer']);
  const r = parsePlanTable(text, { issuer: '汶上县人民政府办公室', issueDate: '2020-06-07', units: seedUnits });
  assert.ok(r.ok);
});

test('empty input and unknown unit names', () => {
  const r = parsePlanTable('   \n');
  assert.equal(r.ok, false);
  assert.equal(r.issues[0]!.code, 'plan.table.empty');
  const at = lineOf('\t县政府办公室');
  const w = parsePlanTable(
    edit((ls) => (ls[at] = '\t县火星开发局')),
    { units: seedUnits },
  );
  assert.ok(w.ok);
  assert.deepEqual(
    w.issues.map((i) => [i.code, i.severity, i.params!.name, i.params!.line]),
    [['plan.units.unresolved', 'warning', '县火星开发局', at + 1]],
  );
});

test('splitRequirements: numbered points, or one paragraph', () => {
  assert.deepEqual(splitRequirements('（1）甲。\n（2）乙。'), ['甲。', '乙。']);
  assert.deepEqual(splitRequirements('（1）甲。（2）乙；（3）丙'), ['甲。', '乙；', '丙']);
  assert.deepEqual(splitRequirements('一段话，其中提到（2）不是编号。'), ['一段话，其中提到（2）不是编号。']);
  assert.deepEqual(splitRequirements('  '), []);
});

test('a table without its header row is read, with a warning', () => {
  const text = SEED_PLAN_TEXT.slice(SEED_PLAN_TEXT.indexOf('\t1．'));
  const r = parsePlanTable(text, { units: seedUnits });
  assert.ok(r.ok);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.severity, i.params!.line]),
    [['plan.header.missing', 'warning', 1]],
  );
  assert.equal(r.value.tasks.length, 13);
});

test('a small county table: cells spanning lines, 同上, plan year from the option', () => {
  const text = [
    '\t工作任务\n\t主体责任单位\n\t具体要求\n\t完成时限',
    '\t1．公开标准目录\n\t县财政局；\n县公安局\n\t（1）梳理事项。\n（2）发布目录，\n在门户网站公开。\n\t9月30日前',
    '\t\n\t县政府办公室\n\t汇总。\n\t同上',
    '示例县人民政府办公室        2021年3月1日印发',
  ].join('\n\n');
  const r = parsePlanTable(text, { units: seedUnits, planYear: 2021 });
  assert.ok(r.ok, JSON.stringify(r.issues));
  const [a, b] = r.value.tasks[0]!.items;
  assert.deepEqual(a!.requirements, ['梳理事项。', '发布目录，在门户网站公开。']);
  assert.deepEqual(a!.units.resolved, ['county-finance', 'county-public-security']);
  assert.equal(r.value.issuer, '示例县人民政府办公室');
  assert.equal(r.value.issueDate, '2021-03-01');
  const due = (i: typeof a) => {
    const x = resolveDeadline(i!.deadline.rule, { planYear: 2021, today: '2021-03-01' });
    return x.ok ? x.due : undefined;
  };
  assert.equal(due(a), '2021-09-30');
  assert.equal(b!.deadline.text, '同上');
  assert.equal(due(b), '2021-09-30');
});
