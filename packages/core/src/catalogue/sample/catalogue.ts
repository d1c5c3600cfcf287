/**
 * The standard catalogue of 示范县 (a FICTIONAL county, see ./units.ts): 164 rows over 16 of
 * the 26 areas, issued by 示范县人民政府办公室.
 *
 * The rows paraphrase the real rows and column conventions of regulations §5 and §7: item names,
 * content elements (the four-part 涉农补贴 set, the six-element 户籍 set, …), channels and tick
 * columns. The 公开依据 column cites only laws and documents that the regulations reference names;
 * the 公开时限 column uses phrases from its §6 phrase bank. Subjects are unit names that resolve
 * against `sampleUnits`; links point to www.example.gov.cn (an example host, not a real portal).
 *
 * The table is compact: one block per area with the area's defaults (basis, time limit, subject,
 * channels, ticks), and one short tuple per row with its name, content and any overrides.
 */
import { DataError, type Issue } from '../../errors.js';
import { parseDeadline } from '../../deadlines/index.js';
import { resolveUnits } from '../../units/index.js';
import {
  CatalogueSchema,
  type CatalogueAreaCode,
  type CatalogueAudience,
  type CatalogueItem,
  type CatalogueLevel,
  type CatalogueLink,
  type CatalogueMode,
  type ChannelCode,
  type StandardCatalogue,
} from '../schema.js';
import { sampleUnits } from './units.js';

// ---------------------------------------------------------------------------------------------
// Citations (only those named in the regulations reference, §0 and §4–§9)

const OGI = '《中华人民共和国政府信息公开条例》';
const OGI_20 = '《中华人民共和国政府信息公开条例》第二十条';
const OGI_21 = '《中华人民共和国政府信息公开条例》第二十一条';
const G54 = '《关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）';
const OPEN_GOV = '《关于全面推进政务公开工作的意见》';
const OPEN_GOV_RULES = '《关于全面推进政务公开工作的意见》实施细则（国办发〔2016〕80号）';
const DECISIONS = '《重大行政决策程序暂行条例》（国务院令第713号）';
const ASSIST = '《社会救助暂行办法》';
const MZ52 = '社会救助、养老服务领域基层政务公开标准指引（民办函〔2019〕52号）';
const DIBAO_2012 = '国发〔2012〕45号';
const DIBAO_2021 = '《最低生活保障审核确认办法》（民发〔2021〕57号）';
const BUDGET = '《中华人民共和国预算法》';
const BUDGET_RULES = '《地方预决算公开操作规程》';
const DEBT = '《地方政府债务信息公开办法（试行）》';
const HUKOU = '《中华人民共和国户口登记条例》';
const ADOPTION = '《中国公民收养子女登记办法》';
const NATIONALITY = '《中华人民共和国国籍法》';
const FARM_MACHINERY = '《中华人民共和国农业机械化促进法》';
const FARM_FUNDS = '《农业生产发展资金管理办法》';
const LAND = '《中华人民共和国土地管理法》';
const LAND_2004 = '国发〔2004〕28号';
const PENALTY = '《中华人民共和国行政处罚法》';
const EMPLOYMENT = '《中华人民共和国就业促进法》';
const HR_MARKET = '《人力资源市场暂行条例》';
const PUFA = '“七五”普法规划';

// ---------------------------------------------------------------------------------------------
// 公开时限 phrases (regulations §6)

const T20 = '信息形成或者变更之日起20个工作日内';
const T20_OGI = '自该政府信息形成或者变更之日起20个工作日内及时公开';
const T20_HUKOU = '形成或者变更之日起20个工作日内予以公开';
const T20_FARM = '信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。';
const T20_LAND = '自形成或者变更之日起20个工作日内予以公开，法律法规另有规定的从其规定。';
const T20_FORMED = '信息形成之日起20个工作日内';
const T20_LEGAL = '自制作或获取该信息之日起20个工作日内公开';
const T20_RURAL = '条目化展示、信息形成（变更）20个工作日内';
const T20_JOBS = '信息形成或变更之日起20个工作日内公开';
const T10 = '制定或获取信息之日起10个工作日内';
const T10_POST7 = '制定或获取信息之日起10个工作日内，公示7个工作日';
const T10_FILE = '制定或获取文件之日起10个工作日内';
const T10_MEASURES = '制定或获取扶持政策措施之日起10个工作日内';
const T10_GUIDE = '制定或获取指南之日起10个工作日内';
const T_INTERPRET = '关联规范性文件公开3个工作日内';
const T15 = '15个工作日内公开';
const T_BUDGET = '本级人民代表大会或其常务委员会批准后20日内';
const T_DEPT_BUDGET = '本级政府财政部门批复后20日内';
const T_LICENCE = '信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示';
const T_PENALTY = '作出决定之日起7个工作日内；情况复杂的，经本单位负责人批准，可延长7个工作日';
const T_REALTIME = '实时公开';
const T_PROMPT = '及时公开';
const T_PROGRESS = '按进展情况及时公开';
const T_DECISION = '重大决策作出后及时公开';
const T_LAND_START = '在实地启动拟征收土地工作时，在村公示栏公开';
const T_LAND_SURVEY = '拟征收土地现状调查结束后5个工作日内，在村公示栏公开';
const T_LAND_APPROVED = '收到征地批准文件之日起10个工作日内公开';
const T_CONSULT = '公开征求意见的期限一般不少于30日';

// ---------------------------------------------------------------------------------------------
// Table format

/** Ticks as §7 writes them: audience (A 全社会, S 特定群众) / mode (P 主动, R 依申请) / level (C, T, V). */
type Ticks = `${'A' | 'S' | 'AS'}/${'P' | 'R' | 'PR'}/${string}`;

