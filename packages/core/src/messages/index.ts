/**
 * Display text for every code core returns, in zh-CN (default) and en.
 * DOM-free: back ends and widgets render the same words from here.
 */
import type { Issue } from '../errors.js';
import { readYmd } from '../calendar/date.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

type Params = Record<string, unknown>;
type Template = (p: Params) => string;

const s = (v: unknown): string => String(v ?? '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

const zhCN = {
  // Dates and calendar issues
  'date.empty': () => '请填写日期',
  'date.format': (p) => `“${s(p.value)}”不是“年-月-日”格式的日期（例如 2024-10-12）`,
  'date.invalid': (p) => `“${s(p.value)}”不是真实存在的日期`,
  'calendar.out-of-range': (p) => `日期“${s(p.value)}”超出工作日历支持的范围（${s(p.first)} 至 ${s(p.last)}）`,
  'calendar.invalid-count': (p) => `工作日数“${s(p.value)}”必须是整数`,
  'calendar.provisional': () => '所涉年份的国务院放假安排尚未发布，其中日期按法定节假日规则推算，届时可能调整。',
  'data.schema': (p) => `数据格式不正确${p.expected ? `（${s(p.expected)}）` : ''}`,
  'data.invalid': (p) => `数据有 ${s(p.count)} 处错误`,
  // Day kinds
  'day.kind.workday': () => '工作日',
  'day.kind.weekend': () => '周末',
  'day.kind.holiday': () => '节假日',
  'day.kind.adjusted-workday': () => '调休上班',
  // Deadline states
  'deadline.left': (p) => `还剩 ${s(p.n)} 个工作日`,
  'deadline.last-workday': () => '今天是到期前最后一个工作日',
  'deadline.due-today': () => '今日到期',
  'deadline.overdue': (p) => (num(p.n) > 0 ? `已逾期 ${s(p.n)} 个工作日` : '已逾期'),
  'deadline.due-on': (p) => `截止日期：${s(p.date)}`,
  'deadline.state.ok': () => '期限充足',
  'deadline.state.due-soon': () => '即将到期',
  'deadline.state.due-today': () => '今日到期',
  'deadline.state.overdue': () => '已逾期',
  'deadline.explain.toggle': () => '计算说明',
  'deadline.explain.range': (p) => `自 ${s(p.from)}（当日不计）至 ${s(p.to)}，共 ${s(p.n)} 个工作日。`,
  'deadline.explain.skipped': (p) => `其间不计入的休息日（${s(p.n)} 天）：`,
  'deadline.explain.adjusted': (p) => `其间调休上班、计为工作日的周末（${s(p.n)} 天）：`,
  'deadline.explain.none-skipped': () => '其间没有休息日。',
  // Attributes of elements
  'attr.invalid': (p) => `属性 ${s(p.name)} 的值“${s(p.value)}”无效：${s(p.reason)}`,
  'attr.missing': (p) => `缺少必填属性 ${s(p.name)}`,
  'attr.not-integer': (p) => `“${s(p.value)}”必须是不小于 0 的整数`,
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof zhCN;

const plural = (n: unknown, one: string, many: string) => (num(n) === 1 ? one : many);

const en: Record<MessageCode, Template> = {
  'date.empty': () => 'Enter a date',
  'date.format': (p) => `“${s(p.value)}” is not a date in YYYY-MM-DD form (for example 2024-10-12)`,
  'date.invalid': (p) => `“${s(p.value)}” is not a real date`,
  'calendar.out-of-range': (p) => `The date “${s(p.value)}” is outside the working-day calendar’s range (${s(p.first)} to ${s(p.last)})`,
  'calendar.invalid-count': (p) => `The number of working days “${s(p.value)}” must be a whole number`,
  'calendar.provisional': () =>
    'The State Council has not yet published the holiday arrangements for a year involved; its days follow the statutory holiday rules and may change.',
  'data.schema': (p) => `The data has the wrong shape${p.expected ? ` (${s(p.expected)})` : ''}`,
  'data.invalid': (p) => `The data has ${s(p.count)} ${plural(p.count, 'error', 'errors')}`,
  'day.kind.workday': () => 'working day',
  'day.kind.weekend': () => 'weekend',
  'day.kind.holiday': () => 'public holiday',
  'day.kind.adjusted-workday': () => 'make-up working day',
  'deadline.left': (p) => `${s(p.n)} working ${plural(p.n, 'day', 'days')} left`,
  'deadline.last-workday': () => 'Today is the last working day before the due date',
  'deadline.due-today': () => 'Due today',
  'deadline.overdue': (p) => (num(p.n) > 0 ? `Overdue by ${s(p.n)} working ${plural(p.n, 'day', 'days')}` : 'Overdue'),
  'deadline.due-on': (p) => `Due: ${s(p.date)}`,
  'deadline.state.ok': () => 'On track',
  'deadline.state.due-soon': () => 'Due soon',
  'deadline.state.due-today': () => 'Due today',
  'deadline.state.overdue': () => 'Overdue',
  'deadline.explain.toggle': () => 'How this was counted',
  'deadline.explain.range': (p) => `From ${s(p.from)} (not counted) to ${s(p.to)}: ${s(p.n)} working ${plural(p.n, 'day', 'days')}.`,
  'deadline.explain.skipped': (p) => `Rest days not counted (${s(p.n)}):`,
  'deadline.explain.adjusted': (p) => `Weekend days worked as make-up working days, counted (${s(p.n)}):`,
  'deadline.explain.none-skipped': () => 'There are no rest days in between.',
  'attr.invalid': (p) => `The ${s(p.name)} attribute’s value “${s(p.value)}” is invalid: ${s(p.reason)}`,
  'attr.missing': (p) => `The required attribute ${s(p.name)} is missing`,
  'attr.not-integer': (p) => `“${s(p.value)}” must be a whole number, 0 or more`,
};

const CATALOGUES: Record<Lang, Record<string, Template>> = { 'zh-CN': zhCN, en };

/** Every message code, for completeness checks. */
export const MESSAGE_CODES = Object.keys(zhCN) as MessageCode[];

/** Maps a BCP 47 tag to a supported language: zh* → zh-CN, en* → en, anything else → zh-CN. */
export function resolveLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return 'zh-CN';
}

/** True when `code` has text in the catalogues. */
export function hasMessage(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(zhCN, code);
}

/** The text of `code` in `lang`. An unknown code gives a generic text that still names the code. */
export function msg(lang: Lang, code: MessageCode | string, params: Params = {}): string {
  const cat = CATALOGUES[lang] ?? zhCN;
  const t = cat[code];
  if (t) return t(params);
  return lang === 'en' ? `Unexpected problem (${code})` : `未知问题（${code}）`;
}

/** The text of an issue in `lang`. */
export function formatIssue(lang: Lang, issue: Issue): string {
  return msg(lang, issue.code, issue.params);
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
