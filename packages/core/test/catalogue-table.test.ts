// parseCatalogueTable: grids built by hand from the rows of regulations §7 (and the header
// layouts of §5.1), plus a round trip through the CSV export of the sample catalogue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TWO_ROW_TOP } from './catalogue-fixtures.js';
import {
  catalogueTableMessages,
  catalogueToCsv,
  CatalogueSchema,
  hasMessage,
  msg,
  parseCatalogueTable,
  parseCsv,
  sampleCatalogue,
  sampleUnits,
  validateCatalogue,
  type CatalogueTableIssue,
  type CatalogueTableResult,
  type ParseCatalogueTableOptions,
} from '../src/index.js';

const BASE: ParseCatalogueTableOptions = { issuer: '示范县人民政府办公室', versionDate: '2026-06-30' };
const parse = (rows: (string | null | undefined)[][], options: ParseCatalogueTableOptions = {}) =>
  parseCatalogueTable(rows, { ...BASE, ...options });
const codes = (r: CatalogueTableResult) => r.issues.map((i) => i.code);
const only = (r: CatalogueTableResult, code: string) => r.issues.filter((i) => i.code === code);

const T10 = '制定或获取信息之日起10个工作日内';
const T20 = '信息形成或者变更之日起20个工作日内';
const OGI = '《中华人民共和国政府信息公开条例》';

/** One-row header (§5.1), with the tick groups as single text cells. */
const ONE_ROW = [
  '序号',
  '一级事项',
  '二级事项',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '公开方式',
  '公开层级',
];

/** Two-row header (TWO_ROW_TOP above): 一级/二级 under 公开事项, the ticks under 公开对象 / 公开方式 / 公开层级. */
const TWO_ROW_SUB = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请公开', '县级', '乡级'];

test('a one-row header: §7 row 8 (义务教育, Xiang’an) read column by column, area from the options', () => {
  const r = parse(
    [
      ONE_ROW,
      [
        '1',
        '招生管理',
        '招生政策',
        '随迁子女入学办法',
        `${OGI}\n教育部关于义务教育免试就近入学的通知`,
        T20,
        '县教育体育局',
        '政府网站、两微一端、广播电视、纸质媒体、公开查阅点、社区/企事业单位/村公示栏（电子屏）',
        '全社会',
        '主动',
        '县级、乡级',
      ],
    ],
    { area: '义务教育', units: sampleUnits },
  );
  assert.deepEqual(r.issues, []);
  assert.equal(r.ok, true);
  assert.deepEqual(r.headerRows, [0, 0]);
  assert.equal(r.columns.item2, 2);
  assert.equal(r.columns.timeLimit, 5);
  const item = r.catalogue!.items[0]!;
  assert.equal(item.id, 'compulsory-education-1');
  assert.equal(item.area, 'COMPULSORY_EDUCATION');
  assert.equal(item.item1, '招生管理');
  assert.equal(item.item2, '招生政策');
  assert.deepEqual(item.content, ['随迁子女入学办法']);
  assert.deepEqual(item.basis, [OGI, '教育部关于义务教育免试就近入学的通知']);
  assert.equal(item.timeLimit.text, T20);
  assert.equal(item.timeLimit.rule.kind, 'relative');
  assert.deepEqual(item.subject, { text: '县教育体育局', units: ['county-education-sports'] });
  assert.deepEqual(item.channels, ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'RADIO_TV', 'PRINT_MEDIA', 'READING_POINT', 'NOTICE_BOARD']);
  assert.deepEqual(item.channelsOther, []);
  assert.deepEqual(item.audience, ['PUBLIC']);
  assert.deepEqual(item.mode, ['PROACTIVE']);
  assert.deepEqual(item.level, ['COUNTY', 'TOWNSHIP']);
  assert.equal(r.catalogue!.issuer, '示范县人民政府办公室');
  assert.equal(r.catalogue!.level, 'COUNTY');
  assert.ok(validateCatalogue(r.catalogue).ok);
});

