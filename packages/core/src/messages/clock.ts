/** Messages of the statutory request clock (requestClock, whatIf): phases, next steps, trace, issues. */
import { formatDate, holidayName } from './lookup.js';
import type { MessageCatalogue, Template } from './types.js';
import { num, plural, s } from './types.js';

// ---------------------------------------------------------------------------------------------
// Helpers: dates, lists and labels inside messages

/** 2024年10月12日; anything that is not a date comes back as written. */
const zd = (v: unknown): string => formatDate(s(v), 'zh-CN');

/** 12 Oct 2024; anything that is not a date comes back as written. */
const ed = (v: unknown): string => formatDate(s(v), 'en');

/** 1st, 2nd, 3rd, 4th, 11th, 21st, 22nd … */
function ordinal(v: unknown): string {
  const n = num(v);
  if (!Number.isInteger(n)) return s(v);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]);
const yes = (v: unknown) => v === true;

const CHANNEL_ZH: Record<string, string> = {
  'in-person': '当面提交',
  'registered-post': '邮寄（需签收）',
  'ordinary-post': '平常信函',
  online: '互联网渠道',
  fax: '传真',
};
const CHANNEL_EN: Record<string, string> = {
  'in-person': 'in person',
  'registered-post': 'registered post (signed for)',
  'ordinary-post': 'ordinary post',
  online: 'online',
  fax: 'fax',
};
const PARTY_ZH: Record<string, string> = { 'third-party': '第三方', agency: '有关行政机关' };
const PARTY_EN: Record<string, string> = { 'third-party': 'the third party', agency: 'the other agency' };
const PARTY_ART_ZH: Record<string, string> = { 'third-party': '条例第三十二条', agency: '条例第三十四条' };
const PARTY_ART_EN: Record<string, string> = { 'third-party': 'Art. 32', agency: 'Art. 34' };
const OUTCOME_ZH: Record<string, string> = {
  ALREADY_PUBLIC: '已主动公开，告知获取方式和途径',
  DISCLOSE: '予以公开',
  WITHHOLD: '不予公开',
  NOT_EXIST: '经检索没有所申请公开的信息',
  NOT_OUR_INFO: '不属于本机关负责公开',
  REPEAT: '重复申请，不予重复处理',
  SPECIAL_REGIME: '告知按有关法律、行政法规的规定办理',
  PARTIAL: '部分公开',
};
const OUTCOME_EN: Record<string, string> = {
  ALREADY_PUBLIC: 'already disclosed proactively; told where to find it',
  DISCLOSE: 'disclosed',
  WITHHOLD: 'withheld',
  NOT_EXIST: 'the information does not exist',
  NOT_OUR_INFO: 'not this agency’s information',
  REPEAT: 'a repeat request, not processed again',
  SPECIAL_REGIME: 'referred to the procedure a special law sets',
  PARTIAL: 'partly disclosed',
};
const OUTCOME_ART_ZH: Record<string, string> = { PARTIAL: '条例第三十七条' };
const OUTCOME_ART_EN: Record<string, string> = { PARTIAL: 'Art. 37' };
const GROUND_ZH: Record<string, string> = {
  STATE_SECRET: '属于国家秘密',
  LAW_PROHIBITED: '其他法律行政法规禁止公开',
  SECURITY_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY: '保护第三方合法权益',
  THIRD_PARTY_TRADE_SECRET: '涉及第三方商业秘密',
  THIRD_PARTY_PRIVACY: '涉及第三方个人隐私',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFO: '属于四类过程性信息',
  ENFORCEMENT_FILE: '属于行政执法案卷',
  ADMIN_QUERY: '属于行政查询事项',
};
const GROUND_EN: Record<string, string> = {
  STATE_SECRET: 'a state secret',
  LAW_PROHIBITED: 'another law or administrative regulation prohibits disclosure',
  SECURITY_STABILITY: 'would endanger national, public or economic security or social stability',
  THIRD_PARTY: 'protects a third party’s lawful rights',
  THIRD_PARTY_TRADE_SECRET: 'a third party’s trade secret',
  THIRD_PARTY_PRIVACY: 'a third party’s personal privacy',
  INTERNAL_AFFAIRS: 'internal affairs information',
  PROCESS_INFO: 'process information',
  ENFORCEMENT_FILE: 'an administrative law-enforcement case file',
  ADMIN_QUERY: 'an administrative query matter',
};
const TYPE_ZH: Record<string, string> = {
  submitted: '提交申请',
  received: '收到申请',
  confirmed: '确认收到',
  'correction-requested': '补正告知',
  corrected: '收到补正',
  'correction-lapsed': '逾期未补正',
  'consultation-started': '征求意见',
  'consultation-ended': '收到意见',
  extended: '延长答复期限',
  'due-date-set': '确定答复期限',
  replied: '答复',
  'not-processed': '不予处理',
  withdrawn: '撤回申请',
  archived: '归档',
};
const TYPE_EN: Record<string, string> = {
  submitted: 'submitted',
  received: 'received',
  confirmed: 'receipt confirmed',
  'correction-requested': 'correction notice',
  corrected: 'corrected request received',
  'correction-lapsed': 'correction lapsed',
  'consultation-started': 'consultation started',
  'consultation-ended': 'opinion received',
  extended: 'extension',
  'due-date-set': 'due date set',
  replied: 'reply',
  'not-processed': 'not processed',
  withdrawn: 'withdrawn',
  archived: 'archived',
};
const CLOSED_ZH: Record<string, string> = {
  replied: '答复',
  'not-processed': '决定不予处理',
  withdrawn: '撤回',
  abandoned: '视为放弃',
  archived: '归档',
};
const CLOSED_EN: Record<string, string> = {
  replied: 'been replied to',
  'not-processed': 'been closed as not processed',
  withdrawn: 'been withdrawn',
  abandoned: 'been deemed abandoned',
  archived: 'been archived',
};

