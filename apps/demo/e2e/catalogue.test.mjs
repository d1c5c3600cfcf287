// End-to-end tests of the demo's 标准目录 page: <gk-catalogue src="./data/sample-catalogue.json">
// from the built embed, under the page's strict CSP, with the legacy site CSS around it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { assertLoadedCleanly, assertScalesWithRootFontSize, openPage, settle, useDemo } from './support.mjs';

const demo = useDemo();

// The published data file: expected counts are read from it, not from the element.
const data = JSON.parse(readFileSync(new URL('../dist/data/sample-catalogue.json', import.meta.url), 'utf8'));

async function openCatalogue(options = {}) {
  const opened = await openPage(demo.browser, demo.server.url, options.path ?? 'catalogue.html', options);
  await opened.page.locator('#catalogue [role="treeitem"]').first().waitFor();
  return opened;
}

describe('demo 标准目录 page with <gk-catalogue>', { timeout: 60_000 }, () => {
  test('loads the published catalogue under the strict CSP with no error', async () => {
    const opened = await openCatalogue();
    const { page, close } = opened;
    try {
      await assertLoadedCleanly(opened);
      assert.match((await page.locator('#catalogue #count').textContent()) ?? '', new RegExp(`共\\s*${data.items.length}\\s*项`));
      assert.equal(await page.locator('#catalogue .title').textContent(), `${data.issuer} 政务公开事项标准目录`);
    } finally {
      await close();
    }
  });

  test('search, open an item, and the hash keeps both; reload and back restore them', async () => {
    const { page, close } = await openCatalogue();
    try {
      const term = '低保';
      const expected = data.items.filter((it) =>
        [it.item1, it.item2, it.item3 ?? '', ...it.content, ...it.basis].some((t) => t.includes(term)),
      ).length;
      assert.ok(expected > 0 && expected < data.items.length);
      await page.locator('#catalogue input[type="search"]').fill(term);
      await settle(
        () => page.locator('#catalogue #count').textContent(),
        (t) => (t ?? '').includes(`找到 ${expected} 项`),
      );
      const leaf = page.locator('#catalogue [role="treeitem"][aria-level="3"]').first();
      const name = ((await leaf.textContent()) ?? '').trim();
      await leaf.click();
      await page.locator('#catalogue #detail-heading').getByText(name).waitFor();
      const hash = decodeURIComponent(new URL(page.url()).hash);
      assert.match(hash, /catalogue\.q=低保/);
      assert.match(hash, /catalogue\.item=/);

      await page.reload();
      await page.locator('#catalogue #detail-heading').getByText(name).waitFor();
      assert.equal(await page.locator('#catalogue input[type="search"]').inputValue(), term);

      await page.goBack(); // before the item was opened: search kept, no item
      await settle(
        () => page.locator('#catalogue #detail-heading').count(),
        (n) => n === 0,
      );
      assert.equal(await page.locator('#catalogue #detail-heading').count(), 0);
      assert.equal(await page.locator('#catalogue input[type="search"]').inputValue(), term);
    } finally {
      await close();
    }
  });

  test('CSV export downloads the current selection as UTF-8 with a BOM', async () => {
    const { page, close } = await openCatalogue();
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#catalogue').getByRole('button', { name: '导出 CSV' }).click(),
      ]);
      const path = await download.path();
      const bytes = readFileSync(path);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
      const text = bytes.toString('utf8');
      assert.ok(text.includes('公开时限'));
      assert.ok(text.includes(data.items[0].item2));
    } finally {
      await close();
    }
  });

  test('printing shows the whole selection as the official table, not the scrolling tree', async () => {
    const { page, close } = await openCatalogue();
    try {
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => globalThis.dispatchEvent(new Event('beforeprint')));
      // One row per item (each with its 序号 cell) and one heading row per area.
      assert.equal(await page.locator('#catalogue .print-only td.num').count(), data.items.length);
      const areas = new Set(data.items.map((it) => it.area)).size;
      assert.equal(await page.locator('#catalogue .print-only th.area-row').count(), areas);
      assert.equal(await page.locator('#catalogue .print-only table').isVisible(), true);
      assert.equal(await page.locator('#catalogue [part="tree"]').isVisible(), false);
      await page.evaluate(() => globalThis.dispatchEvent(new Event('afterprint')));
      await settle(
        () => page.locator('#catalogue .print-only').count(),
        (n) => n === 0,
      );
    } finally {
      await close();
    }
  });

  test('Tab reaches the tree even when its active row is scrolled out of the DOM', async () => {
    const { page, close } = await openCatalogue();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      const search = page.locator('#catalogue input[type="search"]');
      await search.focus();
      // Tab on through the toolbar and the filters until focus lands in the tree.
      let key = '';
      for (let i = 0; i < 20 && !key; i++) {
        await page.keyboard.press('Tab');
        key = await page.evaluate(() => {
          const root = globalThis.document.querySelector('#catalogue').shadowRoot;
          const active = root.activeElement;
          return active?.getAttribute('role') === 'treeitem' ? active.dataset.key : '';
        });
      }
      assert.match(key, /^a:/, 'the first area row has focus');
      await page.keyboard.press('ArrowDown');
      const next = await settle(
        () => page.evaluate(() => globalThis.document.querySelector('#catalogue').shadowRoot.activeElement?.dataset.key ?? ''),
        (k) => k.startsWith('g:'),
      );
      assert.match(next, /^g:/, 'ArrowDown moves to the first 一级事项');
    } finally {
      await close();
    }
  });

  test('text scales with the host page: root font-size 200 % doubles the catalogue text', async () => {
    const { page, close } = await openCatalogue();
    try {
      await assertScalesWithRootFontSize(page, page.locator('#catalogue #count'), 'the result count');
      // The tree is virtualized: at 200 % it is pushed below the fold, so scroll it back into view.
      const tree = page.locator('#catalogue [part="tree"]');
      await assertScalesWithRootFontSize(page, page.locator('#catalogue [role="treeitem"]').first(), 'a tree row', () =>
        tree.scrollIntoViewIfNeeded(),
      );
    } finally {
      await close();
    }
  });

  test('below 600 px the tree and the detail stack; wide they sit side by side', async () => {
    const { page, close } = await openCatalogue();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      const tree = page.locator('#catalogue [part="tree"]');
      const detail = page.locator('#catalogue [part="detail"]');
      // Rows render once the tree scrolls into view (the list is virtualized).
      await tree.scrollIntoViewIfNeeded();
      await page.locator('#catalogue [role="treeitem"]').first().waitFor();
      const narrowTree = await tree.boundingBox();
      const narrowDetail = await detail.boundingBox();
      assert.ok(narrowDetail.y >= narrowTree.y + narrowTree.height, 'detail below the tree');
      await page.setViewportSize({ width: 1280, height: 900 });
      const wide = await settle(
        async () => [await tree.boundingBox(), await detail.boundingBox()],
        ([t, d]) => Math.abs(t.y - d.y) < 2,
      );
      assert.ok(wide[1].x >= wide[0].x + wide[0].width, 'detail beside the tree');
    } finally {
      await close();
    }
  });
});