test('a two-row header under a title row: merged 一级 left empty, tick columns, 同上 in 公开时限 and 公开主体', () => {
  // §7 rows 1–4 (社会救助, Baodi): the same time limit and subject on every row.
  const rows = [
    ['示范县社会救助领域基层政务公开标准目录'],
    TWO_ROW_TOP,
    TWO_ROW_SUB,
    [
      '1',
      '综合业务',
      '政策',
      '《社会救助暂行办法》',
      '《信息公开条例》及相关规定',
      T10,
      '县民政局、各乡镇（街道）',
      '■政府网站',
      '√',
      '',
      '√',
      '',
      '√',
      '√',
    ],
    ['2', '', '监督', '信访通讯地址\n投诉举报电话', '同上', '同上', '同上', '■政府网站', '√', '', '√', '', '√', '√'],
    [
      '3',
      '最低生活保障',
      '政策',
      '国发〔2012〕45号意见；最低生活保障审核确认办法',
      '同上。',
      ' 同 上 ',
      '同上',
      '■政府网站',
      '√',
      '',
      '√',
      '',
      '√',
      '√',
    ],
    [
      '4',
      '',
      '审核信息',
      '初审对象名单及相关信息',
      '',
      '制定或获取信息之日起10个工作日内，公示7个工作日',
      '各乡镇（街道）',
      '■社区/企事业单位/村公示栏（电子屏）',
      '',
      '√',
      '√',
      '',
      '',
      '√',
    ],
  ];
  const r = parse(rows, { units: sampleUnits });
  // Row 7's 公开依据 is blank in the 最低生活保障 group (一级 merged): it continues row 6.
  assert.deepEqual(r.issues, [
    {
      code: 'catalogue.table.cell-continued',
      path: ['rows', 6, 'basis'],
      params: { row: 7, column: '公开依据', from: 6 },
      severity: 'warning',
    },
  ]);
  assert.deepEqual(r.itemRows, [4, 5, 6, 7]);
  assert.deepEqual(r.headerRows, [1, 2]);
  assert.equal(r.columns['audience.PUBLIC'], 8);
  assert.equal(r.columns['audience.SPECIFIC'], 9);
  assert.equal(r.columns['mode.ON_REQUEST'], 11);
  assert.equal(r.columns['level.TOWNSHIP'], 13);
  const items = r.catalogue!.items;
  assert.deepEqual(
    items.map((i) => [i.id, i.area, i.item1, i.item2]),
    [
      ['social-assistance-1', 'SOCIAL_ASSISTANCE', '综合业务', '政策'],
      ['social-assistance-2', 'SOCIAL_ASSISTANCE', '综合业务', '监督'],
      ['social-assistance-3', 'SOCIAL_ASSISTANCE', '最低生活保障', '政策'],
      ['social-assistance-4', 'SOCIAL_ASSISTANCE', '最低生活保障', '审核信息'],
    ],
  );
  const [a, b, c, d] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0], (typeof items)[0]];
  // 同上 in 公开时限: the text as written, the rule a reference that carries the row above's rule.
  assert.equal(b.timeLimit.text, '同上');
  assert.equal(b.timeLimit.rule.kind, 'reference');
  assert.ok(b.timeLimit.rule.kind === 'reference' && b.timeLimit.rule.to === 'previous');
  assert.deepEqual(b.timeLimit.rule.kind === 'reference' ? b.timeLimit.rule.rule : undefined, a.timeLimit.rule);
  assert.equal(a.timeLimit.rule.kind, 'relative');
  // 同上 after 同上 still reaches the first rule.
  assert.equal(c.timeLimit.text, '同上');
  assert.deepEqual(c.timeLimit.rule.kind === 'reference' ? c.timeLimit.rule.rule : undefined, a.timeLimit.rule);
  // 同上 in 公开主体 and 公开依据: the row above's text, resolved again.
  assert.deepEqual(b.subject, a.subject);
  assert.equal(c.subject.text, '县民政局、各乡镇（街道）');
  assert.ok(a.subject.units.includes('county-civil-affairs'));
  assert.deepEqual(c.basis, ['《信息公开条例》及相关规定']);
  assert.deepEqual(c.content, ['国发〔2012〕45号意见', '最低生活保障审核确认办法']);
  assert.deepEqual([a.audience, a.mode, a.level], [['PUBLIC'], ['PROACTIVE'], ['COUNTY', 'TOWNSHIP']]);
  // §7 row 5: the review list, posted on the notice board, for the specific group.
  assert.deepEqual([d.channels, d.audience, d.level], [['NOTICE_BOARD'], ['SPECIFIC'], ['TOWNSHIP']]);
  assert.equal(d.timeLimit.rule.kind, 'compound');
  assert.deepEqual(d.basis, c.basis);
});

test('per-channel tick columns under 公开渠道和载体 (merge expanded), area from the sheet name', () => {
  const labels = [
    '政府网站',
    '政府公报',
    '两微一端',
    '发布会/听证会',
    '广播电视',
    '纸质媒体',
    '公开查阅点',
    '政务服务中心',
    '便民服务站',
    '入户/现场',
    '社区/企事业单位/村公示栏（电子屏）',
    '精准推送',
    '其他',
  ];
  const head = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体'];
  const top = [...head, ...labels.map(() => '公开渠道和载体'), '公开方式'];
  const sub = [...head, ...labels, '公开方式'];
  // §7 rows 15 and 20 (户籍管理): website and door-to-door; the Jining row adds a free-text channel.
  const tick = (on: Record<number, string>) => labels.map((_, i) => on[i] ?? '');
  const six = '受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准';
  const rows = [
    top,
    sub,
    [
      '1',
      '出生登记',
      '出生登记',
      six,
      '《中华人民共和国户口登记条例》',
      '形成或者变更之日起20个工作日内予以公开',
      '县公安局',
      ...tick({ 0: '√', 9: '√' }),
      '主动',
    ],
    [
      '2',
      '出生',
      '出生',
      six,
      '《中华人民共和国户口登记条例》',
      '形成或者变更之日起20个工作日内予以公开',
      '县公安局',
      ...tick({ 9: '■', 12: '山东公安微警务济宁分站' }),
      '主动',
    ],
    [
      '3',
      '注销登记',
      '死亡注销',
      six,
      '《中华人民共和国户口登记条例》',
      '形成或者变更之日起20个工作日内予以公开',
      '县公安局',
      ...tick({ 0: 'þ', 1: '□', 2: 'x' }),
      '主动',
    ],
  ];
  const r = parse(rows, { sheet: '户籍管理' });
  assert.deepEqual(r.headerRows, [0, 1]);
  assert.equal(r.columns['channels.GOV_WEBSITE'], 7);
  assert.equal(r.columns['channels.OTHER'], 19);
  const [a, b, c] = r.catalogue!.items;
  assert.equal(a!.area, 'HOUSEHOLD_REGISTRATION');
  assert.equal(a!.id, 'household-registration-1');
  assert.deepEqual(a!.channels, ['GOV_WEBSITE', 'DOOR_TO_DOOR']);
  assert.deepEqual(b!.channels, ['DOOR_TO_DOOR', 'OTHER']);
  assert.deepEqual(b!.channelsOther, ['山东公安微警务济宁分站']);
  assert.deepEqual(c!.channels, ['GOV_WEBSITE']);
  // "x" is not a tick: a warning at that cell, read as not ticked.
  const unknown = only(r, 'catalogue.table.tick-unknown');
  assert.equal(unknown.length, 1);
  assert.deepEqual(unknown[0]!.params, { sheet: '户籍管理', row: 5, column: '两微一端', value: 'x' });
  assert.equal(unknown[0]!.severity, 'warning');
  assert.deepEqual(unknown[0]!.path, ['rows', 4, 'channels']);
  assert.equal(
    msg('zh-CN', unknown[0]!.code, unknown[0]!.params),
    '工作表“户籍管理” 第 5 行 两微一端 列：无法识别的勾选标记“x”，按未勾选处理',
  );
  assert.equal(r.ok, true);
  assert.deepEqual(a!.mode, ['PROACTIVE']);
  // No 公开对象 / 公开层级 column: said once, on the header row.
  const absent = only(r, 'catalogue.table.columns-absent');
  assert.equal(absent.length, 1);
  assert.equal(absent[0]!.params.columns, '公开对象、公开层级');
});

