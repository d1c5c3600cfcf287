/**
 * Message look-up without any catalogue bundled: a widget passes the catalogues it needs, so a
 * browser bundle carries only their text. `messages/index.ts` merges every catalogue for `msg`.
 */
import { readYmd } from '../calendar/date.js';
import type { MessageCatalogue, Lang, Params } from './types.js';

export type { MessageCatalogue, Lang } from './types.js';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Maps a BCP 47 tag to a supported language: zh* → zh-CN, en* → en, anything else → zh-CN. */
export function resolveLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return 'zh-CN';
}

/**
 * The text of `code` in `lang` from the first catalogue that has it. An unknown code gives a
 * generic text that still names the code, never a blank.
 */
export function lookup(catalogues: readonly MessageCatalogue[], lang: Lang, code: string, params: Params = {}): string {
  for (const c of catalogues) {
    const t = (c[lang] ?? c['zh-CN'])[code];
    if (t) return t(params);
  }
  return lang === 'en' ? `Unexpected problem (${code})` : `未知问题（${code}）`;
}

const ZH_WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO weekday index, 0 = Monday … 6 = Sunday, from the digits (Zeller-free, via days since 1970). */
function weekdayOf(y: number, m: number, d: number): number {
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86400000); // pure arithmetic on UTC, zone-independent
  return (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * A calendar date for people: `2024年10月12日（星期六）` or `Sat 12 Oct 2024`.
 * Returns the input unchanged when it is not a real date, so nothing the user typed is lost.
 */
export function formatDate(date: string, lang: Lang, options: { weekday?: boolean } = {}): string {
  const r = readYmd(date);
  if (r < 0) return date;
  const y = Math.floor(r / 10000);
  const m = Math.floor(r / 100) % 100;
  const d = r % 100;
  const wd = weekdayOf(y, m, d);
  if (lang === 'en') return `${options.weekday ? `${EN_WEEKDAYS[wd]} ` : ''}${d} ${EN_MONTHS[m - 1]} ${y}`;
  return `${y}年${m}月${d}日${options.weekday ? `（${ZH_WEEKDAYS[wd]}）` : ''}`;
}

// Holiday names as the notices write them, in English.
const HOLIDAY_EN: Record<string, string> = {
  元旦: 'New Year’s Day',
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  '“五一”': 'Labour Day',
  '“五一”国际劳动节': 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '“十一”': 'National Day',
  '中秋节、国庆节': 'Mid-Autumn Festival and National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
  抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th anniversary of the victory in the War of Resistance',
};

/** A holiday's name for display: as written in zh-CN; translated in en where known, else as written. */
export function holidayName(name: string, lang: Lang): string {
  return lang === 'en' ? (HOLIDAY_EN[name] ?? name) : name;
}
