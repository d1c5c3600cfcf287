import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatIssue,
  generatePlan,
  hasMessage,
  LANGS,
  msg,
  parsePlanTable,
  planMessages,
  PlanSchema,
  SEED_PLAN_TEXT,
  seedUnits,
} from '../src/index.js';

const CJK = /[\u4e00-\u9fff]/;
const sample = {
  line: 12,
  text: 't',
  found: 3,
  expected: 4,
  names: 'a / b',
  name: 'n',
  number: 2,
  itemId: '9.9',
  value: 'v',
  max: 9,
  reason: 'r',
  kind: 'k',
  n: 2,
  done: 1,
  items: 3,
};

test('every plan message code renders in zh-CN and en, and msg knows it', () => {
  const codes = Object.keys(planMessages['zh-CN']);
  assert.ok(codes.length >= 30);
  assert.deepEqual(Object.keys(planMessages.en).sort(), [...codes].sort());
  for (const code of codes) {
    assert.ok(hasMessage(code), code);
    for (const lang of LANGS) {
      const t = msg(lang, code, sample);
      assert.ok(t.length > 0, `${lang} ${code}`);
      assert.doesNotMatch(t, /undefined|\[object|NaN|未知问题|Unexpected problem/, `${lang} ${code}`);
      if (lang === 'en') assert.doesNotMatch(t.replace(/“[^”]*”/g, ''), CJK, code);
      else assert.match(t, CJK, code);
    }
  }
  assert.match(msg('zh-CN', 'plan.row.cell-count', sample), /^第 12 行：/);
  assert.match(msg('en', 'plan.row.cell-count', sample), /^Line 12: /);
});

test('every issue code of damaged tables has text; a line before the table is its title', () => {
  const titled = parsePlanTable(`某县工作方案\n\n${SEED_PLAN_TEXT}`, { units: seedUnits });
  assert.ok(titled.ok);
  assert.equal(titled.value.title, '某县工作方案');
  const src = SEED_PLAN_TEXT.split('\n');
  const damaged = [
    '',
    src.map((l) => (l === '\t2020年7月底前' ? '\t' : l)).join('\n'),
    src.map((l) => (l.startsWith('\t5．') ? l.replace('5．', '6．') : l)).join('\n'),
    src.filter((l) => !l.includes('印发')).join('\n'),
    SEED_PLAN_TEXT.replace('\n\n\t1．', '\n\n垃圾\n\n\t1．'),
  ];
  for (const text of damaged) {
    const r = parsePlanTable(text, { units: seedUnits });
    assert.equal(r.ok, false);
    for (const issue of r.issues) {
      assert.ok(hasMessage(issue.code), issue.code);
      for (const lang of LANGS) assert.doesNotMatch(formatIssue(lang, issue), /undefined|未知问题|Unexpected problem/);
    }
  }
});

test('generatePlan: deterministic and valid against PlanSchema', () => {
  const a = generatePlan(50, 4, 42);
  assert.deepEqual(a, generatePlan(50, 4, 42));
  assert.notDeepEqual(a, generatePlan(50, 4, 43));
  assert.ok(PlanSchema.safeParse(a).success);
  assert.equal(a.tasks.length, 50);
  assert.ok(a.tasks.every((t) => t.items.length === 4));
  assert.equal(a.tasks[3]!.items[1]!.id, '4.2');
  assert.ok(a.tasks.flatMap((t) => t.items).every((i) => i.deadline.rule.kind === 'fixed'));
  assert.throws(() => generatePlan(0, 4, 1));
  assert.throws(() => generatePlan(2, 1.5, 1));
});