test('every marker glyph (■ □ √ ☑ þ 口 ▲ t) and free-text channels after 其他', () => {
  const cell =
    '■政府网站 □政府公报 √两微一端 ☑发布会/听证会 þ广播电视 口纸质载体 ▲公开查阅点 t政府服务中心 □便民服务站 口入户/现场 ■社区/企事业单位、村公示栏 □精准推送 ■其他：投资项目在线审批监管平台';
  const r = parse(
    [ONE_ROW, ['1', '批准服务信息', '办事指南', '申报材料清单', OGI, '实时公开', '相关审批部门', cell, '全社会', '主动', '县级']],
    {
      area: '重大建设项目',
    },
  );
  assert.deepEqual(r.issues, []);
  const item = r.catalogue!.items[0]!;
  assert.deepEqual(item.channels, [
    'GOV_WEBSITE',
    'WEIBO_WECHAT_APP',
    'PRESS_HEARING',
    'RADIO_TV',
    'READING_POINT',
    'SERVICE_CENTER',
    'NOTICE_BOARD',
    'OTHER',
  ]);
  assert.deepEqual(item.channelsOther, ['投资项目在线审批监管平台']);
  // A plain list: labels, 其他 with several names, and names that are not among the 13.
  const plain = parse(
    [
      ONE_ROW,
      [
        '1',
        '法治宣传教育',
        '法律知识普及服务',
        '普法动态',
        OGI,
        T20,
        '县司法局',
        '政府网站、入户/现场、其他（法律服务网、信用中国网站）',
        '全社会',
        '主动',
        '县级',
      ],
    ],
    { area: '公共法律服务' },
  );
  assert.deepEqual(plain.catalogue!.items[0]!.channels, ['GOV_WEBSITE', 'DOOR_TO_DOOR', 'OTHER']);
  assert.deepEqual(plain.catalogue!.items[0]!.channelsOther, ['法律服务网', '信用中国网站']);
  const free = parse(
    [
      ONE_ROW,
      ['1', '就业信息服务', '就业政策法规咨询', '政策项目', OGI, T20, '县人社局', '政府网站；基层公共服务平台', '全社会', '主动', '县级'],
    ],
    {
      area: '就业',
    },
  );
  assert.deepEqual(free.catalogue!.items[0]!.channels, ['GOV_WEBSITE']);
  assert.deepEqual(free.catalogue!.items[0]!.channelsOther, ['基层公共服务平台']);
  // 口 inside a word is not a marker.
  const word = parse(
    [ONE_ROW, ['1', '综合', '窗口服务', '窗口地址', OGI, T20, '县政府办', '政务服务中心窗口、政府网站', '全社会', '主动', '县级']],
    {
      area: '社会救助',
    },
  );
  assert.deepEqual(word.catalogue!.items[0]!.channels, ['GOV_WEBSITE']);
  assert.deepEqual(word.catalogue!.items[0]!.channelsOther, ['政务服务中心窗口']);
});

test('multi-line content with ● and numbering; full-width digits and stray spaces in 公开时限', () => {
  const r = parse(
    [
      ONE_ROW,
      [
        '１',
        '出生',
        '出生',
        '●受理部门 ●办理条件\n●办理流程\n●所需材料 ●办理时限',
        '【法律】《中华人民共和国户口登记条例》\n【行政法规】《中华人民共和国政府信息公开条例》；2.国发〔2019〕54号',
        '２０ 个工作 日内',
        ' 县公安局 ',
        '政府网站',
        '全社会',
        '主动',
        '县级',
      ],
      [
        '2',
        '财务信息',
        '财务信息',
        '1.财务管理及监督办法 2.年度经费预决算\n3.收费项目及标准',
        OGI,
        '信息形成或者变更之日起\n20个工作日内',
        '镇中心学校',
        '政府网站',
        '全社会',
        '主动',
        '县级',
      ],
      ['3', '财务信息', '收费', '（1）收费项目（2）收费标准；①减免政策', OGI, T20, '镇中心学校', '政府网站', '全社会', '主动', '县级'],
    ],
    { area: '户籍管理' },
  );
  const [a, b, c] = r.catalogue!.items;
  assert.equal(a!.id, 'household-registration-1');
  assert.deepEqual(a!.content, ['受理部门', '办理条件', '办理流程', '所需材料', '办理时限']);
  assert.deepEqual(a!.basis, [
    '【法律】《中华人民共和国户口登记条例》',
    '【行政法规】《中华人民共和国政府信息公开条例》',
    '国发〔2019〕54号',
  ]);
  assert.equal(a!.timeLimit.text, '20个工作日内');
  const rule = a!.timeLimit.rule;
  assert.ok(rule.kind === 'relative' && rule.amount === 20 && rule.unit === 'workday');
  assert.equal(a!.subject.text, '县公安局');
  assert.deepEqual(b!.content, ['财务管理及监督办法', '年度经费预决算', '收费项目及标准']);
  assert.equal(b!.timeLimit.text, T20);
  assert.deepEqual(c!.content, ['收费项目', '收费标准', '减免政策']);
});

