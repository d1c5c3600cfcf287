/**
 * The standard catalogue (政务公开事项标准目录), regulations §4–§5: the 26 areas and the 13
 * channels as data, and the zod schemas of a catalogue item and a catalogue. Field names are
 * fixed: they are the JSON format webmasters write, and outside checks read them.
 */
import * as z from 'zod/mini';
import { DeadlineRuleSchema } from '../deadlines/rule-schema.js';
import { DisclosureDateSchema } from '../disclosure/shared.js';
import { isHttpUrl } from '../internal/values.js';

// ---------------------------------------------------------------------------------------------
// Areas (regulations §4.3)

/** The stable codes of the 26 pilot areas, in the seed plan's order. */
export const CATALOGUE_AREA_CODES = [
  'LAND_SPACE_PLANNING',
  'MAJOR_CONSTRUCTION',
  'PUBLIC_RESOURCE_TRADING',
  'BUDGET_FINAL_ACCOUNTS',
  'WORK_SAFETY',
  'TAX_ADMINISTRATION',
  'LAND_EXPROPRIATION',
  'HOUSING_EXPROPRIATION',
  'SUBSIDISED_HOUSING',
  'RURAL_DILAPIDATED_HOUSING',
  'ENVIRONMENTAL_PROTECTION',
  'PUBLIC_CULTURE',
  'PUBLIC_LEGAL_SERVICES',
  'POVERTY_ALLEVIATION',
  'DISASTER_RELIEF',
  'FOOD_DRUG_REGULATION',
  'URBAN_LAW_ENFORCEMENT',
  'EMPLOYMENT',
  'SOCIAL_INSURANCE',
  'SOCIAL_ASSISTANCE',
  'ELDERLY_CARE',
  'HOUSEHOLD_REGISTRATION',
  'AGRICULTURAL_SUBSIDIES',
  'COMPULSORY_EDUCATION',
  'HEALTH_CARE',
  'MUNICIPAL_SERVICES',
] as const;
export type CatalogueAreaCode = (typeof CATALOGUE_AREA_CODES)[number];

/** One of the 26 areas: code, name as the seed plan writes it, other names, issuing ministry. */
export interface CatalogueArea {
  readonly code: CatalogueAreaCode;
  /** The name as the seed plan (task 1) writes it. */
  readonly name: string;
  /** Other names seen for the area (2017 pilot topic names, later renamings, local names). */
  readonly aliases: readonly string[];
  /** The State Council department(s) that issued the area's guideline (regulations §4.3). */
  readonly issuedBy: readonly string[];
  /** True when regulations §4.3 marks the issuing department UNCONFIRMED. */
  readonly issuedByUnconfirmed: boolean;
}

const area = (code: CatalogueAreaCode, name: string, aliases: string[], issuedBy: string[], issuedByUnconfirmed = true): CatalogueArea =>
  Object.freeze({ code, name, aliases: Object.freeze(aliases), issuedBy: Object.freeze(issuedBy), issuedByUnconfirmed });

/** The 26 areas (regulations §4.3), in the seed plan's order; `issuedBy` is data, not code. */
export const CATALOGUE_AREAS: readonly CatalogueArea[] = Object.freeze([
  area('LAND_SPACE_PLANNING', '国土空间规划', ['城乡规划'], ['自然资源部']),
  area('MAJOR_CONSTRUCTION', '重大建设项目', [], ['国家发展改革委']),
  area('PUBLIC_RESOURCE_TRADING', '公共资源交易', [], ['国家发展改革委']),
  area('BUDGET_FINAL_ACCOUNTS', '财政预决算', [], ['财政部']),
  area('WORK_SAFETY', '安全生产', [], ['应急管理部']),
  area('TAX_ADMINISTRATION', '税收管理', [], ['税务总局']),
  area('LAND_EXPROPRIATION', '征地补偿', ['农村集体土地征收', '自然资源'], ['自然资源部']),
  area('HOUSING_EXPROPRIATION', '国有土地上房屋征收', ['国有土地上房屋征收与补偿', '拆迁安置'], ['住房城乡建设部']),
  area('SUBSIDISED_HOUSING', '保障性住房', [], ['住房城乡建设部']),
  area('RURAL_DILAPIDATED_HOUSING', '农村危房改造', [], ['住房城乡建设部']),
  area('ENVIRONMENTAL_PROTECTION', '环境保护', ['生态环境'], ['生态环境部']),
  area('PUBLIC_CULTURE', '公共文化服务', [], ['文化和旅游部']),
  area('PUBLIC_LEGAL_SERVICES', '公共法律服务', [], ['司法部']),
  area('POVERTY_ALLEVIATION', '扶贫', ['乡村振兴', '扶贫救灾'], ['国务院扶贫办']),
  area('DISASTER_RELIEF', '救灾', [], ['应急管理部']),
  area('FOOD_DRUG_REGULATION', '食品药品监管', [], ['市场监管总局', '国家药监局']),
  area('URBAN_LAW_ENFORCEMENT', '城市综合执法', [], ['住房城乡建设部']),
  area('EMPLOYMENT', '就业创业', ['就业'], ['人力资源社会保障部']),
  area('SOCIAL_INSURANCE', '社会保险', [], ['人力资源社会保障部']),
  area('SOCIAL_ASSISTANCE', '社会救助', [], ['民政部'], false),
  area('ELDERLY_CARE', '养老服务', [], ['民政部'], false),
  area('HOUSEHOLD_REGISTRATION', '户籍管理', [], ['公安部'], false),
  area('AGRICULTURAL_SUBSIDIES', '涉农补贴', [], ['财政部', '农业农村部']),
  area('COMPULSORY_EDUCATION', '义务教育', [], ['教育部']),
  area('HEALTH_CARE', '医疗卫生', ['卫生健康'], ['国家卫生健康委']),
  area('MUNICIPAL_SERVICES', '市政服务', [], ['住房城乡建设部']),
]);

