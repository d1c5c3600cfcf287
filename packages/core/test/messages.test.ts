import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatIssue, holidayName, LANGS, MESSAGE_CODES, msg, parseCalendarDate, resolveLang } from '../src/index.js';

const sample = {
  n: 2,
  value: 'x',
  name: 'due',
  reason: 'r',
  date: 'd',
  from: 'a',
  to: 'b',
  first: '1',
  last: '2',
  count: 3,
  expected: 'e',
};

test('every code has zh-CN and en text, with no unfilled parameter', () => {
  assert.ok(MESSAGE_CODES.length > 20);
  for (const code of MESSAGE_CODES) {
    const zh = msg('zh-CN', code, sample);
    const en = msg('en', code, sample);
    assert.ok(zh.length > 0 && en.length > 0, code);
    assert.notEqual(zh, en, code);
    for (const t of [zh, en]) assert.doesNotMatch(t, /undefined|\[object|NaN/, code);
    assert.match(zh, /[\u4e00-\u9fff]/, `${code} zh-CN has Chinese`);
    assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `${code} en has no Chinese`);
  }
});

test('deadline texts match the wording the elements show', () => {
  assert.equal(msg('zh-CN', 'deadline.left', { n: 7 }), '还剩 7 个工作日');
  assert.equal(msg('zh-CN', 'deadline.due-today'), '今日到期');
  assert.equal(msg('zh-CN', 'deadline.overdue', { n: 3 }), '已逾期 3 个工作日');
  assert.equal(msg('en', 'deadline.left', { n: 1 }), '1 working day left');
  assert.equal(msg('en', 'deadline.overdue', { n: 3 }), 'Overdue by 3 working days');
});

test('issues from parsing render in both languages', () => {
  const r = parseCalendarDate('2024-02-30');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(formatIssue('zh-CN', r.issues[0]!), '“2024-02-30”不是真实存在的日期');
    assert.equal(formatIssue('en', r.issues[0]!), '“2024-02-30” is not a real date');
  }
  assert.match(msg('en', 'no.such.code'), /no\.such\.code/);
});

test('resolveLang maps tags to the two languages, zh-CN by default', () => {
  assert.deepEqual(LANGS, ['zh-CN', 'en']);
  for (const [tag, lang] of [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    ['fr', 'zh-CN'],
  ] as const) {
    assert.equal(resolveLang(tag), lang, String(tag));
  }
});

test('formatDate writes dates as people read them', () => {
  assert.equal(formatDate('2024-10-12', 'zh-CN', { weekday: true }), '2024年10月12日（星期六）');
  assert.equal(formatDate('2024-10-12', 'zh-CN'), '2024年10月12日');
  assert.equal(formatDate('2024-10-12', 'en', { weekday: true }), 'Sat 12 Oct 2024');
  assert.equal(formatDate('2027-02-11', 'en', { weekday: true }), 'Thu 11 Feb 2027');
  assert.equal(formatDate('not a date', 'en'), 'not a date');
});

test('holiday names translate for English readers', () => {
  assert.equal(holidayName('国庆节', 'zh-CN'), '国庆节');
  assert.equal(holidayName('国庆节', 'en'), 'National Day');
  assert.equal(holidayName('“五一”', 'en'), 'Labour Day');
  assert.equal(holidayName('某县防汛', 'en'), '某县防汛');
});
