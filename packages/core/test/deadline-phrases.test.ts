// parseDeadline on every phrase of regulations §6, the §7 catalogue cells and the seed plan's
// 完成时限. Expected rules are written by hand in deadline-cases.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DeadlineRuleSchema, formatDeadline, parseDeadline, resolveDeadline } from '../src/index.js';
import { CATALOGUE_ROWS, OTHER_SHAPES, PHRASE_BANK, PLAN_DEADLINES, parse } from './deadline-cases.js';

describe('regulations §6: the 公开时限 phrase bank', () => {
  test('the table covers rows 1–36', () => {
    const rows = new Set(PHRASE_BANK.map((c) => Number(/#(\d+)/.exec(c.source)![1])));
    for (let row = 1; row <= 36; row++) assert.ok(rows.has(row), `row ${row}`);
  });
  for (const c of PHRASE_BANK) {
    test(`${c.source} ${c.text}`, () => {
      assert.deepEqual(parse(c.text, c.context), c.expected);
    });
  }
});

describe('regulations §7: catalogue cells', () => {
  for (const c of CATALOGUE_ROWS) {
    test(`${c.source} ${c.text}`, () => assert.deepEqual(parse(c.text, c.context), c.expected));
  }
});

describe('the seed plan’s 完成时限 (汶上县 2020)', () => {
  for (const [row, text, date] of PLAN_DEADLINES) {
    test(`${row}: ${text} → ${date}`, () => {
      assert.deepEqual(parse(text), { kind: 'fixed', text, date });
      // The plan year changes nothing when the year is written.
      assert.deepEqual(parse(text, { planYear: 2021 }), { kind: 'fixed', text, date });
      const r = resolveDeadline(parse(text), { today: '2020-06-07' });
      assert.ok(r.ok);
      assert.equal(r.due, date, 'a 前 deadline is the date itself, never moved');
    });
  }
  test('all 19 rows are there', () => assert.equal(PLAN_DEADLINES.length, 19));
});

describe('other deadline shapes', () => {
  for (const c of OTHER_SHAPES) {
    test(`${c.text}${c.context ? ` ${JSON.stringify(c.context)}` : ''}`, () => assert.deepEqual(parse(c.text, c.context), c.expected));
  }
});

describe('context', () => {
  test('a missing year without planYear is unparsed, needs-year', () => {
    assert.deepEqual(parse('年底前'), { kind: 'unparsed', text: '年底前', reason: 'deadline.unparsed.needs-year' });
    assert.deepEqual(parse('9月30日前'), { kind: 'unparsed', text: '9月30日前', reason: 'deadline.unparsed.needs-year' });
    assert.deepEqual(parse('今年年底前', { planYear: 2024 }), { kind: 'fixed', text: '今年年底前', date: '2024-12-31' });
  });
  test('an invalid planYear is ignored', () => {
    assert.equal(parse('年底前', { planYear: 2020.5 }).kind, 'unparsed');
    assert.equal(parse('年底前', { planYear: -3 }).kind, 'unparsed');
  });
  test('同上 carries the previous row’s rule', () => {
    const previous = parse('制定或获取信息之日起10个工作日内');
    assert.deepEqual(parse('同上', { previous }), { kind: 'reference', text: '同上', to: 'previous', rule: previous });
    // 同上 under 同上 points at the rule itself, not at a chain.
    const chained = parse('同上', { previous: parse('同上', { previous }) });
    assert.deepEqual(chained, { kind: 'reference', text: '同上', to: 'previous', rule: previous });
  });
});

describe('unparsed texts say why', () => {
  for (const [text, reason] of [
    ['', 'deadline.unparsed.empty'],
    ['   \n ', 'deadline.unparsed.empty'],
    ['，。', 'deadline.unparsed.empty'],
    ['请尽快办理相关手续', 'deadline.unparsed.no-pattern'],
    ['24小时内', 'deadline.unparsed.unit'],
    ['2周内公开', 'deadline.unparsed.unit'],
    ['0个工作日内', 'deadline.unparsed.amount'],
    ['123456个工作日内', 'deadline.unparsed.amount'],
    ['2021年2月30日前', 'deadline.unparsed.invalid-date'],
    ['每年13月1日前', 'deadline.unparsed.invalid-date'],
    ['9月前', 'deadline.unparsed.ambiguous'],
    ['公告期限为5个…', 'deadline.unparsed.truncated'],
    ['x'.repeat(2001), 'deadline.unparsed.too-long'],
  ] as const) {
    test(`${JSON.stringify(text.slice(0, 20))} → ${reason}`, () => {
      const r = parse(text);
      assert.deepEqual(r, { kind: 'unparsed', text, reason });
    });
  }
  test('a non-string argument from JavaScript does not throw', () => {
    const r = parseDeadline(undefined as unknown as string);
    assert.equal(r.kind, 'unparsed');
    assert.ok(DeadlineRuleSchema.safeParse(r).success);
    assert.ok(DeadlineRuleSchema.safeParse(parseDeadline(42 as unknown as string)).success);
  });
});

describe('DeadlineRuleSchema', () => {
  test('accepts every rule parsed above and rejects wrong shapes', () => {
    for (const c of [...PHRASE_BANK, ...CATALOGUE_ROWS, ...OTHER_SHAPES])
      assert.ok(DeadlineRuleSchema.safeParse(c.expected).success, c.text);
    for (const bad of [
      { kind: 'relative', text: 'x', amount: 0, unit: 'workday', anchor: 'formed' },
      { kind: 'relative', text: 'x', amount: 20, unit: 'hour', anchor: 'formed' },
      { kind: 'relative', text: 'x', amount: 20, unit: 'workday', anchor: 'formed', stray: 1 },
      { kind: 'fixed', text: 'x', date: '2024-02-30' },
      { kind: 'compound', text: 'x', parts: [{ kind: 'prompt', text: 'y', mode: 'prompt' }] },
      { kind: 'reference', text: 'x', to: 'previous', rule: { kind: 'nope', text: '' } },
      { kind: 'unparsed', text: 'x', reason: 'because' },
      { kind: 'sometime', text: 'x' },
    ]) {
      assert.equal(DeadlineRuleSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
  test('the phrase bank formats without gaps in both languages', () => {
    for (const c of PHRASE_BANK) {
      for (const lang of ['zh-CN', 'en'] as const) assert.doesNotMatch(formatDeadline(parse(c.text), lang), /undefined|NaN|\[object/);
    }
  });
});
