/** Messages of deadline rules: formatted rules, unparsed reasons, resolution reasons and traces. */
import type { MessageCatalogue, Params, Template } from './types.js';
import { num, plural, s } from './types.js';

// ---------------------------------------------------------------------------------------------
// Words shared by several templates. Parameters carry codes (anchor, unit, action, frequency).

/** `map[key]` for the map's own keys only ("toString" is not an anchor). */
const own = (map: Record<string, string>, key: unknown): string | undefined =>
  Object.prototype.hasOwnProperty.call(map, s(key)) ? map[s(key)] : undefined;

const ANCHOR_ZH: Record<string, string> = {
  formed: '信息形成',
  changed: '信息变更',
  'formed-or-changed': '信息形成或变更',
  'made-or-obtained': '制作或获取信息',
  decided: '作出决定',
  approved: '获得批准',
  received: '收到相关材料',
  'event-finished': '相关事项结束',
  'related-document-published': '关联文件公开',
  other: '相关事项发生',
};
const ANCHOR_EN: Record<string, string> = {
  formed: 'the information being formed',
  changed: 'the information being changed',
  'formed-or-changed': 'the information being formed or changed',
  'made-or-obtained': 'the information being made or obtained',
  decided: 'the decision being made',
  approved: 'approval',
  received: 'receipt',
  'event-finished': 'the event finishing',
  'related-document-published': 'the related document being published',
  other: 'the event',
};
const ANCHOR_DATE_EN: Record<string, string> = {
  formed: 'the date the information was formed',
  changed: 'the date the information was changed',
  'formed-or-changed': 'the date the information was formed or changed',
  'made-or-obtained': 'the date the information was made or obtained',
  decided: 'the date of the decision',
  approved: 'the date of approval',
  received: 'the date of receipt',
  'event-finished': 'the date the event finished',
  'related-document-published': 'the date the related document was published',
  other: 'the date of the event',
};
/** Anchors whose source words say more than the generic wording (whose approval, which event). */
const SPECIFIC = new Set(['approved', 'received', 'event-finished', 'related-document-published', 'other']);

const anchorZh = (p: Params) =>
  SPECIFIC.has(s(p.anchor)) && p.anchorText ? s(p.anchorText) : (own(ANCHOR_ZH, p.anchor) ?? ANCHOR_ZH.other!);
const anchorEn = (p: Params) => {
  const a = s(p.anchor);
  if (a === 'other' && p.anchorText) return `“${s(p.anchorText)}”`;
  const words = own(ANCHOR_EN, a) ?? ANCHOR_EN.other!;
  return SPECIFIC.has(a) && p.anchorText ? `${words} (“${s(p.anchorText)}”)` : words;
};

const UNIT_ZH: Record<string, string> = { workday: '个工作日', day: '日', month: '个月', year: '年' };
const unitEn = (unit: unknown, n: unknown) => {
  switch (s(unit)) {
    case 'workday':
      return plural(n, 'working day', 'working days');
    case 'day':
      return plural(n, 'calendar day', 'calendar days');
    case 'month':
      return plural(n, 'month', 'months');
    case 'year':
      return plural(n, 'year', 'years');
    default:
      return plural(n, 'day', 'days');
  }
};

const VERB_ZH: Record<string, string> = { respond: '回应', reply: '答复', update: '更新', post: '公示' };
const VERB_EN: Record<string, string> = { respond: 'Respond', reply: 'Reply', update: 'Update', post: 'Post' };
const verbZh = (p: Params) => own(VERB_ZH, p.action) ?? '公开';
const verbEn = (p: Params) => own(VERB_EN, p.action) ?? 'Publish';

/** A prompt rule in zh-CN: [event][，]mode-word[在channel]verb. */
const promptZh = (word: string, p: Params, comma = false) =>
  `${p.event ? `${s(p.event)}${comma ? '，' : ''}` : ''}${word}${p.channel ? `在${s(p.channel)}` : ''}${verbZh(p)}`;
const promptEn = (how: string, p: Params) =>
  `${verbEn(p)} ${how}${p.event ? ` (when: ${s(p.event)})` : ''}${p.channel ? `; channel: ${s(p.channel)}` : ''}`;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthEn = (m: unknown) => MONTHS_EN[num(m) - 1] ?? s(m);
const ordinal = (v: unknown) => {
  const n = num(v);
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};
const ORDINAL_WORD = ['first', 'second', 'third'];