/** A label from a table, or the value as written when the table has none. */
const label = (table: Record<string, string>, v: unknown) => table[s(v)] ?? s(v);
const zhList = (v: unknown, table?: Record<string, string>) =>
  arr(v)
    .map((x) => (table ? label(table, x) : s(x)))
    .join('、');
const enList = (v: unknown, table?: Record<string, string>) =>
  arr(v)
    .map((x) => (table ? label(table, x) : s(x)))
    .join(', ');
const zhHolidays = (v: unknown) => arr(v).map(s).join('、');
// Holiday names in English. Mirrors holidayName() in ./index.ts, which cannot be imported here
// (index imports this file); a test keeps the two in step for every name in the calendar data.
/** English holiday names; a county's own closure keeps its name as written. */
export const holidayNameEn = (name: string) => holidayName(name, 'en');
const enHolidays = (v: unknown) =>
  arr(v)
    .map((x) => holidayNameEn(s(x)))
    .join(', ');

// ---------------------------------------------------------------------------------------------

export const zhCN = {
  // Phases
  'clock.phase.awaiting-receipt': () => '待收到申请',
  'clock.phase.awaiting-confirmation': () => '待确认收到申请',
  'clock.phase.processing': () => '办理中',
  'clock.phase.consulting': () => '征求意见中（暂停计时）',
  'clock.phase.awaiting-correction': () => '待申请人补正',
  'clock.phase.replied': () => '已答复',
  'clock.phase.not-processed': () => '不予处理',
  'clock.phase.withdrawn': () => '申请人已撤回',
  'clock.phase.abandoned': () => '视为放弃申请',
  'clock.phase.archived': () => '已归档',
  'clock.phase.invalid': () => '申请记录有误',
  // Vocabulary
  'clock.channel.in-person': () => CHANNEL_ZH['in-person']!,
  'clock.channel.registered-post': () => CHANNEL_ZH['registered-post']!,
  'clock.channel.ordinary-post': () => CHANNEL_ZH['ordinary-post']!,
  'clock.channel.online': () => CHANNEL_ZH.online!,
  'clock.channel.fax': () => CHANNEL_ZH.fax!,
  'clock.party.third-party': () => PARTY_ZH['third-party']!,
  'clock.party.agency': () => PARTY_ZH.agency!,
  'clock.outcome.ALREADY_PUBLIC': () => OUTCOME_ZH.ALREADY_PUBLIC!,
  'clock.outcome.DISCLOSE': () => OUTCOME_ZH.DISCLOSE!,
  'clock.outcome.WITHHOLD': () => OUTCOME_ZH.WITHHOLD!,
  'clock.outcome.NOT_EXIST': () => OUTCOME_ZH.NOT_EXIST!,
  'clock.outcome.NOT_OUR_INFO': () => OUTCOME_ZH.NOT_OUR_INFO!,
  'clock.outcome.REPEAT': () => OUTCOME_ZH.REPEAT!,
  'clock.outcome.SPECIAL_REGIME': () => OUTCOME_ZH.SPECIAL_REGIME!,
  'clock.outcome.PARTIAL': () => OUTCOME_ZH.PARTIAL!,
  'clock.ground.STATE_SECRET': () => GROUND_ZH.STATE_SECRET!,
  'clock.ground.LAW_PROHIBITED': () => GROUND_ZH.LAW_PROHIBITED!,
  'clock.ground.SECURITY_STABILITY': () => GROUND_ZH.SECURITY_STABILITY!,
  'clock.ground.THIRD_PARTY': () => GROUND_ZH.THIRD_PARTY!,
  'clock.ground.THIRD_PARTY_TRADE_SECRET': () => GROUND_ZH.THIRD_PARTY_TRADE_SECRET!,
  'clock.ground.THIRD_PARTY_PRIVACY': () => GROUND_ZH.THIRD_PARTY_PRIVACY!,
  'clock.ground.INTERNAL_AFFAIRS': () => GROUND_ZH.INTERNAL_AFFAIRS!,
  'clock.ground.PROCESS_INFO': () => GROUND_ZH.PROCESS_INFO!,
  'clock.ground.ENFORCEMENT_FILE': () => GROUND_ZH.ENFORCEMENT_FILE!,
  'clock.ground.ADMIN_QUERY': () => GROUND_ZH.ADMIN_QUERY!,
  'clock.event-type.submitted': () => TYPE_ZH.submitted!,
  'clock.event-type.received': () => TYPE_ZH.received!,
  'clock.event-type.confirmed': () => TYPE_ZH.confirmed!,
  'clock.event-type.correction-requested': () => TYPE_ZH['correction-requested']!,
  'clock.event-type.corrected': () => TYPE_ZH.corrected!,
  'clock.event-type.correction-lapsed': () => TYPE_ZH['correction-lapsed']!,
  'clock.event-type.consultation-started': () => TYPE_ZH['consultation-started']!,
  'clock.event-type.consultation-ended': () => TYPE_ZH['consultation-ended']!,
  'clock.event-type.extended': () => TYPE_ZH.extended!,
  'clock.event-type.due-date-set': () => TYPE_ZH['due-date-set']!,
  'clock.event-type.replied': () => TYPE_ZH.replied!,
  'clock.event-type.not-processed': () => TYPE_ZH['not-processed']!,
  'clock.event-type.withdrawn': () => TYPE_ZH.withdrawn!,
  'clock.event-type.archived': () => TYPE_ZH.archived!,

  // What the law requires next
  'clock.next.record-receipt': () => '记录收到申请之日：当面提交的为提交之日，邮寄需签收的为签收之日（条例第三十一条）。',
  'clock.next.confirm-receipt': (p) =>
    p.due
      ? `平常信函应于收到当日（${zd(p.due)}）与申请人确认，确认之日为收到申请之日（条例第三十一条）。`
      : `与申请人确认收到申请；${label(CHANNEL_ZH, p.channel) || '该渠道'}以确认之日为收到申请之日（条例第三十一条）。`,
  'clock.next.await-correction': (p) =>
    `等待申请人补正${p.correctBy ? `（补正期限至 ${zd(p.correctBy)}）` : ''}；收到补正后的申请之日起重新计算答复期限（条例第三十条）。`,
  'clock.next.correction-overdue': (p) =>
    `补正期限（${zd(p.correctBy)}）已过：申请人无正当理由逾期不补正的，视为放弃申请，可记录“逾期未补正”（条例第三十条）。`,
  'clock.next.await-opinion': (p) =>
    `等待${label(PARTY_ZH, p.party)}于 ${zd(p.limit)} 前提出意见（${label(PARTY_ART_ZH, p.party)}）；征求意见期间不计入答复期限。`,
  'clock.next.reply': (p) => `应于 ${zd(p.due)} 前答复申请人（条例第三十三条），还剩 ${s(p.n)} 个工作日。`,
  'clock.next.reply-overdue': (p) =>
    `答复期限 ${zd(p.due)} 已过${num(p.n) > 0 ? `，已逾期 ${s(p.n)} 个工作日` : ''}，应立即答复（条例第三十三条）。`,
  'clock.next.archive': () => '将申请、答复等材料归档（条例第四十五条）。',
  'clock.next.none': () => '无需进一步办理。',
  'clock.next.fix-log': (p) => `申请记录有 ${s(p.count)} 处错误，更正后才能计算期限。`,

  // Trace: what happened and how each date follows
  'clock.trace.submitted': (p) => `${zd(p.date)}，申请人通过${label(CHANNEL_ZH, p.channel)}提交申请（提交时间 ${s(p.at)}，按北京时间计）。`,
  'clock.trace.received': (p) => `${zd(p.date)}，申请到达本机关（${label(CHANNEL_ZH, p.channel)}）。`,
  'clock.trace.confirmed': (p) => `${zd(p.date)}，与申请人确认收到；该渠道不以确认之日为收到申请之日。`,
  'clock.trace.receipt.in-person': (p) => `当面提交：收到申请之日为提交之日，即 ${zd(p.date)}（条例第三十一条第一项）。`,
  'clock.trace.receipt.registered-post': (p) => `邮寄需签收：收到申请之日为签收之日，即 ${zd(p.date)}（条例第三十一条第二项）。`,
  'clock.trace.receipt.confirmed': (p) =>
    `${label(CHANNEL_ZH, p.channel) || '未记录渠道'}：收到申请之日为与申请人确认之日，即 ${zd(p.date)}（条例第三十一条）。`,
  'clock.trace.correction-window': (p) =>
    `如需补正，应自收到申请之日起 ${s(p.n)} 个工作日内（${zd(p.due)} 前）一次性告知申请人（条例第三十条）。`,
  'clock.trace.correction-requested': (p) =>
    `${zd(p.date)}，一次性告知申请人补正${yes(p.late) ? `（晚于 ${zd(p.due)} 的期限）` : ''}${p.correctBy ? `，补正期限至 ${zd(p.correctBy)}` : ''}；答复期限自收到补正后的申请之日起重新计算（条例第三十条）。`,
  'clock.trace.corrected': (p) => `${zd(p.date)}，收到补正后的申请：答复期限自当日起重新计算（条例第三十条）。`,
  'clock.trace.extension-cancelled': (p) => `补正前的延期（${s(p.count)} 次，共 ${s(p.workdays)} 个工作日）随期限重新计算而失效。`,
  'clock.trace.manual-due-cancelled': (p) => `补正前确定的答复期限（${zd(p.due)}）随期限重新计算而失效。`,
  'clock.trace.correction-lapsed': (p) => `${zd(p.date)}，申请人无正当理由逾期不补正，视为放弃申请（条例第三十条）。`,
  'clock.trace.consultation-started': (p) =>
    `${zd(p.date)}，向${label(PARTY_ZH, p.party)}发出征求意见函；自其收到之日（${zd(p.letterReceived)}${yes(p.assumed) ? '，未记录，按发函之日计' : ''}）起 ${s(p.n)} 个工作日内、即 ${zd(p.limit)} 前提出意见（${label(PARTY_ART_ZH, p.party)}）。`,
  'clock.trace.consultation-ended': (p) =>
    `${zd(p.date)}，收到${label(PARTY_ZH, p.party)}的意见${yes(p.capped) ? `，晚于期限 ${zd(p.limit)}：暂停计时只算到 ${zd(p.limit)}` : ''}。`,
  'clock.trace.consultation-silence': (p) =>
    p.party === 'agency'
      ? `有关行政机关在 ${zd(p.limit)} 前未提出意见，视为同意公开（条例第三十四条）；暂停计时至 ${zd(p.limit)} 止。`
      : `${label(PARTY_ZH, p.party)}在 ${zd(p.limit)} 前未提出意见，由本机关依照条例规定决定是否公开（${label(PARTY_ART_ZH, p.party)}）；暂停计时至 ${zd(p.limit)} 止。`,
  'clock.trace.consultation-open': (p) =>
    `征求${label(PARTY_ZH, p.party)}意见尚未结束：自 ${zd(p.from)} 起暂停计时，最迟至 ${zd(p.limit)}。`,
  'clock.trace.extended': (p) =>
    `${zd(p.date)}，${p.approvedBy ? `经${s(p.approvedBy)}同意，` : ''}延长答复期限 ${s(p.workdays)} 个工作日（累计 ${s(p.total)} 个，最长 20 个；条例第三十三条第二款）。`,
  'clock.trace.manual-due': (p) =>
    `${zd(p.date)}，因申请数量、频次明显超过合理范围，确定答复期限为 ${zd(p.due)}（理由：${s(p.reason)}；条例第三十五条）。`,
  'clock.trace.due-manual': (p) => `答复期限：${zd(p.due)}，由本机关于 ${zd(p.date)} 依条例第三十五条确定。`,
  'clock.trace.on-the-spot': (p) => `${zd(p.date)} 当面提交、当场答复，申请当即办结（条例第三十三条第一款）。`,
  'clock.trace.replied': (p) =>
    `${zd(p.date)}，答复申请人：${label(OUTCOME_ZH, p.outcome)}${arr(p.grounds).length > 0 ? `（理由：${zhList(p.grounds, GROUND_ZH)}）` : ''}（${OUTCOME_ART_ZH[s(p.outcome)] ?? '条例第三十六条'}）。`,
  'clock.trace.not-processed': (p) => `${zd(p.date)}，决定不予处理${p.reason ? `（${s(p.reason)}）` : ''}。`,
  'clock.trace.withdrawn': (p) => `${zd(p.date)}，申请人撤回申请。`,
  'clock.trace.archived': (p) => `${zd(p.date)}，归档（条例第四十五条）。`,
  'clock.trace.period': (p) =>
    `答复期限自 ${zd(p.from)}（${p.basis === 'corrected' ? '收到补正后的申请之日' : '收到申请之日'}，当日不计）起算 ${s(p.n)} 个工作日${num(p.extension) > 0 ? `，延长 ${s(p.extension)} 个，共 ${s(p.total)} 个` : ''}（条例第三十三条）。`,
  'clock.trace.pause': (p) =>
    `征求意见期间 ${zd(p.from)} 至 ${zd(p.to)}（${zd(p.from)} 当日不计）的 ${s(p.n)} 个工作日不计入答复期限${yes(p.open) ? '（尚未结束，暂算至今天）' : ''}（条例第三十三条第三款）。`,
  'clock.trace.rest-days': (p) =>
    `${zd(p.from)} 至 ${zd(p.to)} 之间有 ${s(p.n)} 个休息日不计入（其中周末 ${s(p.weekends)} 天${arr(p.holidays).length > 0 ? `；节假日：${zhHolidays(p.holidays)}` : ''}）${arr(p.adjusted).length > 0 ? `；调休上班日 ${arr(p.adjusted).map(zd).join('、')} 计为工作日` : ''}。`,
  'clock.trace.due': (p) =>
    `答复截止日：${zd(p.due)}，即 ${zd(p.from)} 之后计入的第 ${s(p.n)} 个工作日${num(p.paused) > 0 ? `（另有 ${s(p.paused)} 个工作日因征求意见不计入）` : ''}。`,
  'clock.trace.due-latest': (p) => `若征求意见持续到法定期限届满，答复截止日最迟为 ${zd(p.due)}。`,
  'clock.trace.provisional': (p) => `${zhList(p.years)} 年的国务院放假安排尚未发布，所涉日期按法定节假日规则推算，届时可能调整。`,

  // Issues in the log (error: no dates; warning: dates stand)
  'clock.events.not-array': () => '申请记录必须是事件列表。',
  'clock.event.not-object': (p) => `事件必须是对象（实际为“${s(p.value)}”）。`,
  'clock.event.type': (p) => `未知的事件类型“${s(p.value)}”。`,
  'clock.event.missing': (p) => `缺少字段 ${s(p.field)}。`,
  'clock.event.invalid-value': (p) => `字段 ${s(p.field)} 的值“${s(p.value)}”无效。`,
  'clock.event.timestamp': (p) => `“${s(p.value)}”不是带时区的时间（例如 2024-10-12T09:30:00+08:00）。`,
  'clock.order': (p) => `事件日期 ${zd(p.date)} 早于前一事件的 ${zd(p.previous)}：事件须按时间先后记录。`,
  'clock.future': (p) => `事件日期 ${zd(p.date)} 晚于今天（${zd(p.today)}）。`,
  'clock.duplicate': (p) => `“${label(TYPE_ZH, p.type)}”只能记录一次。`,
  'clock.before-receipt': (p) => `收到申请之前不能记录“${label(TYPE_ZH, p.type)}”。`,
  'clock.after-close': (p) => `申请已${label(CLOSED_ZH, p.closedBy)}，之后不能再记录“${label(TYPE_ZH, p.type)}”。`,
  'clock.not-running': (p) => `待补正期间答复期限不计算，不能记录“${label(TYPE_ZH, p.type)}”。`,
  'clock.correction.second': (p) => `补正应一次性告知（条例第三十条），${zd(p.first)} 已告知过，不能再次告知。`,
  'clock.correction.not-requested': (p) => `没有待补正的告知，不能记录“${label(TYPE_ZH, p.type)}”。`,
  'clock.correction.late': (p) =>
    `补正告知于 ${zd(p.date)} 发出，晚于收到申请后 7 个工作日的期限（${zd(p.due)}，条例第三十条）；告知仍然有效。`,
  'clock.correction.correct-by-before-notice': (p) => `补正期限 ${zd(p.correctBy)} 早于告知日期 ${zd(p.date)}。`,
  'clock.correction.lapsed-early': (p) => `补正期限至 ${zd(p.correctBy)}，${zd(p.date)} 记录逾期未补正为时过早。`,
  'clock.consultation.end-without-start': (p) =>
    p.ref ? `没有编号为“${s(p.ref)}”且尚未结束的征求意见，不能记录收到意见。` : '没有尚未结束的征求意见，不能记录收到意见。',
  'clock.consultation.duplicate-ref': (p) => `编号“${s(p.ref)}”的征求意见尚未结束，不能重复使用该编号。`,
  'clock.consultation.party-mismatch': (p) =>
    `编号“${s(p.ref)}”的征求意见对象是${label(PARTY_ZH, p.started)}，而收到意见的记录写的是${label(PARTY_ZH, p.party)}。`,
  'clock.consultation.ends-before-start': (p) => `收到意见的日期 ${zd(p.date)} 早于发出征求意见函的日期 ${zd(p.start)}。`,
  'clock.consultation.letter-before-sent': (p) => `对方收函日期 ${zd(p.letterReceived)} 早于发函日期 ${zd(p.date)}。`,
  'clock.consultation.ended-after-limit': (p) =>
    `${label(PARTY_ZH, p.party)}的意见于 ${zd(p.date)} 收到，晚于 15 个工作日的期限 ${zd(p.limit)}；暂停计时只算到 ${zd(p.limit)}（${label(PARTY_ART_ZH, p.party) || '条例第三十二条、第三十四条'}）。`,
  'clock.consultation.ambiguous-end': (p) =>
    `有多项征求意见尚未结束，而收到意见的记录未写明编号，按最早的一项（${zd(p.from)} 发函，对象：${label(PARTY_ZH, p.party)}）处理。`,
  'clock.extension.too-many': (p) => `延长答复期限最多 ${s(p.max)} 次，这是第 ${s(p.count)} 次。`,
  'clock.extension.too-long': (p) => `延长期限累计 ${s(p.total)} 个工作日，超过最长 ${s(p.max)} 个工作日（条例第三十三条第二款）。`,
  'clock.extension.no-approval': () => '延期未记录批准人：延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条第二款）。',
  'clock.extension.late': (p) => `延期于 ${zd(p.date)} 决定，晚于当时的答复期限 ${zd(p.due)}；延期应在期限届满前决定并告知申请人。`,
  'clock.extension.after-manual-due': (p) => `已依条例第三十五条确定答复期限（${zd(p.due)}），延期不改变该期限。`,
  'clock.manual-due.before-date': (p) => `确定的答复期限 ${zd(p.due)} 早于决定日期 ${zd(p.date)}。`,
  'clock.reply.grounds-missing': (p) =>
    `${label(OUTCOME_ZH, p.outcome)}应说明理由（条例第三十六条第三项、第三十七条）：请选择不予公开的理由。`,
  'clock.reply.late': (p) => `于 ${zd(p.date)} 答复，晚于答复期限 ${zd(p.due)}。`,
  'clock.channel.mismatch': (p) =>
    `提交渠道（${label(CHANNEL_ZH, p.submitted)}）与收到渠道（${label(CHANNEL_ZH, p.received)}）不一致，按收到渠道确定收到申请之日。`,
  'clock.channel.unknown': () => '未记录提交渠道，暂以确认之日为收到申请之日。',
  'clock.confirm.not-needed': (p) =>
    `${label(CHANNEL_ZH, p.channel) || '该渠道'}不以确认之日为收到申请之日（条例第三十一条），此次确认不影响期限。`,
  'clock.confirm.late': (p) => `平常信函应于收到当日（${zd(p.arrival)}）与申请人确认，实际于 ${zd(p.date)} 确认（条例第三十一条）。`,
  'clock.archived-open': () => '申请尚未办结就已归档。',
  'clock.policy.invalid': (p) => `期限规则 ${s(p.name)} 的值“${s(p.value)}”无效：应为不小于 0 的整数。`,
} satisfies Record<string, Template>;

