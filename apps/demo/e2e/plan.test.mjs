// End-to-end tests of the demo's 工作方案 page: <gk-task-board> with the 汶上县 2020 plan and the
// example progress log, from the built embed under the page's strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { assertLoadedCleanly, assertScalesWithRootFontSize, openPage, settle, useDemo } from './support.mjs';

const demo = useDemo();

const plan = JSON.parse(readFileSync(new URL('../dist/data/wenshang-2020-plan.json', import.meta.url), 'utf8'));
const items = plan.tasks.reduce((n, t) => n + t.items.length, 0);

async function openPlan() {
  const opened = await openPage(demo.browser, demo.server.url, 'plan.html');
  await opened.page.locator('#plan [part="task"]').first().waitFor();
  return opened;
}

describe('demo 工作方案 page with <gk-task-board>', { timeout: 60_000 }, () => {
  test('shows the seed plan and the example progress, labelled, under the strict CSP', async () => {
    const opened = await openPlan();
    const { page, close } = opened;
    try {
      await assertLoadedCleanly(opened);
      assert.equal(plan.tasks.length, 13);
      assert.equal(items, 19);
      assert.equal(await page.locator('#plan [part="task"]').count(), 13);
      assert.equal(await page.locator('#plan [part="item"]').count(), 19);
      assert.equal(await page.locator('#plan .example').isVisible(), true, 'the example-data label shows');
      assert.match((await page.locator('#plan .summary').textContent()) ?? '', /共 13 项任务、19 条事项/);
    } finally {
      await close();
    }
  });

  test("one responsible unit's obligations: 按单位 with 县财政局 lists exactly the items it owes", async () => {
    // Expected from the published plan: every item whose responsible units include the finance bureau.
    const UNIT = 'county-finance';
    const owed = plan.tasks.flatMap((t) => t.items).filter((it) => it.units.resolved.includes(UNIT));
    assert.ok(owed.length > 0 && owed.length < items, `the finance bureau owes some items, not all (${owed.length})`);
    const { page, close } = await openPlan();
    try {
      await page.locator('#plan').getByRole('button', { name: '按单位' }).click();
      const select = page.locator('#plan select[name="unit"]');
      await select.selectOption(UNIT);
      assert.equal(
        await select
          .locator('option:checked')
          .textContent()
          .then((t) => (t ?? '').trim()),
        '县财政局',
      );
      const shown = page.locator('#plan .by-unit [part="item"]');
      await settle(
        () => shown.count(),
        (n) => n === owed.length,
      );
      const ids = await shown.evaluateAll((els) => els.map((el) => el.getAttribute('aria-labelledby')));
      assert.deepEqual(ids.sort(), owed.map((it) => `item-${it.id}`).sort(), 'the items the unit owes, each once');
      assert.match(decodeURIComponent(new URL(page.url()).hash), /plan\.unit=county-finance/);
    } finally {
      await close();
    }
  });

  test('text scales with the host page: root font-size 200 % doubles the board text', async () => {
    const { page, close } = await openPlan();
    try {
      await assertScalesWithRootFontSize(page, page.locator('#plan .summary'), 'the plan summary');
    } finally {
      await close();
    }
  });

  test('the by-unit view with a group, kept in the hash; the ICS export downloads', async () => {
    const { page, close } = await openPlan();
    try {
      await page.locator('#plan').getByRole('button', { name: '按单位' }).click();
      await page.locator('#plan select[name="unit"]').selectOption('group:all-townships');
      await settle(
        () => page.locator('#plan .by-unit [part="item"]').count(),
        (n) => n > 0,
      );
      const hash = decodeURIComponent(new URL(page.url()).hash);
      assert.match(hash, /plan\.view=unit/);
      assert.match(hash, /plan\.unit=group:all-townships/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#plan').getByRole('button', { name: '导出日历（ICS）' }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
      assert.ok((text.match(/BEGIN:VEVENT/g) ?? []).length > 0);
    } finally {
      await close();
    }
  });
});