const FREQ_ZH: Record<string, string> = { yearly: '每年', 'half-yearly': '每半年', quarterly: '每季度', monthly: '每月' };
const PERIOD_ZH: Record<string, string> = { yearly: '年度', 'half-yearly': '半年', quarterly: '季度', monthly: '月' };
const FREQ_EN: Record<string, string> = { yearly: 'yearly', 'half-yearly': 'every six months', quarterly: 'quarterly', monthly: 'monthly' };
const PERIOD_EN: Record<string, string> = { yearly: 'year', 'half-yearly': 'half-year', quarterly: 'quarter', monthly: 'month' };

const once = (p: Params, freq: string) => `${p.atLeast ? '至少' : ''}${freq}公开一次`;
const onceEn = (p: Params, what: string) => `${p.atLeast ? 'At least once' : 'Once'} ${what}`;
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
const restZh = (p: Params) => (p.holiday ? `${s(p.holiday)}假期` : p.kind === 'weekend' ? '周末' : '休息日');
const restEn = (p: Params) => (p.holiday ? `a public holiday (${s(p.holiday)})` : p.kind === 'weekend' ? 'a weekend day' : 'a rest day');

// ---------------------------------------------------------------------------------------------

export const zhCN = {
  // Units and anchors
  'deadline.unit.workday': () => UNIT_ZH.workday!,
  'deadline.unit.day': () => UNIT_ZH.day!,
  'deadline.unit.month': () => UNIT_ZH.month!,
  'deadline.unit.year': () => UNIT_ZH.year!,
  'deadline.anchor.formed': (p) => anchorZh({ ...p, anchor: 'formed' }),
  'deadline.anchor.changed': (p) => anchorZh({ ...p, anchor: 'changed' }),
  'deadline.anchor.formed-or-changed': (p) => anchorZh({ ...p, anchor: 'formed-or-changed' }),
  'deadline.anchor.made-or-obtained': (p) => anchorZh({ ...p, anchor: 'made-or-obtained' }),
  'deadline.anchor.decided': (p) => anchorZh({ ...p, anchor: 'decided' }),
  'deadline.anchor.approved': (p) => anchorZh({ ...p, anchor: 'approved' }),
  'deadline.anchor.received': (p) => anchorZh({ ...p, anchor: 'received' }),
  'deadline.anchor.event-finished': (p) => anchorZh({ ...p, anchor: 'event-finished' }),
  'deadline.anchor.related-document-published': (p) => anchorZh({ ...p, anchor: 'related-document-published' }),
  'deadline.anchor.other': (p) => anchorZh({ ...p, anchor: 'other' }),
  // Rules (formatDeadline)
  'deadline.rule.fixed': (p) => `${s(p.date)}前（含当日）`,
  'deadline.rule.relative': (p) => `${anchorZh(p)}之日起 ${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}内`,
  'deadline.rule.relative-implied': (p) => `${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}内（未写明起算日，按${anchorZh(p)}之日起算）`,
  'deadline.rule.extension': (p) =>
    `；${p.condition ? `${s(p.condition)}，` : ''}${p.approval ? `经${s(p.approval)}批准，` : ''}可延长 ${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}`,
  'deadline.rule.override': () => '；法律、法规另有规定的，从其规定',
  'deadline.rule.override-text': (p) => `；${s(p.text) || '另有规定的，从其规定'}`,
  'deadline.rule.channel': (p) => `，在${s(p.channel) || '指定渠道'}公开`,
  'deadline.rule.subject': (p) => `${s(p.subject) || '相关事项'}：${s(p.rule)}`,
  'deadline.rule.condition': (p) => `${s(p.condition) || '特定情形下'}，${s(p.rule)}`,
  'deadline.rule.note': (p) => `${s(p.rule)}（${s(p.note) || '附注'}）`,
  'deadline.rule.duration': (p) => `公示 ${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}`,
  'deadline.rule.minimum': (p) => `不少于 ${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}`,
  'deadline.rule.compound': (p) => `共 ${s(p.n)} 项：${Array.isArray(p.parts) ? p.parts.map(s).join('；') : ''}`,
  'deadline.rule.unparsed': (p) => `未能识别的时限：“${s(p.text)}”`,
  'deadline.recurring.yearly': (p) =>
    p.month ? `每年${s(p.month)}月${p.day === 'end' || !p.day ? '底' : `${s(p.day)}日`}前` : once(p, '每年'),
  'deadline.recurring.half-yearly': (p) => once(p, '每半年'),
  'deadline.recurring.quarterly': (p) => (p.day ? `每季度第${s(p.monthOfQuarter || 1)}个月${s(p.day)}日前` : once(p, '每季度')),
  'deadline.recurring.monthly': (p) => (p.day ? `每月${p.day === 'end' ? '底' : `${s(p.day)}日`}前` : once(p, '每月')),
  'deadline.prompt.real-time': (p) => promptZh('实时', p),
  'deadline.prompt.prompt': (p) => promptZh('及时', p),
  'deadline.prompt.any-time': (p) => promptZh('随时', p),
  'deadline.prompt.routine': (p) => promptZh('常态化', p),
  'deadline.prompt.at-event': (p) => `${p.event ? `${s(p.event)}，` : '相关事项发生时'}${p.channel ? `在${s(p.channel)}` : ''}${verbZh(p)}`,
  'deadline.prompt.staged': (p) => `${p.event ? `按${s(p.event)}` : ''}分段${verbZh(p)}`,
  'deadline.ongoing.long-term': () => '长期',
  'deadline.ongoing.continuous': () => '持续推进',
  'deadline.ongoing.term-of-office': () => '任期内',
  'deadline.ongoing.retention': () => '（公开时长，不是办理期限）',
  'deadline.ongoing.latest': () => '，最新有效',
  'deadline.reference.previous': (p) => (p.rule ? `同上（${s(p.rule)}）` : '同上'),
  'deadline.reference.external': (p) => `按${s(p.authority) || '有关规定'}要求`,
  // Why a text did not parse
  'deadline.unparsed.empty': () => '未填写时限',
  'deadline.unparsed.too-long': () => '文字过长，不像一条时限',
  'deadline.unparsed.no-pattern': () => '未能识别这种时限写法',
  'deadline.unparsed.needs-year': () => '未写明年份，需要提供计划年度',
  'deadline.unparsed.truncated': () => '时限文字不完整（像是被截断了）',
  'deadline.unparsed.invalid-date': () => '时限中的日期不存在',
  'deadline.unparsed.amount': () => '期限的数目不合理（应为 1 至 9999）',
  'deadline.unparsed.unit': () => '不支持这种时间单位（小时、周等）',
  'deadline.unparsed.ambiguous': () => '写法有歧义（如“9月前”可理解为 9 月 1 日前或 9 月底前），请写明具体日期',
  'deadline.unparsed.internal': () => '解析时限时出现意外问题',
  // Why a rule has no due date (resolveDeadline)
  'deadline.resolve.needs-anchor': (p) => `需要提供${anchorZh(p)}的日期，才能算出截止日`,
  'deadline.resolve.needs-year': () => '时限未写明年份：请提供计划年度',
  'deadline.resolve.prompt': () => '“及时”“实时”“随时”一类时限没有具体日期，算不出截止日',
  'deadline.resolve.ongoing': () => '长期或持续性的工作没有截止日',
  'deadline.resolve.reference': () => '“同上”或按其他规定执行：需要所引用的时限才能计算',
  'deadline.resolve.minimum': () => '“不少于”是最短期限，不是截止日',
  'deadline.resolve.duration': () => '公示期是持续时间，不是截止日',
  'deadline.resolve.unparsed': () => '时限未能识别，无法计算截止日',
  'deadline.resolve.no-part': (p) => `这一时限的 ${s(p.count)} 项都算不出截止日`,
  'deadline.resolve.invalid-rule': () => '时限规则的格式不正确',
  // Trace of a computed due date
  'deadline.trace.start': (p) => `起算：${s(p.date)}（${anchorZh(p)}之日），当日不计入`,
  'deadline.trace.count-workdays': (p) =>
    `往后数 ${s(p.n)} 个工作日，到 ${s(p.to)}；其间不计入休息日 ${count(p.skipped)} 天${count(p.adjusted) ? `，调休上班的周末 ${count(p.adjusted)} 天计为工作日` : ''}`,
  'deadline.trace.add-days': (p) => `往后数 ${s(p.n)} 日（自然日，休息日也计入），到 ${s(p.to)}`,
  'deadline.trace.add-months': (p) => `往后 ${s(p.n)} 个月，到 ${s(p.to)}${p.clamped ? '（该月没有对应日期，取月末）' : ''}`,
  'deadline.trace.add-years': (p) => `往后 ${s(p.n)} 年，到 ${s(p.to)}${p.clamped ? '（该年没有 2 月 29 日，取 2 月 28 日）' : ''}`,
  'deadline.trace.rolled': (p) => `${s(p.from)} 是${restZh(p)}，期间届满日顺延至其后第一个工作日 ${s(p.to)}`,
  'deadline.trace.not-rolled': (p) => `${s(p.date)} 是${restZh(p)}；按设置不顺延`,
  'deadline.trace.fixed': (p) => `规定日期：${s(p.date)}（含当日）`,
  'deadline.trace.fixed-rest-day': (p) =>
    `${s(p.date)} 是${restZh(p)}${p.provisional ? '（按推算的放假安排）' : ''}；“前”字期限是固定日期，不顺延，宜在此前的工作日办结`,
  'deadline.trace.recurring': (p) => `${own(FREQ_ZH, p.frequency) ?? '定期'}一次：${s(p.today)} 当日或之后最近的一次是 ${s(p.date)}`,
  'deadline.trace.period-end': (p) =>
    `${own(FREQ_ZH, p.frequency) ?? '定期'}一次：以 ${s(p.today)} 所在${own(PERIOD_ZH, p.frequency) ?? '周期'}的最后一天 ${s(p.date)} 为期限`,
  'deadline.trace.clamped-day': (p) => `该月没有 ${s(p.day)} 日，取月末 ${s(p.date)}`,
  'deadline.trace.reference': () => '同上：按上一行的时限计算',
  'deadline.trace.plan-year': (p) => `时限未写明年份，按计划年度 ${s(p.year)} 年计算`,
  'deadline.trace.part': (p) => `第 ${s(p.index)} 项（共 ${s(p.count)} 项）：`,
  'deadline.trace.earliest': (p) =>
    `取${p.scope === 'general' ? '适用于一般情形的' : ''}各项中最早的截止日（第 ${s(p.index)} 项；共 ${s(p.count)} 项，${s(p.resolved)} 项可计算）${p.scope === 'general' ? '；限定事项或情形的项另见各项结果' : ''}`,
  'deadline.trace.extension-available': (p) => `经批准可再延长 ${s(p.n)} ${own(UNIT_ZH, p.unit) ?? '日'}（未计入上面的截止日）`,
  'deadline.trace.override': () => '法律、法规另有规定的，从其规定：请核对是否适用其他期限',
  'deadline.trace.due': (p) => `截止日：${s(p.date)}（含当日）`,
} satisfies Record<string, Template>;