test('subjects resolve against sampleUnits; unknown names are a warning at the cell', () => {
  const r = parse(
    [
      ONE_ROW,
      [
        '1',
        '农业生产发展资金',
        '农机购置补贴',
        '政策依据；补贴结果',
        OGI,
        T20,
        '县农业农村局、县财政局',
        '政府网站',
        '全社会',
        '主动',
        '县级',
      ],
      ['2', '农业生产发展资金', '耕地地力保护', '政策依据', OGI, T20, '县农业农村局、县不存在局', '政府网站', '全社会', '主动', '县级'],
    ],
    { area: '涉农补贴', units: sampleUnits },
  );
  assert.equal(r.ok, true);
  assert.deepEqual(r.catalogue!.items[0]!.subject.units, ['county-agriculture', 'county-finance']);
  assert.deepEqual(r.catalogue!.items[1]!.subject.units, ['county-agriculture']);
  const w = only(r, 'catalogue.table.subject-unresolved');
  assert.equal(w.length, 1);
  assert.equal(w[0]!.params.row, 3);
  assert.equal(w[0]!.params.column, '公开主体');
  assert.equal(msg('zh-CN', w[0]!.code, w[0]!.params), '第 3 行 公开主体 列：单位名录中找不到：县不存在局');
  // Without a directory the units stay empty and nothing is reported.
  const bare = parse(
    [ONE_ROW, ['1', '农业生产发展资金', '农机购置补贴', '政策依据', OGI, T20, '县农业农村局', '政府网站', '全社会', '主动', '县级']],
    {
      area: '涉农补贴',
    },
  );
  assert.deepEqual(bare.catalogue!.items[0]!.subject, { text: '县农业农村局', units: [] });
  assert.deepEqual(bare.issues, []);
});

test('blank rows are skipped silently; an unreadable row is reported with its row number and skipped', () => {
  const r = parse(
    [
      ['示范县义务教育领域基层政务公开标准目录'],
      ONE_ROW,
      [
        '1',
        '教育概况',
        '义务教育学校名录',
        '学校名称、地址、办学层次、类型、办公电话',
        OGI,
        T20,
        '县教育体育局',
        '政府网站',
        '全社会',
        '主动',
        '县级',
      ],
      [],
      ['', null, undefined, '  ', '\u3000'],
      ['2', '学生管理', '', '', '', '', '县教育体育局', '', '', '', ''],
      ['3', '学生管理', '学生资助政策', '城乡义务教育“两免一补”政策', OGI, T20, '县教育体育局', '政府网站', '', '主动', ''],
    ],
    { units: sampleUnits },
  );
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.catalogue!.items.map((i) => i.item2),
    ['义务教育学校名录', '学生资助政策'],
  );
  const bad = only(r, 'catalogue.table.row-unreadable');
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.severity, 'error');
  assert.equal(bad[0]!.params.row, 6);
  assert.deepEqual(bad[0]!.path, ['rows', 5]);
  assert.equal(
    msg('zh-CN', bad[0]!.code, bad[0]!.params),
    '第 6 行：无法读取：事项名称和公开内容都为空（该行内容：“2 学生管理 县教育体育局”），该行已跳过',
  );
  assert.equal(
    msg('en', bad[0]!.code, bad[0]!.params),
    'Row 6: cannot be read: the item name and the content are both empty (the row holds “2 学生管理 县教育体育局”); the row was skipped',
  );
  assert.equal(codes(r).length, 1);
});

test('a missing required column stops the import with one error naming it', () => {
  const head = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开主体', '公开渠道和载体'];
  const r = parse([head, ['1', '财政预决算', '政府预算', '一般公共预算收支表', OGI, '县财政局', '政府网站']], { area: '财政预决算' });
  assert.equal(r.ok, false);
  assert.equal(r.catalogue, undefined);
  assert.deepEqual(r.headerRows, [0, 0]);
  assert.deepEqual(codes(r), ['catalogue.table.column-missing']);
  assert.equal(r.issues[0]!.params.columns, '公开时限');
  assert.equal(msg('zh-CN', r.issues[0]!.code, r.issues[0]!.params), '第 1 行：表头缺少必需的列：公开时限，未导入任何事项');
  assert.equal(
    msg('en', r.issues[0]!.code, r.issues[0]!.params),
    'Row 1: the header lacks the required column 公开时限; nothing was imported',
  );
  // No header at all.
  const none = parse([['财政预决算'], ['1', '2', '3']]);
  assert.equal(none.catalogue, undefined);
  assert.equal(none.headerRows, undefined);
  assert.deepEqual(codes(none), ['catalogue.table.header-not-found']);
  assert.deepEqual(codes(parse([])), ['catalogue.table.empty']);
});

test('the area: from the options, a title row, the sheet name, a 领域 column or a section row; otherwise every row is an error', () => {
  const row = ['1', '最低生活保障', '办事指南', '办理事项', OGI, T10, '县民政局', '政府网站', '全社会', '主动', '县级'];
  assert.equal(parse([ONE_ROW, row], { area: 'ELDERLY_CARE' }).catalogue!.items[0]!.area, 'ELDERLY_CARE');
  assert.equal(parse([ONE_ROW, row], { area: '乡村振兴' }).catalogue!.items[0]!.area, 'POVERTY_ALLEVIATION');
  assert.equal(parse([['社会救助领域基层政务公开标准目录'], ONE_ROW, row]).catalogue!.items[0]!.area, 'SOCIAL_ASSISTANCE');
  assert.equal(parse([ONE_ROW, row], { sheet: '社会救助' }).catalogue!.items[0]!.area, 'SOCIAL_ASSISTANCE');
  assert.equal(parse([['示范县生态环境领域'], ONE_ROW, row], { sheet: 'Sheet1' }).catalogue!.items[0]!.id, 'environmental-protection-1');
  // A 领域 column, blank cells continuing the one above; a section row "二、养老服务".
  const withArea = parse([
    ['领域', ...ONE_ROW],
    ['社会救助', ...row],
    ['', ...row.map((c, i) => (i === 0 ? '2' : c))],
    ['养老服务', ...row.map((c, i) => (i === 0 ? '1' : c))],
  ]);
  assert.deepEqual(
    withArea.catalogue!.items.map((i) => [i.area, i.id]),
    [
      ['SOCIAL_ASSISTANCE', 'social-assistance-1'],
      ['SOCIAL_ASSISTANCE', 'social-assistance-2'],
      ['ELDERLY_CARE', 'elderly-care-1'],
    ],
  );
  const sections = parse([ONE_ROW, ['一、社会救助'], row, ['二、养老服务', '二、养老服务', '二、养老服务'], row]);
  assert.deepEqual(
    sections.catalogue!.items.map((i) => i.area),
    ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE'],
  );
  assert.deepEqual(sections.issues, []);
  // No area anywhere: every row is an error and nothing is imported.
  const unknown = parse([['示范县政务公开事项标准目录'], ONE_ROW, row, row], { sheet: 'Sheet1' });
  assert.equal(unknown.ok, false);
  assert.deepEqual(unknown.catalogue!.items, []);
  assert.deepEqual(codes(unknown), ['catalogue.table.area-unknown', 'catalogue.table.area-unknown']);
  assert.deepEqual(
    unknown.issues.map((i) => i.params.row),
    [3, 4],
  );
  const badOption = parse([ONE_ROW, row], { area: '不存在的领域' });
  assert.deepEqual(codes(badOption), ['catalogue.table.area-unknown']);
  assert.equal(badOption.issues[0]!.params.value, '不存在的领域');
  // A custom id prefix.
  assert.equal(parse([ONE_ROW, row], { area: '社会救助', idPrefix: 'sj' }).catalogue!.items[0]!.id, 'sj-1');
});

