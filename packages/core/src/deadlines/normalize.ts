/**
 * Normalisation of deadline text, in one pass over the string with a lookup table:
 * - traditional characters common in these phrases → simplified (個→个, 內→内, 變→变, 會→会 …);
 * - full-width digits and letters → ASCII; ASCII , ; : ( ) → the Chinese forms ，；：（）;
 * - whitespace anywhere (spaces, tabs, line breaks, U+3000) is dropped: "20 个工作 日内" → "20个工作日内";
 * - Chinese numerals written before a unit become digits: 二十个工作日 → 20个工作日, 二〇二〇年 → 2020年,
 *   一百二十日 → 120日, 两个月 → 2个月. Numerals before anything else stay (一般, 两微一端).
 * The result is idempotent: normalising twice gives the same string.
 */

/** Traditional → simplified, for the characters that occur in 公开时限 and plan texts. */
const TRADITIONAL = [
  '個个 箇个 內内 變变 會会 開开 時时 後后 於于 與与 關关 規规 將将 發发 佈布 決决 準准 號号 週周 當当 從从 應应 為为 爲为 並并 條条 際际 業业 務务 機机 構构 處处 實实',
  '報报 現现 這这 對对 兩两 萬万 項项 辦办 證证 據据 長长 進进 預预 結结 達达 屆届 續续 經经 負负 責责 議议 執执 權权 區区 縣县 鄉乡 鎮镇 級级 復复 獲获 製制 訂订',
  '審审 請请 見见 範范 圍围 資资 訊讯 財财 產产 徵征 隨随 態态 啓启 啟启 動动 標标 滿满 屬属 舉举 稅税 貼贴 欄栏 單单 獨独 衛卫 統统 計计 數数 歷历 曆历 較较 過过 畢毕',
  '東东 問问 題题 導导 觀观 連连 聯联 優优 頭头 員员 門门 網网 絡络 擬拟 圖图 說说 歲岁 閱阅 讀读 檔档 專专 別别 簽签 僅仅 該该 義义 樣样 則则 備备 組组 織织 記记 錄录',
  '檢检 驗验 轉转 齊齐 護护 醫医 療疗 衞卫 環环 質质 體体 養养 傳传 匯汇 彙汇 間间 閒闲 節节 歸归 稱称 館馆 書书',
].join(' ');

const CODE_MAP = new Map<number, number>();
for (const pair of TRADITIONAL.split(' ')) CODE_MAP.set(pair.charCodeAt(0), pair.charCodeAt(1));
// Chinese punctuation is the canonical form of these ASCII marks.
for (const [a, b] of [
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['(', '（'],
  [')', '）'],
  ['⋯', '…'],
  ['○', '〇'], // "二○二○年" (white circle used as zero)
] as const) {
  CODE_MAP.set(a.charCodeAt(0), b.charCodeAt(0));
}
// Full-width ASCII (U+FF01–FF5E) → ASCII, except the marks whose Chinese form is canonical.
const KEEP_FULL_WIDTH = new Set(['，', '；', '：', '（', '）'].map((c) => c.charCodeAt(0)));
for (let c = 0xff01; c <= 0xff5e; c++) {
  if (KEEP_FULL_WIDTH.has(c)) continue;
  const ascii = c - 0xfee0;
  const mapped = CODE_MAP.get(ascii);
  CODE_MAP.set(c, mapped ?? ascii);
}

/** Chinese numerals: digits as their value; the multipliers 十 百 千 as -10, -100, -1000. */
const NUMERAL = new Map<number, number>(
  [
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['四', 4],
    ['五', 5],
    ['六', 6],
    ['七', 7],
    ['八', 8],
    ['九', 9],
    ['十', -10],
    ['百', -100],
    ['千', -1000],
  ].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);