export const en: Record<keyof typeof zhCN, Template> = {
  'deadline.unit.workday': (p) => unitEn('workday', p.n),
  'deadline.unit.day': (p) => unitEn('day', p.n),
  'deadline.unit.month': (p) => unitEn('month', p.n),
  'deadline.unit.year': (p) => unitEn('year', p.n),
  'deadline.anchor.formed': (p) => anchorEn({ ...p, anchor: 'formed' }),
  'deadline.anchor.changed': (p) => anchorEn({ ...p, anchor: 'changed' }),
  'deadline.anchor.formed-or-changed': (p) => anchorEn({ ...p, anchor: 'formed-or-changed' }),
  'deadline.anchor.made-or-obtained': (p) => anchorEn({ ...p, anchor: 'made-or-obtained' }),
  'deadline.anchor.decided': (p) => anchorEn({ ...p, anchor: 'decided' }),
  'deadline.anchor.approved': (p) => anchorEn({ ...p, anchor: 'approved' }),
  'deadline.anchor.received': (p) => anchorEn({ ...p, anchor: 'received' }),
  'deadline.anchor.event-finished': (p) => anchorEn({ ...p, anchor: 'event-finished' }),
  'deadline.anchor.related-document-published': (p) => anchorEn({ ...p, anchor: 'related-document-published' }),
  'deadline.anchor.other': (p) => anchorEn({ ...p, anchor: 'other' }),
  'deadline.rule.fixed': (p) => `By ${s(p.date)}`,
  'deadline.rule.relative': (p) => `Within ${s(p.n)} ${unitEn(p.unit, p.n)} of ${anchorEn(p)}`,
  'deadline.rule.relative-implied': (p) => `Within ${s(p.n)} ${unitEn(p.unit, p.n)} (the start is not stated; counted from ${anchorEn(p)})`,
  'deadline.rule.extension': (p) =>
    `; extendable by ${s(p.n)} ${unitEn(p.unit, p.n)}${p.approval ? ` with the approval of ${s(p.approval)}` : ''}${p.condition ? ` (where: ${s(p.condition)})` : ''}`,
  'deadline.rule.override': () => '; unless a law or regulation sets another period',
  'deadline.rule.override-text': (p) => `; another rule may apply${p.text ? `: ${s(p.text)}` : ''}`,
  'deadline.rule.channel': (p) => `; channel: ${s(p.channel) || 'as designated'}`,
  'deadline.rule.subject': (p) => `${s(p.subject) || 'Items covered'}: ${s(p.rule)}`,
  'deadline.rule.condition': (p) => `Where ${s(p.condition) || 'it applies'}: ${s(p.rule)}`,
  'deadline.rule.note': (p) => `${s(p.rule)} (${s(p.note) || 'note'})`,
  'deadline.rule.duration': (p) => `Posted for ${s(p.n)} ${unitEn(p.unit, p.n)}`,
  'deadline.rule.minimum': (p) => `At least ${s(p.n)} ${unitEn(p.unit, p.n)}`,
  'deadline.rule.compound': (p) => `${s(p.n)} parts: ${Array.isArray(p.parts) ? p.parts.map(s).join('; ') : ''}`,
  'deadline.rule.unparsed': (p) => `Deadline not recognised: “${s(p.text)}”`,
  'deadline.recurring.yearly': (p) =>
    p.month
      ? p.day === 'end' || !p.day
        ? `By the end of ${monthEn(p.month)} every year`
        : `By ${s(p.day)} ${monthEn(p.month)} every year`
      : onceEn(p, 'a year'),
  'deadline.recurring.half-yearly': (p) => onceEn(p, 'every six months'),
  'deadline.recurring.quarterly': (p) =>
    p.day
      ? `By the ${ordinal(p.day)} of the ${ORDINAL_WORD[num(p.monthOfQuarter || 1) - 1] ?? 'first'} month of every quarter`
      : onceEn(p, 'a quarter'),
  'deadline.recurring.monthly': (p) =>
    p.day ? (p.day === 'end' ? 'By the end of every month' : `By the ${ordinal(p.day)} of every month`) : onceEn(p, 'a month'),
  'deadline.prompt.real-time': (p) => promptEn('in real time', p),
  'deadline.prompt.prompt': (p) => promptEn('promptly', p),
  'deadline.prompt.any-time': (p) => promptEn('at any time, as matters arise', p),
  'deadline.prompt.routine': (p) => promptEn('routinely, as a regular practice', p),
  'deadline.prompt.at-event': (p) => promptEn('at the time of the event', p),
  'deadline.prompt.staged': (p) => `${verbEn(p)} in stages${p.event ? ` (${s(p.event)})` : ''}`,
  'deadline.ongoing.long-term': () => 'Long-term, no fixed date',
  'deadline.ongoing.continuous': () => 'Ongoing, no fixed date',
  'deadline.ongoing.term-of-office': () => 'For the term of office',
  'deadline.ongoing.retention': () => ' (how long it stays published, not a deadline)',
  'deadline.ongoing.latest': () => ', latest version valid',
  'deadline.reference.previous': (p) => (p.rule ? `Same as the row above (${s(p.rule)})` : 'Same as the row above'),
  'deadline.reference.external': (p) => `As required by ${s(p.authority) || 'other rules'}`,
  'deadline.unparsed.empty': () => 'No deadline is given',
  'deadline.unparsed.too-long': () => 'The text is too long to be a deadline',
  'deadline.unparsed.no-pattern': () => 'This way of writing a deadline is not recognised',
  'deadline.unparsed.needs-year': () => 'No year is written: a plan year is needed',
  'deadline.unparsed.truncated': () => 'The deadline text is incomplete (it looks cut off)',
  'deadline.unparsed.invalid-date': () => 'The date in the deadline does not exist',
  'deadline.unparsed.amount': () => 'The number in the deadline is not plausible (1 to 9999)',
  'deadline.unparsed.unit': () => 'This unit of time is not supported (hours, weeks)',
  'deadline.unparsed.ambiguous': () => 'Ambiguous: “before month 9” may mean before 1 September or by its end; give an exact date',
  'deadline.unparsed.internal': () => 'Unexpected problem while reading the deadline',
  'deadline.resolve.needs-anchor': (p) => {
    const a = s(p.anchor);
    const words = own(ANCHOR_DATE_EN, a) ?? ANCHOR_DATE_EN.other!;
    return `Needs ${words}${SPECIFIC.has(a) && p.anchorText ? ` (“${s(p.anchorText)}”)` : ''} to compute the due date`;
  },
  'deadline.resolve.needs-year': () => 'The deadline has no year: give the plan year',
  'deadline.resolve.prompt': () => 'A “promptly” or “in real time” rule has no date to compute',
  'deadline.resolve.ongoing': () => 'Long-term or ongoing work has no due date',
  'deadline.resolve.reference': () => 'The rule refers to another rule: that rule is needed to compute a date',
  'deadline.resolve.minimum': () => 'A minimum period is not a due date',
  'deadline.resolve.duration': () => 'A posting period is a duration, not a due date',
  'deadline.resolve.unparsed': () => 'The deadline was not recognised, so no due date can be computed',
  'deadline.resolve.no-part': (p) => `None of the ${s(p.count)} parts of this deadline gives a due date`,
  'deadline.resolve.invalid-rule': () => 'The deadline rule has the wrong shape',
  'deadline.trace.start': (p) => `Start: ${s(p.date)} (${anchorEn(p)}); that day is not counted`,
  'deadline.trace.count-workdays': (p) =>
    `Count ${s(p.n)} working ${plural(p.n, 'day', 'days')} to ${s(p.to)}; ${count(p.skipped)} rest ${plural(count(p.skipped), 'day', 'days')} not counted${count(p.adjusted) ? `, ${count(p.adjusted)} make-up working ${plural(count(p.adjusted), 'day', 'days')} counted` : ''}`,
  'deadline.trace.add-days': (p) => `Add ${s(p.n)} calendar ${plural(p.n, 'day', 'days')} (rest days included): ${s(p.to)}`,
  'deadline.trace.add-months': (p) =>
    `Add ${s(p.n)} ${plural(p.n, 'month', 'months')}: ${s(p.to)}${p.clamped ? ' (the month has no such day: its last day)' : ''}`,
  'deadline.trace.add-years': (p) =>
    `Add ${s(p.n)} ${plural(p.n, 'year', 'years')}: ${s(p.to)}${p.clamped ? ' (no 29 February that year: 28 February)' : ''}`,
  'deadline.trace.rolled': (p) => `${s(p.from)} is ${restEn(p)}: the period ends on the next working day, ${s(p.to)}`,
  'deadline.trace.not-rolled': (p) => `${s(p.date)} is ${restEn(p)}; not moved (as set)`,
  'deadline.trace.fixed': (p) => `Fixed date: ${s(p.date)} (inclusive)`,
  'deadline.trace.fixed-rest-day': (p) =>
    `${s(p.date)} is ${restEn(p)}${p.provisional ? ' (by the projected holiday schedule)' : ''}; a “by” date is not moved, so finish on an earlier working day`,
  'deadline.trace.recurring': (p) =>
    `Repeats ${own(FREQ_EN, p.frequency) ?? 'regularly'}: the next date on or after ${s(p.today)} is ${s(p.date)}`,
  'deadline.trace.period-end': (p) =>
    `Once per ${own(PERIOD_EN, p.frequency) ?? 'period'}: the last day of the ${own(PERIOD_EN, p.frequency) ?? 'period'} containing ${s(p.today)}, ${s(p.date)}`,
  'deadline.trace.clamped-day': (p) => `The month has no day ${s(p.day)}: its last day, ${s(p.date)}`,
  'deadline.trace.reference': () => 'Same as the row above: computed with that row’s rule',
  'deadline.trace.plan-year': (p) => `No year written: the plan year ${s(p.year)} is used`,
  'deadline.trace.part': (p) => `Part ${s(p.index)} of ${s(p.count)}:`,
  'deadline.trace.earliest': (p) =>
    `The earliest due date of the ${p.scope === 'general' ? 'general ' : ''}parts is used (part ${s(p.index)}; ${s(p.resolved)} of ${s(p.count)} parts give a date)${p.scope === 'general' ? '; parts for named items or cases have their own results' : ''}`,
  'deadline.trace.extension-available': (p) =>
    `With approval it can be extended by ${s(p.n)} ${unitEn(p.unit, p.n)} (not included in the due date above)`,
  'deadline.trace.override': () => 'A law or regulation may set another period: check whether one applies',
  'deadline.trace.due': (p) => `Due: ${s(p.date)} (inclusive)`,
};

/** This module's catalogue, for `lookup`. */
export const deadlineMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
