/**
 * `sampleProgress2020`: EXAMPLE progress updates for the seed plan (`wenshangPlan2020`).
 * Fictional but plausible: no real reports are claimed. Every update carries `example: true`,
 * and evidence links point at example.org, never at a real government site.
 */
import type { ProgressUpdate } from './schema.js';

const EX = 'https://example.org/wenshang-2020';

/** Fictional progress updates for the seed plan's items (examples, not real data). */
export const sampleProgress2020: readonly ProgressUpdate[] = /* @__PURE__ */ Object.freeze([
  {
    itemId: '1.1',
    date: '2020-06-15',
    status: 'in-progress',
    note: '示例：各单位开始梳理26个试点领域公开事项。',
    reportedBy: '县政府办公室',
    example: true,
  },
  {
    itemId: '1.1',
    date: '2020-09-25',
    status: 'done',
    note: '示例：标准目录已在县政府门户网站集中发布。',
    evidence: [{ title: '示例：政务公开事项标准目录', url: `${EX}/catalogue` }],
    reportedBy: '县政府办公室',
    example: true,
  },
  {
    itemId: '2.1',
    date: '2020-07-10',
    status: 'in-progress',
    note: '示例：公文公开属性源头认定机制起草中。',
    reportedBy: '县政府办公室',
    example: true,
  },
  { itemId: '2.1', date: '2020-10-12', status: 'done', note: '示例：机制印发，晚于时限。', reportedBy: '县政府办公室', example: true },
  {
    itemId: '3.1',
    date: '2020-08-03',
    status: 'in-progress',
    note: '示例：公众参与事项范围征求意见。',
    reportedBy: '县司法局',
    example: true,
  },
  { itemId: '4.1', date: '2020-07-20', status: 'in-progress', reportedBy: '县政府办公室', example: true },
  {
    itemId: '5.1',
    date: '2020-06-28',
    status: 'in-progress',
    note: '示例：依申请公开登记台账统一格式。',
    reportedBy: '县政府办公室',
    example: true,
  },
  { itemId: '5.1', date: '2020-09-18', status: 'done', reportedBy: '县政府办公室', example: true },
  {
    itemId: '6.1',
    date: '2020-08-15',
    status: 'blocked',
    note: '示例：负面清单待上级口径明确。',
    reportedBy: '县政府办公室',
    example: true,
  },
  { itemId: '7.1', date: '2020-07-01', status: 'in-progress', reportedBy: '县大数据事务中心', example: true },
  { itemId: '8.1', date: '2020-07-28', status: 'done', note: '示例：政务新媒体矩阵完成备案。', reportedBy: '县政府办公室', example: true },
  {
    itemId: '8.2',
    date: '2020-07-15',
    status: 'in-progress',
    note: '示例：政务服务大厅政务公开专区选址完成。',
    reportedBy: '县行政审批服务局',
    example: true,
  },
  {
    itemId: '8.2',
    date: '2020-08-05',
    status: 'done',
    note: '示例：专区启用，较时限晚3个工作日。',
    evidence: [{ title: '示例：政务公开专区照片', url: `${EX}/zone` }],
    reportedBy: '县行政审批服务局',
    example: true,
  },
  { itemId: '9.1', date: '2020-09-10', status: 'in-progress', reportedBy: '县行政审批服务局', example: true },
  {
    itemId: '10.1',
    date: '2020-09-01',
    status: 'not-started',
    note: '示例：待乡镇（街道）报送村（居）务公开清单。',
    reportedBy: '县民政局',
    example: true,
  },
  { itemId: '11.1', date: '2020-06-20', status: 'done', note: '示例：成立工作领导小组。', reportedBy: '县政府办公室', example: true },
  { itemId: '11.2', date: '2020-08-20', status: 'in-progress', note: '示例：遴选示范点。', reportedBy: '县政府办公室', example: true },
  { itemId: '12.1', date: '2020-06-30', status: 'done', reportedBy: '县政府办公室', example: true },
  {
    itemId: '12.2',
    date: '2020-09-15',
    status: 'in-progress',
    note: '示例：集中培训方案已定。',
    reportedBy: '县政府办公室',
    example: true,
  },
  { itemId: '13.2', date: '2020-06-29', status: 'done', note: '示例：细化方案印发。', reportedBy: '县政府办公室', example: true },
  { itemId: '13.3', date: '2020-09-05', status: 'in-progress', reportedBy: '县政府办公室', example: true },
] satisfies ProgressUpdate[]);
