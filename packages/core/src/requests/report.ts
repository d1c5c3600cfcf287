/**
 * Annual report table 三 (regulations §3.2: 25 rows × 7 columns) from request logs, and the shape
 * of table 四 (§3.3). A request counts in the year of its receipt date (Art. 31, as the clock
 * reads it); it is carried over into `year` when received earlier and still open on 1 January,
 * and carried forward when still open on 31 December.
 */
import type { Issue } from '../errors.js';
import { InvalidArgumentError } from '../errors.js';
import { chinaDayOf, type RequestEvent, type WithholdGround } from '../deadlines/clock-schema.js';
import { requestClock } from '../deadlines/clock-engine.js';
import type { ClockClosure } from '../deadlines/clock-types.js';
import { ORGANISATION_TYPES, type ApplicantKind, type OrganisationType } from './application.js';
import { NotProcessedReasonSchema } from './lifecycle.js';

/** The 7 numeric columns: 自然人; 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; 总计. */
export const TABLE3_COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalServices', 'other', 'total'] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

/** The 25 numeric rows, in print order (§3.2). */
export const TABLE3_ROWS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partialGrant',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.safetyStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementCase',
  'denied.adminQuery',
  'unable.noInfo',
  'unable.needCreation',
  'unable.unclear',
  'notProcessed.complaint',
  'notProcessed.repeat',
  'notProcessed.publication',
  'notProcessed.massive',
  'notProcessed.confirm',
  'other.noCorrection',
  'other.feeUnpaid',
  'other.other',
  'totalProcessed',
  'carriedForward',
] as const;
export type Table3Row = (typeof TABLE3_ROWS)[number];

/** Printed labels of the rows (zh-CN, as on the official form). */
export const TABLE3_ROW_LABELS: Record<Table3Row, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partialGrant: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'denied.stateSecret': '（三）不予公开 1.属于国家秘密',
  'denied.lawForbidden': '2.其他法律行政法规禁止公开',
  'denied.safetyStability': '3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息',
  'denied.processInfo': '6.属于四类过程性信息',
  'denied.enforcementCase': '7.属于行政执法案卷',
  'denied.adminQuery': '8.属于行政查询事项',
  'unable.noInfo': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unable.needCreation': '2.没有现成信息需要另行制作',
  'unable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.repeat': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.massive': '4.无正当理由大量反复申请',
  'notProcessed.confirm': '5.要求行政机关确认或重新出具已获取信息',
  'other.noCorrection': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '3.其他',
  totalProcessed: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** The outcome rows (三 (一)…(六)) whose sum is （七）总计. */
const OUTCOME_ROWS = TABLE3_ROWS.slice(2, 23);

const GROUND_ROW: Record<WithholdGround, Table3Row> = {
  STATE_SECRET: 'denied.stateSecret',
  LAW_PROHIBITED: 'denied.lawForbidden',
  SECURITY_STABILITY: 'denied.safetyStability',
  THIRD_PARTY: 'denied.thirdPartyRights',
  THIRD_PARTY_TRADE_SECRET: 'denied.thirdPartyRights',
  THIRD_PARTY_PRIVACY: 'denied.thirdPartyRights',
  INTERNAL_AFFAIRS: 'denied.internalAffairs',
  PROCESS_INFO: 'denied.processInfo',
  ENFORCEMENT_FILE: 'denied.enforcementCase',
  ADMIN_QUERY: 'denied.adminQuery',
};

const REASON_ROW: Record<string, Table3Row> = {
  EXCESSIVE_UNREASONABLE: 'notProcessed.massive',
  PETITION_COMPLAINT: 'notProcessed.complaint',
  PUBLISHED_MATERIAL: 'notProcessed.publication',
  FEE_UNPAID: 'other.feeUnpaid',
  NEEDS_CREATION: 'unable.needCreation',
  STILL_UNCLEAR: 'unable.unclear',
  RECONFIRM: 'notProcessed.confirm',
  OTHER: 'other.other',
};

const ORG_COLUMN: Record<OrganisationType, Table3Column> = {
  commercial: 'commercial',
  research: 'research',
  'public-interest': 'publicInterest',
  'legal-services': 'legalServices',
  other: 'other',
};

/** A request as the report reads it: who applied, and the event log. */
export interface ReportRequest {
  id?: string;
  application: { applicant: { kind: ApplicantKind; organisationType?: OrganisationType } };
  events: readonly RequestEvent[];
}

