/**
 * Messages of the standard catalogue: parse issues, compliance checks, and the labels of
 * columns, areas, channels, audiences, modes, levels and facets.
 */
import type { MessageCatalogue, Params, Template } from './types.js';
import { plural, s } from './types.js';

const own = (map: Record<string, string>, key: unknown): string | undefined =>
  Object.prototype.hasOwnProperty.call(map, s(key)) ? map[s(key)] : undefined;

const COLUMN_ZH = {
  id: '编号',
  area: '领域',
  item1: '一级事项',
  item2: '二级事项',
  item3: '三级事项',
  content: '公开内容（要素）',
  basis: '公开依据',
  timeLimit: '公开时限',
  subject: '公开主体',
  channels: '公开渠道和载体',
  channelsOther: '其他公开渠道',
  audience: '公开对象',
  mode: '公开方式',
  level: '公开层级',
  links: '公开链接',
  reason: '依申请公开理由',
  origin: '来源目录',
  sourceId: '原编号',
};
const COLUMN_EN: Record<keyof typeof COLUMN_ZH, string> = {
  id: 'id',
  area: 'area',
  item1: 'first-level item',
  item2: 'second-level item',
  item3: 'third-level item',
  content: 'content (elements)',
  basis: 'basis',
  timeLimit: 'time limit',
  subject: 'responsible body',
  channels: 'channels and carriers',
  channelsOther: 'other channels',
  audience: 'audience',
  mode: 'disclosure mode',
  level: 'level',
  links: 'links',
  reason: 'reason for on-request only',
  origin: 'source catalogue',
  sourceId: 'original id',
};

const HEADER_ZH = { issuer: '发布机关', level: '目录层级', versionDate: '版本日期', items: '事项列表' };
const HEADER_EN: Record<keyof typeof HEADER_ZH, string> = {
  issuer: 'issuer',
  level: 'catalogue level',
  versionDate: 'version date',
  items: 'item list',
};

const AREA_ZH = {
  LAND_SPACE_PLANNING: '国土空间规划',
  MAJOR_CONSTRUCTION: '重大建设项目',
  PUBLIC_RESOURCE_TRADING: '公共资源交易',
  BUDGET_FINAL_ACCOUNTS: '财政预决算',
  WORK_SAFETY: '安全生产',
  TAX_ADMINISTRATION: '税收管理',
  LAND_EXPROPRIATION: '征地补偿',
  HOUSING_EXPROPRIATION: '国有土地上房屋征收',
  SUBSIDISED_HOUSING: '保障性住房',
  RURAL_DILAPIDATED_HOUSING: '农村危房改造',
  ENVIRONMENTAL_PROTECTION: '环境保护',
  PUBLIC_CULTURE: '公共文化服务',
  PUBLIC_LEGAL_SERVICES: '公共法律服务',
  POVERTY_ALLEVIATION: '扶贫',
  DISASTER_RELIEF: '救灾',
  FOOD_DRUG_REGULATION: '食品药品监管',
  URBAN_LAW_ENFORCEMENT: '城市综合执法',
  EMPLOYMENT: '就业创业',
  SOCIAL_INSURANCE: '社会保险',
  SOCIAL_ASSISTANCE: '社会救助',
  ELDERLY_CARE: '养老服务',
  HOUSEHOLD_REGISTRATION: '户籍管理',
  AGRICULTURAL_SUBSIDIES: '涉农补贴',
  COMPULSORY_EDUCATION: '义务教育',
  HEALTH_CARE: '医疗卫生',
  MUNICIPAL_SERVICES: '市政服务',
};
const AREA_EN: Record<keyof typeof AREA_ZH, string> = {
  LAND_SPACE_PLANNING: 'Territorial spatial planning',
  MAJOR_CONSTRUCTION: 'Major construction projects',
  PUBLIC_RESOURCE_TRADING: 'Public resource trading',
  BUDGET_FINAL_ACCOUNTS: 'Budgets and final accounts',
  WORK_SAFETY: 'Work safety',
  TAX_ADMINISTRATION: 'Tax administration',
  LAND_EXPROPRIATION: 'Land expropriation and compensation',
  HOUSING_EXPROPRIATION: 'Expropriation of houses on state-owned land',
  SUBSIDISED_HOUSING: 'Subsidised housing',
  RURAL_DILAPIDATED_HOUSING: 'Rural dilapidated-house renovation',
  ENVIRONMENTAL_PROTECTION: 'Environmental protection',
  PUBLIC_CULTURE: 'Public cultural services',
  PUBLIC_LEGAL_SERVICES: 'Public legal services',
  POVERTY_ALLEVIATION: 'Poverty alleviation',
  DISASTER_RELIEF: 'Disaster relief',
  FOOD_DRUG_REGULATION: 'Food and drug regulation',
  URBAN_LAW_ENFORCEMENT: 'Comprehensive urban law enforcement',
  EMPLOYMENT: 'Employment and entrepreneurship',
  SOCIAL_INSURANCE: 'Social insurance',
  SOCIAL_ASSISTANCE: 'Social assistance',
  ELDERLY_CARE: 'Elderly care services',
  HOUSEHOLD_REGISTRATION: 'Household registration',
  AGRICULTURAL_SUBSIDIES: 'Agricultural subsidies',
  COMPULSORY_EDUCATION: 'Compulsory education',
  HEALTH_CARE: 'Medical and health care',
  MUNICIPAL_SERVICES: 'Municipal services',
};

