/**
 * generateCatalogue: a large, valid, deterministic catalogue for benchmarks, its texts assembled
 * from fragments in the style of regulations §5–§7. Not real data.
 */
import { parseDeadline } from '../deadlines/parse.js';
import type { DeadlineRule } from '../deadlines/rule-schema.js';
import {
  CATALOGUE_AREAS,
  CHANNEL_CODES,
  type CatalogueAudience,
  type CatalogueItem,
  type CatalogueLevel,
  type CatalogueMode,
  type ChannelCode,
  type StandardCatalogue,
} from './schema.js';
import { seededRandom as prng } from '../internal/random.js';

const ITEM1 = [
  '政策文件',
  '办事指南',
  '审批结果',
  '监督检查',
  '资金管理',
  '项目信息',
  '工作动态',
  '规划计划',
  '统计数据',
  '行政处罚',
  '行政许可',
  '公示公告',
];
const ITEM2_TOPIC: Record<string, string[]> = {
  LAND_SPACE_PLANNING: ['国土空间总体规划', '详细规划', '建设用地规划许可', '乡村规划许可'],
  MAJOR_CONSTRUCTION: ['项目审批', '招标投标', '征收土地', '重大设计变更', '竣工验收'],
  PUBLIC_RESOURCE_TRADING: ['工程建设项目招标', '政府采购', '国有产权交易', '土地使用权出让'],
  BUDGET_FINAL_ACCOUNTS: ['政府预算', '政府决算', '部门预算', '"三公"经费', '政府债务'],
  WORK_SAFETY: ['安全生产许可', '事故调查处理', '隐患排查', '应急预案'],
  TAX_ADMINISTRATION: ['税收优惠', '纳税信用', '欠税公告', '办税指南'],
  LAND_EXPROPRIATION: ['拟征收土地告知', '现状调查', '补偿安置方案', '征地批准'],
  HOUSING_EXPROPRIATION: ['房屋征收决定', '补偿方案', '评估机构选定', '分户补偿'],
  SUBSIDISED_HOUSING: ['公租房配租', '住房保障对象', '租赁补贴', '分配结果'],
  RURAL_DILAPIDATED_HOUSING: ['危房改造对象', '补助标准', '改造进度', '资金使用'],
  ENVIRONMENTAL_PROTECTION: ['环境影响评价', '排污许可', '环境质量', '突发环境事件'],
  PUBLIC_CULTURE: ['公共图书馆', '文化馆站', '文化活动', '非物质文化遗产'],
  PUBLIC_LEGAL_SERVICES: ['法律援助', '人民调解', '法治宣传', '公证服务'],
  POVERTY_ALLEVIATION: ['帮扶政策', '衔接资金', '项目库', '监测帮扶对象'],
  DISASTER_RELIEF: ['救灾物资', '受灾人员救助', '灾情信息', '避难场所'],
  FOOD_DRUG_REGULATION: ['抽检信息', '食品经营许可', '药品零售许可', '行政处罚'],
  URBAN_LAW_ENFORCEMENT: ['权力事项', '执法结果', '执法监督', '投诉举报'],
  EMPLOYMENT: ['就业政策法规咨询', '职业技能培训', '创业担保贷款', '就业见习'],
  SOCIAL_INSURANCE: ['养老保险', '医疗保险', '工伤保险', '失业保险'],
  SOCIAL_ASSISTANCE: ['最低生活保障', '特困人员救助供养', '临时救助', '审核信息'],
  ELDERLY_CARE: ['扶持政策措施清单', '养老机构', '高龄津贴', '居家养老服务'],
  HOUSEHOLD_REGISTRATION: ['出生登记', '死亡注销', '迁移登记', '收养登记'],
  AGRICULTURAL_SUBSIDIES: ['耕地地力保护', '农机购置补贴', '种粮补贴', '新型职业农民培育'],
  COMPULSORY_EDUCATION: ['招生政策', '招生范围', '学生资助', '学校名录'],
  HEALTH_CARE: ['医疗机构', '基本公共卫生服务', '传染病防控', '家庭医生签约'],
  MUNICIPAL_SERVICES: ['供水', '燃气', '市容环境', '道路占用许可'],
};
const CONTENT = [
  '政策依据',
  '申请指南（对象、范围、标准、程序、材料、咨询电话、受理单位、办理时限、联系方式）',
  '办理结果',
  '监督渠道（举报电话、地址）',
  '受理部门',
  '办理条件',
  '办理流程',
  '所需材料',
  '办理时限',
  '收费依据及标准',
  '名单及相关信息',
  '资金分配及使用情况',
  '项目名称、地点、规模',
  '信访通讯地址',
  '投诉举报电话',
  '年度工作计划及完成情况',
];
const BASIS = [
  '《中华人民共和国政府信息公开条例》',
  '《中华人民共和国预算法》',
  '《中华人民共和国土地管理法》',
  '《中华人民共和国行政处罚法》',
  '《中华人民共和国就业促进法》',
  '《社会救助暂行办法》',
  '《户口登记条例》',
  '《中华人民共和国村民委员会组织法》',
  '《中华人民共和国农业机械化促进法》',
  '《关于全面推进政务公开工作的意见》',
];
const TIME_LIMITS = [
  '信息形成或者变更之日起20个工作日内',
  '自该政府信息形成或者变更之日起20个工作日内及时公开',
  '制定或获取信息之日起10个工作日内',
  '制定或获取信息之日起10个工作日内，公示7个工作日',
  '本级人民代表大会或其常务委员会批准后20日内',
  '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日',
  '实时公开',
  '及时公开',
  '每季度',
  '15个工作日内公开',
];
const UNITS: [string, string][] = [
  ['county-finance', '县财政局'],
  ['county-civil-affairs', '县民政局'],
  ['county-human-resources', '县人力资源和社会保障局'],
  ['county-natural-resources', '县自然资源局'],
  ['county-education', '县教育局'],
  ['county-health', '县卫生健康局'],
  ['county-public-security', '县公安局'],
  ['county-agriculture', '县农业农村局'],
  ['county-market-regulation', '县市场监督管理局'],
  ['county-housing', '县住房和城乡建设局'],
  ['town-east', '城东镇人民政府'],
  ['town-west', '城西镇人民政府'],
];
const OTHER_CHANNELS = ['12345政务服务热线', '公共资源交易平台', '投资项目在线审批监管平台', '村应急广播', '组员微信群'];

