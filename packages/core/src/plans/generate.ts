/**
 * `generatePlan`: a deterministic synthetic plan for benchmarks and property tests. Same
 * arguments, same plan; valid against `PlanSchema`. Its units are made-up ids ('unit-7').
 */
import { parseDeadline } from '../deadlines/parse.js';
import { InvalidArgumentError } from '../errors.js';
import type { Plan, Task } from './schema.js';
import { seededRandom as prng } from '../internal/random.js';

const TOPICS = [
  '梳理公开事项',
  '完善解读回应',
  '规范依申请公开',
  '拓宽公开渠道',
  '加强队伍建设',
  '加强监督评价',
  '推进办事服务公开',
  '政务公开向村（居）延伸',
];
const UNIT_COUNT = 40;

/**
 * A plan of `tasks` tasks with `itemsPerTask` item rows each, for plan year 2024, from `seed`.
 * Deadlines are month ends ("2024年9月底前") or fixed days ("2024年10月15日前").
 */
export function generatePlan(tasks: number, itemsPerTask: number, seed: number): Plan {
  for (const [name, v] of [
    ['tasks', tasks],
    ['itemsPerTask', itemsPerTask],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 1) throw new InvalidArgumentError('calendar.invalid-count', { name, value: String(v) });
  }
  const rand = prng(Number.isFinite(seed) ? Math.trunc(seed) : 0);
  const pick = (n: number) => Math.floor(rand() * n);
  const planYear = 2024;
  const out: Task[] = [];
  for (let t = 1; t <= tasks; t++) {
    const items: Task['items'] = [];
    for (let k = 1; k <= itemsPerTask; k++) {
      const month = 3 + pick(10);
      const text = rand() < 0.7 ? `${planYear}年${month}月底前` : `${planYear}年${month}月${1 + pick(28)}日前`;
      const n = 1 + pick(4);
      const ids = [...new Set(Array.from({ length: n }, () => `unit-${1 + pick(UNIT_COUNT)}`))];
      const lead = rand() < 0.3 ? ids.slice(0, 1) : ids;
      const requirements = Array.from({ length: 1 + pick(3) }, (_, i) => `合成要求 ${t}.${k}.${i + 1}：按期完成相关工作。`);
      items.push({
        id: `${t}.${k}`,
        units: {
          text: ids.join('、'),
          resolved: ids,
          lead,
          cooperating: ids.filter((u) => !lead.includes(u)),
          unresolved: [],
          needsChoice: false,
        },
        requirements,
        deadline: { text, rule: parseDeadline(text, { planYear }) },
      });
    }
    out.push({ number: t, title: `${TOPICS[pick(TOPICS.length)]!}（合成任务 ${t}）`, items });
  }
  return {
    title: `合成工作方案（${tasks}×${itemsPerTask}，种子 ${seed}）`,
    issuer: '示例县人民政府办公室',
    issueDate: `${planYear}-02-01`,
    planYear,
    tasks: out,
    notes: 'Synthetic plan from generatePlan, for benchmarks; not real data.',
  };
}
