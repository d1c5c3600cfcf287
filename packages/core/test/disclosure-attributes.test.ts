import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  attributeOfMarking,
  createLegalGrounds,
  DISCLOSURE_ATTRIBUTES,
  disclosureMessages,
  LEGAL_GROUNDS,
  legalGround,
  markingOf,
  msg,
  reportRowOf,
  WithholdGroundSchema,
} from '../src/index.js';

test('each attribute has its exact marking, both ways', () => {
  assert.deepEqual(
    DISCLOSURE_ATTRIBUTES.map((a) => [a.code, a.marking, a.withheld]),
    [
      ['PROACTIVE', '此件公开发布', false],
      ['ON_REQUEST', '此件依申请公开', true],
      ['NOT_DISCLOSED', '此件不予公开', true],
    ],
  );
  assert.equal(markingOf('PROACTIVE'), '此件公开发布');
  assert.equal(markingOf('ON_REQUEST'), '此件依申请公开');
  assert.equal(markingOf('NOT_DISCLOSED', { parens: true }), '（此件不予公开）');
  for (const a of DISCLOSURE_ATTRIBUTES) {
    assert.equal(attributeOfMarking(markingOf(a.code)), a.code);
    assert.equal(attributeOfMarking(markingOf(a.code, { parens: true })), a.code);
  }
});

test('attributeOfMarking tolerates spaces, quotes, brackets and full-width forms', () => {
  assert.equal(attributeOfMarking('（此件公开发布）'), 'PROACTIVE');
  assert.equal(attributeOfMarking('“此件公开发布”'), 'PROACTIVE');
  assert.equal(attributeOfMarking(' ( 此件 依申请 公开 ) '), 'ON_REQUEST');
  assert.equal(attributeOfMarking('\u3000“此件不予公开”\u3000'), 'NOT_DISCLOSED');
  assert.equal(attributeOfMarking('"此件依申请公开"'), 'ON_REQUEST');
  assert.equal(attributeOfMarking('【此件不予公开】'), 'NOT_DISCLOSED');
  assert.equal(attributeOfMarking('此件公开'), undefined);
  assert.equal(attributeOfMarking('主动公开'), undefined);
  assert.equal(attributeOfMarking(''), undefined);
});

// Transcribed from regulations §1.2 (OGI Regulation 2019, Arts. 14–16, annual-report rows).
const EXPECTED: [string, string, string, string | undefined][] = [
  ['STATE_SECRET', 'Art. 14', 'mandatory', undefined],
  ['LAW_PROHIBITED', 'Art. 14', 'mandatory', undefined],
  ['SECURITY_STABILITY', 'Art. 14', 'mandatory', undefined],
  ['THIRD_PARTY', 'Art. 15', 'mandatory', undefined],
  ['THIRD_PARTY_TRADE_SECRET', 'Art. 15', 'mandatory', 'THIRD_PARTY'],
  ['THIRD_PARTY_PRIVACY', 'Art. 15', 'mandatory', 'THIRD_PARTY'],
  ['INTERNAL_AFFAIRS', 'Art. 16 ¶1', 'discretionary', undefined],
  ['PROCESS_INFO', 'Art. 16 ¶2', 'discretionary', undefined],
  ['ENFORCEMENT_FILE', 'Art. 16 ¶2', 'discretionary', undefined],
  ['ADMIN_QUERY', 'Art. 36(7)', 'report-only', undefined],
];
const ROW_ZH: Record<string, string> = {
  STATE_SECRET: '属于国家秘密',
  LAW_PROHIBITED: '其他法律行政法规禁止公开',
  SECURITY_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY: '保护第三方合法权益',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFO: '属于四类过程性信息',
  ENFORCEMENT_FILE: '属于行政执法案卷',
  ADMIN_QUERY: '属于行政查询事项',
};

