/** Messages of the disclosure module: attributes, legal grounds, document records, negative list. */
import { formatDate } from './lookup.js';
import type { MessageCatalogue, Template } from './types.js';
import { s } from './types.js';

/** 2024年10月12日; anything that is not a date comes back as written. */
const zd = (v: unknown): string => formatDate(s(v), 'zh-CN');

/** 12 Oct 2024; anything that is not a date comes back as written. */
const ed = (v: unknown): string => formatDate(s(v), 'en');

const ATTRIBUTE_ZH: Record<string, string> = { PROACTIVE: '主动公开', ON_REQUEST: '依申请公开', NOT_DISCLOSED: '不予公开' };
const ATTRIBUTE_EN: Record<string, string> = {
  PROACTIVE: 'proactive disclosure',
  ON_REQUEST: 'disclosure on request',
  NOT_DISCLOSED: 'not disclosed',
};
// zh-CN: the annual-report row wording (regulations §1.2).
const GROUND_ZH: Record<string, string> = {
  STATE_SECRET: '属于国家秘密',
  LAW_PROHIBITED: '其他法律行政法规禁止公开',
  SECURITY_STABILITY: '危及“三安全一稳定”',
  THIRD_PARTY: '保护第三方合法权益',
  THIRD_PARTY_TRADE_SECRET: '保护第三方合法权益（商业秘密）',
  THIRD_PARTY_PRIVACY: '保护第三方合法权益（个人隐私）',
  INTERNAL_AFFAIRS: '属于三类内部事务信息',
  PROCESS_INFO: '属于四类过程性信息',
  ENFORCEMENT_FILE: '属于行政执法案卷',
  ADMIN_QUERY: '属于行政查询事项',
};
const GROUND_EN: Record<string, string> = {
  STATE_SECRET: 'State secret',
  LAW_PROHIBITED: 'Disclosure prohibited by another law or administrative regulation',
  SECURITY_STABILITY: 'Would endanger national, public or economic security or social stability',
  THIRD_PARTY: 'Protects a third party’s lawful rights and interests',
  THIRD_PARTY_TRADE_SECRET: 'Protects a third party’s lawful rights and interests (trade secret)',
  THIRD_PARTY_PRIVACY: 'Protects a third party’s lawful rights and interests (personal privacy)',
  INTERNAL_AFFAIRS: 'Internal affairs information (three kinds)',
  PROCESS_INFO: 'Process information (four kinds)',
  ENFORCEMENT_FILE: 'Administrative law-enforcement case file',
  ADMIN_QUERY: 'Administrative query matter',
};
const zAttr = (v: unknown) => ATTRIBUTE_ZH[s(v)] ?? s(v);
const eAttr = (v: unknown) => ATTRIBUTE_EN[s(v)] ?? s(v);
const zGround = (v: unknown) => GROUND_ZH[s(v)] ?? s(v);
const eGround = (v: unknown) => GROUND_EN[s(v)] ?? s(v);
const field = (v: unknown) => (s(v) === '' ? '' : `“${s(v)}”`);

