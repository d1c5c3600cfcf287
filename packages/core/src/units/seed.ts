/**
 * The units of the seed plan (汶上县 2020 基层政务公开标准化规范化工作方案): every unit its
 * 主体责任单位 column and its text name, the county government, the bodies in its 抄送 line, and
 * a handful of example townships.
 *
 * Names are as the plan writes them where it writes the full name; where it writes a short
 * name (县扶贫办, 县市场监管局) the full name is the unit's name and the plan's form its short name.
 * A test validates every entry with `UnitSchema` and resolves every unit cell of the seed plan.
 */
import { DataError } from '../errors.js';
import { createUnitDirectory, type UnitDirectory } from './directory.js';
import type { Unit } from './schema.js';

const GOV = 'county-government';

const data = [
  { id: GOV, name: '汶上县人民政府', shortName: '县政府', aliases: ['县人民政府', '汶上县政府'], kind: 'county-government' },

  // Offices of the county government
  {
    id: 'county-government-office',
    name: '县政府办公室',
    aliases: ['县人民政府办公室', '县政府办'],
    kind: 'county-office',
    parent: GOV,
  },
  // 县扶贫开发领导小组办公室: an office (办) rather than a working department.
  { id: 'county-poverty-alleviation', name: '县扶贫开发领导小组办公室', shortName: '县扶贫办', kind: 'county-office', parent: GOV },

  // Working departments, in the order of the plan's first row
  { id: 'county-development-reform', name: '县发展和改革局', shortName: '县发改局', kind: 'county-department', parent: GOV },
  { id: 'county-education-sports', name: '县教育和体育局', shortName: '县教体局', kind: 'county-department', parent: GOV },
  {
    id: 'county-natural-resources',
    name: '县自然资源和规划局',
    shortName: '县自然资源局',
    aliases: ['县自规局', '县自然资源规划局'],
    kind: 'county-department',
    parent: GOV,
  },
  { id: 'county-finance', name: '县财政局', kind: 'county-department', parent: GOV },
  { id: 'county-public-security', name: '县公安局', kind: 'county-department', parent: GOV },
  { id: 'county-civil-affairs', name: '县民政局', kind: 'county-department', parent: GOV },
  { id: 'county-justice', name: '县司法局', kind: 'county-department', parent: GOV },
  {
    id: 'county-human-resources',
    name: '县人力资源和社会保障局',
    shortName: '县人社局',
    aliases: ['县人力资源社会保障局'],
    kind: 'county-department',
    parent: GOV,
  },
  // Written 县生态环境局 in the plan; formally a branch of the city bureau (济宁市生态环境局汶上县分局)
  // since the 2019 reform, but led locally and counted among the county departments.
  {
    id: 'county-ecology-environment',
    name: '县生态环境局',
    aliases: ['县环保局', '济宁市生态环境局汶上县分局'],
    kind: 'county-department',
    parent: GOV,
  },
  {
    id: 'county-housing-construction',
    name: '县住房和城乡建设局',
    shortName: '县住建局',
    aliases: ['县住房城乡建设局'],
    kind: 'county-department',
    parent: GOV,
  },
  {
    id: 'county-law-enforcement',
    name: '县综合行政执法局',
    shortName: '县执法局',
    aliases: ['县综合执法局'],
    kind: 'county-department',
    parent: GOV,
  },
  { id: 'county-agriculture', name: '县农业农村局', kind: 'county-department', parent: GOV },
  { id: 'county-culture-tourism', name: '县文化和旅游局', shortName: '县文旅局', kind: 'county-department', parent: GOV },
  {
    id: 'county-health',
    name: '县卫生健康局',
    shortName: '县卫健局',
    aliases: ['县卫生和健康局'],
    kind: 'county-department',
    parent: GOV,
  },
  { id: 'county-emergency', name: '县应急管理局', shortName: '县应急局', kind: 'county-department', parent: GOV },
  {
    id: 'county-administrative-approval',
    name: '县行政审批服务局',
    shortName: '县审批局',
    aliases: ['县行政审批局'],
    kind: 'county-department',
    parent: GOV,
  },
  {
    id: 'county-market-regulation',
    name: '县市场监督管理局',
    shortName: '县市场监管局',
    kind: 'county-department',
    parent: GOV,
  },
  { id: 'county-healthcare-security', name: '县医疗保障局', shortName: '县医保局', kind: 'county-department', parent: GOV },

  // Public institutions (中心, 馆). Their supervising departments are not stated in the plan.
  {
    id: 'county-public-resources-trading',
    name: '县公共资源交易服务中心',
    shortName: '县公共资源交易中心',
    kind: 'county-institution',
    parent: GOV,
  },
  { id: 'county-housing-security', name: '县住房保障中心', kind: 'county-institution', parent: GOV },
  { id: 'county-archives', name: '县档案馆', kind: 'county-institution', parent: GOV },
  { id: 'county-big-data', name: '县大数据事务中心', shortName: '县大数据中心', kind: 'county-institution', parent: GOV },

  // 县税务局 (国家税务总局汶上县税务局) is managed vertically by the State Taxation Administration, not
  // by the county government: kind 'other', so "县直各部门、单位" does not include it. The plan
  // names it where it is meant (row 1).
  { id: 'county-tax', name: '国家税务总局汶上县税务局', shortName: '县税务局', aliases: ['汶上县税务局'], kind: 'other' },

  // The plan's 抄送 line: bodies outside the county government (kind 'other'). "县委各部门" is a
  // group, not a unit, and is not listed.
  { id: 'county-congress-office', name: '县人大常委会办公室', kind: 'other' },
  { id: 'county-cppcc-office', name: '县政协办公室', kind: 'other' },
  { id: 'county-armed-forces', name: '县人民武装部', shortName: '县人武部', kind: 'other' },
  { id: 'county-court', name: '县人民法院', shortName: '县法院', kind: 'other' },
  { id: 'county-procuratorate', name: '县人民检察院', shortName: '县检察院', kind: 'other' },

  // EXAMPLES ONLY: a handful of townships and subdistricts so that "各乡镇（街道）" has members.
  // Generic names; this is not claimed to be the county's real list of townships.
  { id: 'subdistrict-zhongdu', name: '中都街道', aliases: ['中都街道办事处'], kind: 'subdistrict', parent: GOV, example: true },
  { id: 'subdistrict-wenshang', name: '汶上街道', aliases: ['汶上街道办事处'], kind: 'subdistrict', parent: GOV, example: true },
  { id: 'township-nanzhan', name: '南站镇', aliases: ['南站镇人民政府'], kind: 'township', parent: GOV, example: true },
  { id: 'township-nanwang', name: '南旺镇', aliases: ['南旺镇人民政府'], kind: 'township', parent: GOV, example: true },
  { id: 'township-ciqiu', name: '次丘镇', aliases: ['次丘镇人民政府'], kind: 'township', parent: GOV, example: true },
  { id: 'township-yinsi', name: '寅寺镇', aliases: ['寅寺镇人民政府'], kind: 'township', parent: GOV, example: true },
] satisfies Unit[];

/** The seed units as plain data (each entry frozen), in the order the directory lists them. */
export const seedUnitData: readonly Unit[] = Object.freeze(data.map((u) => Object.freeze(u)));

function build(): UnitDirectory {
  const r = createUnitDirectory([...seedUnitData]);
  if (!r.ok) throw new DataError(r.issues);
  return r.value;
}

/** The seed plan's units as a directory: `resolveUnits(expression, seedUnits)` works as exported. */
export const seedUnits: UnitDirectory = build();
