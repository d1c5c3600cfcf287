// End-to-end tests of the demo's 目录导入 tool page: a webmaster drops the catalogue table the
// county already has (Excel, CSV, a Word-saved web page) and gets the issues, a preview in
// <gk-catalogue> and the JSON, all in the browser under the strict CSP. The file never leaves
// the machine.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertLoadedCleanly, openPage, settle, useDemo } from './support.mjs';

const demo = useDemo();
const dir = mkdtempSync(join(tmpdir(), 'gk-import-e2e-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const repo = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const TEMPLATE_XLSX = repo('docs/templates/catalogue-template.xlsx');
const GBK_CSV = repo('packages/core/test/fixtures/catalogue-gbk.csv');

async function openImport() {
  const opened = await openPage(demo.browser, demo.server.url, 'import.html');
  await opened.page.locator('#import-file').waitFor();
  return opened;
}

/** Chooses a file and waits for the status line of the finished import. */
async function importFile(page, file) {
  await page.locator('#import-file').setInputFiles(file);
  return settle(
    async () => (await page.locator('#import-status').textContent()) ?? '',
    (t) => /得到 \d+ 个事项/.test(t) || /无法读取/.test(t),
    15_000,
  );
}

describe('demo 目录导入 page', { timeout: 90_000 }, () => {
  test('the template spreadsheet (.xlsx) imports in the browser: preview, no issues, JSON download, nothing sent', async () => {
    const opened = await openImport();
    const { page, requests, close } = opened;
    try {
      await assertLoadedCleanly(opened);
      const before = requests.length;
      const status = await importFile(page, TEMPLATE_XLSX);
      assert.match(status, /catalogue-template\.xlsx：Excel，读取 1 个表格，得到 2 个事项；0 个错误，0 个提示/);
      assert.equal(await page.locator('#import-issues li').textContent(), '没有发现问题。');

      // The preview is a real <gk-catalogue> with the imported items.
      const preview = page.locator('#import-preview');
      await preview.scrollIntoViewIfNeeded();
      await settle(
        () => preview.locator('[role="treeitem"]').count(),
        (n) => n > 0,
      );
      assert.equal(await preview.evaluate((el) => el.catalogue.items.map((i) => i.item2).join('、')), '办事指南、审核信息');

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#import-download').click()]);
      const json = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
      assert.equal(json.issuer, '汶上县人民政府办公室');
      assert.deepEqual(
        json.items.map((i) => [i.area, i.item1, i.item2]),
        [
          ['SOCIAL_ASSISTANCE', '最低生活保障', '办事指南'],
          ['SOCIAL_ASSISTANCE', '最低生活保障', '审核信息'],
        ],
      );

      // Only the page's own files were fetched (the exceljs reader, loaded on demand): no upload.
      const after = requests.slice(before);
      assert.ok(
        after.every((r) => r.method() === 'GET' && new URL(r.url()).origin === new URL(demo.server.url).origin),
        after.map((r) => `${r.method()} ${r.url()}`).join('\n'),
      );
      assert.ok(after.some((r) => r.url().endsWith('/vendor/exceljs.min.js')));
      assert.deepEqual(await opened.cspViolations(), []);
      assert.deepEqual(opened.errors, []);
    } finally {
      await close();
    }
  });

  test('a GB18030 CSV: the encoding is reported and þ ticks survive', async () => {
    const { page, close } = await openImport();
    try {
      // The fixture has no title row: the webmaster picks the area.
      await page.locator('#import-area').selectOption('SOCIAL_ASSISTANCE');
      const status = await importFile(page, GBK_CSV);
      assert.match(status, /CSV（gb18030）/);
      assert.match(status, /得到 4 个事项/);
      const channels = await page.locator('#import-preview').evaluate((el) => el.catalogue.items[0].channels);
      assert.ok(channels.includes('GOV_WEBSITE'), 'þ政府网站 is a ticked channel');
    } finally {
      await close();
    }
  });

  test('problems are listed with their row, and each links to that row of the source table', async () => {
    const { page, close } = await openImport();
    try {
      const csv = [
        '义务教育领域基层政务公开标准目录',
        '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体',
        '1,招生管理,招生政策,随迁子女入学办法,《政府信息公开条例》,信息形成或者变更之日起20个工作日内,区教育局',
        '2,招生管理,招生范围,,《政府信息公开条例》,,区教育局',
      ].join('\r\n');
      const file = join(dir, 'edu.csv');
      writeFileSync(file, `\ufeff${csv}\r\n`);
      const status = await importFile(page, file);
      assert.match(status, /edu\.csv：CSV（utf-8-bom）/);
      const links = page.locator('#import-issues a');
      assert.ok((await links.count()) > 0);
      const row4 = links.filter({ hasText: '第 4 行' }).first();
      assert.match((await row4.textContent()) ?? '', /第 4 行/);
      await row4.click();
      assert.equal(new URL(page.url()).hash, '#src-1-4');
      assert.match((await page.locator('#src-1-4').textContent()) ?? '', /招生范围/);
    } finally {
      await close();
    }
  });

  test('a Word page saved as HTML: rowspans and <br> read like the command reads them', async () => {
    const { page, close } = await openImport();
    try {
      const td = (text, rowspan = 1) => `<td${rowspan > 1 ? ` rowspan=${rowspan}` : ''}><p class=MsoNormal>${text}</p></td>`;
      const html = `<html><head><meta charset="utf-8"></head><body><div class=WordSection1>
<p>户籍管理领域基层政务公开标准目录</p><table border=1>
<tr>${td('序号')}${td('一级事项')}${td('二级事项')}${td('公开内容（要素）')}${td('公开时限')}${td('公开主体')}${td('公开渠道和载体')}</tr>
<tr>${td('1')}${td('注销登记', 2)}${td('死亡注销')}${td('受理部门<br>办理条件')}${td('形成或者变更之日起20个工作日内予以公开', 2)}${td('公安机关', 2)}${td('■政府网站<br>□政府公报')}</tr>
<tr>${td('2')}${td('服现役<span>\n</span>注销')}${td('受理部门<br>办理条件')}${td('√政府网站&nbsp;口政府公报')}</tr>
</table></div></body></html>`;
      const file = join(dir, 'huji.htm');
      writeFileSync(file, html);
      const status = await importFile(page, file);
      assert.match(status, /得到 2 个事项/);
      const items = await page
        .locator('#import-preview')
        .evaluate((el) => el.catalogue.items.map((i) => [i.item1, i.item2, i.content.join('|'), i.subject.text, i.channels.join()]));
      assert.deepEqual(items, [
        ['注销登记', '死亡注销', '受理部门|办理条件', '公安机关', 'GOV_WEBSITE'],
        ['注销登记', '服现役注销', '受理部门|办理条件', '公安机关', 'GOV_WEBSITE'],
      ]);
    } finally {
      await close();
    }
  });

  test('the tool is reachable from the sidebar, marked as the current page', async () => {
    const { page, close } = await openImport();
    try {
      assert.equal(await page.locator('.sidebar a[data-page="import"]').getAttribute('aria-current'), 'page');
    } finally {
      await close();
    }
  });
});
