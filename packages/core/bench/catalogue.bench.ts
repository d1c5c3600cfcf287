// npm run bench (core): catalogue search. queryCatalogue over generateCatalogue(N, seed) at 10,000
// and 50,000 items (text terms plus facet filters, facet counts included), against a naive
// baseline in the same run: Array.filter over the items with String.includes on each item's
// pre-normalised text and Array.includes on its facet values (the items pre-sorted once, so
// only the query is timed on both sides). Checks that both return the same ids in the same
// order. Never part of the test run.
import {
  compareItems,
  createCatalogueIndex,
  generateCatalogue,
  normalizeSearchText,
  queryCatalogue,
  searchTerms,
  type CatalogueItem,
  type CatalogueQuery,
} from '@gongkai/core';
import { fmt, measure, ratio } from './harness.js';

const SEED = 20191231;

const QUERIES: { label: string; query: CatalogueQuery }[] = [
  { label: 'text 最低生活', query: { text: '最低生活' } },
  { label: 'text 补贴 政策 + level', query: { text: '补贴 政策', level: ['COUNTY'] } },
  { label: 'text 公告 + channel + mode', query: { text: '公告', channel: ['GOV_WEBSITE', 'NOTICE_BOARD'], mode: ['PROACTIVE'] } },
  { label: 'facets area + audience', query: { area: ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE'], audience: ['PUBLIC'] } },
  { label: 'text 预算法 + unit', query: { text: '预算法', unit: ['county-finance'] } },
  { label: 'text ＧＢ (no hit)', query: { text: 'ＧＢ' } },
  { label: 'text 政府信息公开条例 (common)', query: { text: '政府信息公开条例' } },
];

type Facet = 'area' | 'level' | 'channel' | 'audience' | 'mode' | 'unit';
const valuesOf = (it: CatalogueItem): Record<Facet, readonly string[]> => ({
  area: [it.area],
  level: it.level,
  channel: it.channels,
  audience: it.audience,
  mode: it.mode,
  unit: it.subject.units,
});

function naiveSetup(items: readonly CatalogueItem[]) {
  const sorted = [...items].sort(compareItems);
  return sorted.map((it) => ({
    item: it,
    text: [it.item1, it.item2, it.item3 ?? '', ...it.content, ...it.basis].map(normalizeSearchText).join('\u0000'),
    values: valuesOf(it),
  }));
}

function naive(rows: ReturnType<typeof naiveSetup>, q: CatalogueQuery): string[] {
  const terms = searchTerms(q.text);
  const facets = (['area', 'level', 'channel', 'audience', 'mode', 'unit'] as const).filter((f) => (q[f]?.length ?? 0) > 0);
  return rows
    .filter(
      (r) =>
        terms.every((t) => r.text.includes(t)) && facets.every((f) => r.values[f].some((v) => (q[f] as readonly string[]).includes(v))),
    )
    .map((r) => r.item.id);
}

console.log(`catalogue bench: generateCatalogue(N, ${SEED}); ${QUERIES.length} queries; node ${process.version}`);
for (const n of [10_000, 50_000]) {
  const catalogue = generateCatalogue(n, SEED);
  let t0 = process.hrtime.bigint();
  const index = createCatalogueIndex(catalogue);
  const indexMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  const rows = naiveSetup(catalogue.items);
  const naiveMs = Number(process.hrtime.bigint() - t0) / 1e6;

  let disagreements = 0;
  for (const { query } of QUERIES) {
    const a = queryCatalogue(index, { ...query, highlight: false }).items.map((i) => i.id);
    const b = naive(rows, query);
    if (a.length !== b.length || a.some((id, k) => id !== b[k])) disagreements++;
  }
  console.log('');
  console.log(
    `N = ${n}: index built in ${indexMs.toFixed(0)} ms (baseline set-up ${naiveMs.toFixed(0)} ms); agreement on result ids: ${disagreements} disagreements`,
  );
  console.log(['query'.padEnd(34), 'hits'.padStart(7), 'ops/s'.padStart(12), 'baseline ops/s'.padStart(16), 'ratio'.padStart(9)].join(''));
  for (const { label, query } of QUERIES) {
    const q = { ...query, highlight: false };
    const hits = queryCatalogue(index, q).total;
    const x = measure(() => queryCatalogue(index, q).total, 1, 400);
    const y = measure(() => naive(rows, query).length, 1, 400);
    console.log([label.padEnd(34), String(hits).padStart(7), fmt(x).padStart(12), fmt(y).padStart(16), ratio(x, y).padStart(9)].join(''));
  }
  const page = measure(() => queryCatalogue(index, { text: '补贴 政策', limit: 20 }).total, 1, 400);
  console.log(['text 补贴 政策, first 20 + highlight'.padEnd(34), ''.padStart(7), fmt(page).padStart(12)].join(''));
}