export const zhCN = {
  // Attributes (公文公开属性)
  'disclosure.attribute.PROACTIVE': () => ATTRIBUTE_ZH.PROACTIVE!,
  'disclosure.attribute.ON_REQUEST': () => ATTRIBUTE_ZH.ON_REQUEST!,
  'disclosure.attribute.NOT_DISCLOSED': () => ATTRIBUTE_ZH.NOT_DISCLOSED!,
  // Legal grounds (Arts. 14–16)
  'disclosure.ground.STATE_SECRET': () => GROUND_ZH.STATE_SECRET!,
  'disclosure.ground.LAW_PROHIBITED': () => GROUND_ZH.LAW_PROHIBITED!,
  'disclosure.ground.SECURITY_STABILITY': () => GROUND_ZH.SECURITY_STABILITY!,
  'disclosure.ground.THIRD_PARTY': () => GROUND_ZH.THIRD_PARTY!,
  'disclosure.ground.THIRD_PARTY_TRADE_SECRET': () => GROUND_ZH.THIRD_PARTY_TRADE_SECRET!,
  'disclosure.ground.THIRD_PARTY_PRIVACY': () => GROUND_ZH.THIRD_PARTY_PRIVACY!,
  'disclosure.ground.INTERNAL_AFFAIRS': () => GROUND_ZH.INTERNAL_AFFAIRS!,
  'disclosure.ground.PROCESS_INFO': () => GROUND_ZH.PROCESS_INFO!,
  'disclosure.ground.ENFORCEMENT_FILE': () => GROUND_ZH.ENFORCEMENT_FILE!,
  'disclosure.ground.ADMIN_QUERY': () => GROUND_ZH.ADMIN_QUERY!,
  'disclosure.force.mandatory': () => '不予公开（强制）',
  'disclosure.force.discretionary': () => '可以不予公开',
  'disclosure.force.report-only': () => '仅用于年度报告统计（对应条款待确认）',
  // Document status and review results
  'disclosure.status.in-force': () => '有效',
  'disclosure.status.expired': () => '失效',
  'disclosure.status.repealed': () => '废止',
  'disclosure.review.keep-withheld': () => '维持原公开属性',
  'disclosure.review.disclose': () => '转为主动公开',
  'disclosure.review.change-attribute': () => '变更公开属性',
  // Review and clean-up lists
  'disclosure.review-due.overdue': (p) => `年度评估已到期（应于${zd(p.date)}前完成）`,
  'disclosure.review-due.upcoming': (p) => `年度评估将于${zd(p.date)}到期`,
  'disclosure.cleanup.pending': (p) =>
    s(p.date) === '' ? '已失效或废止，清理结果尚未公开' : `自${zd(p.date)}起已失效或废止，清理结果尚未公开`,
  // Issues: document records
  'disclosure.records.not-array': () => '公文台账应为记录列表',
  'disclosure.record.not-object': (p) => `“${s(p.value)}”不是一条公文记录`,
  'disclosure.record.missing': (p) => `缺少必填项${field(p.field)}`,
  'disclosure.record.invalid-value': (p) => `${field(p.field)}的值“${s(p.value)}”无效`,
  'disclosure.record.attribute-unknown': (p) => `“${s(p.value)}”不是公开属性（应为主动公开、依申请公开或不予公开）`,
  'disclosure.record.ground-unknown': (p) => `“${s(p.value)}”不是条例第十四条至第十六条规定的不予公开事由`,
  'disclosure.record.status-unknown': (p) => `“${s(p.value)}”不是公文状态（应为有效、失效或废止）`,
  'disclosure.record.ground-required': (p) => `${zAttr(p.attribute)}的公文须说明法定事由（选择不予公开的依据）`,
  'disclosure.record.reason-required': (p) => `${zAttr(p.attribute)}的公文须说明理由（条例第三十六条第三项、第三十七条）`,
  'disclosure.record.ground-unexpected': (p) => `主动公开的公文不需要不予公开事由（“${zGround(p.ground)}”将被忽略）`,
  'disclosure.record.ground-unconfirmed': (p) => `“${zGround(p.ground)}”是年度报告统计项，作为不予公开事由的对应条款尚待确认，请核实`,
  'disclosure.record.override-still-withheld': (p) =>
    `已载明要求公开的依据（${s(p.basis)}），按条例第十六条第二款，“${zGround(p.ground)}”不再构成不予公开的理由，请复核公开属性`,
  'disclosure.record.doc-number-format': (p) => `文号“${s(p.value)}”不符合“机关代字〔年份〕序号号”的格式，已按原文保留`,
  'disclosure.record.status-date-missing': (p) => `公文已${s(p.status) === 'repealed' ? '废止' : '失效'}，请填写失效或废止日期`,
  'disclosure.record.status-date-before-issue': (p) => `失效或废止日期${zd(p.date)}早于成文日期${zd(p.issueDate)}`,
  'disclosure.record.review-before-issue': (p) => `评估日期${zd(p.date)}早于成文日期${zd(p.issueDate)}`,
  'disclosure.record.cleanup-in-force': () => '公文仍然有效，却记录了清理结果的公开',
  'disclosure.record.duplicate-id': (p) => `记录编号“${s(p.value)}”重复`,
  'disclosure.record.url': (p) => `“${s(p.value)}”不是以 http:// 或 https:// 开头的网址`,
  'disclosure.option.invalid': (p) => `参数 ${s(p.name)} 的值“${s(p.value)}”无效，应为正整数`,
  // Issues: negative list (负面清单)
  'disclosure.entries.not-array': () => '负面清单应为事项列表',
  'disclosure.entry.not-object': (p) => `“${s(p.value)}”不是一条负面清单事项`,
  'disclosure.entry.missing': (p) => `缺少必填项${field(p.field)}`,
  'disclosure.entry.invalid-value': (p) => `${field(p.field)}的值“${s(p.value)}”无效`,
  'disclosure.negative.ground-invalid': (p) => `“${s(p.value)}”不是条例第十四条至第十六条规定的不予公开事由`,
  'disclosure.negative.basis-missing': () => '未写明不予公开的法律法规依据（依据充分）',
  'disclosure.negative.next-before-last': (p) => `下次评估日期${zd(p.date)}早于上次评估日期${zd(p.lastReview)}`,
  'disclosure.negative.stale': (p) => `应于${zd(p.date)}评估更新，已逾期`,
  'disclosure.negative.stale-review': (p) => `上次评估（${zd(p.date)}）已超过 ${s(p.months) || '12'} 个月，请及时更新`,
  'disclosure.negative.review-in-future': (p) => `上次评估日期${zd(p.date)}晚于今天`,
} satisfies Record<string, Template>;