interface RowOptions {
  item3?: string;
  /** Replaces the block's basis. */
  basis?: string[];
  /** Added after the block's basis. */
  more?: string[];
  time?: string;
  subject?: string;
  /** Replaces the block's channels. */
  ch?: ChannelCode[];
  /** Free-text channels (with OTHER ticked). */
  other?: string[];
  ticks?: Ticks;
  links?: CatalogueLink[];
  /** Why the row is disclosed on request only. */
  reason?: string;
}

/** One row: 一级事项, 二级事项, 公开内容 (elements separated by "；"), overrides. */
type Row = readonly [item1: string, item2: string, content: string, options?: RowOptions];

interface Block {
  area: CatalogueAreaCode;
  /** Id prefix ('assistance' → 'assistance-01'). */
  key: string;
  basis: string[];
  time: string;
  subject: string;
  ch: ChannelCode[];
  other?: string[];
  ticks: Ticks;
  rows: Row[];
}

const link = (title: string, path: string, date?: string): CatalogueLink => ({
  title,
  url: `https://www.example.gov.cn/${path}`,
  ...(date ? { date } : {}),
});

/** Village-level rows: the notice board, plus the county portal. */
const BOARD: ChannelCode[] = ['GOV_WEBSITE', 'NOTICE_BOARD'];
/** The six elements of a 户籍 service (regulations §5.3). */
const SIX = '受理部门；办理条件；办理流程；所需材料；办理时限；收费依据及标准';
/** The four-part element set shared by 涉农补贴 and others (regulations §5.3). */
const FOUR =
  '政策依据；申请指南（对象、范围、标准、程序、材料、咨询电话、受理单位、办理时限、联系方式）；补贴结果；监督渠道（举报电话、地址）';
/** A service guide's usual elements. */
const GUIDE = '办理事项；申请条件；申请材料；办理流程；办理时限；办理地点和时间；咨询电话';

// ---------------------------------------------------------------------------------------------
// The blocks