const normName = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');
const AREA_INDEX = new Map<string, CatalogueArea>();
for (const a of CATALOGUE_AREAS) {
  AREA_INDEX.set(a.code, a);
  AREA_INDEX.set(normName(a.name), a);
}
for (const a of CATALOGUE_AREAS) for (const alias of a.aliases) if (!AREA_INDEX.has(normName(alias))) AREA_INDEX.set(normName(alias), a);

/**
 * The area with this code, name or alias ('城乡规划' → LAND_SPACE_PLANNING; '乡村振兴' →
 * POVERTY_ALLEVIATION; '拆迁安置' → HOUSING_EXPROPRIATION). Full-width forms and spaces are
 * ignored. '扶贫救灾' (the 2017 combined topic) maps to 扶贫.
 */
export function areaByName(nameOrAlias: string): CatalogueArea | undefined {
  if (typeof nameOrAlias !== 'string') return undefined;
  return AREA_INDEX.get(nameOrAlias) ?? AREA_INDEX.get(normName(nameOrAlias));
}

/** The area's position in {@link CATALOGUE_AREAS} (the stable order), or 99 for an unknown code. */
export function areaOrder(code: string): number {
  const i = (CATALOGUE_AREA_CODES as readonly string[]).indexOf(code);
  return i < 0 ? 99 : i;
}

// ---------------------------------------------------------------------------------------------
// Channels (regulations §5.2) and the tick columns (§5.1)

/** The standard 13 channels (公开渠道和载体), regulations §5.2. */
export const CHANNEL_CODES = [
  'GOV_WEBSITE',
  'GOV_GAZETTE',
  'WEIBO_WECHAT_APP',
  'PRESS_HEARING',
  'RADIO_TV',
  'PRINT_MEDIA',
  'READING_POINT',
  'SERVICE_CENTER',
  'CONVENIENCE_STATION',
  'DOOR_TO_DOOR',
  'NOTICE_BOARD',
  'PRECISE_PUSH',
  'OTHER',
] as const;
export type ChannelCode = (typeof CHANNEL_CODES)[number];

/** The channel a village-level item needs: 社区/企事业单位/村公示栏（电子屏）. */
export const NOTICE_BOARD_CHANNEL: ChannelCode = 'NOTICE_BOARD';

/** Printed labels and variants of each channel (regulations §5.2), for importers. */
export const CHANNEL_LABELS: Readonly<Record<ChannelCode, readonly string[]>> = Object.freeze({
  GOV_WEBSITE: ['政府网站'],
  GOV_GAZETTE: ['政府公报'],
  WEIBO_WECHAT_APP: ['两微一端'],
  PRESS_HEARING: ['发布会/听证会'],
  RADIO_TV: ['广播电视'],
  PRINT_MEDIA: ['纸质媒体', '纸质载体'],
  READING_POINT: ['公开查阅点'],
  SERVICE_CENTER: ['政务服务中心', '政府服务中心', '行政服务中心'],
  CONVENIENCE_STATION: ['便民服务站'],
  DOOR_TO_DOOR: ['入户/现场'],
  NOTICE_BOARD: ['社区/企事业单位/村公示栏（电子屏）', '村居/企事业单位公示栏(电子屏)', '社区/企事业单位、村公示栏'],
  PRECISE_PUSH: ['精准推送'],
  OTHER: ['其他'],
});