test('a duplicate 序号 gives unique ids and a warning; a blank 序号 takes the running number', () => {
  const row = (no: string, item2: string) => [
    no,
    '最低生活保障',
    item2,
    '办理事项',
    OGI,
    T10,
    '县民政局',
    '政府网站',
    '全社会',
    '主动',
    '县级',
  ];
  const r = parse([ONE_ROW, row('1', '政策文件'), row('1', '办事指南'), row('1', '审核信息'), row('', '救助结果')], { area: '社会救助' });
  assert.deepEqual(
    r.catalogue!.items.map((i) => i.id),
    ['social-assistance-1', 'social-assistance-1-2', 'social-assistance-1-3', 'social-assistance-4'],
  );
  const dup = only(r, 'catalogue.table.duplicate-number');
  assert.equal(dup.length, 2);
  assert.deepEqual(dup[0]!.params, { row: 3, column: '序号', value: '1', itemId: 'social-assistance-1-2', firstRow: 2 });
  assert.equal(dup[0]!.severity, 'warning');
  assert.equal(r.ok, true);
  assert.equal(
    msg('zh-CN', dup[0]!.code, dup[0]!.params),
    '第 3 行 序号 列：编号“1”与第 2 行重复，该事项的编号改为“social-assistance-1-2”',
  );
  assert.ok(validateCatalogue(r.catalogue).ok);
});

test('同上 on the first data row is an error for that cell; a blank 一级事项 with nothing above fails validation, located', () => {
  const r = parse(
    [
      ONE_ROW,
      ['1', '综合业务', '政策文件', '《社会救助暂行办法》', OGI, '同上', '县民政局', '政府网站', '全社会', '主动', '县级'],
      ['2', '综合业务', '监督检查', '投诉举报电话', OGI, '同上', '县民政局', '政府网站', '全社会', '主动', '县级'],
    ],
    { area: '社会救助' },
  );
  const first = only(r, 'catalogue.table.same-as-above-first');
  assert.equal(first.length, 1);
  assert.deepEqual(first[0]!.params, { row: 2, column: '公开时限' });
  assert.deepEqual(first[0]!.path, ['rows', 1, 'timeLimit']);
  assert.equal(r.catalogue!.items.length, 1);
  // The second row's 同上 refers to a row above that has no rule: kept as written, read as a reference.
  assert.equal(r.catalogue!.items[0]!.timeLimit.text, '同上');

  const noItem1 = parse(
    [ONE_ROW, ['1', '', '政策文件', '《社会救助暂行办法》', OGI, T10, '县民政局', '政府网站', '全社会', '主动', '县级']],
    {
      area: '社会救助',
    },
  );
  assert.deepEqual(codes(noItem1), ['catalogue.table.cell-missing']);
  assert.deepEqual(noItem1.issues[0]!.path, ['rows', 1, 'item1']);
  assert.equal(
    msg('zh-CN', noItem1.issues[0]!.code, noItem1.issues[0]!.params),
    '第 2 行 一级事项 列：未填写，上方也没有可沿用的内容，该行未导入',
  );
  assert.deepEqual(noItem1.catalogue!.items, []);
});

test('an issue at row 14, column 公开时限 reads "第 14 行 公开时限 列：…" and "Row 14, column 公开时限 …"', () => {
  const rows: string[][] = [['示范县社会救助领域基层政务公开标准目录'], ONE_ROW];
  for (let n = 1; n <= 12; n++) {
    const time = n === 12 ? '视情况而定' : T10;
    rows.push([String(n), '最低生活保障', `事项${n}`, '办理事项', OGI, time, '县民政局', '政府网站', '全社会', '主动', '县级']);
  }
  const r = parse(rows);
  const w = only(r, 'catalogue.table.time-limit-unparsed');
  assert.equal(w.length, 1);
  assert.equal(w[0]!.severity, 'warning');
  assert.equal(w[0]!.params.row, 14);
  assert.equal(msg('zh-CN', w[0]!.code, w[0]!.params), '第 14 行 公开时限 列：无法识别公开时限“视情况而定”，已按原文保留');
  assert.ok(msg('en', w[0]!.code, w[0]!.params).startsWith('Row 14, column 公开时限: '));
  const sheet = parse(rows, { sheet: '社会救助' });
  const s = only(sheet, 'catalogue.table.time-limit-unparsed')[0]!;
  assert.ok(msg('zh-CN', s.code, s.params).startsWith('工作表“社会救助” 第 14 行 公开时限 列：'));
  assert.ok(msg('en', s.code, s.params).startsWith('Sheet “社会救助”, row 14, column 公开时限: '));
  assert.equal(r.catalogue!.items.length, 12);
  assert.equal(r.catalogue!.items[11]!.timeLimit.rule.kind, 'unparsed');
});

