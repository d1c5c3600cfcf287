/**
 * The units of 示范县, a FICTIONAL county used for the sample catalogue: its government, the
 * government office, its working departments, a few public institutions, five townships and
 * subdistricts, and three villages and communities. Every name is generic and every unit is marked
 * `example`; nothing here is claimed to be a real county's list of bodies.
 *
 * Names follow the usual county pattern (县 + department); short names and aliases are the forms
 * a catalogue's 公开主体 column writes (县人社局, 县发改局, 县自然资源局). Because the county
 * government is named 示范县人民政府, every "县…" name is also found as "示范县…".
 */
import { DataError } from '../../errors.js';
import { createUnitDirectory, type Unit, type UnitDirectory } from '../../units/index.js';

const GOV = 'county-government';

const dept = (id: string, name: string, shortName?: string, aliases?: string[]): Unit => ({
  id,
  name,
  ...(shortName ? { shortName } : {}),
  ...(aliases ? { aliases } : {}),
  kind: 'county-department',
  parent: GOV,
  example: true,
});

const inst = (id: string, name: string, shortName?: string, aliases?: string[]): Unit => ({
  ...dept(id, name, shortName, aliases),
  kind: 'county-institution',
});

const data: Unit[] = [
  { id: GOV, name: '示范县人民政府', shortName: '县政府', aliases: ['县人民政府', '示范县政府'], kind: 'county-government', example: true },
  {
    id: 'county-government-office',
    name: '县政府办公室',
    aliases: ['县人民政府办公室', '县政府办'],
    kind: 'county-office',
    parent: GOV,
    example: true,
  },

  // Working departments, roughly in the order of the areas they own
  dept('county-development-reform', '县发展和改革局', '县发改局', ['县发展改革局']),
  dept('county-finance', '县财政局'),
  dept('county-natural-resources', '县自然资源和规划局', '县自然资源局', ['县自规局', '县自然资源规划局']),
  dept('county-housing-construction', '县住房和城乡建设局', '县住建局', ['县住房城乡建设局']),
  dept('county-ecology-environment', '县生态环境局', undefined, ['县环保局']),
  dept('county-emergency', '县应急管理局', '县应急局'),
  dept('county-civil-affairs', '县民政局'),
  dept('county-justice', '县司法局'),
  dept('county-human-resources', '县人力资源和社会保障局', '县人社局', ['县人力资源社会保障局']),
  dept('county-healthcare-security', '县医疗保障局', '县医保局'),
  dept('county-health', '县卫生健康局', '县卫健局', ['县卫生和健康局']),
  dept('county-education-sports', '县教育和体育局', '县教体局', ['县教育体育局']),
  dept('county-culture-tourism', '县文化和旅游局', '县文旅局'),
  dept('county-agriculture', '县农业农村局', undefined, ['县农业局']),
  dept('county-market-regulation', '县市场监督管理局', '县市场监管局'),
  dept('county-law-enforcement', '县综合行政执法局', '县执法局', ['县综合执法局', '县城管局']),
  dept('county-public-security', '县公安局'),
  dept('county-rural-revitalization', '县乡村振兴局', undefined, ['县扶贫办']),
  dept('county-administrative-approval', '县行政审批服务局', '县审批局', ['县行政审批局']),
  dept('county-statistics', '县统计局'),

  // Public institutions (中心, 馆)
  inst('county-public-resources-trading', '县公共资源交易中心', undefined, ['县公共资源交易服务中心']),
  inst('county-housing-security', '县住房保障服务中心', '县住房保障中心'),
  inst('county-social-insurance', '县社会保险事业中心', '县社保中心', ['县社会保险事业管理中心']),
  inst('county-employment-service', '县公共就业和人才服务中心', '县就业服务中心'),
  inst('county-library', '县图书馆'),
  inst('county-cultural-center', '县文化馆'),
  inst('county-legal-aid', '县法律援助中心'),

  // 县税务局 is managed vertically (国家税务总局示范县税务局), not by the county government:
  // kind 'other', so "县直各部门、单位" does not include it.
  {
    id: 'county-tax',
    name: '国家税务总局示范县税务局',
    shortName: '县税务局',
    aliases: ['示范县税务局'],
    kind: 'other',
    example: true,
  },

  // Townships and subdistricts
  { id: 'subdistrict-chengguan', name: '城关街道', aliases: ['城关街道办事处'], kind: 'subdistrict', parent: GOV, example: true },
  { id: 'subdistrict-donghu', name: '东湖街道', aliases: ['东湖街道办事处'], kind: 'subdistrict', parent: GOV, example: true },
  { id: 'township-qingshan', name: '青山镇', aliases: ['青山镇人民政府'], kind: 'township', parent: GOV, example: true },
  { id: 'township-hekou', name: '河口镇', aliases: ['河口镇人民政府'], kind: 'township', parent: GOV, example: true },
  { id: 'township-shiqiao', name: '石桥乡', aliases: ['石桥乡人民政府'], kind: 'township', parent: GOV, example: true },

  // Villages and communities (村民委员会, 居民委员会)
  {
    id: 'village-qingshan-liuwan',
    name: '青山镇柳湾村',
    shortName: '柳湾村',
    aliases: ['柳湾村民委员会', '柳湾村村民委员会'],
    kind: 'village',
    parent: 'township-qingshan',
    example: true,
  },
  {
    id: 'village-hekou-dongying',
    name: '河口镇东营村',
    shortName: '东营村',
    aliases: ['东营村民委员会', '东营村村民委员会'],
    kind: 'village',
    parent: 'township-hekou',
    example: true,
  },
  {
    id: 'community-chengguan-xingfu',
    name: '城关街道幸福社区',
    shortName: '幸福社区',
    aliases: ['幸福社区居民委员会'],
    kind: 'community',
    parent: 'subdistrict-chengguan',
    example: true,
  },
];

/** The sample county's units as plain data (each entry frozen), in the order the directory lists them. */
export const sampleUnitData: readonly Unit[] = Object.freeze(data.map((u) => Object.freeze(u)));

function build(): UnitDirectory {
  const r = createUnitDirectory([...sampleUnitData]);
  if (!r.ok) throw new DataError(r.issues);
  return r.value;
}

/** The sample county (示范县, fictional) as a directory: `resolveUnits(text, sampleUnits)` works as exported. */
export const sampleUnits: UnitDirectory = build();
