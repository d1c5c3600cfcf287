/** Messages of the calendar, dates, data validation and element attributes. */
import type { MessageCatalogue, Template } from './types.js';
import { num, plural, s } from './types.js';

export const zhCN = {
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
  'deadline.provisional-note': () => '按暂定放假安排推算，可能调整',
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

export const en: Record<keyof typeof zhCN, Template> = {
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
  'deadline.provisional-note': () => 'Counted on a provisional holiday calendar; may change',
  'deadline.explain.toggle': () => 'How this was counted',
  'deadline.explain.range': (p) => `From ${s(p.from)} (not counted) to ${s(p.to)}: ${s(p.n)} working ${plural(p.n, 'day', 'days')}.`,
  'deadline.explain.skipped': (p) => `Rest days not counted (${s(p.n)}):`,
  'deadline.explain.adjusted': (p) => `Weekend days worked as make-up working days, counted (${s(p.n)}):`,
  'deadline.explain.none-skipped': () => 'There are no rest days in between.',
  'attr.invalid': (p) => `The ${s(p.name)} attribute’s value “${s(p.value)}” is invalid: ${s(p.reason)}`,
  'attr.missing': (p) => `The required attribute ${s(p.name)} is missing`,
  'attr.not-integer': (p) => `“${s(p.value)}” must be a whole number, 0 or more`,
};

/** This module's catalogue, for `lookup`. */
export const baseMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
