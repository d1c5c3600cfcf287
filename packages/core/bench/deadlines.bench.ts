// npm run bench (core): deadline rules. No peer library exists, so each case runs against a naive
// baseline in the same run, on the same inputs:
// - parseDeadline vs a regex-per-phrase matcher (one full regex per phrase shape, tried in order on
//   the raw text, no normalisation);
// - resolveDeadline vs counting day by day with isWorkday.
// Prints ops/s for both and the ratio. Never part of the test run; no test asserts a duration.
import { isWorkday, parseDeadline, resolveDeadline, type DeadlineRule } from '@gongkai/core';
import { fmt, iso, measure, ratio, seeded } from './harness.js';

// ---------------------------------------------------------------------------------------------
// Inputs: the phrase bank (regulations §6), catalogue cells (§7), the seed plan's deadlines, and
// noisy spellings of some of them (traditional, full-width, Chinese numerals, spaces, 个 left out).

const CLEAN = [
  '信息形成或者变更之日起20个工作日内',
  '自该政府信息形成或者变更之日起20个工作日内及时公开',
  '形成或者变更之日起20个工作日内予以公开',
  '20工作日',
  '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。',
  '自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。',
  '信息形成之日起20个工作日内',
  '自制作或获取该信息之日起20个工作日内公开',
  '条目化展示、信息形成（变更）20个工作日内',
  '制定或获取信息之日起10个工作日内',
  '制定或获取信息之日起10个工作日内，公示7个工作日',
  '制定或获取文件之日起10个工作日内',
  '制定或获取扶持政策措施之日起10个工作日内',
  '关联规范性文件公开3个工作日内',
  '与政策文件同步发布，时间跨度不超过5个工作日',
  '15个工作日内公开',
  '本级人民代表大会或其常务委员会批准后20日内',
  '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
  '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日',
  '实时公开',
  '及时公开',
  '同上',
  '及时回应',
  '按进展情况及时公开',
  '重大决策作出后及时公开',
  '在实地启动拟征收土地工作时，在村公示栏公开',
  '及时公开，公告期限为5个…',
  '每季度的首个月20日（集体财务往来较多的，财务收支情况应每月公布一次）',
  '随时公布',
  '每季度',
  '按卫健委要求单独公开',
  '公开征求意见的期限一般不少于30日',
  '一般事项至少每季度公布一次；财务收支情况应当每月公布一次；重大事项应当随时公布',
  '历时较长的事项应按事前、事中、事后实施分段公布',
  '每年1月31日前',
  '公开时限：长期公开',
  '公开时长：长期，最新有效',
  '任期内',
  '拟征收土地现状调查结束后5个工作日内，在村公示栏公开',
  '收到征地批准文件之日起10个工作日内公开',
  '2020年9月底前',
  '2020年7月底前',
  '2020年11月底前',
  '2020年6月底前',
];
const NOISY = [
  '信息形成或者變更之日起20個工作日內',
  '信息形成或者变更之日起二十个工作日内',
  '信息形成或者变更之日起２０个工作日内',
  '信息形成或者变更之日起 20 个工作\n日内',
  '信息形成或者变更之日起20工作日内',
  '制定或获取信息之日起十个工作日内，公示七个工作日',
  '本級人民代表大會或其常務委員會批准後二十日內',
  '每年一月三十一日前',
  '二〇二〇年九月底前',
  '２０２０年９月底前',
  '作出決定之日起7個工作日內；情況複雜的，經本單位負責人批准，可延長7個工作日',
  '15个工作日内 公开',
];
const INPUTS = [...CLEAN, ...NOISY];

// ---------------------------------------------------------------------------------------------
// The baseline: one full regex per phrase shape, tried in order on the raw text.

interface Naive {
  kind: DeadlineRule['kind'];
  amount?: number;
  unit?: string;
  anchor?: string;
}
const rel = (amount: string | undefined, unit: string, anchor: string): Naive => ({
  kind: 'relative',
  amount: Number(amount),
  unit,
  anchor,
});
const kind = (k: DeadlineRule['kind']) => (): Naive => ({ kind: k });

