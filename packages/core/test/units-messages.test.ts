import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createUnitDirectory, formatIssue, hasMessage, LANGS, lookup, msg, UNIT_KINDS, unitMessages, type Issue } from '../src/index.js';

const ascii = {
  index: 2,
  field: 'kind',
  problem: 'invalid_value',
  allowed: 'a, b',
  id: 'county-x',
  name: 'x',
  other: 'county-y',
  first: 0,
  parent: 'gov',
  text: 'x',
};

test('every code in the units catalogue renders in zh-CN and en', () => {
  const codes = Object.keys(unitMessages['zh-CN']);
  assert.ok(codes.length >= 20);
  assert.deepEqual(Object.keys(unitMessages.en).sort(), [...codes].sort());
  for (const code of codes) {
    assert.ok(hasMessage(code), `${code} is in the merged catalogue`);
    for (const params of [ascii, {}]) {
      const zh = lookup([unitMessages], 'zh-CN', code, params);
      const en = lookup([unitMessages], 'en', code, params);
      assert.equal(zh, msg('zh-CN', code, params));
      assert.equal(en, msg('en', code, params));
      assert.ok(zh.length > 0 && en.length > 0, code);
      assert.notEqual(zh, en, code);
      for (const t of [zh, en]) assert.doesNotMatch(t, /undefined|\[object|NaN|null/, code);
      assert.match(zh, /[\u4e00-\u9fff]/, `${code} zh-CN has Chinese`);
      assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `${code} en has no Chinese`);
    }
  }
});

test('every kind, group kind and role has a label', () => {
  for (const kind of UNIT_KINDS) assert.ok(hasMessage(`unit.kind.${kind}`), kind);
  for (const g of ['all-county', 'related', 'all-townships', 'unit', 'unresolved']) assert.ok(hasMessage(`unit.group.${g}`), g);
  for (const role of ['lead', 'cooperating']) assert.ok(hasMessage(`unit.role.${role}`), role);
  assert.equal(msg('zh-CN', 'unit.group.all-townships'), '各乡镇（街道）');
});

test('every issue the directory returns has text in both languages', () => {
  const r = createUnitDirectory([
    { id: 'gov', name: '某县人民政府', kind: 'county-government' },
    { id: 'Bad Id', name: '甲', kind: 'other' },
    { id: 'b', name: '乙', kind: 'ministry' },
    { id: 'c', name: '丙', kind: 'other', extra: true },
    7,
    { id: 'gov', name: '丁', kind: 'other' },
    { id: 'e', name: '某县人民政府', kind: 'other' },
    { id: 'f', name: '戊', kind: 'other', parent: 'nope' },
    { id: 'g', name: '己', kind: 'other', parent: 'g' },
  ]);
  assert.equal(r.ok, false);
  const issues: Issue[] = r.ok ? [] : r.issues;
  assert.deepEqual([...new Set(issues.map((i) => i.code))].sort(), [
    'unit.duplicate-id',
    'unit.duplicate-name',
    'unit.invalid',
    'unit.parent-cycle',
    'unit.unknown-parent',
  ]);
  for (const issue of issues) {
    for (const lang of LANGS) {
      const text = formatIssue(lang, issue);
      assert.ok(hasMessage(issue.code), issue.code);
      assert.doesNotMatch(text, /undefined|NaN|\[object|未知问题|Unexpected problem/, `${issue.code} ${lang}`);
    }
  }
  assert.equal(
    formatIssue('zh-CN', issues[0] as Issue),
    '第 2 个单位的标识（id）缺失或不正确，应为小写字母、数字和连字符（例如 county-finance）',
  );
  assert.equal(formatIssue('en', issues[1] as Issue), 'Unit 3: the kind is missing or invalid: use one of ' + UNIT_KINDS.join(', '));
  assert.equal(formatIssue('zh-CN', issues[2] as Issue), '第 4 个单位有无法识别的字段“extra”');
  assert.equal(formatIssue('en', issues[3] as Issue), 'Unit 5 must be an object with id, name and kind');
});

test('resolution notes read well', () => {
  assert.equal(msg('zh-CN', 'unit.unresolved', { name: '县不存在局' }), '单位名录中找不到“县不存在局”');
  assert.equal(msg('zh-CN', 'unit.needs-choice', { text: '县直有关部门' }), '“县直有关部门”未列明具体单位，请选择');
  assert.equal(msg('en', 'unit.needs-choice', {}), 'The relevant county departments are not named: choose the units');
});