export const en: Record<keyof typeof zhCN, Template> = {
  'clock.phase.awaiting-receipt': () => 'Awaiting receipt',
  'clock.phase.awaiting-confirmation': () => 'Awaiting confirmation of receipt',
  'clock.phase.processing': () => 'Processing',
  'clock.phase.consulting': () => 'Consulting (clock paused)',
  'clock.phase.awaiting-correction': () => 'Awaiting the applicant’s correction',
  'clock.phase.replied': () => 'Replied',
  'clock.phase.not-processed': () => 'Not processed',
  'clock.phase.withdrawn': () => 'Withdrawn by the applicant',
  'clock.phase.abandoned': () => 'Deemed abandoned',
  'clock.phase.archived': () => 'Archived',
  'clock.phase.invalid': () => 'The request log has errors',
  'clock.channel.in-person': () => CHANNEL_EN['in-person']!,
  'clock.channel.registered-post': () => CHANNEL_EN['registered-post']!,
  'clock.channel.ordinary-post': () => CHANNEL_EN['ordinary-post']!,
  'clock.channel.online': () => CHANNEL_EN.online!,
  'clock.channel.fax': () => CHANNEL_EN.fax!,
  'clock.party.third-party': () => 'third party',
  'clock.party.agency': () => 'other agency',
  'clock.outcome.ALREADY_PUBLIC': () => OUTCOME_EN.ALREADY_PUBLIC!,
  'clock.outcome.DISCLOSE': () => OUTCOME_EN.DISCLOSE!,
  'clock.outcome.WITHHOLD': () => OUTCOME_EN.WITHHOLD!,
  'clock.outcome.NOT_EXIST': () => OUTCOME_EN.NOT_EXIST!,
  'clock.outcome.NOT_OUR_INFO': () => OUTCOME_EN.NOT_OUR_INFO!,
  'clock.outcome.REPEAT': () => OUTCOME_EN.REPEAT!,
  'clock.outcome.SPECIAL_REGIME': () => OUTCOME_EN.SPECIAL_REGIME!,
  'clock.outcome.PARTIAL': () => OUTCOME_EN.PARTIAL!,
  'clock.ground.STATE_SECRET': () => GROUND_EN.STATE_SECRET!,
  'clock.ground.LAW_PROHIBITED': () => GROUND_EN.LAW_PROHIBITED!,
  'clock.ground.SECURITY_STABILITY': () => GROUND_EN.SECURITY_STABILITY!,
  'clock.ground.THIRD_PARTY': () => GROUND_EN.THIRD_PARTY!,
  'clock.ground.THIRD_PARTY_TRADE_SECRET': () => GROUND_EN.THIRD_PARTY_TRADE_SECRET!,
  'clock.ground.THIRD_PARTY_PRIVACY': () => GROUND_EN.THIRD_PARTY_PRIVACY!,
  'clock.ground.INTERNAL_AFFAIRS': () => GROUND_EN.INTERNAL_AFFAIRS!,
  'clock.ground.PROCESS_INFO': () => GROUND_EN.PROCESS_INFO!,
  'clock.ground.ENFORCEMENT_FILE': () => GROUND_EN.ENFORCEMENT_FILE!,
  'clock.ground.ADMIN_QUERY': () => GROUND_EN.ADMIN_QUERY!,
  'clock.event-type.submitted': () => TYPE_EN.submitted!,
  'clock.event-type.received': () => TYPE_EN.received!,
  'clock.event-type.confirmed': () => TYPE_EN.confirmed!,
  'clock.event-type.correction-requested': () => TYPE_EN['correction-requested']!,
  'clock.event-type.corrected': () => TYPE_EN.corrected!,
  'clock.event-type.correction-lapsed': () => TYPE_EN['correction-lapsed']!,
  'clock.event-type.consultation-started': () => TYPE_EN['consultation-started']!,
  'clock.event-type.consultation-ended': () => TYPE_EN['consultation-ended']!,
  'clock.event-type.extended': () => TYPE_EN.extended!,
  'clock.event-type.due-date-set': () => TYPE_EN['due-date-set']!,
  'clock.event-type.replied': () => TYPE_EN.replied!,
  'clock.event-type.not-processed': () => TYPE_EN['not-processed']!,
  'clock.event-type.withdrawn': () => TYPE_EN.withdrawn!,
  'clock.event-type.archived': () => TYPE_EN.archived!,

  'clock.next.record-receipt': () =>
    'Record the day the request was received: in person, the day it was handed in; by registered post, the day it was signed for (Art. 31).',
  'clock.next.confirm-receipt': (p) =>
    p.due
      ? `Confirm receipt with the applicant on the day the letter arrived (${ed(p.due)}); the day of confirmation is the receipt date (Art. 31).`
      : `Confirm receipt with the applicant; for ${label(CHANNEL_EN, p.channel) || 'this channel'} the day of confirmation is the receipt date (Art. 31).`,
  'clock.next.await-correction': (p) =>
    `Wait for the applicant’s correction${p.correctBy ? ` (due by ${ed(p.correctBy)})` : ''}; the reply period starts again on the day the corrected request arrives (Art. 30).`,
  'clock.next.correction-overdue': (p) =>
    `The correction period (${ed(p.correctBy)}) has passed: without good reason, the request is deemed abandoned; record “correction lapsed” (Art. 30).`,
  'clock.next.await-opinion': (p) =>
    `Wait for ${label(PARTY_EN, p.party)}’s opinion, due by ${ed(p.limit)} (${label(PARTY_ART_EN, p.party)}); the consultation does not count towards the reply period.`,
  'clock.next.reply': (p) => `Reply to the applicant by ${ed(p.due)} (Art. 33); ${s(p.n)} working ${plural(p.n, 'day', 'days')} left.`,
  'clock.next.reply-overdue': (p) =>
    `The reply was due on ${ed(p.due)}${num(p.n) > 0 ? `, ${s(p.n)} working ${plural(p.n, 'day', 'days')} ago` : ''}: reply now (Art. 33).`,
  'clock.next.archive': () => 'Archive the request, the reply and the file (Art. 45).',
  'clock.next.none': () => 'Nothing further to do.',
  'clock.next.fix-log': (p) =>
    `The request log has ${s(p.count)} ${plural(p.count, 'error', 'errors')}; correct them to see the deadlines.`,

  'clock.trace.submitted': (p) =>
    `${ed(p.date)}: the applicant submitted the request ${label(CHANNEL_EN, p.channel)} (at ${s(p.at)}, counted in Beijing time).`,
  'clock.trace.received': (p) => `${ed(p.date)}: the request reached the agency (${label(CHANNEL_EN, p.channel)}).`,
  'clock.trace.confirmed': (p) =>
    `${ed(p.date)}: receipt confirmed with the applicant; for this channel that does not set the receipt date.`,
  'clock.trace.receipt.in-person': (p) => `In person: the receipt date is the day it was handed in, ${ed(p.date)} (Art. 31(1)).`,
  'clock.trace.receipt.registered-post': (p) =>
    `Registered post: the receipt date is the day it was signed for, ${ed(p.date)} (Art. 31(2)).`,
  'clock.trace.receipt.confirmed': (p) =>
    `${p.channel ? `${label(CHANNEL_EN, p.channel).replace(/^./, (c) => c.toUpperCase())}` : 'Channel not recorded'}: the receipt date is the day receipt was confirmed with the applicant, ${ed(p.date)} (Art. 31).`,
  'clock.trace.correction-window': (p) =>
    `If the request needs correcting, the applicant must be told once, in full, within ${s(p.n)} working days of receipt: by ${ed(p.due)} (Art. 30).`,
  'clock.trace.correction-requested': (p) =>
    `${ed(p.date)}: the applicant was told, once, what to correct${yes(p.late) ? ` (after the ${ed(p.due)} limit)` : ''}${p.correctBy ? `, by ${ed(p.correctBy)}` : ''}; the reply period starts again when the corrected request arrives (Art. 30).`,
  'clock.trace.corrected': (p) => `${ed(p.date)}: the corrected request arrived; the reply period starts again from this day (Art. 30).`,
  'clock.trace.extension-cancelled': (p) =>
    `The earlier extension (${s(p.count)}, ${s(p.workdays)} working ${plural(p.workdays, 'day', 'days')}) lapses with the restart.`,
  'clock.trace.manual-due-cancelled': (p) => `The due date set before the correction (${ed(p.due)}) lapses with the restart.`,
  'clock.trace.correction-lapsed': (p) =>
    `${ed(p.date)}: the applicant did not correct in time without good reason; the request is deemed abandoned (Art. 30).`,
  'clock.trace.consultation-started': (p) =>
    `${ed(p.date)}: a consultation letter went to ${label(PARTY_EN, p.party)}, who has ${s(p.n)} working days from receiving it (${ed(p.letterReceived)}${yes(p.assumed) ? ', not recorded: taken as the day it was sent' : ''}), until ${ed(p.limit)} (${label(PARTY_ART_EN, p.party)}).`,
  'clock.trace.consultation-ended': (p) =>
    `${ed(p.date)}: ${label(PARTY_EN, p.party)}’s opinion arrived${yes(p.capped) ? `, after the ${ed(p.limit)} limit: the pause stops at ${ed(p.limit)}` : ''}.`,
  'clock.trace.consultation-silence': (p) =>
    p.party === 'agency'
      ? `The other agency gave no opinion by ${ed(p.limit)}: it is deemed to consent to disclosure (Art. 34); the pause stops at ${ed(p.limit)}.`
      : `${label(PARTY_EN, p.party).replace(/^./, (c) => c.toUpperCase())} gave no opinion by ${ed(p.limit)}: the agency decides under the Regulation (${label(PARTY_ART_EN, p.party)}); the pause stops at ${ed(p.limit)}.`,
  'clock.trace.consultation-open': (p) =>
    `The consultation of ${label(PARTY_EN, p.party)} is still open: the clock is paused from ${ed(p.from)}, at the latest until ${ed(p.limit)}.`,
  'clock.trace.extended': (p) =>
    `${ed(p.date)}: the reply period was extended by ${s(p.workdays)} working ${plural(p.workdays, 'day', 'days')}${p.approvedBy ? `, approved by ${s(p.approvedBy)}` : ''} (${s(p.total)} in total, at most 20; Art. 33 ¶2).`,
  'clock.trace.manual-due': (p) =>
    `${ed(p.date)}: requests clearly beyond a reasonable number or frequency; the agency set the reply due date to ${ed(p.due)} (reason: ${s(p.reason)}; Art. 35).`,
  'clock.trace.due-manual': (p) => `Reply due: ${ed(p.due)}, set by the agency on ${ed(p.date)} under Art. 35.`,
  'clock.trace.on-the-spot': (p) => `${ed(p.date)}: handed in and answered on the spot; the request closed at once (Art. 33 ¶1).`,
  'clock.trace.replied': (p) =>
    `${ed(p.date)}: reply to the applicant: ${label(OUTCOME_EN, p.outcome)}${arr(p.grounds).length > 0 ? ` (grounds: ${enList(p.grounds, GROUND_EN)})` : ''} (${OUTCOME_ART_EN[s(p.outcome)] ?? 'Art. 36'}).`,
  'clock.trace.not-processed': (p) => `${ed(p.date)}: the agency decided not to process the request${p.reason ? ` (${s(p.reason)})` : ''}.`,
  'clock.trace.withdrawn': (p) => `${ed(p.date)}: the applicant withdrew the request.`,
  'clock.trace.archived': (p) => `${ed(p.date)}: archived (Art. 45).`,
  'clock.trace.period': (p) =>
    `The reply period runs ${s(p.n)} working days from ${ed(p.from)} (${p.basis === 'corrected' ? 'the day the corrected request arrived' : 'the receipt date'}, not counted)${num(p.extension) > 0 ? `, extended by ${s(p.extension)} to ${s(p.total)}` : ''} (Art. 33).`,
  'clock.trace.pause': (p) =>
    `The consultation from ${ed(p.from)} to ${ed(p.to)} (${ed(p.from)} not counted) excludes ${s(p.n)} working ${plural(p.n, 'day', 'days')} from the period${yes(p.open) ? ' (still open: counted up to today)' : ''} (Art. 33 ¶3).`,
  'clock.trace.rest-days': (p) =>
    `Between ${ed(p.from)} and ${ed(p.to)}, ${s(p.n)} rest ${plural(p.n, 'day', 'days')} do not count (${s(p.weekends)} weekend ${plural(p.weekends, 'day', 'days')}${arr(p.holidays).length > 0 ? `; holidays: ${enHolidays(p.holidays)}` : ''})${arr(p.adjusted).length > 0 ? `; the make-up working ${plural(arr(p.adjusted).length, 'day', 'days')} ${arr(p.adjusted).map(ed).join(', ')} count` : ''}.`,
  'clock.trace.due': (p) =>
    `Reply due: ${ed(p.due)}, the ${ordinal(p.n)} counted working day after ${ed(p.from)}${num(p.paused) > 0 ? ` (another ${s(p.paused)} working ${plural(p.paused, 'day', 'days')} excluded for consultation)` : ''}.`,
  'clock.trace.due-latest': (p) => `If the consultation runs to its statutory limit, the reply is due at the latest on ${ed(p.due)}.`,
  'clock.trace.provisional': (p) =>
    `The State Council has not yet published the holidays of ${enList(p.years)}; those days follow the statutory holiday rules and may change.`,

  'clock.events.not-array': () => 'The request log must be a list of events.',
  'clock.event.not-object': (p) => `An event must be an object (got “${s(p.value)}”).`,
  'clock.event.type': (p) => `Unknown event type “${s(p.value)}”.`,
  'clock.event.missing': (p) => `The field ${s(p.field)} is missing.`,
  'clock.event.invalid-value': (p) => `The field ${s(p.field)} has an invalid value “${s(p.value)}”.`,
  'clock.event.timestamp': (p) => `“${s(p.value)}” is not a time with a zone offset (for example 2024-10-12T09:30:00+08:00).`,
  'clock.order': (p) => `The event date ${ed(p.date)} is before the previous event’s ${ed(p.previous)}: record events in order.`,
  'clock.future': (p) => `The event date ${ed(p.date)} is after today (${ed(p.today)}).`,
  'clock.duplicate': (p) => `“${label(TYPE_EN, p.type)}” can be recorded only once.`,
  'clock.before-receipt': (p) => `“${label(TYPE_EN, p.type)}” cannot come before the request is received.`,
  'clock.after-close': (p) => `The request has ${label(CLOSED_EN, p.closedBy)}; “${label(TYPE_EN, p.type)}” cannot follow.`,
  'clock.not-running': (p) =>
    `While a correction is awaited the reply period does not run; “${label(TYPE_EN, p.type)}” cannot be recorded.`,
  'clock.correction.second': (p) => `The correction notice must be given once, in full (Art. 30); one was already given on ${ed(p.first)}.`,
  'clock.correction.not-requested': (p) => `No correction notice is pending; “${label(TYPE_EN, p.type)}” cannot be recorded.`,
  'clock.correction.late': (p) =>
    `The correction notice went out on ${ed(p.date)}, after the 7-working-day limit (${ed(p.due)}, Art. 30); it still takes effect.`,
  'clock.correction.correct-by-before-notice': (p) => `The correction deadline ${ed(p.correctBy)} is before the notice date ${ed(p.date)}.`,
  'clock.correction.lapsed-early': (p) =>
    `The applicant may correct until ${ed(p.correctBy)}; recording a lapse on ${ed(p.date)} is premature.`,
  'clock.consultation.end-without-start': (p) =>
    p.ref
      ? `No open consultation has the reference “${s(p.ref)}”, so no opinion can be recorded.`
      : 'No consultation is open, so no opinion can be recorded.',
  'clock.consultation.duplicate-ref': (p) => `A consultation with the reference “${s(p.ref)}” is still open; use another reference.`,
  'clock.consultation.party-mismatch': (p) =>
    `The consultation “${s(p.ref)}” went to ${label(PARTY_EN, p.started)}, but the opinion is recorded as from ${label(PARTY_EN, p.party)}.`,
  'clock.consultation.ends-before-start': (p) =>
    `The opinion date ${ed(p.date)} is before the consultation letter was sent (${ed(p.start)}).`,
  'clock.consultation.letter-before-sent': (p) =>
    `The letter’s receipt date ${ed(p.letterReceived)} is before it was sent (${ed(p.date)}).`,
  'clock.consultation.ended-after-limit': (p) =>
    `The opinion of ${label(PARTY_EN, p.party)} arrived on ${ed(p.date)}, after the 15-working-day limit (${ed(p.limit)}); the pause stops at ${ed(p.limit)} (${label(PARTY_ART_EN, p.party) || 'Arts. 32, 34'}).`,
  'clock.consultation.ambiguous-end': (p) =>
    `Several consultations are open and the opinion gives no reference; it closes the earliest (sent ${ed(p.from)} to ${label(PARTY_EN, p.party)}).`,
  'clock.extension.too-many': (p) =>
    `At most ${s(p.max)} ${plural(p.max, 'extension is', 'extensions are')} allowed; this is number ${s(p.count)}.`,
  'clock.extension.too-long': (p) => `The extensions total ${s(p.total)} working days, more than the ${s(p.max)} allowed (Art. 33 ¶2).`,
  'clock.extension.no-approval': () =>
    'No approval recorded: an extension needs the consent of the head of the disclosure office (Art. 33 ¶2).',
  'clock.extension.late': (p) =>
    `The extension was decided on ${ed(p.date)}, after the reply was due (${ed(p.due)}); decide and notify it before the period ends.`,
  'clock.extension.after-manual-due': (p) => `The due date was set under Art. 35 (${ed(p.due)}); an extension does not change it.`,
  'clock.manual-due.before-date': (p) => `The due date ${ed(p.due)} is before the day it was set (${ed(p.date)}).`,
  'clock.reply.grounds-missing': (p) =>
    `A reply of “${label(OUTCOME_EN, p.outcome)}” must give its reasons (Art. 36(3), Art. 37): choose the grounds.`,
  'clock.reply.late': (p) => `Replied on ${ed(p.date)}, after the due date ${ed(p.due)}.`,
  'clock.channel.mismatch': (p) =>
    `The submission channel (${label(CHANNEL_EN, p.submitted)}) differs from the channel it arrived by (${label(CHANNEL_EN, p.received)}); the latter decides the receipt date.`,
  'clock.channel.unknown': () => 'No channel recorded; the confirmation date is taken as the receipt date.',
  'clock.confirm.not-needed': (p) =>
    `For ${label(CHANNEL_EN, p.channel) || 'this channel'} the confirmation date is not the receipt date (Art. 31); this confirmation does not change the deadlines.`,
  'clock.confirm.late': (p) =>
    `An ordinary letter is confirmed on the day it arrives (${ed(p.arrival)}); it was confirmed on ${ed(p.date)} (Art. 31).`,
  'clock.archived-open': () => 'The request was archived before it was closed.',
  'clock.policy.invalid': (p) => `The policy setting ${s(p.name)} has an invalid value “${s(p.value)}”: use a whole number, 0 or more.`,
};

/** This module's catalogue, for `lookup`. */
export const clockMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
