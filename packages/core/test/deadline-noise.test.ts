// Noise the parser must accept: traditional characters, full-width digits and letters, Chinese
// numerals, spaces and line breaks anywhere, 个 left out, a trailing 公开. Each variant of each
// phrase must give the same rule as the phrase (apart from the verbatim text).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeDeadlineText, type DeadlineRule } from '../src/index.js';
import { CATALOGUE_ROWS, OTHER_SHAPES, PHRASE_BANK, PLAN_DEADLINES, parse, withoutText, type PhraseCase } from './deadline-cases.js';

// Simplified → traditional, written independently of the parser's table.
const TRAD: Record<string, string> = Object.fromEntries(
  '个個 内內 变變 会會 开開 时時 后後 于於 与與 关關 规規 发發 布佈 决決 准準 号號 当當 从從 应應 为為 并並 条條 际際 业業 务務 机機 构構 处處 实實 报報 现現 对對 项項 办辦 长長 进進 结結 经經 负負 责責 级級 获獲 审審 财財 产產 随隨 态態 启啟 动動 标標 栏欄 单單 独獨 卫衛 历歷 较較 过過 联聯 头頭 拟擬 规規'
    .split(' ')
    .map((p) => [p[0]!, p[1]!]),
);
const toTraditional = (s: string) => [...s].map((c) => TRAD[c] ?? c).join('');
const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const DIGITS = '〇一二三四五六七八九';
/** 20 → 二十, 15 → 十五, 31 → 三十一, 120 → 一百二十, 105 → 一百零五; four digits (years) → 二〇二〇. */
function chineseNumber(n: string): string {
  if (n.length === 4) return [...n].map((d) => DIGITS[Number(d)]).join('');
  const v = Number(n);
  const h = Math.floor(v / 100);
  const t = Math.floor((v % 100) / 10);
  const u = v % 10;
  let out = h ? `${DIGITS[h]}百` : '';
  if (t) out += `${h || t !== 1 ? DIGITS[t] : ''}十`;
  else if (h && u) out += '零';
  if (u) out += DIGITS[u];
  return out;
}
const toChineseNumerals = (s: string) => s.replace(/\d+/g, chineseNumber);
/** Spaces and line breaks between characters, in several places. */
const withSpaces = (s: string) => [...s].map((c, i) => (i % 3 === 2 ? `${c} ` : i % 7 === 4 ? `${c}\n` : c)).join('');
const dropGe = (s: string) => s.replaceAll('个工作日', '工作日');

const NOISE: [name: string, fn: (s: string) => string][] = [
  ['traditional', toTraditional],
  ['full-width', toFullWidth],
  ['Chinese numerals', toChineseNumerals],
  ['spaces and line breaks', withSpaces],
  ['个 left out', dropGe],
  ['all at once', (s) => withSpaces(toFullWidth(toTraditional(dropGe(s))))],
];

const cases: PhraseCase[] = [
  ...PHRASE_BANK,
  ...CATALOGUE_ROWS,
  ...OTHER_SHAPES,
  ...PLAN_DEADLINES.slice(0, 4).map(([source, text]) => ({ source, text, expected: parse(text) })),
];

test('the noise helpers are what they claim', () => {
  assert.equal(chineseNumber('20'), '二十');
  assert.equal(chineseNumber('15'), '十五');
  assert.equal(chineseNumber('31'), '三十一');
  assert.equal(chineseNumber('120'), '一百二十');
  assert.equal(chineseNumber('105'), '一百零五');
  assert.equal(chineseNumber('2020'), '二〇二〇');
  assert.equal(toTraditional('信息形成或者变更之日起20个工作日内'), '信息形成或者變更之日起20個工作日內');
});

for (const [name, fn] of NOISE) {
  describe(`noise: ${name}`, () => {
    let changed = 0;
    for (const c of cases) {
      const variant = fn(c.text);
      if (variant === c.text) continue;
      changed++;
      test(`${JSON.stringify(variant)} reads as ${JSON.stringify(c.text)}`, () => {
        assert.deepEqual(withoutText(parse(variant, c.context)), withoutText(c.expected));
      });
    }
    test(`${name} changes most phrases`, () => assert.ok(changed >= 10, `${changed} variants`));
  });
}

describe('noise: a trailing 公开 / 予以公开 / 及时公开 after a relative rule', () => {
  const relatives = cases.filter(
    (c) =>
      c.expected.kind === 'relative' &&
      !c.expected.extension &&
      !c.expected.override &&
      !c.expected.channel &&
      !/(?:公开|公布|公示)$/.test(c.text),
  );
  test('there are relative phrases to try', () => assert.ok(relatives.length >= 8));
  for (const c of relatives) {
    for (const tail of ['公开', '予以公开', '及时公开']) {
      test(`${c.text}${tail}`, () => assert.deepEqual(withoutText(parse(c.text + tail, c.context)), withoutText(c.expected)));
    }
  }
});

describe('noise spelled out', () => {
  const base = { kind: 'relative', amount: 20, unit: 'workday', anchor: 'formed-or-changed', anchorImplied: true };
  for (const text of [
    '20 个工作 日内',
    '二十个工作日',
    '二十 個 工作日 內',
    '２０工作日',
    '20个工作日内\n',
    ' 20工作日内予以公开 ',
    '两个工作日'.replace('两', '二十'),
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(withoutText(parse(text) as DeadlineRule), base));
  }
  test('"日" or "天" without 工作 are calendar days', () => {
    for (const text of ['批准后20日内', '批准后20天内', '批准后二十天内', '批准后20个自然日内']) {
      const r = parse(text);
      assert.equal(r.kind === 'relative' && r.unit, 'day', text);
    }
  });
  test('个月 is months, 年 is years; 年 after four digits is a year, not a period', () => {
    const m = parse('批准后三个月内');
    assert.ok(m.kind === 'relative' && m.unit === 'month' && m.amount === 3);
    const y = parse('批准后1年内');
    assert.ok(y.kind === 'relative' && y.unit === 'year' && y.amount === 1);
    assert.deepEqual(withoutText(parse('二〇二〇年九月底前')), { kind: 'fixed', date: '2020-09-30' });
    assert.deepEqual(withoutText(parse('二○二○年十一月底前')), { kind: 'fixed', date: '2020-11-30' });
  });
  test('numerals that are not numbers stay words', () => {
    assert.equal(normalizeDeadlineText('一般事项至少每季度公布一次'), '一般事项至少每季度公布1次');
    assert.equal(normalizeDeadlineText('两微一端'), '两微一端');
    assert.equal(normalizeDeadlineText('一百零五日'), '105日');
    assert.equal(normalizeDeadlineText('十日'), '10日');
    assert.equal(normalizeDeadlineText('二千零二十年'), '2020年');
  });
  test('normalisation maps punctuation and drops every kind of space', () => {
    assert.equal(normalizeDeadlineText('20个工作日内,法律法规另有规定的;从其规定'), '20个工作日内，法律法规另有规定的；从其规定');
    assert.equal(normalizeDeadlineText('２０\u3000个\t工作\r\n日\u00a0内（ＡＢ）'), '20个工作日内（AB）');
  });
});
