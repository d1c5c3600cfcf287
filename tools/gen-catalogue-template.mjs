#!/usr/bin/env node
// Writes the catalogue template spreadsheet of docs/catalogue-import.md: docs/templates/
// catalogue-template.xlsx (a title row naming the area, a two-row header with merged group
// cells, two example rows from regulations §7) and the same table as catalogue-template.csv
// (UTF-8 with a BOM). `npm run import:catalogue` accepts both as they are (tested in
// packages/core/test/catalogue-import.test.ts).
//
//   node tools/gen-catalogue-template.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'templates');

const TITLE = '社会救助领域基层政务公开标准目录（模板）';
const HEAD1 = [
  '序号',
  '公开事项',
  '',
  '公开内容（要素）',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '',
  '公开方式',
  '',
  '公开层级',
  '',
  '备注',
];
const HEAD2 = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请公开', '县级', '乡级', ''];
const CHANNELS =
  '■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 ■公开查阅点 ■政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏（电子屏） □精准推送 □其他';
const ROWS = [
  [
    '1',
    '最低生活保障',
    '办事指南',
    '●办理事项\n●申请条件\n●低保标准\n●申请材料\n●办理流程\n●办理时间、地点和联系方式',
    '《社会救助暂行办法》\n《最低生活保障审核确认办法》（民发〔2021〕57号）',
    '制定或获取信息之日起10个工作日内',
    '县民政局、各乡镇（街道）',
    CHANNELS,
    '√',
    '',
    '√',
    '',
    '√',
    '√',
    '',
  ],
  [
    '2',
    '',
    '审核信息',
    '初审对象名单及相关信息',
    '《社会救助暂行办法》',
    '制定或获取信息之日起10个工作日内，公示7个工作日',
    '各乡镇（街道）',
    CHANNELS,
    '',
    '√',
    '√',
    '',
    '',
    '√',
    '示例：请删去示例行后填写',
  ],
];

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('社会救助');
sheet.addRow([TITLE]);
sheet.addRow(HEAD1);
sheet.addRow(HEAD2);
for (const row of ROWS) sheet.addRow(row);
sheet.mergeCells('A1:O1');
sheet.mergeCells('A2:A3');
sheet.mergeCells('B2:C2');
for (const col of ['D', 'E', 'F', 'G', 'H', 'O']) sheet.mergeCells(`${col}2:${col}3`);
sheet.mergeCells('I2:J2');
sheet.mergeCells('K2:L2');
sheet.mergeCells('M2:N2');
sheet.mergeCells('B4:B5');
sheet.getRow(1).font = { bold: true, size: 14 };
for (const r of [2, 3]) sheet.getRow(r).font = { bold: true };
sheet.columns.forEach((column, i) => (column.width = [6, 14, 14, 30, 30, 24, 24, 40, 8, 8, 8, 10, 8, 8, 16][i]));
for (const r of [4, 5]) sheet.getRow(r).alignment = { wrapText: true, vertical: 'top' };

mkdirSync(outDir, { recursive: true });
await workbook.xlsx.writeFile(join(outDir, 'catalogue-template.xlsx'));

const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const grid = [[TITLE], HEAD1, HEAD2, ...ROWS.map((r, i) => (i === 1 ? r.map((v, c) => (c === 1 ? ROWS[0][1] : v)) : r))];
writeFileSync(join(outDir, 'catalogue-template.csv'), `\ufeff${grid.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);
console.log(`gen-catalogue-template: wrote docs/templates/catalogue-template.xlsx and .csv`);