export type Table3 = Record<Table3Row, Record<Table3Column, number>>;

export interface UnclassifiedRequest {
  index: number;
  id?: string;
  /** Why: `request.report.invalid-log`, `.no-receipt`, `.applicant-unknown`, `.withhold-no-ground`, `.reason-unknown`. */
  code: string;
  params: Record<string, unknown>;
}

export interface Table3Result {
  year: number;
  table: Table3;
  /** 一 + 二 = 三（七） + 四 per column; an issue for each column that fails. */
  balanced: boolean;
  issues: Issue[];
  unclassified: UnclassifiedRequest[];
}

/**
 * The table 三 row of a closed request (the mapping proposed in regulations §3.2): `ALREADY_PUBLIC`
 * counts as granted, `NOT_OUR_INFO` as 本机关不掌握, `SPECIAL_REGIME` as 其他 (UNCONFIRMED there),
 * a withdrawal as 其他, a lapsed correction as （六）1. WITHHOLD and PARTIAL use their first ground.
 */
export function table3RowOf(closure: ClockClosure): Table3Row | { code: string; params: Record<string, unknown> } {
  switch (closure.kind) {
    case 'abandoned':
      return 'other.noCorrection';
    case 'withdrawn':
      return 'other.other';
    case 'not-processed': {
      const reason = closure.reason ?? '';
      return NotProcessedReasonSchema.safeParse(reason).success
        ? REASON_ROW[reason]!
        : { code: 'request.report.reason-unknown', params: { value: reason } };
    }
    case 'replied':
      switch (closure.outcome) {
        case 'DISCLOSE':
        case 'ALREADY_PUBLIC':
          return 'granted';
        case 'PARTIAL':
          return 'partialGrant';
        case 'WITHHOLD': {
          const g = closure.grounds?.[0];
          return g === undefined ? { code: 'request.report.withhold-no-ground', params: {} } : GROUND_ROW[g];
        }
        case 'NOT_EXIST':
        case 'NOT_OUR_INFO':
          return 'unable.noInfo';
        case 'REPEAT':
          return 'notProcessed.repeat';
        default:
          return 'other.other';
      }
  }
}

function columnOf(a: ReportRequest['application'] | undefined): Table3Column | undefined {
  const kind = a?.applicant?.kind;
  if (kind === 'natural-person') return 'naturalPerson';
  if (kind === 'organisation') {
    const t = a?.applicant?.organisationType;
    return t !== undefined && ORGANISATION_TYPES.includes(t) ? ORG_COLUMN[t] : undefined;
  }
  return undefined;
}

function emptyTable(): Table3 {
  const t = {} as Table3;
  for (const r of TABLE3_ROWS) {
    const row = {} as Record<Table3Column, number>;
    for (const c of TABLE3_COLUMNS) row[c] = 0;
    t[r] = row;
  }
  return t;
}

/** The latest day in a log (the clock reads it as of then). */
function lastDay(events: readonly RequestEvent[]): string {
  let d = '';
  for (const e of events) {
    const x = e.type === 'submitted' ? (chinaDayOf(e.at) ?? '') : e.date;
    if (x > d) d = x;
  }
  return d;
}

/**
 * Table 三 for `year`. Requests whose log the clock rejects, with no receipt, of an unknown
 * applicant kind or organisation type, or closed in `year` with an outcome no row takes, are left
 * out of every row and listed in `unclassified` with the reason.
 */