/**
 * A valid catalogue of exactly `count` items, the same for the same `(count, seed)`. Ids are
 * `G-<seed>-<n>` (unique); areas cycle over all 26; texts come from fragments; every item has
 * a basis, a parsed time limit, subject unit ids (`county-…`/`town-…`, not from any directory)
 * and at least one channel, so checkCatalogue finds at most duplicate-name warnings.
 */
export function generateCatalogue(count: number, seed: number): StandardCatalogue {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const k = min + Math.floor(rand() * (max - min + 1));
    const out: T[] = [];
    for (let j = 0; j < k; j++) {
      const v = pick(list);
      if (!out.includes(v)) out.push(v);
    }
    return out;
  };
  const rules = new Map<string, DeadlineRule>();
  const ruleOf = (text: string): DeadlineRule => {
    let r = rules.get(text);
    if (!r) rules.set(text, (r = parseDeadline(text)));
    return structuredCloneRule(r);
  };
  const items: CatalogueItem[] = [];
  const n = Math.max(0, Math.floor(count));
  for (let i = 0; i < n; i++) {
    const area = CATALOGUE_AREAS[Math.floor(rand() * CATALOGUE_AREAS.length)]!;
    const topic = pick(ITEM2_TOPIC[area.code]!);
    const item1 = rand() < 0.5 ? topic : pick(ITEM1);
    const item2 = item1 === topic ? pick(ITEM1) : topic;
    const level: CatalogueLevel[] = rand() < 0.5 ? ['COUNTY'] : rand() < 0.6 ? ['COUNTY', 'TOWNSHIP'] : ['TOWNSHIP', 'VILLAGE'];
    const channels: ChannelCode[] = some(CHANNEL_CODES.slice(0, 12), 1, 4);
    if (level.includes('VILLAGE') && !channels.includes('NOTICE_BOARD')) channels.push('NOTICE_BOARD');
    const onRequest = rand() < 0.05;
    const mode: CatalogueMode[] = onRequest ? ['ON_REQUEST'] : rand() < 0.1 ? ['PROACTIVE', 'ON_REQUEST'] : ['PROACTIVE'];
    const audience: CatalogueAudience[] = rand() < 0.7 ? ['PUBLIC'] : rand() < 0.5 ? ['SPECIFIC'] : ['PUBLIC', 'SPECIFIC'];
    const subjectUnits = some(UNITS, 1, 2);
    const tl = pick(TIME_LIMITS);
    const item: CatalogueItem = {
      id: `G-${seed}-${String(i + 1).padStart(6, '0')}`,
      area: area.code,
      item1,
      item2,
      content: some(CONTENT, 1, 4).map((c) => (rand() < 0.3 ? `${topic}${c}` : c)),
      basis: some(BASIS, 1, 3),
      timeLimit: { text: tl, rule: ruleOf(tl) },
      subject: { text: subjectUnits.map((u) => u[1]).join('、'), units: subjectUnits.map((u) => u[0]) },
      channels,
      channelsOther: rand() < 0.15 ? [pick(OTHER_CHANNELS)] : [],
      audience,
      mode,
      level,
    };
    if (rand() < 0.2) item.item3 = `${topic}（第${1 + Math.floor(rand() * 9)}批）`;
    if (onRequest) item.reason = '涉及特定群体个人信息，仅向申请人公开';
    items.push(item);
  }
  return { issuer: '示例县人民政府', level: 'COUNTY', versionDate: '2024-01-01', items };
}

/** A copy of a rule, so items never share mutable objects. */
function structuredCloneRule(r: DeadlineRule): DeadlineRule {
  return JSON.parse(JSON.stringify(r)) as DeadlineRule;
}
