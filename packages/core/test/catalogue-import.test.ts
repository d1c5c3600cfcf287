// The catalogue import command (npm run import:catalogue -- file): CSV in UTF-8 and GB18030, an
// Excel workbook with merged cells and a two-row header, a Word-style HTML table with rowspans
// and the marker glyph variants (regulations §5.2), all built from regulations §7's rows; and the
// round trip of the sample catalogue through CSV and XLSX. Each case spawns the command once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TWO_ROW_TOP } from './catalogue-fixtures.js';
import ExcelJS from 'exceljs';
import {
  catalogueTable,
  catalogueToCsv,
  sampleCatalogue,
  sampleUnitData,
  toCsv,
  type CatalogueItem,
  type StandardCatalogue,
} from '../src/index.js';

const script = fileURLToPath(new URL('../../../tools/import-catalogue.mjs', import.meta.url));
const gbkFixture = fileURLToPath(new URL('./fixtures/catalogue-gbk.csv', import.meta.url));
const run = (args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, GK_CORE_SRC: '' } });

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gk-catalogue-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as StandardCatalogue;

/** The two header rows of a county catalogue as printed (regulations §5.1). */
const HEAD = [TWO_ROW_TOP, ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请', '县级', '乡级']];
const EDU_TIME = '信息形成或者变更之日起20个工作日内';
const EDU_BASIS = '《政府信息公开条例》\n教育部关于义务教育阶段学校信息公开的规定';

test('CSV in UTF-8 with a BOM (§7 rows 8–12): items in row order; errors located; JSON written anyway; exit 1', () => {
  const src = join(dir, 'edu.csv');
  const out = join(dir, 'edu.json');
  const row = (n: string, i1: string, i2: string, content: string, basis: string, subject: string, channels: string) => [
    n,
    i1,
    i2,
    content,
    basis,
    EDU_TIME,
    subject,
    channels,
    '√',
    '',
    '√',
    '',
    '√',
    '',
  ];
  writeFileSync(
    src,
    toCsv([
      ...HEAD,
      row(
        '1',
        '招生管理',
        '招生政策',
        '随迁子女入学办法',
        EDU_BASIS,
        '区教育局',
        '政府网站、两微一端、广播电视、纸质媒体、公开查阅点、社区/企事业单位/村公示栏（电子屏）',
      ),
      row(
        '2',
        '招生管理',
        '招生范围',
        '招生范围\n学区划分详细情况',
        EDU_BASIS,
        '区教育局',
        '政府网站、两微一端、公开查阅点、社区/企事业单位/村公示栏（电子屏）',
      ),
      row('3', '财务信息', '财务信息', '财务管理及监督办法\n年度经费预决算\n收费项目及标准', '', '镇中心学校', '政府网站、公开查阅点'),
      row(
        '4',
        '教育概况',
        '义务教育学校名录',
        '学校名称、地址、办学层次、类型、办公电话',
        '《政府信息公开条例》',
        '镇教体文旅局',
        '政府网站',
      ),
      ['注：“√”表示适用。'],
    ]),
  );
  const r = run([
    src,
    '--area',
    '义务教育',
    '--issuer',
    '示范县人民政府',
    '--level',
    'COUNTY',
    '--version-date',
    '2024-06-01',
    '--out',
    out,
  ]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /编码：utf-8-bom/);
  assert.match(r.stderr, /义务教育.*\b4\b/);
  // The empty 公开依据 of the third item is an error, located by its row in the source (not by
  // its place in the JSON); the JSON is still written.
  assert.match(
    r.stderr,
    /错误: .*edu\.csv: 工作表“edu\.csv” 第 5 行 未填写 公开依据 \(compulsory-education-3\) \[catalogue\.check\.basis-missing\]/,
  );
  assert.doesNotMatch(r.stderr, /items\[/);
  assert.match(r.stderr, /提示: .*edu\.csv: .*第 7 行.*\[catalogue\.table\.row-note\]/);
  assert.match(r.stderr, /\[import\.units-missing\]/);
  const cat = readJson(out);
  assert.equal(cat.issuer, '示范县人民政府');
  assert.equal(cat.level, 'COUNTY');
  assert.equal(cat.versionDate, '2024-06-01');
  assert.deepEqual(
    cat.items.map((it) => [it.area, it.item1, it.item2]),
    [
      ['COMPULSORY_EDUCATION', '招生管理', '招生政策'],
      ['COMPULSORY_EDUCATION', '招生管理', '招生范围'],
      ['COMPULSORY_EDUCATION', '财务信息', '财务信息'],
      ['COMPULSORY_EDUCATION', '教育概况', '义务教育学校名录'],
    ],
  );
  assert.deepEqual(cat.items[0]!.channels, ['GOV_WEBSITE', 'WEIBO_WECHAT_APP', 'RADIO_TV', 'PRINT_MEDIA', 'READING_POINT', 'NOTICE_BOARD']);
  assert.deepEqual(cat.items[1]!.content, ['招生范围', '学区划分详细情况']);
  assert.deepEqual(cat.items[2]!.basis, []);
  assert.deepEqual(cat.items[0]!.audience, ['PUBLIC']);
  assert.deepEqual(cat.items[0]!.mode, ['PROACTIVE']);
  assert.deepEqual(cat.items[0]!.level, ['COUNTY']);
  assert.equal(cat.items[3]!.timeLimit.text, EDU_TIME);
  assert.equal(new Set(cat.items.map((it) => it.id)).size, 4);
});

test('CSV in GB18030 (the committed fixture, §7 rows 1–4): þ ticks survive; no --issuer or --units warns; exit 0', () => {
  const out = join(dir, 'gbk.json');
  const r = run([gbkFixture, '--area', '社会救助', '--out', out, '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /Encoding: gb18030/);
  assert.match(r.stderr, /Social assistance \(SOCIAL_ASSISTANCE\) +4/);
  assert.match(r.stderr, /warning: .*--issuer.*\[import\.issuer-missing\]/);
  assert.match(r.stderr, /warning: Subjects not resolved.*\(4 items without unit ids\) \[import\.units-missing\]/);
  const cat = readJson(out);
  assert.equal(cat.issuer, '');
  assert.deepEqual(
    cat.items.map((it) => [it.item1, it.item2, it.channels]),
    [
      ['综合业务', '政策', ['GOV_WEBSITE']],
      ['综合业务', '监督', ['GOV_WEBSITE']],
      ['最低生活保障', '政策', ['GOV_WEBSITE', 'READING_POINT']],
      ['最低生活保障', '办事指南', ['GOV_WEBSITE', 'SERVICE_CENTER']],
    ],
  );
  assert.deepEqual(cat.items[1]!.content, ['信访通讯地址', '投诉举报电话']);
  assert.deepEqual(cat.items[0]!.level, ['COUNTY', 'TOWNSHIP']);
  assert.ok(cat.items.every((it) => it.area === 'SOCIAL_ASSISTANCE' && it.subject.text === '县级政府民政部门、乡镇政府(街道办事处)'));
});

test('XLSX written by exceljs: merged 一级 cells, a two-row header, a notes sheet skipped', async () => {
  const src = join(dir, 'assist.xlsx');
  const out = join(dir, 'assist.json');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['本目录依据《社会救助暂行办法》编制']);
  const ws = wb.addWorksheet('社会救助');
  const basis = '《信息公开条例》及相关规定';
  const time = '制定或获取信息之日起10个工作日内';
  const subject = '县级政府民政部门、乡镇政府(街道办事处)';
  ws.addRows([
    HEAD[0]!,
    HEAD[1]!,
    [1, '综合业务', '政策', '《社会救助暂行办法》', basis, time, subject, '政府网站', '√', '', '√', '', '√', '√'],
    [2, '', '监督', '信访通讯地址\n投诉举报电话', basis, time, subject, '政府网站', '√', '', '√', '', '√', '√'],
    [3, '最低生活保障', '政策', '最低生活保障审核审批办法(试行)', basis, time, subject, '政府网站', '√', '', '√', '', '√', '√'],
    [
      4,
      '',
      '办事指南',
      '办理事项、条件、低保标准、申请材料、流程、时间、地点、联系方式',
      basis,
      time,
      subject,
      '政府网站',
      '√',
      '',
      '√',
      '',
      '√',
      '√',
    ],
    [
      5,
      '',
      '审核信息',
      '初审对象名单及相关信息',
      basis,
      '制定或获取信息之日起10个工作日内，公示7个工作日',
      '镇人民政府',
      '社区/企事业单位/村公示栏（电子屏）',
      '',
      '√',
      '√',
      '',
      '',
      '√',
    ],
  ]);
  for (const range of ['A1:A2', 'B1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:J1', 'K1:L1', 'M1:N1', 'B3:B4', 'B5:B7'])
    ws.mergeCells(range);
  writeFileSync(src, new Uint8Array(await wb.xlsx.writeBuffer()));

  const r = run([src, '--area', '社会救助', '--issuer', '示范县民政局', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /已跳过 说明：没有目录表头/);
  assert.match(r.stderr, /已读取：社会救助/);
  const cat = readJson(out);
  assert.deepEqual(
    cat.items.map((it) => [it.item1, it.item2]),
    [
      ['综合业务', '政策'],
      ['综合业务', '监督'],
      ['最低生活保障', '政策'],
      ['最低生活保障', '办事指南'],
      ['最低生活保障', '审核信息'],
    ],
  );
  assert.deepEqual(cat.items[1]!.content, ['信访通讯地址', '投诉举报电话']);
  assert.deepEqual(cat.items[4]!.audience, ['SPECIFIC']);
  assert.deepEqual(cat.items[4]!.level, ['TOWNSHIP']);
  assert.deepEqual(cat.items[4]!.channels, ['NOTICE_BOARD']);
});

test('HTML as Word saves it (GB2312 page, §7 rows 15–19): rowspans, <br>, every marker glyph', () => {
  const src = join(dir, 'huji.htm');
  const out = join(dir, 'huji.json');
  const six = '受理部门、办理条件、办理流程、所需材料、办理时限、收费依据及标准';
  const td = (text: string, rowspan = 1) => `<td${rowspan > 1 ? ` rowspan=${rowspan}` : ''} valign=top><p class=MsoNormal>${text}</p></td>`;
  const ticks = `${td('√')}${td('')}${td('√')}${td('')}${td('√')}${td('√')}`;
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"><style>p.MsoNormal{margin:0}</style></head>
<body lang=ZH-CN><div class=WordSection1><p class=MsoNormal>户籍管理领域基层政务公开标准目录</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr>${td('序号', 2)}<td colspan=2><p class=MsoNormal>公开事项</p></td>${td('公开内容<br>（要素）', 2)}${td('公开依据', 2)}${td('公开时限', 2)}${td('公开主体', 2)}${td('公开渠道和载体', 2)}<td colspan=2><p>公开对象</p></td><td colspan=2><p>公开方式</p></td><td colspan=2><p>公开层级</p></td></tr>
<tr>${td('一级事项')}${td('二级事项')}${td('全社会')}${td('特定群众')}${td('主动')}${td('依申请')}${td('县级')}${td('乡级')}</tr>
<tr>${td('1')}${td('出生登记')}${td('出生登记')}${td(six)}${td('《户口登记条例》第七条<br>《政府信息公开条例》')}${td('形成或者变更之日起20个工作日内予以公开', 4)}${td('公安机关', 4)}${td('■政府网站<br>□政府公报<br>þ入户/现场')}${ticks}</tr>
<tr>${td('2')}${td('注销登记', 2)}${td('死亡注销')}${td(six)}${td('《户口登记条例》第八条<br>《政府信息公开条例》')}${td('√政府网站&nbsp;口政府公报&nbsp;☑入户/现场')}${ticks}</tr>
<tr>${td('3')}${td('服现役注销')}${td(six)}${td('《户口登记条例》<br>《政府信息公开条例》')}${td('▲政府网站 □政府公报 t入户/现场')}${ticks}</tr>
<tr>${td('4')}${td('迁移登记')}${td('迁出、迁入<span lang=EN-US>\n</span>登记')}${td(six)}${td('《户口登记条例》<br>《政府信息公开条例》')}${td('þ政府网站<br>口政府公报<br>■入户/现场')}${ticks}</tr>
</table></div></body></html>`;
  writeFileSync(src, gb18030(html));
  // No --area: the paragraph above the table names it, as on a Word page.
  const r = run([src, '--issuer', '示范县公安局', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /编码：gb18030/);
  const cat = readJson(out);
  assert.deepEqual(
    cat.items.map((it) => [it.item1, it.item2, it.subject.text, it.channels]),
    [
      ['出生登记', '出生登记', '公安机关', ['GOV_WEBSITE', 'DOOR_TO_DOOR']],
      ['注销登记', '死亡注销', '公安机关', ['GOV_WEBSITE', 'DOOR_TO_DOOR']],
      ['注销登记', '服现役注销', '公安机关', ['GOV_WEBSITE', 'DOOR_TO_DOOR']],
      ['迁移登记', '迁出、迁入登记', '公安机关', ['GOV_WEBSITE', 'DOOR_TO_DOOR']],
    ],
  );
  assert.deepEqual(cat.items[0]!.basis, ['《户口登记条例》第七条', '《政府信息公开条例》']);
  assert.ok(
    cat.items.every((it) => it.timeLimit.text === '形成或者变更之日起20个工作日内予以公开' && it.area === 'HOUSEHOLD_REGISTRATION'),
  );
});

/** The fields an import must give back unchanged. */
const same = (it: CatalogueItem) => ({
  area: it.area,
  item1: it.item1,
  item2: it.item2,
  content: it.content,
  basis: it.basis,
  timeLimit: it.timeLimit.text,
  subject: it.subject.text,
  channels: it.channels,
  channelsOther: it.channelsOther,
  audience: it.audience,
  mode: it.mode,
  level: it.level,
});

test('round trip: the sample catalogue exported to CSV and to XLSX imports to the same items', async () => {
  const csv = join(dir, 'sample.csv');
  const xlsx = join(dir, 'sample.xlsx');
  writeFileSync(csv, catalogueToCsv(sampleCatalogue.items, 'zh-CN'));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('目录').addRows(catalogueTable(sampleCatalogue.items, 'zh-CN'));
  writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
  const units = join(dir, 'units.json');
  writeFileSync(units, JSON.stringify(sampleUnitData));
  for (const src of [csv, xlsx]) {
    const out = `${src}.json`;
    const r = run([src, '--issuer', sampleCatalogue.issuer, '--level', sampleCatalogue.level, '--units', units, '--out', out]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.doesNotMatch(r.stderr, /import\.units-missing/);
    const items = readJson(out).items;
    sampleCatalogue.items.forEach((it, i) => assert.deepEqual(items[i] && same(items[i]), same(it), `${src}: item ${i + 1} (${it.id})`));
    assert.equal(items.length, sampleCatalogue.items.length, src);
    // With the sample's units, every subject resolves as in the sample.
    assert.deepEqual(
      items.map((it) => it.subject.units),
      sampleCatalogue.items.map((it) => it.subject.units),
      src,
    );
  }
});

test('the template spreadsheet of docs/catalogue-import.md is accepted as it is (XLSX and CSV give the same items)', () => {
  const template = (ext: string) => fileURLToPath(new URL(`../../../docs/templates/catalogue-template.${ext}`, import.meta.url));
  const outs: StandardCatalogue[] = [];
  for (const ext of ['xlsx', 'csv']) {
    const out = join(dir, `template-${ext}.json`);
    const r = run([template(ext), '--issuer', '汶上县人民政府办公室', '--units', 'seed', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /错误 0 处，提示 0 处/);
    outs.push(readJson(out));
  }
  const [xlsx, csv] = outs;
  assert.deepEqual(
    xlsx!.items.map((i) => [i.area, i.item1, i.item2, i.subject.units.length > 0]),
    [
      ['SOCIAL_ASSISTANCE', '最低生活保障', '办事指南', true],
      ['SOCIAL_ASSISTANCE', '最低生活保障', '审核信息', true],
    ],
  );
  assert.deepEqual(csv!.items, xlsx!.items);
});

test('usage and I/O errors exit 2', () => {
  assert.equal(run([]).status, 2);
  assert.equal(run([join(dir, 'plan.docx')]).status, 2);
  const missing = run([join(dir, 'missing.csv')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
  const sheet = run([gbkFixture, '--sheet', '3']);
  assert.equal(sheet.status, 2);
});

/**
 * GB18030 bytes of a string, as Chinese Word writes a "GB2312" web page. There is no GB18030
 * TextEncoder, so the table is built by decoding every 2-byte and BMP 4-byte sequence once.
 */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if (!table.has(ch)) table.set(ch, bytes);
    } catch {
      // not a character
    }
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** A one-header-row table with the columns the checks need; `rows` are the items. */
const SIMPLE_HEAD = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体'];

test('HTML: a table nested in a cell is lines of that cell; checkboxes and tick pictures are their marks', () => {
  const src = join(dir, 'nested.htm');
  const td = (t: string) => `<td>${t}</td>`;
  writeFileSync(
    src,
    `<html><head><meta charset="utf-8"></head><body><p>户籍管理领域基层政务公开标准目录</p><table border=1>
<tr>${SIMPLE_HEAD.map(td).join('')}</tr>
<tr>${td('1')}${td('注销登记')}${td('死亡注销')}${td('<table><tr><td>受理部门</td><td>地址</td></tr><tr><td>办理条件</td></tr></table>')}${td('《户口登记条例》')}${td('20个工作日内')}${td('公安机关')}${td('<input type=checkbox checked>政府网站<input type="checkbox">政府公报<img alt="■" src="x.png">两微一端<img alt="□">广播电视')}</tr>
</table></body></html>`,
  );
  const grid = run([src, '--grid']);
  assert.equal(grid.status, 0, grid.stderr);
  const grids = JSON.parse(grid.stdout) as { name: string; rows: string[][] }[];
  assert.equal(grids.length, 1, 'the nested table is not a table of its own');
  assert.equal(grids[0]!.rows[1]![3], '受理部门 地址\n办理条件');
  assert.equal(grids[0]!.rows[1]![7], '■政府网站□政府公报■两微一端□广播电视');
  const out = join(dir, 'nested.json');
  const r = run([src, '--issuer', '示范县公安局', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const cat = readJson(out);
  assert.equal(cat.items.length, 1);
  assert.equal(cat.items[0]!.area, 'HOUSEHOLD_REGISTRATION');
  assert.deepEqual(cat.items[0]!.channels, ['GOV_WEBSITE', 'WEIBO_WECHAT_APP']);
});

test('XLSX: dates as YYYY-MM-DD, hyperlinks keep their URL, hidden rows and columns are noted and not read', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('户籍');
  ws.addRow(['户籍管理领域基层政务公开标准目录']);
  ws.addRow([...SIMPLE_HEAD, '备注', '公开链接']);
  const item = (n: string, item2: string) => [
    n,
    '注销登记',
    item2,
    '受理部门',
    '《户口登记条例》',
    '20个工作日内',
    '公安机关',
    '■政府网站',
    '内部',
  ];
  ws.addRow([...item('1', '死亡注销'), { text: '办事指南', hyperlink: 'https://example.gov.cn/a' }]);
  ws.addRow([...item('2', '隐藏事项'), '']);
  const dated = item('3', '出国注销');
  dated[5] = new Date(Date.UTC(2024, 0, 31)) as unknown as string;
  ws.addRow([...dated, '']);
  ws.getRow(4).hidden = true;
  ws.getColumn(9).hidden = true;
  const src = join(dir, 'hidden.xlsx');
  await wb.xlsx.writeFile(src);
  const grid = run([src, '--grid']);
  assert.equal(grid.status, 0, grid.stderr);
  const rows = (JSON.parse(grid.stdout) as { rows: string[][] }[])[0]!.rows;
  assert.equal(rows[2]![9], '办事指南 https://example.gov.cn/a');
  assert.deepEqual(rows[3]!.join(''), '', 'the hidden row is blank');
  assert.equal(rows[2]![8], '', 'the hidden column is blank');
  assert.equal(rows[4]![5], '2024-01-31');
  const out = join(dir, 'hidden.json');
  const r = run([src, '--issuer', '示范县公安局', '--out', out]);
  assert.match(r.stderr, /说明: 工作表“户籍”有隐藏的行 4和列 I：未读取/);
  const cat = readJson(out);
  assert.deepEqual(
    cat.items.map((i) => i.item2),
    ['死亡注销', '出国注销'],
  );
  assert.equal(cat.items[0]!.links?.[0]?.url, 'https://example.gov.cn/a');
});

test('a UTF-8 file with a stray invalid byte is read as GB18030 with a note; a <meta charset=utf-8> does not override it', () => {
  const lines = [
    SIMPLE_HEAD.join(','),
    ...Array.from({ length: 20 }, (_, i) => `${i + 1},注销登记,死亡注销${i + 1},受理部门,《户口登记条例》,20个工作日内,公安机关,■政府网站`),
  ];
  const csv = join(dir, 'stray.csv');
  writeFileSync(csv, Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), Buffer.from([0x0d, 0x0a, 0xff])]));
  const r = run([csv, '--area', '户籍管理', '--issuer', 'x']);
  assert.match(r.stderr, /编码：gb18030/);
  assert.match(
    r.stderr,
    /提示: .*stray\.csv: 文件大部分是 UTF-8，但有 1 处无效字节：已按 GB18030 读取，请检查 \[import\.encoding-suspect\]/,
  );
  // A real GB18030 file is not "mostly UTF-8".
  assert.doesNotMatch(run([gbkFixture, '--area', '社会救助']).stderr, /文件大部分是 UTF-8/);

  const html = join(dir, 'stray.htm');
  const body = `<table>${lines
    .map(
      (l) =>
        `<tr>${l
          .split(',')
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</table>`;
  writeFileSync(html, Buffer.concat([Buffer.from(`<html><head><meta charset="utf-8"></head><body>${body}`, 'utf8'), Buffer.from([0xff])]));
  const h = run([html, '--area', '户籍管理', '--issuer', 'x']);
  assert.match(h.stderr, /编码：gb18030/);
  assert.match(h.stderr, /文件大部分是 UTF-8，但有 1 处无效字节/);
});

test('the command uses core’s build only when it is newer than the catalogue sources', async () => {
  const { coreBuildIsStale } = (await import(new URL('../../../tools/lib/cli.mjs', import.meta.url).href)) as {
    coreBuildIsStale: (srcDir: string, distFile: string) => boolean;
  };
  const src = join(dir, 'stale-src');
  const dist = join(dir, 'stale-dist.js');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'table.ts'), '');
  assert.equal(coreBuildIsStale(src, dist), true, 'no build');
  writeFileSync(dist, '');
  const now = Date.now() / 1000;
  utimesSync(join(src, 'table.ts'), now - 100, now - 100);
  utimesSync(dist, now - 50, now - 50);
  assert.equal(coreBuildIsStale(src, dist), false, 'build newer than the sources');
  utimesSync(join(src, 'table.ts'), now, now);
  assert.equal(coreBuildIsStale(src, dist), true, 'a source changed after the build');
});