export function annualReportTable3(requests: readonly ReportRequest[], year: number): Table3Result {
  if (!Number.isSafeInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidArgumentError('request.report.year-invalid', { value: String(year) });
  }
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = emptyTable();
  const unclassified: UnclassifiedRequest[] = [];
  requests.forEach((req, index) => {
    const skip = (code: string, params: Record<string, unknown> = {}) =>
      unclassified.push(req.id === undefined ? { index, code, params } : { index, id: req.id, code, params });
    const column = columnOf(req.application);
    if (column === undefined) return skip('request.report.applicant-unknown', { kind: String(req.application?.applicant?.kind ?? '') });
    const events = Array.isArray(req.events) ? req.events : [];
    const today = lastDay(events) || start;
    let clock;
    try {
      clock = requestClock(events, { today });
    } catch {
      return skip('request.report.invalid-log', { count: 1 });
    }
    if (clock.phase === 'invalid') return skip('request.report.invalid-log', { count: clock.issues.length });
    const receipt = clock.receiptDate;
    if (receipt === undefined) return skip('request.report.no-receipt');
    if (receipt > end) return;
    const closedOn = clock.closure?.date;
    if (closedOn !== undefined && closedOn < start) return;
    let row: Table3Row | undefined;
    if (closedOn !== undefined && closedOn <= end) {
      const r = table3RowOf(clock.closure!);
      if (typeof r !== 'string') return skip(r.code, r.params);
      row = r;
    }
    const add = (r: Table3Row) => {
      table[r][column] += 1;
      table[r].total += 1;
    };
    add(receipt >= start ? 'newReceived' : 'carriedOver');
    if (row !== undefined) {
      add(row);
      add('totalProcessed');
    } else add('carriedForward');
  });
  const issues = checkTable3Balance(table);
  return { year, table, balanced: issues.length === 0, issues, unclassified };
}

/** The balance rule 一 + 二 = 三（七） + 四 and （七） = the sum of （一）…（六）, per column. */
export function checkTable3Balance(table: Table3): Issue[] {
  const issues: Issue[] = [];
  for (const c of TABLE3_COLUMNS) {
    const lhs = table.newReceived[c] + table.carriedOver[c];
    const rhs = table.totalProcessed[c] + table.carriedForward[c];
    if (lhs !== rhs) issues.push({ code: 'request.report.unbalanced', path: ['table', c], params: { column: c, lhs, rhs } });
    const sum = OUTCOME_ROWS.reduce((a, r) => a + table[r][c], 0);
    if (sum !== table.totalProcessed[c]) {
      issues.push({
        code: 'request.report.total-mismatch',
        path: ['table', 'totalProcessed', c],
        params: { column: c, sum, total: table.totalProcessed[c] },
      });
    }
  }
  for (const r of TABLE3_ROWS) {
    const sum = TABLE3_COLUMNS.slice(0, 6).reduce((a, c) => a + table[r][c], 0);
    if (sum !== table[r].total)
      issues.push({ code: 'request.report.column-total', path: ['table', r, 'total'], params: { row: r, sum, total: table[r].total } });
  }
  return issues;
}

/** Table 四 (§3.3): one data row of 15 cells, in three groups of five. */
export const ANNUAL_REPORT_TABLE4_SHAPE = {
  groups: [
    { key: 'reconsideration', label: '行政复议' },
    { key: 'litigationDirect', label: '行政诉讼 未经复议直接起诉', parent: '行政诉讼' },
    { key: 'litigationAfterReconsideration', label: '行政诉讼 复议后起诉', parent: '行政诉讼' },
  ],
  columns: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计' },
  ],
} as const;

export type Table4GroupKey = (typeof ANNUAL_REPORT_TABLE4_SHAPE.groups)[number]['key'];
export type Table4CountKey = 'upheld' | 'corrected' | 'other' | 'pending';
export type Table4Counts = Record<Table4GroupKey, Partial<Record<Table4CountKey, number>>>;
export type Table4 = Record<Table4GroupKey, Record<Table4CountKey | 'total', number>>;

/**
 * Builds table 四 from counts (missing counts are 0); each group's total is computed. Throws
 * `InvalidArgumentError` (`request.report.count-invalid`) for a count that is not a whole number ≥ 0.
 */
export function annualReportTable4(counts: Partial<Table4Counts>): Table4 {
  const out = {} as Table4;
  for (const g of ANNUAL_REPORT_TABLE4_SHAPE.groups) {
    const src = counts[g.key] ?? {};
    const row = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    for (const k of ['upheld', 'corrected', 'other', 'pending'] as const) {
      const v = src[k] ?? 0;
      if (!Number.isSafeInteger(v) || v < 0)
        throw new InvalidArgumentError('request.report.count-invalid', { group: g.key, name: k, value: String(v) });
      row[k] = v;
      row.total += v;
    }
    out[g.key] = row;
  }
  return out;
}

/** The 15 cells of table 四 in print order. */
export function table4Cells(t: Table4): number[] {
  return ANNUAL_REPORT_TABLE4_SHAPE.groups.flatMap((g) => ANNUAL_REPORT_TABLE4_SHAPE.columns.map((c) => t[g.key][c.key]));
}