test("options: a missing issuer or version date is a warning and the catalogue gets ''; an invalid one is an error", () => {
  const row = ['1', '最低生活保障', '办事指南', '办理事项', OGI, T10, '县民政局', '政府网站', '全社会', '主动', '县级'];
  const r = parseCatalogueTable([ONE_ROW, row], { area: '社会救助' });
  assert.equal(r.ok, true);
  assert.equal(r.catalogue!.items.length, 1);
  assert.deepEqual([r.catalogue!.issuer, r.catalogue!.versionDate, r.catalogue!.level], ['', '', 'COUNTY']);
  assert.deepEqual(r.itemRows, [2]);
  assert.ok(r.issues.every((i) => i.severity === 'warning'));
  assert.deepEqual(codes(r).sort(), ['catalogue.table.option-missing', 'catalogue.table.option-missing']);
  assert.deepEqual(r.issues.map((i) => i.params.field).sort(), ['issuer', 'versionDate']);
  assert.equal(
    msg('zh-CN', 'catalogue.table.option-missing', r.issues.find((i) => i.params.field === 'issuer')!.params),
    '缺少发布机关，请在导入时提供',
  );
  const bad = parse([ONE_ROW, row], { area: '社会救助', versionDate: '2026-02-30' });
  assert.deepEqual(codes(bad), ['catalogue.table.option-invalid']);
  assert.equal(bad.ok, false);
  assert.equal(bad.catalogue, undefined);
  assert.deepEqual(bad.itemRows, []);
  // A blank issuer is missing, not invalid; the issuer alone missing is one warning.
  for (const issuer of ['', '  ', undefined]) {
    const x = parseCatalogueTable([ONE_ROW, row], { area: '社会救助', issuer, versionDate: '2026-06-30' });
    assert.deepEqual(
      x.issues.map((i) => [i.code, i.severity, i.params.field]),
      [['catalogue.table.option-missing', 'warning', 'issuer']],
    );
    assert.equal(x.catalogue!.issuer, '');
    assert.equal(x.catalogue!.items.length, 1);
  }
  // {} alone: the area from the sheet name, both options missing, the items still built.
  const bare = parseCatalogueTable([ONE_ROW, row], { sheet: '社会救助' });
  assert.equal(bare.catalogue!.items.length, 1);
  assert.equal(bare.catalogue!.items[0]!.area, 'SOCIAL_ASSISTANCE');
  assert.equal(parseCatalogueTable([ONE_ROW, row], { area: '社会救助', level: 'X' as never }).catalogue, undefined);
});

test('四级事项 joins 三级事项; a single 公开事项 column fills both levels, with a warning', () => {
  const head = ['序号', '一级事项', '二级事项', '三级事项', '四级事项', '公开内容', '公开时限', '公开主体'];
  const r = parse([head, ['1', '征地信息', '征地前期准备', '拟征收土地告知', '公告', '用途、位置范围', T20, '街道办事处']], {
    area: '征地补偿',
  });
  assert.equal(r.catalogue!.items[0]!.item3, '拟征收土地告知 / 公告');
  assert.ok(codes(r).includes('catalogue.table.item4-joined'));
  const single = parse(
    [
      ['序号', '公开事项', '公开要素', '公开时限', '公开主体', '公开方式'],
      [
        '1',
        '养老服务扶持政策措施清单',
        '措施名称、扶持对象、实施部门、内容和标准',
        '制定或获取扶持政策措施之日起10个工作日内',
        '县民政局',
        '主动',
      ],
    ],
    { area: '养老服务' },
  );
  const item = single.catalogue!.items[0]!;
  assert.equal(item.item1, '养老服务扶持政策措施清单');
  assert.equal(item.item2, '养老服务扶持政策措施清单');
  assert.deepEqual(only(single, 'catalogue.table.one-item-level')[0]!.params, { row: 1, column: '公开事项' });
});

test('round trip: the sample catalogue exported as CSV imports back to the same items', () => {
  const rows = parseCsv(catalogueToCsv(sampleCatalogue.items, 'zh-CN'));
  const r = parseCatalogueTable(rows, {
    issuer: sampleCatalogue.issuer,
    versionDate: sampleCatalogue.versionDate,
    level: sampleCatalogue.level,
    units: sampleUnits,
  });
  assert.deepEqual(r.issues, []);
  assert.ok(CatalogueSchema.safeParse(r.catalogue).success);
  const got = r.catalogue!.items;
  assert.equal(got.length, sampleCatalogue.items.length);
  sampleCatalogue.items.forEach((want, i) => {
    const item = got[i]!;
    // The export has an 编号 column, so the ids come back too; links lose their date and index number.
    for (const f of [
      'id',
      'area',
      'item1',
      'item2',
      'item3',
      'content',
      'basis',
      'subject',
      'channels',
      'channelsOther',
      'audience',
      'mode',
      'level',
      'reason',
    ] as const)
      assert.deepEqual(item[f], want[f], `${want.id} ${f}`);
    assert.deepEqual(item.timeLimit, want.timeLimit, `${want.id} timeLimit`);
    assert.deepEqual(
      item.links,
      want.links?.map((l) => ({ title: l.title, url: l.url })),
      `${want.id} links`,
    );
  });
});

const H8 = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体'];
const R8 = (n: string, a: string, b: string, over: Record<number, string> = {}) =>
  [n, a, b, '内容', OGI, T10, '县民政局', '■政府网站'].map((c, i) => over[i] ?? c);

test('itemRows: the 1-based source row of each item, rejected rows left out', () => {
  const r = parse(
    [['标题'], H8, R8('1', '综合业务', '政策'), [], R8('2', '综合业务', '监督', { 3: 'x'.repeat(2100) }), R8('3', '最低生活保障', '政策')],
    {
      area: '社会救助',
    },
  );
  assert.deepEqual(
    r.catalogue!.items.map((i) => i.item2),
    ['政策', '政策'],
  );
  assert.deepEqual(r.itemRows, [3, 6]);
  assert.deepEqual(parse([]).itemRows, []);
});