/** 公开对象: 全社会 / 特定群体 (also printed 特定群众, 特定对象). */
export const AUDIENCES = ['PUBLIC', 'SPECIFIC'] as const;
export type CatalogueAudience = (typeof AUDIENCES)[number];
/** 公开方式: 主动 / 依申请. */
export const DISCLOSURE_MODES = ['PROACTIVE', 'ON_REQUEST'] as const;
export type CatalogueMode = (typeof DISCLOSURE_MODES)[number];
/** 公开层级: 县级 / 乡级 / 村级 (variants 区级, 镇街级, …). */
export const CATALOGUE_LEVELS = ['COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type CatalogueLevel = (typeof CATALOGUE_LEVELS)[number];

/**
 * The columns of a catalogue (regulations §5.1) as label codes, by item field. Messages
 * `catalogue.column.<code>` give the printed header (zh-CN) and its English label.
 */
export const CATALOGUE_COLUMNS = {
  id: 'id',
  area: 'area',
  item1: 'item1',
  item2: 'item2',
  item3: 'item3',
  content: 'content',
  basis: 'basis',
  timeLimit: 'timeLimit',
  subject: 'subject',
  channels: 'channels',
  channelsOther: 'channelsOther',
  audience: 'audience',
  mode: 'mode',
  level: 'level',
  links: 'links',
  reason: 'reason',
  origin: 'origin',
  sourceId: 'sourceId',
} as const;
export type CatalogueColumn = keyof typeof CATALOGUE_COLUMNS;

// ---------------------------------------------------------------------------------------------
// Schemas

const Text = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/** A link to a published document; the URL must be http or https. */
export const CatalogueLinkSchema = z.object({
  title: Text,
  url: z.string().check(
    z.superRefine((s, ctx) => {
      if (!isHttpUrl(s.trim())) ctx.addIssue({ code: 'custom', input: s, params: { gk: 'catalogue.link-url', value: s } });
    }),
  ),
  date: z.optional(DisclosureDateSchema),
  /** 索引号 (index number) of the published text. */
  indexNo: z.optional(Text),
});
export type CatalogueLink = z.infer<typeof CatalogueLinkSchema>;

/** 公开时限: the text as printed, and its parsed rule (see parseDeadline). */
export const CatalogueTimeLimitSchema = z.object({
  text: z.string().check(z.maxLength(2000)),
  rule: DeadlineRuleSchema,
});
export type CatalogueTimeLimit = z.infer<typeof CatalogueTimeLimitSchema>;

/** 公开主体: the text as printed, and the ids of the units it names. */
export const CatalogueSubjectSchema = z.object({
  text: z.string().check(z.maxLength(2000)),
  units: z.array(z.string().check(z.minLength(1), z.maxLength(80))),
});
export type CatalogueSubject = z.infer<typeof CatalogueSubjectSchema>;

/** Where a merged item came from: its catalogue's issuer and level. */
export const CatalogueOriginSchema = z.object({
  issuer: Text,
  level: z.enum(CATALOGUE_LEVELS),
});
export type CatalogueOrigin = z.infer<typeof CatalogueOriginSchema>;

/** One row of a standard catalogue (regulations §5.1). */
export const CatalogueItemSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  area: z.enum(CATALOGUE_AREA_CODES),
  /** 一级事项. */
  item1: Text,
  /** 二级事项. */
  item2: Text,
  /** 三级事项 (some catalogues). */
  item3: z.optional(Text),
  /** 公开内容（要素）, one element per entry. */
  content: z.array(Text),
  /** 公开依据, one citation per entry (may be empty: checkCatalogue reports it). */
  basis: z.array(Text),
  timeLimit: CatalogueTimeLimitSchema,
  subject: CatalogueSubjectSchema,
  /** The ticked §5.2 channels. */
  channels: z.array(z.enum(CHANNEL_CODES)),
  /** Free-text channels (投资项目在线审批监管平台, 12345政务服务热线, …). */
  channelsOther: z.array(Text),
  audience: z.array(z.enum(AUDIENCES)),
  mode: z.array(z.enum(DISCLOSURE_MODES)),
  level: z.array(z.enum(CATALOGUE_LEVELS)),
  links: z.optional(z.array(CatalogueLinkSchema)),
  /** Why the item is disclosed on request only (expected when `mode` is ['ON_REQUEST']). */
  reason: z.optional(Text),
  /** Set by mergeCatalogues: the catalogue the item came from. */
  origin: z.optional(CatalogueOriginSchema),
  /** Set by mergeCatalogues when the id was made unique: the id in the source catalogue. */
  sourceId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;

/** A catalogue: who issued it, at which level, its version date, and its rows. */
export const CatalogueSchema = z.object({
  /** The issuing body (示范县人民政府, 某镇人民政府). */
  issuer: Text,
  level: z.enum(CATALOGUE_LEVELS),
  /** 'YYYY-MM-DD'. */
  versionDate: DisclosureDateSchema,
  items: z.array(CatalogueItemSchema),
});
/** A standard catalogue (政务公开事项标准目录): issuer, level, version date and items. */
export type Catalogue = z.infer<typeof CatalogueSchema>;
/** The same type under its earlier name. */
export type StandardCatalogue = Catalogue;