/** Characters after which a numeral run is a number: 个 工(作日) 日 天 月 年 周 次 号 季(度) 小(时). */
const NUMBER_FOLLOWERS = new Set([...'个工日天月年周次号季小'].map((c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x7f ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680
  );
}

/** A normalised string with, for each of its characters, the span of the source it came from. */
export interface NormalizedText {
  text: string;
  /** Source index where output character i starts. */
  start: Int32Array;
  /** Source index just after output character i. */
  end: Int32Array;
}

// The lookup tables, per UTF-16 code unit: what it becomes (0: dropped, a space) and its value as
// a Chinese numeral (NOT_NUMERAL if none). Built on first use (64 K entries each).
const NOT_NUMERAL = 127;
let TABLES: { out: Uint16Array; num: Int8Array } | null = null;
function tables(): { out: Uint16Array; num: Int8Array } {
  if (TABLES) return TABLES;
  const out = new Uint16Array(0x10000);
  const num = new Int8Array(0x10000).fill(NOT_NUMERAL);
  for (let c = 0; c < 0x10000; c++) out[c] = isSpace(c) ? 0 : (CODE_MAP.get(c) ?? c);
  // Digits as themselves; 十 百 千 as -1 -2 -3 (powers of ten).
  for (const [c, v] of NUMERAL) num[c] = v >= 0 ? v : -Math.log10(-v);
  return (TABLES = { out, num });
}

// Reused output buffers (core is single-threaded and run() does not re-enter).
let buf = new Uint16Array(256);
let spanStart = new Int32Array(256);
let spanEnd = new Int32Array(256);

const EMPTY = new Int32Array(0);
const KEEP = 1 << 16;

function toText(n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** The value of a run of Chinese numerals in buf[from, to): positional (二十, 一百零五) or digit by digit (二〇二〇). */
function runValue(num: Int8Array, from: number, to: number): string {
  let positional = false;
  for (let k = from; k < to; k++) if (num[buf[k]!]! < 0) positional = true;
  if (!positional) {
    let digits = '';
    for (let k = from; k < to; k++) digits += num[buf[k]!]!;
    return digits;
  }
  let section = 0;
  let digit = 0;
  for (let k = from; k < to; k++) {
    const v = num[buf[k]!]!;
    if (v >= 0) digit = v;
    else {
      section += (digit === 0 ? 1 : digit) * 10 ** -v;
      digit = 0;
    }
  }
  return String(section + digit);
}

function run(src: string, track: boolean): NormalizedText {
  const { out: map, num } = tables();
  const len = src.length;
  // Numerals can turn one character into several digits (十 → 10, 千 → 1000): room for 4 each.
  const need = len * 4 + 8;
  if (buf.length < need) buf = new Uint16Array(need);
  if (track && spanStart.length < need) {
    spanStart = new Int32Array(need);
    spanEnd = new Int32Array(need);
  }
  let n = 0;
  let changed = false;
  // A pending run of Chinese numerals, written as is: where it starts in the buffer and the source.
  let runOut = -1;
  let runSrc = -1;
  let runSrcEnd = -1;
  for (let i = 0; i < len; i++) {
    const raw = src.charCodeAt(i);
    const c = map[raw]!;
    if (c === 0) {
      changed = true; // a space: dropped
      continue;
    }
    if (num[c] !== NOT_NUMERAL) {
      if (runOut < 0) {
        runOut = n;
        runSrc = i;
      }
      runSrcEnd = i + 1;
    } else if (runOut >= 0) {
      // The run ends. A unit follows (二十个): it is a number, written in digits (20个).
      if (NUMBER_FOLLOWERS.has(c)) {
        const digits = runValue(num, runOut, n);
        n = runOut;
        for (let k = 0; k < digits.length; k++) {
          if (track) {
            spanStart[n] = runSrc;
            spanEnd[n] = runSrcEnd;
          }
          buf[n++] = digits.charCodeAt(k);
        }
        changed = true;
      }
      runOut = -1;
    }
    if (c !== raw) changed = true;
    if (track) {
      spanStart[n] = i;
      spanEnd[n] = i + 1;
    }
    buf[n++] = c;
  }
  const text = changed ? toText(n) : src;
  const result = track ? { text, start: spanStart.slice(0, n), end: spanEnd.slice(0, n) } : { text, start: EMPTY, end: EMPTY };
  if (buf.length > KEEP) {
    // Do not hold on to the memory of one huge input.
    buf = new Uint16Array(256);
    spanStart = new Int32Array(256);
    spanEnd = new Int32Array(256);
  }
  return result;
}

/** Normalises deadline text (see the module comment). Never throws; idempotent. */
export function normalizeDeadlineText(text: string): string {
  return run(String(text ?? ''), false).text;
}

/** @internal {@link normalizeDeadlineText} with the source span of every output character. */
export function normalizeWithSpans(text: string): NormalizedText {
  return run(text, true);
}
