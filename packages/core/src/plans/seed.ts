/**
 * `wenshangPlan2020`: the seed plan as a validated dataset. Built at module load from the seed
 * text verbatim (src/generated/seed-plan-text.ts, generated from data/seed/wenshang-2020-plan.txt) by
 * `parsePlanTable` with the seed unit directory; a test asserts it parses without any issue.
 */
import { DataError } from '../errors.js';
import { seedUnits } from '../units/index.js';
import { parsePlanTable } from './parse.js';
import type { Plan } from './schema.js';
import { SEED_PLAN_TEXT } from '../generated/seed-plan-text.js';

/** The dataset's title: the seed text carries only the task table, not the document's title. */
export const WENSHANG_PLAN_2020_TITLE = '汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）';

function build(): Plan {
  const r = parsePlanTable(SEED_PLAN_TEXT, {
    planYear: 2020,
    units: seedUnits,
    title: WENSHANG_PLAN_2020_TITLE,
    notes:
      '标题为本数据集所拟：原文本仅含重点任务表，未载文件标题。发文机关与印发日期取自文末落款（汶上县人民政府办公室 2020年6月7日印发）。' +
      ' The title is descriptive, given by this dataset: the seed text is the key-task table only and carries no document title.',
  });
  if (!r.ok) throw new DataError(r.issues);
  return r.value;
}

/**
 * 汶上县人民政府办公室's 2020 plan (issued 2020-06-07): 13 tasks, 19 item rows. Marked pure so
 * that bundles which do not use it drop it with its text.
 */
export const wenshangPlan2020: Plan = /* @__PURE__ */ build();

/** The seed plan's text verbatim, for import demos and tests. */
export { SEED_PLAN_TEXT };
