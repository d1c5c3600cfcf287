/**
 * Plans and tasks: the plan schemas, `parsePlanTable` for plans in the seed's table-text layout,
 * the seed plan `wenshangPlan2020`, progress updates and `taskStatusAt` with its roll-ups, and
 * `generatePlan` for benchmarks; `validatePlan` / `validateProgress` for plans and logs in their
 * JSON form, and the exports: `planTable` / `planToCsv` (the official table), `progressToJson`
 * and `planToIcs` (an iCalendar of the due dates).
 */
export * from './schema.js';
export {
  parsePlanTable,
  resolveUnitsCell,
  splitRequirements,
  PLAN_HEADER,
  type ParsePlanResult,
  type ParsePlanTableOptions,
  type PlanIssue,
} from './parse.js';
export { wenshangPlan2020, WENSHANG_PLAN_2020_TITLE, SEED_PLAN_TEXT } from './seed.js';
export { sampleProgress2020 } from './progress.js';
export * from './status.js';
export { generatePlan } from './generate.js';
export {
  validatePlan,
  validateProgress,
  PLAN_HEADER_FIELDS,
  type PlanValidationResult,
  type ProgressValidationResult,
} from './validate.js';
export {
  PLAN_TABLE_COLUMNS,
  planTable,
  planToCsv,
  progressToJson,
  itemDeadlineText,
  itemStatusText,
  requirementsText,
  type PlanTableColumn,
} from './export.js';
export { planToIcs, escapeIcsText, foldIcsLine, icsUtcStamp, DEFAULT_UID_DOMAIN, type PlanIcs, type PlanIcsOptions } from './ics.js';
