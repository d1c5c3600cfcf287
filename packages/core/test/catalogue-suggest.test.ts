import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PublishedIndex, sampleCatalogue, suggestPublished, type CatalogueItem } from '../src/index.js';

const ids = (description: string, options = {}) => suggestPublished(sampleCatalogue, description, options).map((s) => s.item.id);
const item = (id: string): CatalogueItem => {
  const found = sampleCatalogue.items.find((i) => i.id === id);
  assert.ok(found, id);
  return found;
};

test('the sample rows these tests rely on', () => {
  // farm-03: 农业生产发展资金 / 耕地地力保护补贴 / 补贴发放结果, disclosed proactively.
  assert.deepEqual(
    [item('farm-03').item2, item('farm-03').item3, item('farm-03').mode],
    ['耕地地力保护补贴', '补贴发放结果', ['PROACTIVE']],
  );
  assert.deepEqual([item('elderly-09').item1, item('elderly-09').item2], ['高龄津贴', '发放结果']);
  assert.deepEqual([item('land-08').item1, item('land-08').item2], ['征地实施', '补偿款支付情况']);
  // The two rows disclosed on request only.
  assert.deepEqual(item('insurance-07').mode, ['ON_REQUEST']);
  assert.deepEqual(item('assistance-07').mode, ['ON_REQUEST']);
});

test('a description in a citizen’s words suggests the row it names first', () => {
  // Every pair of 耕地地力保护补贴发放结果 (耕地 地地 地力 力保 保护 护补 补贴 贴发 发放 放结 结果)
  // is in farm-03's names: score 1.
  const [first, second] = suggestPublished(sampleCatalogue, '耕地地力保护补贴发放结果');
  assert.equal(first?.item.id, 'farm-03');
  assert.equal(first?.score, 1);
  assert.deepEqual(first?.matched, ['耕地', '地地', '地力', '力保', '保护', '护补', '补贴', '贴发', '发放', '放结', '结果']);
  assert.equal(second?.item.id, 'farm-02');
  assert.equal(ids('我想了解2024年高龄津贴发放结果')[0], 'elderly-09');
  assert.equal(ids('请提供本村征地补偿款支付情况')[0], 'land-08');
  assert.equal(ids('示范县义务教育学校名录')[0], 'education-05');
});

test('suggestions come best first, each with a score in (0, 1] and the name pairs it matched', () => {
  const all = suggestPublished(sampleCatalogue, '公共租赁住房申请指南', { limit: 20 });
  assert.ok(all.length > 1);
  assert.equal(all[0]!.item.id, 'housing-02');
  for (let k = 1; k < all.length; k++) assert.ok(all[k - 1]!.score >= all[k]!.score);
  for (const s of all) {
    assert.ok(s.score > 0 && s.score <= 1, `${s.item.id} ${s.score}`);
    assert.ok(s.matched.length > 0);
    const names = [s.item.item1, s.item.item2, s.item.item3 ?? ''].join('|');
    for (const p of s.matched) assert.ok(names.includes(p), `${p} in ${names}`);
  }
});

test('rows disclosed on request only are never suggested', () => {
  for (const d of ['工伤认定决定', '工伤认定决定的认定结论和认定依据', '最低生活保障个人救助档案', '入户调查记录和审核确认结论']) {
    const found = suggestPublished(sampleCatalogue, d, { limit: 200, minScore: 0 });
    assert.ok(!found.some((s) => s.item.id === 'insurance-07' || s.item.id === 'assistance-07'), d);
    for (const s of found) assert.ok(s.item.mode.includes('PROACTIVE'), `${d}: ${s.item.id}`);
  }
  const onlyOnRequest = { items: sampleCatalogue.items.filter((i) => !i.mode.includes('PROACTIVE')) };
  assert.equal(new PublishedIndex(onlyOnRequest).size, 0);
  assert.deepEqual(suggestPublished(onlyOnRequest, '工伤认定决定'), []);
});

test('a row disclosed both ways is suggested', () => {
  const both = { ...item('insurance-07'), id: 'both', mode: ['PROACTIVE', 'ON_REQUEST'] } as CatalogueItem;
  assert.deepEqual(
    suggestPublished({ items: [both] }, '工伤认定决定').map((s) => s.item.id),
    ['both'],
  );
});

test('unrelated text, or only the words every request uses, suggests nothing', () => {
  for (const d of ['天气预报', '我想申请公开相关信息', '请提供有关的信息', '我要查询有关情况', '', '   ', '？！。', '的']) {
    assert.deepEqual(ids(d), [], JSON.stringify(d));
  }
});

test('limit and minScore are respected', () => {
  assert.ok(ids('公共租赁住房申请指南').length <= 5, 'default limit 5');
  assert.ok(ids('公共租赁住房申请指南', { limit: 20 }).length > 5);
  assert.deepEqual(ids('公共租赁住房申请指南', { limit: 1 }), ['housing-02']);
  assert.deepEqual(ids('公共租赁住房申请指南', { limit: 0 }), []);
  assert.deepEqual(ids('公共租赁住房申请指南', { minScore: 1 }), ['housing-02']);
});

test('full-width characters, case and punctuation do not stop a match', () => {
  // 三公经费 is in budget-05 (“三公”经费预算) and budget-09 (“三公”经费决算) between quotes.
  assert.deepEqual(ids('三公经费决算')[0], 'budget-09');
  assert.deepEqual(ids('“三公”经费决算')[0], 'budget-09');
  const pm = { ...item('safety-09'), id: 'pm', item1: '环境监测', item2: 'PM2.5 空气质量日报' } as CatalogueItem;
  const catalogue = { items: [item('safety-09'), pm] };
  for (const d of ['ＰＭ２．５空气质量日报', 'pm2.5 空气质量日报', 'Pm2.5空气质量日报']) {
    const r = suggestPublished(catalogue, d);
    assert.equal(r[0]?.item.id, 'pm', d);
    assert.equal(r[0]?.score, 1, d);
  }
});

test('an index built once answers like the catalogue itself', () => {
  const index = new PublishedIndex(sampleCatalogue);
  assert.equal(index.size, sampleCatalogue.items.filter((i) => i.mode.includes('PROACTIVE')).length);
  for (const d of ['耕地地力保护补贴发放结果', '高龄津贴', '天气预报']) {
    assert.deepEqual(suggestPublished(index, d), suggestPublished(sampleCatalogue, d));
    assert.deepEqual(index.suggest(d, { limit: 2 }), suggestPublished(sampleCatalogue, d, { limit: 2 }));
  }
});