test('rows that are not items: column numbers, a repeated header, group headings, totals and footers', () => {
  const top = ['序号', '公开事项', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体'];
  const sub = ['', '一级事项', '二级事项', '', '', '', '', ''];
  const g = (t: string) => Array<string>(8).fill(t);
  const r = parse(
    [
      top,
      sub,
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      g('一、综合业务'),
      R8('1', '', '政策'),
      top,
      sub,
      ['（二）最低生活保障', '', '', '', '', '', '', ''],
      R8('2', '', '审核信息'),
      ['合计', '', '', '', '', '', '', ''],
      ['制表人：张三', '', '', '审核人：李四', '', '', '', ''],
      ['', '', '', '', '', '', '', '填报日期：2026年6月'],
    ],
    { area: '社会救助' },
  );
  assert.equal(r.ok, true);
  const skipped = r.issues.filter((i) => i.code !== 'catalogue.table.columns-absent');
  assert.deepEqual(
    r.catalogue!.items.map((i) => [i.item1, i.item2]),
    [
      ['综合业务', '政策'],
      ['最低生活保障', '审核信息'],
    ],
  );
  assert.deepEqual(r.itemRows, [5, 9]);
  assert.deepEqual(
    skipped.map((i) => [i.code, i.params.row]),
    [
      ['catalogue.table.row-column-numbers', 3],
      ['catalogue.table.row-group', 4],
      ['catalogue.table.row-header-repeated', 6],
      ['catalogue.table.row-header-repeated', 7],
      ['catalogue.table.row-group', 8],
      ['catalogue.table.row-footer', 10],
      ['catalogue.table.row-footer', 11],
      ['catalogue.table.row-footer', 12],
    ],
  );
  assert.ok(r.issues.every((i) => i.severity === 'warning'));
});

test('tick columns with the same code are OR-ed (市级 and 区级 are both county level)', () => {
  const top = [
    '序号',
    '一级事项',
    '二级事项',
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '公开层级',
    '',
    '',
  ];
  const sub = ['', '', '', '', '', '', '', '', '市级', '区级', '街道镇'];
  const row = (n: string, t: string[]) => [...R8(n, '权力事项', `事项${n}`), ...t];
  const r = parse([top, sub, row('1', ['', '√', '']), row('2', ['√', '', '√']), row('3', ['', '', '√'])], { area: '城市综合执法' });
  assert.deepEqual(
    r.catalogue!.items.map((i) => i.level),
    [['COUNTY'], ['COUNTY', 'TOWNSHIP'], ['TOWNSHIP']],
  );
});

test('two columns for one field: a warning naming both; each row reads the later non-empty one', () => {
  const head = [...H8, '公开时限'];
  const r = parse([head, [...R8('1', '综合业务', '政策'), '实时公开'], [...R8('2', '综合业务', '监督'), '']], { area: '社会救助' });
  const dup = only(r, 'catalogue.table.column-duplicate');
  assert.equal(dup.length, 1);
  assert.deepEqual(dup[0]!.params, { row: 1, column: '公开时限', other: '公开时限', first: 6, second: 9 });
  assert.deepEqual(
    r.catalogue!.items.map((i) => i.timeLimit.text),
    ['实时公开', T10],
  );
});

test('an unknown mark before a channel label reads as not selected, never as free text', () => {
  const cells = [
    'þ政府网站\n¨政府公报\nþ入户/现场',
    '■政府网站 ◻政府公报',
    '■政府网站 ○政府公报',
    '√政府网站√政府公报×两微一端',
    '■政府网站 ☒政府公报',
    '■政府网站 £政府公报',
  ];
  const r = parse([H8, ...cells.map((c, i) => R8(String(i + 1), '综合业务', `事项${i}`, { 7: c }))], { area: '社会救助' });
  assert.deepEqual(
    r.catalogue!.items.map((i) => [i.channels, i.channelsOther]),
    [
      [['GOV_WEBSITE', 'DOOR_TO_DOOR'], []],
      [['GOV_WEBSITE'], []],
      [['GOV_WEBSITE'], []],
      [['GOV_WEBSITE', 'GOV_GAZETTE'], []],
      [['GOV_WEBSITE'], []],
      [['GOV_WEBSITE'], []],
    ],
  );
  assert.deepEqual(
    only(r, 'catalogue.table.value-unknown').map((i) => [i.params.row, i.params.value]),
    [[7, '£政府公报']],
  );
});

test('merged cells left empty in 公开依据 / 公开时限 / 公开主体 / 公开渠道 continue the row above within one 一级 group', () => {
  const r = parse(
    [
      H8,
      R8('1', '综合业务', '政策', { 5: '实时公开' }),
      ['2', '', '监督', '信访地址', '', '', '', ''],
      ['3', '最低生活保障', '政策', '办法', '', '', '', ''],
    ],
    { area: '社会救助' },
  );
  const [a, b, c] = r.catalogue!.items as [never, never, never] as unknown as import('../src/index.js').CatalogueItem[];
  assert.deepEqual(b!.basis, a!.basis);
  assert.deepEqual(b!.timeLimit, a!.timeLimit);
  assert.deepEqual(b!.subject, a!.subject);
  assert.deepEqual(b!.channels, ['GOV_WEBSITE']);
  const cont = only(r, 'catalogue.table.cell-continued');
  assert.deepEqual(
    cont.map((i) => [i.params.row, i.params.column, i.params.from]),
    [
      [3, '公开依据', 2],
      [3, '公开时限', 2],
      [3, '公开主体', 2],
      [3, '公开渠道和载体', 2],
    ],
  );
  assert.equal(msg('zh-CN', cont[0]!.code, cont[0]!.params), '第 3 行 公开依据 列：未填写（合并单元格），沿用第 2 行的内容');
  // A new 一级事项: nothing is continued; the blank cells stay blank, with the usual warnings.
  assert.deepEqual(c!.basis, []);
  assert.equal(c!.timeLimit.text, '');
  assert.deepEqual(
    r.issues.filter((i) => i.params.row === 4).map((i) => i.code),
    ['catalogue.table.cell-empty', 'catalogue.table.cell-empty'],
  );
});

test('header names with a note in brackets, or a known name followed by a note', () => {
  const head = [
    '序号',
    '一级事项',
    '二级事项',
    '公开内容（要素）',
    '公开依据',
    '公开时限',
    '公开主体（责任单位）',
    '公开渠道和载体（在标注范围内至少选择其一公开）',
  ];
  const r = parse([head, R8('1', '综合业务', '政策')], { area: '社会救助' });
  assert.equal(r.columns.subject, 6);
  assert.equal(r.columns.channels, 7);
  assert.equal(r.columns.content, 3);
  assert.deepEqual(r.catalogue!.items[0]!.channels, ['GOV_WEBSITE']);
  assert.deepEqual(only(r, 'catalogue.table.column-ignored'), []);
});

test('§7 row 26: only 一级事项 filled names the item at both levels, with a warning', () => {
  const r = parse([H8, R8('1', '批准服务信息', '办事指南'), R8('2', '办理过程信息', '', { 3: '事项名称、办理部门、办理进展' })], {
    area: '重大建设项目',
  });
  const item = r.catalogue!.items[1]!;
  assert.deepEqual([item.item1, item.item2], ['办理过程信息', '办理过程信息']);
  assert.deepEqual(only(r, 'catalogue.table.item2-from-item1')[0]!.params, { row: 3, column: '二级事项', value: '办理过程信息' });
  assert.equal(r.ok, true);
});

test('the CSV export’s apostrophe before =, +, -, @ is removed on import', () => {
  const base = sampleCatalogue.items[1]!;
  const it = { ...base, content: ['=HYPERLINK办理指南'], item2: '-测试事项', subject: { ...base.subject, text: '@县民政局' } };
  const r = parseCatalogueTable(parseCsv(catalogueToCsv([it], 'zh-CN')), { issuer: 'x', versionDate: '2026-01-01' });
  const o = r.catalogue!.items[0]!;
  assert.deepEqual([o.item2, o.content, o.subject.text], ['-测试事项', ['=HYPERLINK办理指南'], '@县民政局']);
});

/** Grids that, together, raise every table code the importer has. */
function everyIssue(): CatalogueTableIssue[] {
  const row = (over: Record<number, string> = {}) =>
    ['1', '最低生活保障', '办事指南', '办理事项', OGI, T10, '县民政局', '政府网站', '全社会', '主动', '县级'].map((c, i) => over[i] ?? c);
  const results = [
    parse([]),
    parse([['无表头'], ['1']], { sheet: '社会救助' }),
    parse([
      ['序号', '二级事项', '公开内容', '公开依据'],
      ['1', 'a', 'b', 'c'],
    ]),
    parseCatalogueTable([ONE_ROW, row()], { area: '社会救助', versionDate: 'x' }),
    parse([ONE_ROW, row()], { sheet: 'Sheet1' }),
    parse(
      [
        [
          '序号',
          '公开事项',
          '三级事项',
          '四级事项',
          '公开内容',
          '公开时限',
          '公开主体',
          '公开渠道',
          '公开对象',
          '公开方式',
          '公开层级',
          '全社会',
          '公开链接',
          '自定义',
        ],
        [
          '1',
          '事项',
          '',
          '',
          '内容',
          '同上',
          '县民政局',
          '■政府网站 政府公报 □其他：某平台',
          '群众',
          '主动',
          '县级',
          '是',
          'https://www.example.gov.cn/a.html',
          '',
        ],
        ['2', '', '', '', '', '', '县民政局', '', '', '', '', '', '', ''],
        ['3', '事项二', '三', '四', '内容', '及时哈哈', '县不存在局；县直有关部门', '政府网站', '', '', '', '?', '无链接', ''],
        ['注：■为选中'],
        ['3', '', '', '', '内容', T10, '', '', '', '', '', '', '', ''],
      ],
      { area: '社会救助', units: sampleUnits, sheet: '社会救助' },
    ),
    parse([ONE_ROW, row({ 1: '' })], { area: '社会救助' }),
    parse([ONE_ROW, row({ 2: 'x'.repeat(2100) })], { area: '社会救助' }),
    parse(
      [
        [...ONE_ROW, '公开时限'],
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
        Array<string>(12).fill('一、综合业务'),
        [...row(), ''],
        ['2', '', '', '内容', '', '', '', '', '', '', '', ''],
        [...ONE_ROW, '公开时限'],
        ['3', '办理过程信息', '', '内容', OGI, T10, '县民政局', '政府网站', '全社会', '主动', '县级', ''],
        ['4', '新事项', '新', '内容', '', '', '', '', '', '', '', ''],
        ['合计', '', '', '', '', '', '', '', '', '', '', ''],
      ],
      { area: '社会救助', sheet: '社会救助' },
    ),
  ];
  return results.flatMap((r) => r.issues);
}

test('every issue the importer returns renders as a complete, located sentence in both languages', () => {
  const issues = everyIssue();
  const tableCodes = Object.keys(catalogueTableMessages['zh-CN']);
  assert.deepEqual([...new Set(issues.map((i) => i.code))].sort(), tableCodes.sort(), 'the grids raise every table code');
  const HAN = /[\u4e00-\u9fff]/;
  for (const issue of issues) {
    assert.ok(hasMessage(issue.code), issue.code);
    assert.ok(issue.code.startsWith('catalogue.table.'), issue.code);
    const zh = msg('zh-CN', issue.code, issue.params);
    const en = msg('en', issue.code, issue.params);
    for (const t of [zh, en]) assert.doesNotMatch(t, /undefined|\[object|NaN|未知问题|Unexpected problem/, `${issue.code}: ${t}`);
    const { row, column, sheet } = issue.params;
    if (row !== undefined) {
      assert.equal(issue.path[0], 'rows');
      assert.equal(issue.path[1], row - 1);
      const where = `${sheet ? `工作表“${sheet}” ` : ''}第 ${row} 行${column ? ` ${column} 列` : ''}：`;
      assert.ok(zh.startsWith(where), `${issue.code}: ${zh}`);
      const whereEn = `${sheet ? `Sheet “${sheet}”, row` : 'Row'} ${row}${column ? `, column ${column}` : ''}: `;
      assert.ok(en.startsWith(whereEn), `${issue.code}: ${en}`);
    }
    assert.ok(zh.length > 8 && en.length > 8);
    // English text has no Chinese besides the values quoted from the table.
    let bare = en;
    for (const v of Object.values(issue.params)) if (typeof v === 'string' && v) bare = bare.split(v).join('');
    assert.doesNotMatch(bare, HAN, `${issue.code}: ${en}`);
  }
});