const NAIVE: [RegExp, (m: RegExpExecArray) => Naive][] = [
  [/^自?(?:该政府)?信息形成或者?变更之日起(\d+)个工作日内(?:及时|予以)?(?:公开)?$/, (m) => rel(m[1], 'workday', 'formed-or-changed')],
  [
    /^自?形成或者?变更之日起(\d+)个工作日内(?:予以)?公开(?:，法律法规另有规定的从其规定。)?$/,
    (m) => rel(m[1], 'workday', 'formed-or-changed'),
  ],
  [
    /^信息形成或者变更之日起(\d+)个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。$/,
    (m) => rel(m[1], 'workday', 'formed-or-changed'),
  ],
  [/^(\d+)工作日$/, (m) => rel(m[1], 'workday', 'formed-or-changed')],
  [/^信息形成之日起(\d+)个工作日内$/, (m) => rel(m[1], 'workday', 'formed')],
  [/^自?制作或获取该信息之日起(\d+)个工作日内(?:公开)?$/, (m) => rel(m[1], 'workday', 'made-or-obtained')],
  [/^条目化展示、信息形成（变更）(\d+)个工作日内$/, (m) => rel(m[1], 'workday', 'formed-or-changed')],
  [/^制定或获取(?:信息|文件|扶持政策措施|指南)之日起(\d+)个工作日内$/, (m) => rel(m[1], 'workday', 'made-or-obtained')],
  [/^制定或获取信息之日起(\d+)个工作日内，公示(\d+)个工作日$/, kind('compound')],
  [/^关联规范性文件公开(\d+)个工作日内$/, (m) => rel(m[1], 'workday', 'related-document-published')],
  [/^与政策文件同步发布，时间跨度不超过(\d+)个工作日$/, (m) => rel(m[1], 'workday', 'related-document-published')],
  [/^(\d+)个工作日(?:内公开)?$/, (m) => rel(m[1], 'workday', 'formed-or-changed')],
  [/^本级人民代表大会或其常务委员会批准后(\d+)日内$/, (m) => rel(m[1], 'day', 'approved')],
  [/^信息形成(\d+)个工作日内公开；其中(.+?)应自作出行政决定之日起(\d+)个工作日内公示$/, kind('compound')],
  [/^作出决定之日起(\d+)个工作日内；情况复杂的，经(.+?)批准，?可延长(\d+)个工作日$/, (m) => rel(m[1], 'workday', 'decided')],
  [/^(?:实时|及时|随时)(?:公开|公布|回应)$/, kind('prompt')],
  [/^按进展情况及时公开$/, kind('prompt')],
  [/^(.+)作出后及时公开$/, kind('prompt')],
  [/^在(.+)时，在(.+)公开$/, kind('prompt')],
  [/^同上$/, kind('reference')],
  [/^按(.+)要求单独公开$/, kind('reference')],
  [/^及时公开，公告期限为(.*)$/, kind('compound')],
  [/^每季度的首个月(\d+)日（(.+)）$/, kind('compound')],
  [/^每季度$/, kind('recurring')],
  [/^每年(\d+)月(\d+)日前$/, kind('recurring')],
  [/^(.+)一般不少于(\d+)日$/, (m) => ({ kind: 'minimum', amount: Number(m[2]), unit: 'day' })],
  [/^(.+)至少每季度公布一次；(.+)应当每月公布一次；(.+)应当随时公布$/, kind('compound')],
  [/^(.+)应按(.+)实施分段公布$/, kind('prompt')],
  [/^(?:公开时限：)?长期公开$|^(?:公开时长：)?长期，最新有效$|^任期内$/, kind('ongoing')],
  [/^(\d{4})年(\d{1,2})月底前$/, kind('fixed')],
  [/^(.+)结束后(\d+)个工作日内，在(.+)公开$/, (m) => rel(m[2], 'workday', 'event-finished')],
  [/^收到(.+)之日起(\d+)个工作日内公开$/, (m) => rel(m[2], 'workday', 'received')],
];

function naiveParse(text: string): Naive {
  for (const [re, build] of NAIVE) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  return { kind: 'unparsed' };
}

// ---------------------------------------------------------------------------------------------
// Resolution inputs: seeded random anchors 2010–2024, where every year has a notice.

const SEED = 20241012;
const rand = seeded(SEED);
const day0 = Date.UTC(2010, 0, 1) / 86400000;
const day1 = Date.UTC(2024, 11, 31) / 86400000;
const N = 2048;
const anchors = Array.from({ length: N }, () => iso(day0 + Math.floor(rand() * (day1 - day0))));
const WORKDAYS = parseDeadline('信息形成或者变更之日起20个工作日内');
const DAYS = parseDeadline('本级人民代表大会或其常务委员会批准后20日内');

