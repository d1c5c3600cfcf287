import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkNegativeList, formatIssue, NegativeListEntrySchema, parseNegativeList, type NegativeListEntry } from '../src/index.js';

const ok: NegativeListEntry = {
  id: 'n1',
  item: '涉密公文及其附件',
  ground: 'STATE_SECRET',
  basis: '《中华人民共和国保守国家秘密法》第九条',
  owningUnit: '县保密局',
  lastReview: '2024-06-30',
  nextReview: '2025-06-30',
};

test('a complete, current entry has no issues', () => {
  assert.deepEqual(checkNegativeList([ok], '2025-02-20'), []);
  assert.deepEqual(checkNegativeList([ok], '2025-06-30'), [], 'due on the day itself is not yet stale');
});

test('checkNegativeList flags stale entries, missing basis, non-withholding grounds, next before last', () => {
  const entries: NegativeListEntry[] = [
    { ...ok, id: 'a', nextReview: '2025-01-31' }, // next review passed
    { ...ok, id: 'b', lastReview: '2023-12-31', nextReview: '2025-12-31' }, // last review 2023-12-31 + 12 months < today
    { ...ok, id: 'c', basis: '  ' },
    { ...ok, id: 'd', basis: undefined, ground: 'ADMIN_QUERY' },
    { ...ok, id: 'e', ground: 'CONFIDENTIAL' },
    { ...ok, id: 'f', lastReview: '2024-10-01', nextReview: '2024-09-01' },
    { ...ok, id: 'g', lastReview: '2025-03-01', nextReview: '2026-03-01' },
  ];
  const issues = checkNegativeList(entries, '2025-02-20');
  assert.deepEqual(
    issues.map((i) => [i.code, i.path, i.severity]),
    [
      ['disclosure.negative.stale', ['entries', 0, 'nextReview'], 'warning'],
      ['disclosure.negative.stale-review', ['entries', 1, 'lastReview'], 'warning'],
      ['disclosure.negative.basis-missing', ['entries', 2, 'basis'], 'error'],
      ['disclosure.negative.ground-invalid', ['entries', 3, 'ground'], 'error'],
      ['disclosure.negative.basis-missing', ['entries', 3, 'basis'], 'error'],
      ['disclosure.negative.ground-invalid', ['entries', 4, 'ground'], 'error'],
      ['disclosure.negative.next-before-last', ['entries', 5, 'nextReview'], 'error'],
      ['disclosure.negative.stale', ['entries', 5, 'nextReview'], 'warning'],
      ['disclosure.negative.review-in-future', ['entries', 6, 'lastReview'], 'warning'],
    ],
  );
  assert.equal(formatIssue('zh-CN', issues[0]!), '应于2025年1月31日评估更新，已逾期');
  assert.match(formatIssue('en', issues[1]!), /31 Dec 2023.*12 months/);
  // A shorter maximum age: 2024-06-30 + 6 months = 2024-12-30 < today.
  assert.deepEqual(
    checkNegativeList([ok], '2025-02-20', { maxAgeMonths: 6 }).map((i) => i.code),
    ['disclosure.negative.stale-review'],
  );
  // Exactly the maximum age is still current: 2024-02-29 + 12 → 2025-02-28.
  assert.deepEqual(checkNegativeList([{ ...ok, lastReview: '2024-02-29' }], '2025-02-28'), []);
  assert.deepEqual(
    checkNegativeList([{ ...ok, lastReview: '2024-02-29' }], '2025-03-01').map((i) => i.code),
    ['disclosure.negative.stale-review'],
  );
  assert.throws(() => checkNegativeList([ok], '2025-02-20', { maxAgeMonths: 0 }));
});

test('parseNegativeList locates schema problems at entries[i].field', () => {
  const r = parseNegativeList({
    entries: [ok, { ...ok, id: 'x', item: '', lastReview: '2024/06/30' }, { ...ok, owningUnit: undefined }, 7],
  });
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path]),
    [
      ['disclosure.entry.invalid-value', ['entries', 1, 'item']],
      ['date.format', ['entries', 1, 'lastReview']],
      ['disclosure.entry.missing', ['entries', 2, 'owningUnit']],
      ['disclosure.entry.not-object', ['entries', 3]],
    ],
  );
  const good = parseNegativeList([{ ...ok, ground: ' THIRD_PARTY_PRIVACY ', basis: undefined }]);
  assert.ok(good.ok);
  if (good.ok) {
    assert.equal(good.value[0]!.ground, 'THIRD_PARTY_PRIVACY');
    assert.deepEqual(
      checkNegativeList(good.value, '2025-02-20').map((i) => i.code),
      ['disclosure.negative.basis-missing'],
    );
  }
  assert.equal(parseNegativeList(null).ok, false);
  assert.equal(NegativeListEntrySchema.safeParse(ok).success, true);
});