test('the grounds table has every §1.2 code with its article, force and roll-up', () => {
  assert.deepEqual(
    LEGAL_GROUNDS.map((g) => [g.code, g.article, g.force, g.rollsUpTo]),
    EXPECTED,
  );
  assert.deepEqual(
    LEGAL_GROUNDS.map((g) => g.code),
    WithholdGroundSchema.options,
    'same codes as the request clock',
  );
  assert.equal(reportRowOf('THIRD_PARTY_PRIVACY'), 'THIRD_PARTY');
  assert.equal(reportRowOf('THIRD_PARTY_TRADE_SECRET'), 'THIRD_PARTY');
  assert.equal(reportRowOf('STATE_SECRET'), 'STATE_SECRET');
  // Art. 16 ¶2 override defeats exactly the three Art. 16 grounds.
  assert.deepEqual(
    LEGAL_GROUNDS.filter((g) => g.overridable).map((g) => g.code),
    ['INTERNAL_AFFAIRS', 'PROCESS_INFO', 'ENFORCEMENT_FILE'],
  );
  assert.deepEqual(
    LEGAL_GROUNDS.filter((g) => g.hasExceptions).map((g) => g.code),
    ['THIRD_PARTY', 'THIRD_PARTY_TRADE_SECRET', 'THIRD_PARTY_PRIVACY'],
  );
});

test('ADMIN_QUERY is flagged unconfirmed and report-only, and can be reconfigured', () => {
  const aq = legalGround('ADMIN_QUERY')!;
  assert.equal(aq.unconfirmed, true);
  assert.equal(aq.withholding, false);
  assert.deepEqual(
    LEGAL_GROUNDS.filter((g) => g.unconfirmed).map((g) => g.code),
    ['ADMIN_QUERY'],
  );
  const confirmed = createLegalGrounds({ ADMIN_QUERY: { article: 'Art. 36(7)', unconfirmed: false, force: 'discretionary' } });
  const c = legalGround('ADMIN_QUERY', confirmed)!;
  assert.equal(c.unconfirmed, false);
  assert.equal(c.withholding, true);
  assert.equal(legalGround('NOPE'), undefined);
  assert.ok(Object.isFrozen(LEGAL_GROUNDS));
});

test('labels: annual-report row wording in zh-CN, English in en', () => {
  for (const [code, row] of Object.entries(ROW_ZH)) assert.equal(msg('zh-CN', `disclosure.ground.${code}`), row);
  for (const g of LEGAL_GROUNDS) {
    assert.match(msg('zh-CN', `disclosure.ground.${g.code}`), /[\u4e00-\u9fff]/);
    assert.match(msg('en', `disclosure.ground.${g.code}`), /^[A-Z][^\u4e00-\u9fff]+$/);
    assert.doesNotMatch(msg('en', `disclosure.force.${g.force}`), /Unexpected/);
  }
  assert.equal(msg('zh-CN', 'disclosure.attribute.PROACTIVE'), '主动公开');
  assert.equal(msg('zh-CN', 'disclosure.attribute.ON_REQUEST'), '依申请公开');
  assert.equal(msg('zh-CN', 'disclosure.attribute.NOT_DISCLOSED'), '不予公开');
  assert.equal(msg('en', 'disclosure.attribute.NOT_DISCLOSED'), 'Not disclosed');
});

test('every disclosure message renders in both languages, with and without parameters', () => {
  const zh = disclosureMessages['zh-CN'];
  const en = disclosureMessages.en;
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
  const full = {
    value: 'v',
    field: 'ground',
    attribute: 'ON_REQUEST',
    ground: 'PROCESS_INFO',
    basis: 'b',
    status: 'expired',
    date: '2024-02-29',
    issueDate: '2024-01-01',
    lastReview: '2024-01-01',
    today: '2025-01-01',
    months: 12,
    name: 'intervalMonths',
    item: 'i',
    first: 0,
  };
  for (const code of Object.keys(zh)) {
    for (const p of [{}, full]) {
      const z = msg('zh-CN', code, p);
      const e = msg('en', code, p);
      for (const t of [z, e]) assert.doesNotMatch(t, /undefined|null|NaN|\[object|未知问题|Unexpected problem/, code);
      assert.match(z, /[\u4e00-\u9fff]/, code);
      assert.doesNotMatch(e, /[\u4e00-\u9fff]/, code);
    }
  }
});