/** Baseline: walk day by day, counting working days with isWorkday. */
function naiveWorkdays(anchor: string, n: number): string {
  let d = Date.parse(`${anchor}T00:00:00Z`) / 86400000;
  for (let k = 0; k < n;) if (isWorkday(iso(++d))) k++;
  return iso(d);
}
/** Baseline: add calendar days, then walk to the next working day. */
function naiveDays(anchor: string, n: number): string {
  let d = Date.parse(`${anchor}T00:00:00Z`) / 86400000 + n;
  while (!isWorkday(iso(d))) d++;
  return iso(d);
}
const due = (r: ReturnType<typeof resolveDeadline>) => (r.ok ? r.due : '');

// ---------------------------------------------------------------------------------------------

// Sanity and coverage: what each side recognises, and whether they agree where both do.
const recognised = (k: string) => k !== 'unparsed';
const ours = INPUTS.map((t) => parseDeadline(t));
const theirs = INPUTS.map(naiveParse);
const count = (rules: { kind: string }[], from: number, to: number) => rules.slice(from, to).filter((r) => recognised(r.kind)).length;
let disagreements = 0;
ours.forEach((r, i) => {
  const b = theirs[i]!;
  if (!recognised(b.kind)) return;
  if (r.kind !== b.kind) disagreements++;
  else if (r.kind === 'relative' && (r.amount !== b.amount || r.unit !== b.unit || r.anchor !== b.anchor)) disagreements++;
});
let resolveDisagreements = 0;
for (let i = 0; i < 300; i++) {
  if (due(resolveDeadline(WORKDAYS, { anchorDate: anchors[i]!, today: anchors[i]! })) !== naiveWorkdays(anchors[i]!, 20))
    resolveDisagreements++;
  if (due(resolveDeadline(DAYS, { anchorDate: anchors[i]!, today: anchors[i]! })) !== naiveDays(anchors[i]!, 20)) resolveDisagreements++;
}

console.log(
  `deadline bench: ${INPUTS.length} phrases (${CLEAN.length} clean, ${NOISY.length} noisy); ${N} seeded anchors 2010–2024 (seed ${SEED}); node ${process.version}`,
);
console.log(
  `recognised — parseDeadline: ${count(ours, 0, CLEAN.length)}/${CLEAN.length} clean, ${count(ours, CLEAN.length, INPUTS.length)}/${NOISY.length} noisy; ` +
    `regex-per-phrase: ${count(theirs, 0, CLEAN.length)}/${CLEAN.length} clean, ${count(theirs, CLEAN.length, INPUTS.length)}/${NOISY.length} noisy`,
);
console.log(
  `agreement where both recognise: ${disagreements} disagreements; resolution check on 600 calls: ${resolveDisagreements} disagreements`,
);
console.log('');

const cases: [string, string, (i: number) => unknown, (i: number) => unknown, number][] = [
  ['parse: all phrases', 'regex-per-phrase', (i) => parseDeadline(INPUTS[i]!), (i) => naiveParse(INPUTS[i]!), INPUTS.length],
  ['parse: clean phrases only', 'regex-per-phrase', (i) => parseDeadline(CLEAN[i]!), (i) => naiveParse(CLEAN[i]!), CLEAN.length],
  [
    'resolve: 20 working days',
    'day-by-day isWorkday',
    (i) => resolveDeadline(WORKDAYS, { anchorDate: anchors[i]!, today: anchors[i]! }),
    (i) => naiveWorkdays(anchors[i]!, 20),
    N,
  ],
  [
    'resolve: 20 calendar days + roll',
    'day-by-day isWorkday',
    (i) => resolveDeadline(DAYS, { anchorDate: anchors[i]!, today: anchors[i]! }),
    (i) => naiveDays(anchors[i]!, 20),
    N,
  ],
];
console.log(
  ['case'.padEnd(36), 'ops/s'.padStart(12), 'baseline'.padStart(24), 'baseline ops/s'.padStart(16), 'ratio'.padStart(10)].join(''),
);
for (const [name, baseline, a, b, size] of cases) {
  const x = measure(a, size);
  const y = measure(b, size);
  console.log([name.padEnd(36), fmt(x).padStart(12), baseline.padStart(24), fmt(y).padStart(16), ratio(x, y).padStart(10)].join(''));
}