export const en: Record<keyof typeof zhCN, Template> = {
  'disclosure.attribute.PROACTIVE': () => 'Proactive disclosure',
  'disclosure.attribute.ON_REQUEST': () => 'Disclosure on request',
  'disclosure.attribute.NOT_DISCLOSED': () => 'Not disclosed',
  'disclosure.ground.STATE_SECRET': () => GROUND_EN.STATE_SECRET!,
  'disclosure.ground.LAW_PROHIBITED': () => GROUND_EN.LAW_PROHIBITED!,
  'disclosure.ground.SECURITY_STABILITY': () => GROUND_EN.SECURITY_STABILITY!,
  'disclosure.ground.THIRD_PARTY': () => GROUND_EN.THIRD_PARTY!,
  'disclosure.ground.THIRD_PARTY_TRADE_SECRET': () => GROUND_EN.THIRD_PARTY_TRADE_SECRET!,
  'disclosure.ground.THIRD_PARTY_PRIVACY': () => GROUND_EN.THIRD_PARTY_PRIVACY!,
  'disclosure.ground.INTERNAL_AFFAIRS': () => GROUND_EN.INTERNAL_AFFAIRS!,
  'disclosure.ground.PROCESS_INFO': () => GROUND_EN.PROCESS_INFO!,
  'disclosure.ground.ENFORCEMENT_FILE': () => GROUND_EN.ENFORCEMENT_FILE!,
  'disclosure.ground.ADMIN_QUERY': () => GROUND_EN.ADMIN_QUERY!,
  'disclosure.force.mandatory': () => 'Shall not be disclosed',
  'disclosure.force.discretionary': () => 'May be withheld',
  'disclosure.force.report-only': () => 'Annual-report row only (article unconfirmed)',
  'disclosure.status.in-force': () => 'In force',
  'disclosure.status.expired': () => 'Expired',
  'disclosure.status.repealed': () => 'Repealed',
  'disclosure.review.keep-withheld': () => 'Attribute kept',
  'disclosure.review.disclose': () => 'Changed to proactive disclosure',
  'disclosure.review.change-attribute': () => 'Attribute changed',
  'disclosure.review-due.overdue': (p) => `Yearly review due (by ${ed(p.date)})`,
  'disclosure.review-due.upcoming': (p) => `Yearly review due on ${ed(p.date)}`,
  'disclosure.cleanup.pending': (p) =>
    s(p.date) === ''
      ? 'Expired or repealed; clean-up result not yet published'
      : `Expired or repealed since ${ed(p.date)}; clean-up result not yet published`,
  'disclosure.records.not-array': () => 'The document records must be a list',
  'disclosure.record.not-object': (p) => `“${s(p.value)}” is not a document record`,
  'disclosure.record.missing': (p) => `A required field is missing${p.field ? `: ${s(p.field)}` : ''}`,
  'disclosure.record.invalid-value': (p) => `The value “${s(p.value)}”${p.field ? ` of ${s(p.field)}` : ''} is not valid`,
  'disclosure.record.attribute-unknown': (p) =>
    `“${s(p.value)}” is not a disclosure attribute (proactive disclosure, disclosure on request or not disclosed)`,
  'disclosure.record.ground-unknown': (p) => `“${s(p.value)}” is not a ground for withholding under Arts. 14–16`,
  'disclosure.record.status-unknown': (p) => `“${s(p.value)}” is not a document status (in force, expired or repealed)`,
  'disclosure.record.ground-required': (p) => `A document marked “${eAttr(p.attribute)}” must state its legal ground`,
  'disclosure.record.reason-required': (p) => `A document marked “${eAttr(p.attribute)}” must state its reason (Arts. 36(3), 37)`,
  'disclosure.record.ground-unexpected': (p) =>
    `A proactively disclosed document needs no ground for withholding (“${eGround(p.ground)}” is ignored)`,
  'disclosure.record.ground-unconfirmed': (p) =>
    `“${eGround(p.ground)}” is an annual-report row; its article as a ground for withholding is unconfirmed: check it`,
  'disclosure.record.override-still-withheld': (p) =>
    `A basis requiring disclosure is recorded (${s(p.basis)}); under Art. 16 ¶2, “${eGround(p.ground)}” no longer justifies withholding: review the attribute`,
  'disclosure.record.doc-number-format': (p) =>
    `The document number “${s(p.value)}” does not have the form issuer code〔year〕serial; it is kept as written`,
  'disclosure.record.status-date-missing': (p) => `The document is ${s(p.status) === 'repealed' ? 'repealed' : 'expired'}: enter the date`,
  'disclosure.record.status-date-before-issue': (p) =>
    `The expiry or repeal date ${ed(p.date)} is before the issue date ${ed(p.issueDate)}`,
  'disclosure.record.review-before-issue': (p) => `The review date ${ed(p.date)} is before the issue date ${ed(p.issueDate)}`,
  'disclosure.record.cleanup-in-force': () => 'The document is still in force, yet a published clean-up is recorded',
  'disclosure.record.duplicate-id': (p) => `The record id “${s(p.value)}” is used twice`,
  'disclosure.record.url': (p) => `“${s(p.value)}” is not a web address starting with http:// or https://`,
  'disclosure.option.invalid': (p) => `The option ${s(p.name)} has an invalid value “${s(p.value)}”: use a positive whole number`,
  'disclosure.entries.not-array': () => 'The negative list must be a list of entries',
  'disclosure.entry.not-object': (p) => `“${s(p.value)}” is not a negative-list entry`,
  'disclosure.entry.missing': (p) => `A required field is missing${p.field ? `: ${s(p.field)}` : ''}`,
  'disclosure.entry.invalid-value': (p) => `The value “${s(p.value)}”${p.field ? ` of ${s(p.field)}` : ''} is not valid`,
  'disclosure.negative.ground-invalid': (p) => `“${s(p.value)}” is not a ground for withholding under Arts. 14–16`,
  'disclosure.negative.basis-missing': () => 'No law or regulation is named as the basis for withholding',
  'disclosure.negative.next-before-last': (p) => `The next review ${ed(p.date)} is before the last review ${ed(p.lastReview)}`,
  'disclosure.negative.stale': (p) => `The review due on ${ed(p.date)} is overdue`,
  'disclosure.negative.stale-review': (p) =>
    `The last review (${ed(p.date)}) is more than ${s(p.months) || '12'} months old: update the entry`,
  'disclosure.negative.review-in-future': (p) => `The last review date ${ed(p.date)} is after today`,
};

export const disclosureMessages: MessageCatalogue = { 'zh-CN': zhCN, en };
