// End-to-end tests of the demo's 依申请公开 page: <gk-request-form> in paper mode and
// <gk-request-status> against the demo server's example endpoint, from the built embed under the
// page's strict CSP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertLoadedCleanly, assertScalesWithRootFontSize, openPage, settle, useDemo } from './support.mjs';

const demo = useDemo();

async function openRequest() {
  const opened = await openPage(demo.browser, demo.server.url, 'request.html');
  await opened.page.locator('#apply').getByLabel('姓名').waitFor();
  return opened;
}

/** Fills a valid application (a citizen asking for one document, collecting it in person). */
async function fillValid(page) {
  const form = page.locator('#apply');
  await form.getByLabel('姓名').fill('张三');
  // Full-width digits and a lower-case x, as a Chinese input method may type them.
  await form.getByRole('textbox', { name: /^证件号码/ }).fill('１１０１０５１９４９１２３１００２x');
  await form.getByLabel('手机号码').fill('13800138000');
  await form.getByLabel('所需信息的名称').fill('2024 年城乡低保资金发放情况');
}

describe('demo 依申请公开 page', { timeout: 60_000 }, () => {
  test('both elements render under the strict CSP, the form in paper mode', async () => {
    const opened = await openRequest();
    const { page, close } = opened;
    try {
      await assertLoadedCleanly(opened);
      const form = page.locator('#apply');
      assert.equal(await form.getByRole('button', { name: '生成申请表' }).count(), 1, 'paper mode: no endpoint');
      assert.equal(await form.getByLabel('姓名').getAttribute('autocomplete'), 'name');
      assert.match((await form.locator('.gk-estimate').textContent()) ?? '', /预计最迟答复日期/);
      assert.equal(await page.locator('#track').getByLabel('查询码').count(), 1);
      // The fallback content inside the tags is replaced once the elements run.
      assert.equal(await form.getByText('请到县政务服务中心领取').count(), 0);
    } finally {
      await close();
    }
  });

  test('a reload in the middle of filling keeps the draft (this tab only)', async () => {
    const { page, close } = await openRequest();
    try {
      const form = page.locator('#apply');
      await form.getByLabel('姓名').fill('李四');
      await form.getByLabel('所需信息的特征性描述').fill('示范镇 2024 年危房改造补助名单');
      // Saved within 300 ms of the last input.
      await page.waitForTimeout(400);
      await page.reload({ waitUntil: 'load' });
      await form.getByLabel('姓名').waitFor();
      assert.equal(await form.getByLabel('姓名').inputValue(), '李四');
      assert.equal(await form.getByLabel('所需信息的特征性描述').inputValue(), '示范镇 2024 年危房改造补助名单');
      assert.match((await form.locator('[role="status"]').first().textContent()) ?? '', /已恢复/);
      // Another tab (a new context: a new session) starts empty.
      const other = await openRequest();
      try {
        assert.equal(await other.page.locator('#apply').getByLabel('姓名').inputValue(), '');
      } finally {
        await other.close();
      }
    } finally {
      await close();
    }
  });

  test('a failed submit lists every error in a focused summary whose links focus the fields', async () => {
    const { page, close } = await openRequest();
    try {
      const form = page.locator('#apply');
      await form.getByRole('button', { name: '生成申请表' }).click();
      const summary = form.getByRole('region', { name: /处错误需要修改/ });
      await summary.waitFor();
      assert.equal(await summary.evaluate((el) => el === el.ownerDocument.activeElement), true, 'the summary has focus');
      const links = summary.getByRole('link');
      const count = await links.count();
      assert.ok(count >= 4, `name, ID, contact and information are missing (${count} links)`);
      assert.match((await summary.getByRole('heading').textContent()) ?? '', new RegExp(`有 ${count} 处错误需要修改`));
      await links.first().click();
      assert.equal(await form.getByLabel('姓名').evaluate((el) => el === el.ownerDocument.activeElement), true);
    } finally {
      await close();
    }
  });

  test('paper mode makes a filled 申请表 that prints on its own, and a JSON download', async () => {
    const { page, close } = await openRequest();
    try {
      await fillValid(page);
      const form = page.locator('#apply');
      await form.getByRole('button', { name: '生成申请表' }).click();
      const sheet = form.locator('table.gk-sheet');
      await sheet.waitFor();
      const text = (await sheet.textContent()) ?? '';
      assert.match(text, /张三/);
      assert.match(text, /11010519491231002X/, 'the ID number normalised: ASCII digits, upper-case X');
      assert.match(text, /示范县人民政府办公室/);

      const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: /下载数据文件/ }).click()]);
      assert.match(download.suggestedFilename(), /\.json$/);
      const body = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
      assert.equal(body.applicant.name, '张三');
      assert.equal(body.identity.number, '11010519491231002X');

      // Printing: only the sheet prints; the portal around it is out of the layout (no blank pages).
      await page.emulateMedia({ media: 'print' });
      const display = (locator) => locator.evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).display);
      assert.equal(await display(page.locator('.masthead')), 'none');
      assert.equal(await display(page.locator('.sidebar')), 'none');
      assert.equal(await display(page.locator('#track')), 'none');
      assert.equal(await sheet.isVisible(), true);
      assert.equal(await form.getByRole('button', { name: '打印申请表' }).isVisible(), false, 'buttons do not print');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, 'the filled 申请表 prints on one A4 page');
      await page.emulateMedia({ media: 'screen' });

      await form.getByRole('button', { name: '返回修改' }).click();
      assert.equal(await form.getByLabel('姓名').inputValue(), '张三', 'back to editing keeps the values');
    } finally {
      await close();
    }
  });

  test('text scales with the host page: root font-size 200 % doubles the form and status text', async () => {
    const { page, close } = await openRequest();
    try {
      await assertScalesWithRootFontSize(page, page.locator('#apply .gk-estimate'), 'the form estimate');
      await assertScalesWithRootFontSize(page, page.locator('#track').getByLabel('查询码'), 'the status look-up input');
    } finally {
      await close();
    }
  });

  test('the status look-up shows a seeded request with working days left and the next step', async () => {
    const { page, close } = await openRequest();
    try {
      const track = page.locator('#track');
      await track.getByLabel('查询码').fill('24lv y7he aa');
      await track.getByLabel(/手机号码后四位/).fill('8000');
      await track.getByRole('button', { name: '查询' }).click();
      const text = await settle(
        () => track.evaluate((el) => el.shadowRoot?.textContent ?? ''),
        (t) => /办理经过/.test(t),
      );
      assert.match(text, /24LV-Y7HE-AA/);
      assert.match(text, /补正/);
      assert.match(text, /0537-1234567/);
    } finally {
      await close();
    }
  });
});
