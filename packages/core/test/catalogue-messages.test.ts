import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AUDIENCES,
  CATALOGUE_AREAS,
  CATALOGUE_CHECKS,
  CATALOGUE_COLUMNS,
  CATALOGUE_FACETS,
  CATALOGUE_LEVELS,
  catalogueMessages,
  CHANNEL_CODES,
  DISCLOSURE_MODES,
  hasMessage,
  lookup,
  msg,
} from '../src/index.js';

const ascii = {
  n: 2,
  index: 1,
  column: 'timeLimit',
  field: 'timeLimit',
  value: 'x',
  text: 'x',
  suggested: 'a, b',
  unit: 'u',
  firstN: 1,
  firstId: 'a',
  itemId: 'b',
};

test('every code in the catalogue messages renders in zh-CN and en', () => {
  const codes = Object.keys(catalogueMessages['zh-CN']);
  assert.deepEqual(Object.keys(catalogueMessages.en).sort(), [...codes].sort());
  for (const code of codes) {
    assert.ok(hasMessage(code), `${code} is in the merged catalogue`);
    for (const params of [ascii, {}]) {
      const zh = lookup([catalogueMessages], 'zh-CN', code, params);
      const en = lookup([catalogueMessages], 'en', code, params);
      assert.equal(zh, msg('zh-CN', code, params));
      assert.equal(en, msg('en', code, params));
      assert.notEqual(zh, en, code);
      assert.match(zh, /[\u4e00-\u9fff]/, code);
      assert.doesNotMatch(en, /[\u4e00-\u9fff]/, code);
      for (const t of [zh, en]) assert.doesNotMatch(t, /undefined|\[object|NaN/, code);
    }
  }
});

test('labels exist for every area, channel, column, audience, mode, level, facet and check', () => {
  const need = [
    ...CATALOGUE_AREAS.map((a) => `catalogue.area.${a.code}`),
    ...CHANNEL_CODES.map((c) => `catalogue.channel.${c}`),
    ...Object.keys(CATALOGUE_COLUMNS).map((c) => `catalogue.column.${c}`),
    ...AUDIENCES.map((c) => `catalogue.audience.${c}`),
    ...DISCLOSURE_MODES.map((c) => `catalogue.mode.${c}`),
    ...CATALOGUE_LEVELS.map((c) => `catalogue.level.${c}`),
    ...CATALOGUE_FACETS.map((c) => `catalogue.facet.${c}`),
    ...Object.keys(CATALOGUE_CHECKS),
  ];
  for (const code of need) assert.ok(hasMessage(code), code);
  for (const a of CATALOGUE_AREAS) assert.equal(msg('zh-CN', `catalogue.area.${a.code}`), a.name);
  assert.equal(msg('en', 'catalogue.area.SOCIAL_ASSISTANCE'), 'Social assistance');
  assert.equal(msg('zh-CN', 'catalogue.channel.NOTICE_BOARD'), '社区/企事业单位/村公示栏（电子屏）');
  assert.equal(msg('zh-CN', 'catalogue.column.timeLimit'), '公开时限');
  assert.equal(msg('en', 'catalogue.column.timeLimit'), 'time limit');
});

test('item issues name the item and the column', () => {
  assert.equal(
    msg('zh-CN', 'catalogue.item.missing', { n: 2, index: 1, column: 'timeLimit', field: 'timeLimit' }),
    '第 2 项 (items[1]) 缺少 公开时限',
  );
  assert.equal(
    msg('zh-CN', 'catalogue.item.missing', { n: 5, column: 'subject', field: 'subject.units' }),
    '第 5 项 (items[4]) 缺少 公开主体（subject.units）',
  );
  assert.equal(
    msg('en', 'catalogue.item.invalid-value', { index: 0, column: 'channels', field: 'channels.1', value: 'TV' }),
    'Item 1 (items[0]): the channels and carriers (channels.1) is invalid “TV”',
  );
});