const blocks: Block[] = [
  {
    area: 'BUDGET_FINAL_ACCOUNTS',
    key: 'budget',
    basis: [BUDGET, OGI, BUDGET_RULES],
    time: T_BUDGET,
    subject: '县财政局',
    ch: ['GOV_WEBSITE'],
    ticks: 'A/P/C',
    rows: [
      [
        '政府预算',
        '一般公共预算',
        '一般公共预算收支预算表；一般公共预算支出经济分类和功能分类明细表；本级支出及对下税收返还和转移支付预算表；空表须作出说明',
        { links: [link('示范县2026年一般公共预算表', 'czj/yjs/2026/ybys.html', '2026-02-10')] },
      ],
      ['政府预算', '政府性基金预算', '政府性基金预算收支表；政府性基金转移支付预算表；空表须作出说明'],
      ['政府预算', '国有资本经营预算', '国有资本经营预算收支表；国有资本经营预算支出说明'],
      ['政府预算', '社会保险基金预算', '社会保险基金预算收支表；预算编制说明'],
      ['政府预算', '“三公”经费预算', '“三公”经费预算总额；因公出国（境）费、公务用车购置及运行费、公务接待费分项金额；增减变化原因'],
      ['政府预算', '预算编制说明', '预算收支安排情况；重点支出和重大投资项目；转移支付安排；举借债务情况；绩效目标'],
      ['政府决算', '一般公共预算决算', '一般公共预算收支决算表和明细表；决算说明；预算调整情况'],
      ['政府决算', '政府性基金决算', '政府性基金收支决算表；决算说明'],
      ['政府决算', '“三公”经费决算', '“三公”经费决算总额及分项金额；与预算对比的增减原因'],
      [
        '部门预决算',
        '部门预算',
        '部门收支总表；财政拨款收支表；“三公”经费预算；机关运行经费；政府采购预算；绩效目标',
        { time: T_DEPT_BUDGET, subject: '县直各部门、单位' },
      ],
      [
        '部门预决算',
        '部门决算',
        '部门收支决算表；财政拨款支出决算表；“三公”经费决算；决算情况说明',
        { time: T_DEPT_BUDGET, subject: '县直各部门、单位' },
      ],
      ['政府债务', '债务限额及余额', '政府债务限额；政府债务余额；一般债务和专项债务分类情况', { more: [DEBT] }],
      ['政府债务', '债券发行及使用', '新增债券发行额；债券资金使用安排；专项债券项目情况；还本付息情况', { more: [DEBT] }],
      ['转移支付', '转移支付情况', '一般性转移支付和专项转移支付预算安排；分地区、分项目情况'],
      ['乡镇预决算', '乡镇预决算', '乡镇一般公共预算收支表；乡镇决算收支表；“三公”经费', { subject: '各乡镇（街道）', ticks: 'A/P/T' }],
    ],
  },
  {
    area: 'SOCIAL_ASSISTANCE',
    key: 'assistance',
    basis: [OGI, ASSIST, MZ52],
    time: T10,
    subject: '县民政局、各乡镇（街道）',
    ch: ['GOV_WEBSITE', 'READING_POINT', 'SERVICE_CENTER', 'NOTICE_BOARD'],
    ticks: 'A/P/CT',
    rows: [
      ['综合业务', '政策文件', '《社会救助暂行办法》；本县社会救助政策文件'],
      ['综合业务', '监督检查', '信访通讯地址；投诉举报电话'],
      ['最低生活保障', '政策文件', '国发〔2012〕45号意见；最低生活保障审核确认办法；本县低保实施细则', { more: [DIBAO_2012, DIBAO_2021] }],
      [
        '最低生活保障',
        '办事指南',
        '办理事项；申请条件；低保标准；申请材料；办理流程；办理时间和地点；联系方式',
        {
          more: [DIBAO_2021],
          links: [link('最低生活保障办事指南', 'mzj/shjz/dibao-guide.html', '2026-03-01')],
        },
      ],
      [
        '最低生活保障',
        '审核信息',
        '初审对象名单及相关信息',
        { time: T10_POST7, subject: '各乡镇（街道）', ch: BOARD, ticks: 'A/P/TV', more: [DIBAO_2021] },
      ],
      ['最低生活保障', '救助结果', '保障对象户主姓名；保障人数；保障金额（按规定隐去敏感信息）', { ch: BOARD, ticks: 'A/P/CTV' }],
      [
        '最低生活保障',
        '个人救助档案',
        '申请人家庭收入、财产状况；入户调查记录；审核确认结论',
        {
          subject: '县民政局',
          ch: ['SERVICE_CENTER'],
          ticks: 'S/R/C',
          reason: '涉及申请人家庭经济状况等个人隐私，仅向申请人本人或经其书面同意依申请提供',
        },
      ],
      ['特困人员救助供养', '政策文件', '特困人员认定办法；供养标准；照料护理标准'],
      ['特困人员救助供养', '办事指南', GUIDE],
      [
        '特困人员救助供养',
        '审核信息',
        '特困人员初审对象名单及相关信息',
        { time: T10_POST7, subject: '各乡镇（街道）', ch: BOARD, ticks: 'A/P/TV' },
      ],
      ['特困人员救助供养', '救助结果', '救助供养对象姓名；供养形式；供养标准', { ch: BOARD, ticks: 'A/P/CTV' }],
      ['临时救助', '政策文件', '临时救助实施办法；救助标准'],
      ['临时救助', '办事指南', GUIDE],
      ['临时救助', '救助结果', '救助对象姓名；救助金额；救助事由', { ch: BOARD, ticks: 'A/P/CTV' }],
      ['受灾人员救助', '救助政策', '受灾人员救助标准；申请和审核程序', { subject: '县应急管理局、县民政局、各乡镇（街道）' }],
    ],
  },
  {
    area: 'ELDERLY_CARE',
    key: 'elderly',
    basis: [OGI, MZ52],
    time: T10_FILE,
    subject: '县民政局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'SERVICE_CENTER'],
    ticks: 'A/P/C',
    rows: [
      [
        '养老服务扶持政策',
        '扶持政策措施清单',
        '措施名称；扶持对象；实施部门；内容和标准',
        {
          time: T10_MEASURES,
          links: [link('示范县养老服务扶持政策措施清单', 'mzj/ylfw/fczc.html', '2026-04-15')],
        },
      ],
      ['养老服务扶持政策', '政策解读', '政策背景；主要内容；适用对象；咨询方式', { time: T_INTERPRET, more: [OPEN_GOV_RULES] }],
      ['养老服务投资指南', '投资指南', '投资政策；办理流程；场地设施要求；咨询电话', { time: T10_GUIDE }],
      ['养老机构', '备案办事指南', '备案条件；备案材料；办理流程；办理时限；受理地点；联系方式', { ch: ['GOV_WEBSITE', 'SERVICE_CENTER'] }],
      ['养老机构', '养老机构名录', '机构名称；地址；床位数；收费标准；联系电话'],
      ['养老机构', '监督检查结果', '检查时间；检查对象；检查结果；整改情况', { time: T20 }],
      ['养老机构', '等级评定结果', '评定机构名称；评定等级；有效期', { time: T20 }],
      ['高龄津贴', '办事指南', GUIDE, { subject: '县民政局、各乡镇（街道）', ch: BOARD, ticks: 'A/P/CTV' }],
      ['高龄津贴', '发放结果', '享受对象姓名；所在村（社区）；发放标准', { subject: '各乡镇（街道）', ch: BOARD, ticks: 'A/P/TV' }],
      [
        '居家和社区养老服务',
        '服务设施名录',
        '日间照料中心、养老服务站名称；地址；服务内容；联系电话',
        { subject: '县民政局、各乡镇（街道）', ticks: 'A/P/CT' },
      ],
      ['养老服务', '监督渠道', '投诉举报电话；信访通讯地址', { time: T10 }],
    ],
  },
  // 户籍: the subject is the public-security organ (县公安局); county and township levels are ticked as
  // in regulations §7 rows 15–17, since its township police stations publish the same guides.
  {
    area: 'HOUSEHOLD_REGISTRATION',
    key: 'hukou',
    basis: [HUKOU, OGI],
    time: T20_HUKOU,
    subject: '县公安局',
    ch: ['GOV_WEBSITE', 'DOOR_TO_DOOR'],
    ticks: 'A/P/CT',
    rows: [
      ['出生登记', '出生登记', SIX, { basis: ['《中华人民共和国户口登记条例》第七条', OGI] }],
      ['收养、入籍等登记', '收养登记', SIX, { more: [ADOPTION] }],
      ['收养、入籍等登记', '入籍登记', SIX, { more: [NATIONALITY] }],
      ['注销登记', '死亡注销', SIX, { basis: ['《中华人民共和国户口登记条例》第八条', OGI] }],
      ['注销登记', '服现役注销', SIX],
      ['迁移登记', '迁出登记', SIX],
      ['迁移登记', '迁入登记', SIX],
      ['迁移登记', '大中专院校录取学生户口迁移', SIX],
      ['变更更正登记', '姓名变更', SIX],
      ['变更更正登记', '出生日期更正', SIX],
      [
        '户籍业务',
        '办理网点',
        '户籍业务受理地点；办公时间；咨询电话',
        {
          ch: ['GOV_WEBSITE', 'SERVICE_CENTER', 'OTHER'],
          other: ['12345政务服务热线'],
          links: [link('户籍业务办理网点', 'gaj/hjgl/wangdian.html')],
        },
      ],
    ],
  },
  {
    area: 'AGRICULTURAL_SUBSIDIES',
    key: 'farm',
    basis: [FARM_FUNDS, OGI],
    time: T20_FARM,
    subject: '县农业农村局',
    ch: ['GOV_WEBSITE'],
    ticks: 'A/P/C',
    rows: [
      ['农业生产发展资金', '农机购置补贴', FOUR, { more: [FARM_MACHINERY] }],
      ['农业生产发展资金', '耕地地力保护补贴', FOUR, { subject: '县财政局、县农业农村局' }],
      [
        '农业生产发展资金',
        '耕地地力保护补贴',
        '补贴对象姓名；补贴面积；补贴标准；补贴金额',
        {
          item3: '补贴发放结果',
          subject: '各乡镇、柳湾村、东营村',
          ch: ['NOTICE_BOARD'],
          ticks: 'A/P/TV',
        },
      ],
      ['农业生产发展资金', '新型职业农民培育', FOUR],
      ['农业生产发展资金', '农业社会化服务', FOUR],
      ['农业生产发展资金', '农机报废更新补贴', FOUR, { more: [FARM_MACHINERY] }],
      ['农业保险', '保费补贴', '补贴险种；补贴比例；承保机构；投保方式；咨询电话', { subject: '县财政局、县农业农村局' }],
      ['种粮补贴', '实际种粮农民一次性补贴', FOUR, { subject: '县财政局、县农业农村局、各乡镇', ch: BOARD, ticks: 'A/P/CTV' }],
      ['动物防疫', '强制免疫补助', FOUR],
      ['农田建设', '高标准农田建设补助', '年度建设任务；项目区域；补助标准；建设单位；验收结果'],
    ],
  },
  {
    area: 'COMPULSORY_EDUCATION',
    key: 'education',
    basis: [OGI],
    time: T20,
    subject: '县教育和体育局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'READING_POINT', 'NOTICE_BOARD'],
    ticks: 'A/P/C',
    rows: [
      [
        '招生管理',
        '招生政策',
        '义务教育招生入学政策；随迁子女入学办法',
        {
          ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'RADIO_TV', 'PRINT_MEDIA', 'READING_POINT', 'NOTICE_BOARD'],
          links: [link('2026年义务教育招生入学工作方案', 'jtj/zsgl/2026-zs.html', '2026-05-20')],
        },
      ],
      ['招生管理', '招生范围', '各校招生范围；学区划分详细情况'],
      ['招生管理', '招生计划', '各校招生计划；招生时间安排；报名方式'],
      ['招生管理', '录取结果', '录取名单；报到时间和地点', { ticks: 'S/P/C', ch: ['WEIBO_WECHAT_APP', 'PRECISE_PUSH'] }],
      ['教育概况', '义务教育学校名录', '学校名称；地址；办学层次；办学类型；办公电话', { ch: ['GOV_WEBSITE'] }],
      [
        '财务信息',
        '财务信息',
        '财务管理及监督办法；年度经费预决算；收费项目及标准',
        { ch: ['GOV_WEBSITE', 'READING_POINT'], ticks: 'A/P/CT' },
      ],
      ['学生管理', '学生资助政策', '城乡义务教育“两免一补”政策；资助标准；申请程序', { ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP'] }],
      ['学生管理', '学生资助名单', '受助学生姓名；所在学校；资助项目', { ticks: 'S/P/C', ch: ['NOTICE_BOARD'] }],
      ['教师管理', '教师招聘', '招聘公告；岗位和名额；报考条件；考试安排；拟聘用人员名单', { time: T15 }],
      ['教育督导', '督导评估报告', '督导评估对象；评估结论；整改要求'],
      ['教育收费', '收费项目及标准', '收费项目；收费标准；收费依据；监督电话', { more: [OGI_20] }],
    ],
  },
  {
    area: 'EMPLOYMENT',
    key: 'employment',
    basis: [OGI, EMPLOYMENT, HR_MARKET],
    time: T20_JOBS,
    subject: '县人力资源和社会保障局',
    ch: ['GOV_WEBSITE', 'SERVICE_CENTER'],
    ticks: 'A/P/C',
    rows: [
      [
        '就业信息服务',
        '就业政策法规咨询',
        '政策项目；对象范围；申请条件；申请材料；办理流程；办理地点（方式）',
        {
          subject: '县人社局、各乡镇（街道）',
          ticks: 'A/P/CT',
          other: ['基层公共服务平台'],
          ch: ['GOV_WEBSITE', 'SERVICE_CENTER', 'OTHER'],
        },
      ],
      [
        '就业信息服务',
        '职业供求信息',
        '招聘单位；岗位名称；招聘人数；岗位要求；薪酬待遇',
        {
          subject: '县公共就业和人才服务中心',
          time: T_REALTIME,
          ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'SERVICE_CENTER', 'CONVENIENCE_STATION'],
        },
      ],
      ['就业信息服务', '招聘活动信息', '活动名称；时间地点；参会单位；岗位数量', { subject: '县公共就业和人才服务中心', time: T_PROMPT }],
      ['创业服务', '创业担保贷款', '申请条件；贷款额度；贴息标准；申请材料；办理流程；经办机构', { subject: '县人社局、县财政局' }],
      ['创业服务', '一次性创业补贴', '补贴对象；补贴标准；申请材料；办理流程；发放结果'],
      ['就业援助', '就业困难人员认定', GUIDE, { subject: '县公共就业和人才服务中心、各乡镇（街道）', ticks: 'A/P/CT' }],
      [
        '就业援助',
        '公益性岗位',
        '岗位名称；岗位数量；安置条件；拟安置人员名单',
        { ch: ['GOV_WEBSITE', 'SERVICE_CENTER', 'NOTICE_BOARD'], ticks: 'A/P/CTV', subject: '县人社局、各乡镇（街道）' },
      ],
      ['职业培训', '职业技能培训补贴', '补贴对象；补贴标准；定点培训机构目录；申领程序'],
      ['职业培训', '补贴发放结果', '培训机构；培训工种；补贴人数；补贴金额', { ticks: 'S/P/C' }],
      ['失业登记', '失业登记办理', GUIDE, { subject: '县公共就业和人才服务中心、各乡镇（街道）', ticks: 'A/P/CT' }],
      ['人力资源市场', '人力资源服务许可', '许可依据；许可条件；办理程序；许可结果', { time: T_LICENCE, ticks: 'A/P/C' }],
    ],
  },
  {
    area: 'SOCIAL_INSURANCE',
    key: 'insurance',
    basis: [OGI, OGI_20, G54],
    time: T20,
    subject: '县社会保险事业中心',
    ch: ['GOV_WEBSITE', 'SERVICE_CENTER', 'CONVENIENCE_STATION'],
    ticks: 'A/P/C',
    rows: [
      ['社会保险政策', '政策文件', '社会保险政策文件；缴费基数和费率；待遇标准', { subject: '县人力资源和社会保障局', ticks: 'A/P/C' }],
      ['城乡居民基本养老保险', '参保登记', GUIDE, { subject: '县社会保险事业中心、各乡镇（街道）', ticks: 'A/P/CT' }],
      [
        '城乡居民基本养老保险',
        '待遇领取',
        '领取条件；待遇标准；领取资格认证方式；办理流程',
        { subject: '县社会保险事业中心、各乡镇（街道）', ch: ['GOV_WEBSITE', 'CONVENIENCE_STATION', 'NOTICE_BOARD'], ticks: 'A/P/CTV' },
      ],
      ['企业职工基本养老保险', '参保登记', GUIDE, { ticks: 'A/P/C' }],
      ['企业职工基本养老保险', '退休待遇核定', '核定条件；申请材料；办理流程；办理时限', { ticks: 'A/P/C' }],
      ['工伤保险', '工伤认定办事指南', GUIDE, { subject: '县人力资源和社会保障局', ticks: 'A/P/C' }],
      [
        '工伤保险',
        '工伤认定决定',
        '认定结论；认定依据；救济途径',
        {
          subject: '县人力资源和社会保障局',
          ch: ['SERVICE_CENTER'],
          ticks: 'S/R/C',
          reason: '工伤认定决定涉及职工个人信息，依法送达当事人；其他人依申请公开',
        },
      ],
      ['失业保险', '失业保险金申领', GUIDE, { ticks: 'A/P/C' }],
      [
        '基本医疗保险',
        '城乡居民医保参保缴费',
        '参保范围；缴费标准；缴费时间；缴费渠道',
        { subject: '县医疗保障局、各乡镇（街道）', ch: ['GOV_WEBSITE', 'SERVICE_CENTER', 'NOTICE_BOARD'], ticks: 'A/P/CTV' },
      ],
      ['基本医疗保险', '医疗费用报销', '报销范围；报销比例；所需材料；办理流程', { subject: '县医疗保障局' }],
      [
        '社会保险基金',
        '基金收支情况',
        '各项社会保险基金收入、支出、结余情况',
        { subject: '县社会保险事业中心、县财政局', ch: ['GOV_WEBSITE'], ticks: 'A/P/C' },
      ],
      ['社会保障卡', '社会保障卡申领', GUIDE, { subject: '县人社局' }],
    ],
  },
  {
    area: 'PUBLIC_LEGAL_SERVICES',
    key: 'legal',
    basis: [OGI],
    time: T20_LEGAL,
    subject: '县司法局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP'],
    ticks: 'A/P/C',
    rows: [
      [
        '法治宣传教育',
        '法律知识普及服务',
        '法律法规资讯；普法动态；普法讲师团信息',
        {
          basis: [PUFA, OGI],
          ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'RADIO_TV', 'PRINT_MEDIA', 'DOOR_TO_DOOR', 'NOTICE_BOARD', 'OTHER'],
          other: ['法律服务网'],
        },
      ],
      ['法治宣传教育', '法治文化阵地', '法治文化公园、广场名录；地址；开放时间'],
      [
        '法律援助',
        '申请指南',
        '援助范围；经济困难标准；申请材料；办理流程；受理地点',
        { subject: '县法律援助中心', ch: ['GOV_WEBSITE', 'SERVICE_CENTER'] },
      ],
      ['法律援助', '法律援助机构名录', '机构名称；地址；联系电话；值班律师工作站分布', { subject: '县法律援助中心' }],
      [
        '人民调解',
        '人民调解组织名录',
        '调解委员会名称；地址；联系电话',
        { subject: '县司法局、各乡镇（街道）', ch: ['GOV_WEBSITE', 'NOTICE_BOARD'], ticks: 'A/P/CTV' },
      ],
      ['人民调解', '人民调解员名册', '调解员姓名；所属调解组织；联系方式', { subject: '县司法局、各乡镇（街道）', ticks: 'A/P/CT' }],
      ['律师服务', '律师事务所名录', '律师事务所名称；地址；执业律师人数；联系电话'],
      ['公证服务', '公证办理指南', '公证事项；所需材料；收费标准；办理时限；受理地点'],
      ['基层法律服务', '基层法律服务所名录', '服务所名称；地址；服务范围；联系电话'],
      [
        '公共法律服务平台',
        '实体平台信息',
        '县、乡镇（街道）公共法律服务中心（工作站）地址；服务事项；开放时间',
        { subject: '县司法局、各乡镇（街道）', ticks: 'A/P/CT' },
      ],
    ],
  },
  {
    area: 'WORK_SAFETY',
    key: 'safety',
    basis: [OGI, OGI_20],
    time: T20,
    subject: '县应急管理局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP'],
    ticks: 'A/P/C',
    rows: [
      ['安全生产政策', '规范性文件', '安全生产规范性文件；政策解读'],
      [
        '行政许可',
        '危险化学品经营许可',
        '许可依据；许可条件；办理程序；许可结果',
        { time: T_LICENCE, ch: ['GOV_WEBSITE', 'SERVICE_CENTER'] },
      ],
      ['行政处罚', '行政处罚依据、程序', '处罚依据；处罚程序；自由裁量基准', { more: [PENALTY] }],
      [
        '行政处罚',
        '行政处罚结果',
        '被处罚单位名称；违法事实；处罚依据；处罚内容；作出决定的机关和日期',
        {
          time: T_PENALTY,
          more: [PENALTY],
          ch: ['GOV_WEBSITE', 'OTHER'],
          other: ['信用中国网站'],
        },
      ],
      ['监督检查', '年度监督检查计划', '检查对象范围；检查重点；检查频次'],
      ['监督检查', '监督检查结果', '检查对象；检查时间；发现问题；整改要求'],
      ['事故调查', '生产安全事故调查报告', '事故经过；事故原因；责任认定；处理建议；防范措施'],
      ['应急管理', '应急预案', '总体应急预案；专项应急预案；部门应急预案'],
      [
        '应急管理',
        '预警信息',
        '预警级别；影响范围；防范措施',
        {
          time: T_REALTIME,
          subject: '县应急管理局、各乡镇（街道）',
          ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'RADIO_TV', 'PRECISE_PUSH', 'NOTICE_BOARD', 'OTHER'],
          other: ['村应急广播'],
          ticks: 'A/P/CTV',
        },
      ],
      ['安全生产', '举报渠道', '举报电话；举报邮箱；举报奖励办法'],
    ],
  },
  {
    area: 'LAND_EXPROPRIATION',
    key: 'land',
    basis: [LAND, OGI, OGI_21],
    time: T20_LAND,
    subject: '县自然资源和规划局',
    ch: ['GOV_WEBSITE'],
    ticks: 'A/P/C',
    rows: [
      [
        '征地前期准备',
        '拟征收土地告知',
        '拟征收土地用途；位置范围；补偿标准及安置途径；现状调查安排；原用途管控要求；听证权利',
        {
          basis: [LAND_2004, LAND, OGI, OGI_21],
          time: T_LAND_START,
          subject: '县自然资源局、各乡镇（街道）',
          ch: ['NOTICE_BOARD'],
          ticks: 'AS/P/CTV',
        },
      ],
      [
        '征地前期准备',
        '拟征收土地现状调查',
        '现状调查结果（经确认后）',
        { time: T_LAND_SURVEY, subject: '县自然资源局、各乡镇（街道）', ch: ['NOTICE_BOARD'], ticks: 'S/P/CTV' },
      ],
      [
        '征地审查报批',
        '征地报批材料',
        '建设用地请示；自然资源部门审查意见；建设项目用地呈报说明书；农用地转用方案；补充耕地方案；征收土地方案；供地方案',
        {
          time: T_LAND_APPROVED,
        },
      ],
      [
        '征地审查报批',
        '征地批准文件',
        '批准机关；批准文号；批准用途；批准面积',
        { time: T_LAND_APPROVED, ch: ['GOV_WEBSITE', 'OTHER'], other: ['征地信息公开平台'] },
      ],
      [
        '征地实施',
        '征收土地公告',
        '征收范围；土地现状；征收目的；补偿标准；安置方式；社会保障',
        {
          subject: '县政府、各乡镇（街道）',
          ch: ['GOV_WEBSITE', 'NOTICE_BOARD'],
          ticks: 'A/P/CTV',
        },
      ],
      [
        '征地实施',
        '征地补偿安置方案',
        '补偿方式和标准；安置对象；安置方式；社会保障；听证申请方式',
        {
          ch: ['GOV_WEBSITE', 'PRESS_HEARING', 'NOTICE_BOARD'],
          ticks: 'AS/P/CTV',
          subject: '县自然资源局、各乡镇（街道）',
        },
      ],
      ['征地实施', '补偿登记', '登记期限；登记地点；所需材料', { subject: '各乡镇（街道）', ch: ['NOTICE_BOARD'], ticks: 'S/P/TV' }],
      [
        '征地实施',
        '补偿款支付情况',
        '被征地村组；补偿款金额；支付时间',
        { subject: '各乡镇（街道）', ch: ['NOTICE_BOARD'], ticks: 'S/P/TV' },
      ],
      ['征地标准', '区片综合地价', '区片范围；综合地价标准；调整情况', { time: T20, ch: ['GOV_WEBSITE', 'READING_POINT'] }],
      ['征地信息', '征地结果信息', '项目名称；征收面积；补偿安置落实情况', { ch: ['GOV_WEBSITE', 'OTHER'], other: ['征地信息公开平台'] }],
    ],
  },
  {
    area: 'MAJOR_CONSTRUCTION',
    key: 'projects',
    basis: [OGI, OPEN_GOV],
    time: T_REALTIME,
    subject: '县发展和改革局、县行政审批服务局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'PRINT_MEDIA', 'READING_POINT', 'SERVICE_CENTER', 'CONVENIENCE_STATION', 'OTHER'],
    other: ['投资项目在线审批监管平台'],
    ticks: 'A/P/C',
    rows: [
      ['批准服务信息', '办事指南', '申报材料清单；批准流程；办理时限；受理机构联系方式；申报要求'],
      [
        '批准服务信息',
        '办理过程信息',
        '事项名称；办理部门；办理进展',
        {
          time: T_PROMPT,
          ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'SERVICE_CENTER', 'OTHER'],
        },
      ],
      ['批准结果信息', '审批、核准、备案结果', '项目名称；项目代码；批复文号；批复日期；批复机关', { time: T20 }],
      [
        '年度计划',
        '重大建设项目年度计划',
        '项目名称；建设地点；建设内容；计划投资',
        { time: T20_FORMED, subject: '县发展和改革局', ch: ['GOV_WEBSITE'], other: [] },
      ],
      [
        '招标投标信息',
        '招标公告和中标结果',
        '招标公告；资格预审公告；中标候选人公示；中标结果',
        {
          subject: '县公共资源交易中心',
          time: T_PROMPT,
          ch: ['GOV_WEBSITE', 'OTHER'],
          other: ['公共资源交易平台', '招投标公共服务平台'],
        },
      ],
      [
        '施工有关信息',
        '项目参建单位',
        '项目法人单位；设计单位；施工单位；监理单位及其主要负责人',
        { subject: '县住房和城乡建设局', time: T_PROGRESS, ch: ['GOV_WEBSITE'], other: [] },
      ],
      [
        '施工有关信息',
        '重大设计变更',
        '变更原因；变更内容；批准情况',
        { subject: '县住房和城乡建设局', time: T20, ch: ['GOV_WEBSITE'], other: [] },
      ],
      [
        '质量安全监督信息',
        '质量安全监督检查',
        '监督检查对象；检查结果；整改情况',
        { subject: '县住房和城乡建设局', time: T20, ch: ['GOV_WEBSITE'], other: [] },
      ],
      [
        '竣工有关信息',
        '竣工验收',
        '验收时间；验收结论；备案情况',
        { subject: '县住房和城乡建设局', time: T20, ch: ['GOV_WEBSITE'], other: [] },
      ],
      [
        '重大决策',
        '重大项目决策',
        '决策事项；征求意见情况；决策结果',
        {
          basis: [DECISIONS, OGI],
          subject: '县政府',
          time: T_DECISION,
          ch: ['GOV_WEBSITE', 'PRESS_HEARING'],
          other: [],
        },
      ],
      [
        '重大决策',
        '决策草案征求意见',
        '决策草案；起草说明；意见反馈方式和期限',
        {
          basis: [DECISIONS, OGI],
          subject: '县发展和改革局',
          time: T_CONSULT,
          ch: ['GOV_WEBSITE', 'PRESS_HEARING', 'PRINT_MEDIA'],
          other: [],
        },
      ],
    ],
  },
  {
    area: 'URBAN_LAW_ENFORCEMENT',
    key: 'enforcement',
    basis: [OGI, PENALTY],
    time: T20_OGI,
    subject: '县综合行政执法局',
    ch: ['GOV_WEBSITE'],
    ticks: 'A/P/C',
    rows: [
      ['权力事项', '权责清单', '行政处罚、行政强制等权力事项名称；实施依据；责任事项'],
      ['行政处罚', '处罚依据、条件、程序', '处罚依据；适用条件；处罚程序；自由裁量基准', { more: [OGI_20] }],
      [
        '行政处罚',
        '处罚结果',
        '案件名称；被处罚人；违法事实；处罚依据；处罚结果；作出决定日期',
        {
          time: T_PENALTY,
          links: [link('行政处罚结果公示', 'zfj/xzcf/index.html')],
        },
      ],
      ['行政强制', '强制措施依据、程序', '强制措施种类；实施依据；实施程序；救济途径'],
      ['执法监督', '投诉举报', '投诉举报电话；受理范围；处理时限', { ch: ['GOV_WEBSITE', 'OTHER'], other: ['12345政务服务热线'] }],
      ['执法人员', '执法人员信息', '执法人员姓名；执法证号；执法类别', { time: T20 }],
      ['随机抽查', '“双随机”抽查结果', '抽查事项；抽查对象；抽查结果；处理情况', { time: T20 }],
      [
        '市容环境',
        '市容环境管理规定',
        '市容环境卫生责任区要求；户外广告设置规定；违规处理方式',
        { subject: '县综合行政执法局、各街道', ticks: 'A/P/CT', ch: ['GOV_WEBSITE', 'NOTICE_BOARD'] },
      ],
    ],
  },
  {
    area: 'SUBSIDISED_HOUSING',
    key: 'housing',
    basis: [OGI, OGI_20],
    time: T20,
    subject: '县住房和城乡建设局、县住房保障服务中心',
    ch: ['GOV_WEBSITE', 'SERVICE_CENTER'],
    ticks: 'A/P/C',
    rows: [
      ['规划计划', '保障性住房年度建设计划', '年度建设任务；项目名称；建设地点；建设规模'],
      [
        '公共租赁住房',
        '申请指南',
        '保障对象；申请条件；申请材料；办理流程；受理地点；咨询电话',
        {
          links: [link('公共租赁住房申请指南', 'zjj/bzf/gzf-guide.html', '2026-01-08')],
        },
      ],
      [
        '公共租赁住房',
        '审核结果公示',
        '申请人姓名；家庭人口；审核结果',
        {
          subject: '县住房保障服务中心、各街道',
          ch: ['GOV_WEBSITE', 'NOTICE_BOARD'],
          ticks: 'A/P/CT',
        },
      ],
      ['公共租赁住房', '分配结果', '房源信息；配租对象；配租结果', { subject: '县住房保障服务中心' }],
      ['公共租赁住房', '租金标准', '租金标准；租金减免政策', { subject: '县住房保障服务中心' }],
      ['住房租赁补贴', '申请指南', GUIDE, { subject: '县住房保障服务中心' }],
      ['住房租赁补贴', '发放结果', '补贴对象；补贴标准；发放金额', { subject: '县住房保障服务中心', ticks: 'S/P/C' }],
      ['退出管理', '退出情况', '退出对象；退出原因；处理结果', { subject: '县住房保障服务中心' }],
      ['项目建设', '开工、竣工信息', '项目名称；开工时间；竣工时间；建设进度', { time: T_PROGRESS }],
    ],
  },
  {
    area: 'POVERTY_ALLEVIATION',
    key: 'rural',
    basis: [OGI, G54],
    time: T20_RURAL,
    subject: '县乡村振兴局',
    ch: ['GOV_WEBSITE'],
    ticks: 'A/P/C',
    rows: [
      ['政策文件', '巩固拓展脱贫攻坚成果政策', '政策文件；政策解读'],
      ['衔接资金', '资金分配结果', '资金名称；分配对象；分配金额', { subject: '县乡村振兴局、县财政局' }],
      ['衔接资金', '项目库和年度计划', '项目名称；建设地点；建设内容；资金规模；绩效目标'],
      [
        '衔接资金',
        '项目实施情况',
        '项目名称；实施单位；资金使用；建设进度；绩效',
        {
          subject: '县乡村振兴局、各乡镇',
          ch: ['GOV_WEBSITE', 'NOTICE_BOARD'],
          ticks: 'A/P/CTV',
        },
      ],
      ['监测帮扶', '防止返贫监测对象识别程序', '识别标准；识别程序；帮扶措施', { subject: '县乡村振兴局、各乡镇', ticks: 'A/P/CT' }],
      ['监督举报', '监督举报渠道', '举报电话；举报邮箱；通讯地址'],
    ],
  },
  {
    area: 'PUBLIC_CULTURE',
    key: 'culture',
    basis: [OGI],
    time: T20,
    subject: '县文化和旅游局',
    ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP'],
    ticks: 'A/P/C',
    rows: [
      ['公共文化机构', '免费开放信息', '开放时间；服务项目；预约方式；联系电话', { subject: '县图书馆、县文化馆' }],
      ['公共文化机构', '馆藏资源和服务', '馆藏资源目录；借阅规则；数字资源服务', { subject: '县图书馆' }],
      [
        '公共文化活动',
        '文化活动信息',
        '活动名称；时间地点；参与方式',
        { time: T_PROMPT, subject: '县文化馆、各乡镇（街道）', ch: ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'NOTICE_BOARD'], ticks: 'A/P/CTV' },
      ],
      [
        '政府信息公开',
        '公共查阅点',
        '政府信息公开查阅点地址；开放时间；可查阅内容',
        { subject: '县图书馆', basis: ['《中华人民共和国政府信息公开条例》第二十五条', OGI], ch: ['GOV_WEBSITE', 'READING_POINT'] },
      ],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Expansion

const AUDIENCE: Record<string, CatalogueAudience> = { A: 'PUBLIC', S: 'SPECIFIC' };
const MODE: Record<string, CatalogueMode> = { P: 'PROACTIVE', R: 'ON_REQUEST' };
const LEVEL: Record<string, CatalogueLevel> = { C: 'COUNTY', T: 'TOWNSHIP', V: 'VILLAGE' };

function ticks(t: Ticks): Pick<CatalogueItem, 'audience' | 'mode' | 'level'> {
  const [a = '', m = '', l = ''] = t.split('/');
  const pick = <T>(s: string, map: Record<string, T>): T[] =>
    [...s].map((c) => {
      const v = map[c];
      if (v === undefined) throw new Error(`sample catalogue: bad tick "${c}" in ${t}`);
      return v;
    });
  return { audience: pick(a, AUDIENCE), mode: pick(m, MODE), level: pick(l, LEVEL) };
}

const split = (content: string): string[] =>
  content
    .split('；')
    .map((s) => s.trim())
    .filter(Boolean);

function expand(block: Block): CatalogueItem[] {
  return block.rows.map(([item1, item2, content, o = {}], i) => {
    const timeText = o.time ?? block.time;
    const subjectText = o.subject ?? block.subject;
    const other = o.other ?? block.other ?? [];
    return {
      id: `${block.key}-${String(i + 1).padStart(2, '0')}`,
      area: block.area,
      item1,
      item2,
      ...(o.item3 ? { item3: o.item3 } : {}),
      content: split(content),
      basis: [...(o.basis ?? block.basis), ...(o.more ?? [])],
      timeLimit: { text: timeText, rule: parseDeadline(timeText) },
      subject: { text: subjectText, units: resolveUnits(subjectText, sampleUnits).units.map((u) => u.id) },
      channels: [...(o.ch ?? block.ch)],
      channelsOther: [...other],
      ...ticks(o.ticks ?? block.ticks),
      ...(o.links ? { links: o.links } : {}),
      ...(o.reason ? { reason: o.reason } : {}),
    };
  });
}

function build(): StandardCatalogue {
  const raw = {
    issuer: '示范县人民政府办公室',
    level: 'COUNTY',
    versionDate: '2026-06-30',
    items: blocks.flatMap(expand),
  };
  const parsed = CatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((zi) => ({
      code: 'catalogue.invalid',
      path: zi.path as (string | number)[],
      params: { problem: zi.code, message: zi.message },
    }));
    throw new DataError(issues);
  }
  return parsed.data;
}

/**
 * The standard catalogue of 示范县 (fictional), validated with `CatalogueSchema`. Its subjects
 * resolve against `sampleUnits`, and it passes `checkCatalogue` with no errors.
 */
export const sampleCatalogue: StandardCatalogue = build();