const CHANNEL_ZH = {
  GOV_WEBSITE: '政府网站',
  GOV_GAZETTE: '政府公报',
  WEIBO_WECHAT_APP: '两微一端',
  PRESS_HEARING: '发布会/听证会',
  RADIO_TV: '广播电视',
  PRINT_MEDIA: '纸质媒体',
  READING_POINT: '公开查阅点',
  SERVICE_CENTER: '政务服务中心',
  CONVENIENCE_STATION: '便民服务站',
  DOOR_TO_DOOR: '入户/现场',
  NOTICE_BOARD: '社区/企事业单位/村公示栏（电子屏）',
  PRECISE_PUSH: '精准推送',
  OTHER: '其他',
};
const CHANNEL_EN: Record<keyof typeof CHANNEL_ZH, string> = {
  GOV_WEBSITE: 'Government website',
  GOV_GAZETTE: 'Government gazette',
  WEIBO_WECHAT_APP: 'Weibo, WeChat and app',
  PRESS_HEARING: 'Press conference / hearing',
  RADIO_TV: 'Radio and television',
  PRINT_MEDIA: 'Print media',
  READING_POINT: 'Public reading point',
  SERVICE_CENTER: 'Government service centre',
  CONVENIENCE_STATION: 'Convenience service station',
  DOOR_TO_DOOR: 'Door to door / on site',
  NOTICE_BOARD: 'Community, enterprise or village notice board (screen)',
  PRECISE_PUSH: 'Targeted push',
  OTHER: 'Other',
};

/** "第 2 项 (items[1])" from params n (1-based) and index (0-based), whichever is given. */
function whichZh(p: Params): string {
  const { n, i } = pos(p);
  return n === undefined ? '某一事项' : `第 ${n} 项 (items[${i}])`;
}
function whichEn(p: Params): string {
  const { n, i } = pos(p);
  return n === undefined ? 'An item' : `Item ${n} (items[${i}])`;
}
function pos(p: Params): { n?: number; i?: number } {
  if (typeof p.n === 'number' && p.n >= 1) return { n: p.n, i: typeof p.index === 'number' ? p.index : p.n - 1 };
  if (typeof p.index === 'number' && p.index >= 0) return { n: p.index + 1, i: p.index };
  return {};
}

/** The column label, plus the inner field when the issue is deeper than the column. */
function columnZh(p: Params): string {
  const label = own(COLUMN_ZH, p.column) ?? (s(p.column) || '字段');
  const field = s(p.field);
  return field && field !== s(p.column) ? `${label}（${field}）` : label;
}
function columnEn(p: Params): string {
  const label = own(COLUMN_EN, p.column) ?? (s(p.column) || 'a field');
  const field = s(p.field);
  return field && field !== s(p.column) ? `${label} (${field})` : label;
}
const valueZh = (p: Params) => (p.value === undefined || p.value === '' ? '' : `“${s(p.value)}”`);
const valueEn = (p: Params) => (p.value === undefined || p.value === '' ? '' : ` “${s(p.value)}”`);
const headerZh = (p: Params) => own(HEADER_ZH, p.field) ?? (s(p.field) || '字段');
const headerEn = (p: Params) => own(HEADER_EN, p.field) ?? (s(p.field) || 'a field');

