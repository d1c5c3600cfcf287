/**
 * Display text for every code core returns, in zh-CN (default) and en.
 * DOM-free: back ends and widgets render the same words from here.
 *
 * `msg` knows every catalogue. Browser code that wants a small bundle calls `lookup` with only
 * the catalogues it needs (`baseMessages`, `deadlineMessages`, `clockMessages`).
 */
import type { Issue } from '../errors.js';
import * as base from './base.js';
import * as catalogue from './catalogue.js';
import * as clock from './clock.js';
import * as deadlines from './deadlines.js';
import * as disclosure from './disclosure.js';
import { lookup } from './lookup.js';
import type { MessageCatalogue, Lang, Params, Template } from './types.js';
import * as plans from './plans.js';
import * as requests from './requests.js';
import * as requestUi from './request-ui.js';
import * as taskBoard from './task-board.js';
import * as units from './units.js';

export * from './lookup.js';
export { baseMessages } from './base.js';
export { clockMessages } from './clock.js';
export { deadlineMessages } from './deadlines.js';
export { unitMessages } from './units.js';
export { planMessages } from './plans.js';
export { disclosureMessages } from './disclosure.js';
export { requestMessages, requestApplicationMessages } from './requests.js';
export { requestUiMessages, requestFormMessages, requestStatusMessages } from './request-ui.js';
export { catalogueMessages, catalogueTableMessages } from './catalogue.js';
export { taskBoardMessages } from './task-board.js';

// Each module's messages live in their own file (zh-CN typed as the source, en typed to match);
// this index merges them. Add a module's catalogue here.
const zhCN = {
  ...base.zhCN,
  ...clock.zhCN,
  ...deadlines.zhCN,
  ...units.zhCN,
  ...disclosure.zhCN,
  ...plans.zhCN,
  ...requests.zhCN,
  ...requestUi.zhCN,
  ...catalogue.zhCN,
  ...taskBoard.zhCN,
};
const en: Record<keyof typeof zhCN, Template> = {
  ...base.en,
  ...clock.en,
  ...deadlines.en,
  ...units.en,
  ...disclosure.en,
  ...plans.en,
  ...requests.en,
  ...requestUi.en,
  ...catalogue.en,
  ...taskBoard.en,
};

export type MessageCode = keyof typeof zhCN;

const ALL: readonly MessageCatalogue[] = [{ 'zh-CN': zhCN, en }];

/** Every message code, for completeness checks. */
export const MESSAGE_CODES = Object.keys(zhCN) as MessageCode[];

/** True when `code` has text in the catalogues. */
export function hasMessage(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(zhCN, code);
}

/** The text of `code` in `lang`. An unknown code gives a generic text that still names the code. */
export function msg(lang: Lang, code: MessageCode | string, params: Params = {}): string {
  return lookup(ALL, lang, code, params);
}

/** The text of an issue in `lang`. */
export function formatIssue(lang: Lang, issue: Issue): string {
  return msg(lang, issue.code, issue.params);
}
