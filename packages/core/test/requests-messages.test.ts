import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatIssue, hasMessage, lookup, msg, parseApplication, requestMessages } from '../src/index.js';

const params = {
  length: 17,
  expected: 'X',
  actual: '1',
  date: '2030-01-01',
  today: '2026-11-29',
  position: 3,
  char: 'I',
  value: 'v',
  field: 'contact.mobile',
  kind: 'organisation',
  from: 'replied',
  event: 'withdrawn',
  outcome: 'PARTIAL',
  count: 2,
  column: 'research',
  lhs: 3,
  rhs: 4,
  sum: 5,
  total: 6,
  row: 'granted',
  group: 'reconsideration',
  name: 'upheld',
};

test('every code in the requests catalogue renders in zh-CN and en', () => {
  const codes = Object.keys(requestMessages['zh-CN']);
  assert.ok(codes.length >= 50);
  assert.deepEqual(Object.keys(requestMessages.en).sort(), [...codes].sort());
  for (const code of codes) {
    assert.ok(hasMessage(code), `${code} is in the merged catalogue`);
    for (const p of [params, {}]) {
      const zh = lookup([requestMessages], 'zh-CN', code, p);
      const en = lookup([requestMessages], 'en', code, p);
      assert.equal(zh, msg('zh-CN', code, p));
      assert.equal(en, msg('en', code, p));
      assert.ok(zh.length > 0 && en.length > 0, code);
      assert.notEqual(zh, en, code);
      assert.ok(!/undefined|\[object/.test(zh + en), code);
    }
  }
});

test('every issue code written in src/requests has a message', () => {
  const dir = fileURLToPath(new URL('../src/requests/', import.meta.url));
  const found = new Set<string>(['request.application.not-object', 'request.application.missing', 'request.application.invalid-value']);
  for (const f of ['request.event.not-object', 'request.event.missing', 'request.event.invalid-value']) found.add(f);
  for (const file of readdirSync(dir)) {
    const text = readFileSync(dir + file, 'utf8');
    for (const m of text.matchAll(/'((?:id|request)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/`\$\{P\}\.([a-z0-9-]+)`/g)) found.add(`request.application.${m[1]!}`);
  }
  assert.ok(found.size >= 40, `found ${found.size}`);
  for (const code of found) assert.ok(hasMessage(code), code);
});

test('application issues format with the field name', () => {
  const r = parseApplication({});
  assert.ok(!r.ok);
  const first = r.issues[0]!;
  assert.equal(formatIssue('zh-CN', first), '请填写申请人');
  assert.equal(formatIssue('en', first), 'Fill in applicant');
});

test('every row and column of tables 三 and 四 has a label in both languages', async () => {
  const { TABLE3_ROWS, TABLE3_COLUMNS, ANNUAL_REPORT_TABLE4_SHAPE, TABLE3_ROW_LABELS } = await import('../src/index.js');
  for (const r of TABLE3_ROWS) {
    assert.ok(hasMessage(`request.table3.row.${r}`), r);
    assert.ok(msg('zh-CN', `request.table3.row.${r}`).endsWith(TABLE3_ROW_LABELS[r]), r);
  }
  for (const c of TABLE3_COLUMNS) assert.ok(hasMessage(`request.table3.column.${c}`), c);
  for (const g of ANNUAL_REPORT_TABLE4_SHAPE.groups) assert.ok(hasMessage(`request.table4.group.${g.key}`), g.key);
  for (const c of ANNUAL_REPORT_TABLE4_SHAPE.columns) {
    assert.equal(msg('zh-CN', `request.table4.column.${c.key}`), c.label);
    assert.ok(hasMessage(`request.table4.column.${c.key}`), c.key);
  }
});