/** Where a table issue is: "工作表“社会救助” 第 14 行 公开时限 列：" (parts present only when given). */
function locZh(p: Params): string {
  const parts: string[] = [];
  if (s(p.sheet)) parts.push(`工作表“${s(p.sheet)}”`);
  if (typeof p.row === 'number') parts.push(`第 ${p.row} 行`);
  if (s(p.column)) parts.push(`${s(p.column)} 列`);
  return parts.length ? `${parts.join(' ')}：` : '';
}
/** "Sheet “社会救助”, row 14, column 公开时限: " (the column as printed). */
function locEn(p: Params): string {
  const parts: string[] = [];
  if (s(p.sheet)) parts.push(`sheet “${s(p.sheet)}”`);
  if (typeof p.row === 'number') parts.push(`row ${p.row}`);
  if (s(p.column)) parts.push(`column ${s(p.column)}`);
  const t = parts.join(', ');
  return t ? `${t[0]!.toUpperCase()}${t.slice(1)}: ` : '';
}
/** A located table message: the location, then the text (capitalised when it starts the sentence). */
const atZh = (p: Params, text: string) => `${locZh(p)}${text}`;
function atEn(p: Params, text: string): string {
  const loc = locEn(p);
  return loc ? `${loc}${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
const quotedZh = (v: unknown) => (s(v) ? `“${s(v)}”` : '');
const quotedEn = (v: unknown) => (s(v) ? ` “${s(v)}”` : '');

function labels<P extends string, K extends string>(prefix: P, map: Record<K, string>): Record<`${P}${K}`, Template> {
  return Object.fromEntries(Object.entries<string>(map).map(([k, v]) => [`${prefix}${k}`, () => v])) as unknown as Record<
    `${P}${K}`,
    Template
  >;
}

/** What a catalogue viewer shows: columns, areas, channels, parse and check issues, the UI. */
const viewZh = {
  // Parsing
  'catalogue.invalid': (p) => `目录数据应为含有 issuer、level、versionDate、items 的对象${p.value ? `，收到${valueZh(p)}` : ''}`,
  'catalogue.header.missing': (p) => `目录缺少 ${headerZh(p)}`,
  'catalogue.header.invalid-value': (p) => `目录的 ${headerZh(p)} 无效${valueZh(p)}`,
  'catalogue.items.not-array': (p) => `目录的事项列表（items）应为列表${p.value ? `，收到${valueZh(p)}` : ''}`,
  'catalogue.item.not-object': (p) => `${whichZh(p)} 应为对象`,
  'catalogue.item.missing': (p) => `${whichZh(p)} 缺少 ${columnZh(p)}`,
  'catalogue.item.invalid-value': (p) => `${whichZh(p)} 的 ${columnZh(p)} 无效${valueZh(p)}`,
  'catalogue.item.invalid-date': (p) => `${whichZh(p)} 的 ${columnZh(p)} 不是有效日期（应为 YYYY-MM-DD）${valueZh(p)}`,
  'catalogue.link-url': (p) => `${whichZh(p)} 的 公开链接 只能是 http 或 https 网址${valueZh(p)}`,
  // Checks
  'catalogue.check.basis-missing': (p) => `${whichZh(p)} 未填写 公开依据`,
  'catalogue.check.time-limit-missing': (p) => `${whichZh(p)} 未填写 公开时限`,
  'catalogue.check.time-limit-unparsed': (p) => `${whichZh(p)} 的 公开时限 无法识别${p.text ? `：“${s(p.text)}”` : ''}`,
  'catalogue.check.subject-unresolved': (p) => `${whichZh(p)} 的 公开主体 未对应任何单位${p.text ? `：“${s(p.text)}”` : ''}`,
  'catalogue.check.subject-units-missing': (p) =>
    `${whichZh(p)} 的 公开主体 未列出单位标识${p.suggested ? `，可填写：${s(p.suggested)}` : ''}`,
  'catalogue.check.unit-unknown': (p) => `${whichZh(p)} 的 公开主体 中的单位“${s(p.unit)}”不在单位名录中`,
  'catalogue.check.duplicate-id': (p) => `${whichZh(p)} 的编号“${s(p.itemId || p.firstId)}”与第 ${s(p.firstN)} 项重复`,
  'catalogue.check.duplicate-item': (p) => `${whichZh(p)} 与第 ${s(p.firstN)} 项的领域和事项名称相同`,
  'catalogue.check.on-request-no-reason': (p) => `${whichZh(p)} 仅依申请公开，但未说明理由`,
  'catalogue.check.no-channel': (p) => `${whichZh(p)} 未选择任何 公开渠道和载体`,
  'catalogue.check.village-no-notice-board': (p) => `${whichZh(p)} 涉及村级公开，但未选择“社区/企事业单位/村公示栏（电子屏）”`,
  // The catalogue browser (<gk-catalogue>)
  'catalogue.ui.title': (p) => (p.issuer ? `${s(p.issuer)} 政务公开事项标准目录` : '政务公开事项标准目录'),
  'catalogue.ui.version': (p) => `版本日期：${s(p.date)}`,
  'catalogue.ui.search.label': () => '搜索目录',
  'catalogue.ui.search.hint': () => '可输入事项名称、公开内容或公开依据中的词语，多个词用空格分开',
  'catalogue.ui.results': (p) => `共 ${s(p.n)} 项`,
  'catalogue.ui.results.filtered': (p) => `找到 ${s(p.n)} 项（共 ${s(p.total)} 项）`,
  'catalogue.ui.no-results': () => '没有符合条件的事项',
  'catalogue.ui.no-results.hint': () => '请换一个关键词，或清除筛选条件后再试。',
  'catalogue.ui.reset': () => '清除全部条件',
  'catalogue.ui.clear-search': () => '清除搜索',
  'catalogue.ui.filters': () => '筛选条件',
  'catalogue.ui.tree.label': () => '目录导航',
  'catalogue.ui.count': (p) => `${s(p.n)} 项`,
  'catalogue.ui.detail.label': () => '事项详情',
  'catalogue.ui.detail.empty': () => '请从目录中选择一个事项，查看公开内容、依据、时限和公开链接。',
  'catalogue.ui.detail.meaning': (p) => `时限解读：${s(p.text)}`,
  'catalogue.ui.detail.source-id': (p) => `${s(p.id)}（原编号 ${s(p.sourceId)}）`,
  'catalogue.ui.detail.link-date': (p) => `发布日期 ${s(p.date)}`,
  'catalogue.ui.detail.index-no': (p) => `索引号 ${s(p.indexNo)}`,
  'catalogue.ui.selected': (p) => `已选 ${s(p.n)} 项`,
  'catalogue.ui.csv-filename': (p) => `政务公开事项标准目录-${s(p.date)}.csv`,
  'catalogue.ui.print.query': (p) => `检索条件：${s(p.text)}`,
  'catalogue.ui.print.words': (p) => `关键词“${s(p.q)}”`,
  'catalogue.ui.table.number': () => '序号',
  'catalogue.ui.table.items': () => '公开事项',
  'catalogue.ui.table.remarks': () => '备注',
  'catalogue.ui.tick': () => '是',
  'catalogue.ui.detail.no-links': () => '暂无公开链接',
  'catalogue.ui.detail.not-given': () => '未填写',
  'catalogue.ui.view.label': () => '显示方式',
  'catalogue.ui.view.tree': () => '目录浏览',
  'catalogue.ui.view.table': () => '目录表格',
  'catalogue.ui.print': () => '打印当前结果',
  'catalogue.ui.export-csv': () => '导出 CSV',
  'catalogue.ui.table.more': (p) => `显示更多（还有 ${s(p.n)} 项）`,
  'catalogue.ui.table.showing': (p) => `显示第 1–${s(p.shown)} 项，共 ${s(p.n)} 项`,
  'catalogue.ui.loading': () => '正在加载目录…',
  'catalogue.ui.empty': () => '目录中还没有事项。',
  'catalogue.ui.no-data': () => '尚未提供目录数据：请设置 src 属性或 catalogue 属性。',
  'catalogue.ui.issues.heading': (p) => `目录数据有 ${s(p.n)} 处问题`,
  'catalogue.ui.issues.kept': (p) => `其余 ${s(p.n)} 个有效事项可正常浏览。`,
  'catalogue.ui.issues.source': (p) => `来源：${s(p.url)}`,
  'catalogue.ui.issues.more': (p) => `另有 ${s(p.n)} 处问题`,
  'catalogue.ui.fetch.network': (p) => `无法读取 ${s(p.url)}：网络连接失败`,
  'catalogue.ui.fetch.cors': (p) =>
    `无法读取 ${s(p.url)}：网络连接失败，或该网址所在的服务器不允许跨域读取（服务器需返回 Access-Control-Allow-Origin）`,
  'catalogue.ui.retrying': () => '正在重新读取…',
  'catalogue.ui.fetch.status': (p) => `无法读取 ${s(p.url)}：服务器返回 ${s(p.status)}`,
  'catalogue.ui.fetch.json': (p) => `${s(p.url)} 的内容不是有效的 JSON`,
  'catalogue.ui.fetch.url': (p) => `“${s(p.url)}”不是有效的网址`,
  'catalogue.ui.retry': () => '重试',
  // Labels
  ...labels('catalogue.column.', COLUMN_ZH),
  ...labels('catalogue.header.', HEADER_ZH),
  ...labels('catalogue.area.', AREA_ZH),
  ...labels('catalogue.channel.', CHANNEL_ZH),
  'catalogue.audience.PUBLIC': () => '全社会',
  'catalogue.audience.SPECIFIC': () => '特定群体',
  'catalogue.mode.PROACTIVE': () => '主动公开',
  'catalogue.mode.ON_REQUEST': () => '依申请公开',
  'catalogue.level.COUNTY': () => '县级',
  'catalogue.level.TOWNSHIP': () => '乡级',
  'catalogue.level.VILLAGE': () => '村级',
  'catalogue.facet.area': () => '领域',
  'catalogue.facet.level': () => '公开层级',
  'catalogue.facet.channel': () => '公开渠道',
  'catalogue.facet.audience': () => '公开对象',
  'catalogue.facet.mode': () => '公开方式',
  'catalogue.facet.unit': () => '公开主体',
  'catalogue.severity.error': () => '错误',
  'catalogue.severity.warning': () => '提醒',
} satisfies Record<string, Template>;

/** The table importer's located issues (`catalogue.table.*`): for the command and the import page. */
const tableZh = {
  // Table import (parseCatalogueTable): every text starts with its location
  'catalogue.table.empty': (p) => atZh(p, '表格是空的，没有可导入的内容'),
  'catalogue.table.header-not-found': (p) =>
    atZh(p, `在前 ${s(p.searched) || 15} 行中找不到表头（应含 二级事项、公开内容、公开时限、公开主体 等列名），未导入任何事项`),
  'catalogue.table.column-missing': (p) => atZh(p, `表头缺少必需的列：${s(p.columns)}，未导入任何事项`),
  'catalogue.table.columns-absent': (p) => atZh(p, `表中没有 ${s(p.columns)} 列，各事项的这些内容留空`),
  'catalogue.table.column-ignored': (p) => atZh(p, '列名无法识别，该列已忽略'),
  'catalogue.table.one-item-level': (p) => atZh(p, '事项名称只有一列，一级事项和二级事项都取该列的内容'),
  'catalogue.table.item4-joined': (p) => atZh(p, '四级事项并入三级事项，以“ / ”连接'),
  'catalogue.table.option-missing': (p) => atZh(p, `缺少${headerZh(p)}，请在导入时提供`),
  'catalogue.table.option-invalid': (p) => atZh(p, `${headerZh(p)}无效${quotedZh(p.value)}`),
  'catalogue.table.area-unknown': (p) =>
    atZh(
      p,
      `无法确定所属领域${
        s(p.value) ? `（${quotedZh(p.value)}不是已知领域）` : '（请在标题行、工作表名称或“领域”列中写明，或在导入时指定）'
      }，该行未导入`,
    ),
  'catalogue.table.row-unreadable': (p) =>
    atZh(p, `无法读取：事项名称和公开内容都为空${s(p.text) ? `（该行内容：${quotedZh(p.text)}）` : ''}，该行已跳过`),
  'catalogue.table.row-note': (p) => atZh(p, `说明文字，不是事项，已跳过${s(p.text) ? `：${quotedZh(p.text)}` : ''}`),
  'catalogue.table.same-as-above-first': (p) => atZh(p, '“同上”出现在第一行数据中，没有可沿用的上一行，该行未导入'),
  'catalogue.table.cell-empty': (p) => atZh(p, '未填写（如为合并单元格，请展开合并单元格后再导入）'),
  'catalogue.table.cell-missing': (p) => atZh(p, '未填写，上方也没有可沿用的内容，该行未导入'),
  'catalogue.table.cell-invalid': (p) => atZh(p, `内容无效${quotedZh(p.value)}，该行未导入`),
  'catalogue.table.time-limit-unparsed': (p) => atZh(p, `无法识别公开时限${s(p.text) ? `${quotedZh(p.text)}` : ''}，已按原文保留`),
  'catalogue.table.subject-unresolved': (p) => atZh(p, `单位名录中找不到：${s(p.names)}`),
  'catalogue.table.subject-needs-choice': (p) => atZh(p, `${quotedZh(p.text)}中的“有关部门”未写明具体单位，请选择`),
  'catalogue.table.tick-unknown': (p) => atZh(p, `无法识别的勾选标记${quotedZh(p.value)}，按未勾选处理`),
  'catalogue.table.value-unknown': (p) => atZh(p, `无法识别${quotedZh(p.value)}，已忽略`),
  'catalogue.table.choice-unmarked': (p) => atZh(p, `${quotedZh(p.value)}前没有勾选标记，按未勾选处理`),
  'catalogue.table.channel-other-unticked': (p) => atZh(p, `“其他”未勾选，但写有${quotedZh(p.value)}，已忽略`),
  'catalogue.table.link-invalid': (p) => atZh(p, `${quotedZh(p.value)}不是 http 或 https 网址，已忽略`),
  'catalogue.table.column-duplicate': (p) =>
    atZh(p, `第 ${s(p.first)} 列和第 ${s(p.second)} 列（${s(p.other)}）是同一项内容；每行取后一列中非空的内容`),
  'catalogue.table.row-header-repeated': (p) => atZh(p, '重复的表头（如分页处），不是事项，已跳过'),
  'catalogue.table.row-column-numbers': (p) => atZh(p, '列序号行（1、2、3……），不是事项，已跳过'),
  'catalogue.table.row-footer': (p) => atZh(p, `合计或表尾行，不是事项，已跳过${s(p.text) ? `：${quotedZh(p.text)}` : ''}`),
  'catalogue.table.row-group': (p) => atZh(p, `分组标题行，不是事项，已跳过；下方各行的一级事项取${quotedZh(p.value)}`),
  'catalogue.table.item2-from-item1': (p) => atZh(p, `二级事项未填写，取一级事项${quotedZh(p.value)}作为二级事项`),
  'catalogue.table.cell-continued': (p) => atZh(p, `未填写（合并单元格），沿用第 ${s(p.from)} 行的内容`),
  'catalogue.table.duplicate-number': (p) =>
    atZh(p, `编号${quotedZh(p.value)}与第 ${s(p.firstRow)} 行重复，该事项的编号改为${quotedZh(p.itemId)}`),
} satisfies Record<string, Template>;

export const zhCN = { ...viewZh, ...tableZh };

const viewEn: Record<keyof typeof viewZh, Template> = {
  'catalogue.invalid': (p) =>
    `The catalogue should be an object with issuer, level, versionDate and items${p.value ? `; got${valueEn(p)}` : ''}`,
  'catalogue.header.missing': (p) => `The catalogue is missing its ${headerEn(p)}`,
  'catalogue.header.invalid-value': (p) => `The catalogue's ${headerEn(p)} is invalid${valueEn(p)}`,
  'catalogue.items.not-array': (p) => `The catalogue's items should be a list${p.value ? `; got${valueEn(p)}` : ''}`,
  'catalogue.item.not-object': (p) => `${whichEn(p)} should be an object`,
  'catalogue.item.missing': (p) => `${whichEn(p)} is missing the ${columnEn(p)}`,
  'catalogue.item.invalid-value': (p) => `${whichEn(p)}: the ${columnEn(p)} is invalid${valueEn(p)}`,
  'catalogue.item.invalid-date': (p) => `${whichEn(p)}: the ${columnEn(p)} is not a valid date (YYYY-MM-DD)${valueEn(p)}`,
  'catalogue.link-url': (p) => `${whichEn(p)}: a link must be an http or https URL${valueEn(p)}`,
  'catalogue.check.basis-missing': (p) => `${whichEn(p)} gives no basis`,
  'catalogue.check.time-limit-missing': (p) => `${whichEn(p)} gives no time limit`,
  'catalogue.check.time-limit-unparsed': (p) => `${whichEn(p)}: the time limit cannot be read${p.text ? `: “${s(p.text)}”` : ''}`,
  'catalogue.check.subject-unresolved': (p) => `${whichEn(p)}: the responsible body matches no unit${p.text ? `: “${s(p.text)}”` : ''}`,
  'catalogue.check.subject-units-missing': (p) =>
    `${whichEn(p)}: the responsible body lists no unit ids${p.suggested ? `; it could list ${s(p.suggested)}` : ''}`,
  'catalogue.check.unit-unknown': (p) => `${whichEn(p)}: the unit “${s(p.unit)}” of the responsible body is not in the directory`,
  'catalogue.check.duplicate-id': (p) => `${whichEn(p)}: the id “${s(p.itemId || p.firstId)}” is already used by item ${s(p.firstN)}`,
  'catalogue.check.duplicate-item': (p) => `${whichEn(p)} has the same area and item names as item ${s(p.firstN)}`,
  'catalogue.check.on-request-no-reason': (p) => `${whichEn(p)} is disclosed on request only but gives no reason`,
  'catalogue.check.no-channel': (p) => `${whichEn(p)} selects no channel`,
  'catalogue.check.village-no-notice-board': (p) =>
    `${whichEn(p)} is disclosed at village level but does not select the notice board channel`,
  'catalogue.ui.title': (p) => (p.issuer ? `Standard disclosure catalogue: ${s(p.issuer)}` : 'Standard disclosure catalogue'),
  'catalogue.ui.version': (p) => `Version date: ${s(p.date)}`,
  'catalogue.ui.search.label': () => 'Search the catalogue',
  'catalogue.ui.search.hint': () => 'Words from an item name, its content or its basis; separate several words with spaces',
  'catalogue.ui.results': (p) => `${s(p.n)} ${plural(p.n, 'item', 'items')}`,
  'catalogue.ui.results.filtered': (p) => `${s(p.n)} of ${s(p.total)} ${plural(p.total, 'item', 'items')} found`,
  'catalogue.ui.no-results': () => 'No items match',
  'catalogue.ui.no-results.hint': () => 'Try another word, or clear the filters.',
  'catalogue.ui.reset': () => 'Clear all filters',
  'catalogue.ui.clear-search': () => 'Clear search',
  'catalogue.ui.filters': () => 'Filters',
  'catalogue.ui.tree.label': () => 'Catalogue navigation',
  'catalogue.ui.count': (p) => `${s(p.n)} ${plural(p.n, 'item', 'items')}`,
  'catalogue.ui.detail.label': () => 'Item details',
  'catalogue.ui.detail.empty': () => 'Choose an item in the catalogue to see its content, basis, time limit and links.',
  'catalogue.ui.detail.meaning': (p) => `Meaning: ${s(p.text)}`,
  'catalogue.ui.detail.source-id': (p) => `${s(p.id)} (original id ${s(p.sourceId)})`,
  'catalogue.ui.detail.link-date': (p) => `published ${s(p.date)}`,
  'catalogue.ui.detail.index-no': (p) => `index no. ${s(p.indexNo)}`,
  'catalogue.ui.selected': (p) => `${s(p.n)} selected`,
  'catalogue.ui.csv-filename': (p) => `disclosure-catalogue-${s(p.date)}.csv`,
  'catalogue.ui.print.query': (p) => `Search and filters: ${s(p.text)}`,
  'catalogue.ui.print.words': (p) => `words “${s(p.q)}”`,
  'catalogue.ui.table.number': () => 'No.',
  'catalogue.ui.table.items': () => 'Disclosure item',
  'catalogue.ui.table.remarks': () => 'Remarks',
  'catalogue.ui.tick': () => 'yes',
  'catalogue.ui.detail.no-links': () => 'No published documents linked yet',
  'catalogue.ui.detail.not-given': () => 'Not given',
  'catalogue.ui.view.label': () => 'View',
  'catalogue.ui.view.tree': () => 'Browse',
  'catalogue.ui.view.table': () => 'Table',
  'catalogue.ui.print': () => 'Print these results',
  'catalogue.ui.export-csv': () => 'Export CSV',
  'catalogue.ui.table.more': (p) => `Show more (${s(p.n)} left)`,
  'catalogue.ui.table.showing': (p) => `Showing items 1–${s(p.shown)} of ${s(p.n)}`,
  'catalogue.ui.loading': () => 'Loading the catalogue…',
  'catalogue.ui.empty': () => 'The catalogue has no items yet.',
  'catalogue.ui.no-data': () => 'No catalogue data yet: set the src attribute or the catalogue property.',
  'catalogue.ui.issues.heading': (p) => `${s(p.n)} ${plural(p.n, 'problem', 'problems')} in the catalogue data`,
  'catalogue.ui.issues.kept': (p) => `The other ${s(p.n)} valid ${plural(p.n, 'item', 'items')} can be browsed as usual.`,
  'catalogue.ui.issues.source': (p) => `Source: ${s(p.url)}`,
  'catalogue.ui.issues.more': (p) => `${s(p.n)} more ${plural(p.n, 'problem', 'problems')}`,
  'catalogue.ui.fetch.network': (p) => `Could not load ${s(p.url)}: the network failed`,
  'catalogue.ui.fetch.cors': (p) =>
    `Could not load ${s(p.url)}: the network failed, or its server does not allow cross-origin reads (it must send Access-Control-Allow-Origin)`,
  'catalogue.ui.retrying': () => 'Loading again…',
  'catalogue.ui.fetch.status': (p) => `Could not load ${s(p.url)}: the server answered ${s(p.status)}`,
  'catalogue.ui.fetch.json': (p) => `${s(p.url)} is not valid JSON`,
  'catalogue.ui.fetch.url': (p) => `“${s(p.url)}” is not a valid URL`,
  'catalogue.ui.retry': () => 'Try again',
  ...labels('catalogue.column.', COLUMN_EN),
  ...labels('catalogue.header.', HEADER_EN),
  ...labels('catalogue.area.', AREA_EN),
  ...labels('catalogue.channel.', CHANNEL_EN),
  'catalogue.audience.PUBLIC': () => 'General public',
  'catalogue.audience.SPECIFIC': () => 'Specific groups',
  'catalogue.mode.PROACTIVE': () => 'Proactive',
  'catalogue.mode.ON_REQUEST': () => 'On request',
  'catalogue.level.COUNTY': () => 'County',
  'catalogue.level.TOWNSHIP': () => 'Township',
  'catalogue.level.VILLAGE': () => 'Village',
  'catalogue.facet.area': () => 'Area',
  'catalogue.facet.level': () => 'Level',
  'catalogue.facet.channel': () => 'Channel',
  'catalogue.facet.audience': () => 'Audience',
  'catalogue.facet.mode': () => 'Mode',
  'catalogue.facet.unit': () => 'Responsible body',
  'catalogue.severity.error': () => 'Error',
  'catalogue.severity.warning': () => 'Warning',
};
const tableEn: Record<keyof typeof tableZh, Template> = {
  'catalogue.table.empty': (p) => atEn(p, 'the table is empty: nothing to import'),
  'catalogue.table.header-not-found': (p) =>
    atEn(
      p,
      `no header row in the first ${s(p.searched) || 15} rows (it names the columns: item, content, time limit, responsible body …); nothing was imported`,
    ),
  'catalogue.table.column-missing': (p) =>
    atEn(p, `the header lacks the required ${plural(p.count ?? 2, 'column', 'columns')} ${s(p.columns)}; nothing was imported`),
  'catalogue.table.columns-absent': (p) =>
    atEn(p, `the table has no ${s(p.columns)} ${plural(p.count ?? 2, 'column', 'columns')}; those fields are left empty`),
  'catalogue.table.column-ignored': (p) => atEn(p, 'the column name is not recognised; the column is ignored'),
  'catalogue.table.one-item-level': (p) => atEn(p, 'the only item-name column: the first- and second-level items both take its text'),
  'catalogue.table.item4-joined': (p) => atEn(p, 'fourth-level items are joined to the third-level item with “ / ”'),
  'catalogue.table.option-missing': (p) => atEn(p, `the ${headerEn(p)} is missing; pass it to the import`),
  'catalogue.table.option-invalid': (p) => atEn(p, `the ${headerEn(p)} is invalid${quotedEn(p.value)}`),
  'catalogue.table.area-unknown': (p) =>
    atEn(
      p,
      `the area cannot be determined${
        s(p.value)
          ? ` (${quotedEn(p.value).trim()} is not a known area)`
          : ' (name it in a title row, the sheet name or an area column, or pass it to the import)'
      }; the row was not imported`,
    ),
  'catalogue.table.row-unreadable': (p) =>
    atEn(
      p,
      `cannot be read: the item name and the content are both empty${s(p.text) ? ` (the row holds${quotedEn(p.text)})` : ''}; the row was skipped`,
    ),
  'catalogue.table.row-note': (p) => atEn(p, `a note, not an item; skipped${s(p.text) ? `:${quotedEn(p.text)}` : ''}`),
  'catalogue.table.same-as-above-first': (p) =>
    atEn(p, '“same as above” in the first data row, with no row above to copy; the row was not imported'),
  'catalogue.table.cell-empty': (p) => atEn(p, 'empty (if this is a merged cell, expand the merged cells before importing)'),
  'catalogue.table.cell-missing': (p) => atEn(p, 'empty, and there is nothing above to continue; the row was not imported'),
  'catalogue.table.cell-invalid': (p) => atEn(p, `invalid value${quotedEn(p.value)}; the row was not imported`),
  'catalogue.table.time-limit-unparsed': (p) => atEn(p, `the time limit cannot be read${quotedEn(p.text)}; it is kept as written`),
  'catalogue.table.subject-unresolved': (p) => atEn(p, `not in the unit directory: ${s(p.names)}`),
  'catalogue.table.subject-needs-choice': (p) =>
    atEn(p, `${quotedEn(p.text).trim() || 'the text'} names related departments without saying which; choose the units`),
  'catalogue.table.tick-unknown': (p) => atEn(p, `unknown tick mark${quotedEn(p.value)}; read as not ticked`),
  'catalogue.table.value-unknown': (p) => atEn(p, `not recognised${quotedEn(p.value)}; ignored`),
  'catalogue.table.choice-unmarked': (p) => atEn(p, `${quotedEn(p.value).trim() || 'a choice'} has no tick mark; read as not selected`),
  'catalogue.table.channel-other-unticked': (p) =>
    atEn(p, `${quotedEn(p.value).trim() || 'text'} is written after an unticked “Other”; ignored`),
  'catalogue.table.link-invalid': (p) => atEn(p, `${quotedEn(p.value).trim() || 'the link'} is not an http or https URL; ignored`),
  'catalogue.table.column-duplicate': (p) =>
    atEn(p, `columns ${s(p.first)} and ${s(p.second)} hold the same field; each row reads the later non-empty one`),
  'catalogue.table.row-header-repeated': (p) => atEn(p, 'the header repeated (a page break), not an item; skipped'),
  'catalogue.table.row-column-numbers': (p) => atEn(p, 'a row of column numbers (1, 2, 3 …), not an item; skipped'),
  'catalogue.table.row-footer': (p) => atEn(p, `a totals or footer row, not an item; skipped${s(p.text) ? `:${quotedEn(p.text)}` : ''}`),
  'catalogue.table.row-group': (p) =>
    atEn(p, `a group heading, not an item; skipped. The rows below take${quotedEn(p.value)} as their first-level item`),
  'catalogue.table.item2-from-item1': (p) =>
    atEn(p, `no second-level item; the first-level item${quotedEn(p.value)} is used for both levels`),
  'catalogue.table.cell-continued': (p) => atEn(p, `empty (a merged cell); continues row ${s(p.from)}`),
  'catalogue.table.duplicate-number': (p) =>
    atEn(p, `the number${quotedEn(p.value)} repeats row ${s(p.firstRow)}; the item's id is${quotedEn(p.itemId)}`),
};
const en: Record<keyof typeof zhCN, Template> = { ...viewEn, ...tableEn };

export { en };
/** What `<gk-catalogue>` and other viewers show (no importer texts). */
export const catalogueMessages: MessageCatalogue = { 'zh-CN': viewZh, en: viewEn };
/** The table importer's located issues. */
export const catalogueTableMessages: MessageCatalogue = { 'zh-CN': tableZh, en: tableEn };
