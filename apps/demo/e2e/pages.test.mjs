// Every page of the demo portal, against the built embed under the strict CSP: the elements
// upgrade and show content, axe-core (WCAG 2.1 A/AA, whole document, open shadow roots included)
// finds no violation, and a full-page screenshot is saved to test-results/screenshots/.
//
//   npm run build -w apps/demo && npm run e2e -w apps/demo
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  assertNoAxeViolations,
  elementsDefined,
  evalCanary,
  fontSizePx,
  openPage,
  runAxe,
  saveScreenshot,
  settle,
  useDemo,
} from './support.mjs';

const REFERENCE_TEXT = /还剩\s*7\s*个工作日/;
const TEMPLATE_XLSX = fileURLToPath(new URL('../../../docs/templates/catalogue-template.xlsx', import.meta.url));

const demo = useDemo();

/**
 * The pages, each with the gk-* elements it must contain and what "loaded" means for it.
 * @type {Array<{ name: string, path: string, tags: string[], ready: (page: import('playwright-core').Page) => Promise<unknown> }>}
 */
const PAGES = [
  {
    name: 'index',
    path: 'index.html',
    tags: ['gk-deadline'],
    ready: (page) => page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor(),
  },
  {
    name: 'catalogue',
    path: 'catalogue.html',
    tags: ['gk-catalogue'],
    ready: (page) => page.locator('#catalogue [role="treeitem"]').first().waitFor(),
  },
  {
    name: 'plan',
    path: 'plan.html',
    tags: ['gk-task-board'],
    ready: (page) => page.locator('#plan [part="task"]').first().waitFor(),
  },
  {
    name: 'request',
    path: 'request.html',
    tags: ['gk-request-form', 'gk-request-status'],
    ready: async (page) => {
      await page.locator('#apply').getByLabel('姓名').waitFor();
      await page.locator('#track').getByLabel('查询码').waitFor();
    },
  },
  {
    // The preview <gk-catalogue> stays hidden until a file is chosen (see the import.result test).
    name: 'import',
    path: 'import.html',
    tags: ['gk-catalogue'],
    ready: (page) => page.locator('#import-file').waitFor(),
  },
  {
    name: 'double',
    path: 'double.html',
    tags: ['gk-deadline'],
    ready: (page) => page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor(),
  },
];

/**
 * Every gk-* element in the page: defined (upgraded), and, when shown, rendering content of its
 * own (in its open shadow root, or, for the light-DOM <gk-request-form>, its own gk-* markup).
 */
function describeElements(page) {
  return page.evaluate(() =>
    [...globalThis.document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('gk-'))
      .map((el) => {
        const own = el.shadowRoot ?? el.querySelector('[class^="gk-"], [class*=" gk-"]');
        const rect = el.getBoundingClientRect();
        return {
          tag: el.localName,
          id: el.id,
          defined: el.matches(':defined'),
          shown: el.checkVisibility(),
          rendered: own !== null && (own.textContent ?? '').trim().length > 0,
          height: rect.height,
        };
      }),
  );
}

/** Asserts the page's elements upgraded and, where shown, are not blank. */
async function assertRendered(page, tags, label) {
  const elements = await describeElements(page);
  for (const tag of tags) {
    assert.ok(
      elements.some((e) => e.tag === tag),
      `${label}: has a <${tag}>`,
    );
  }
  assert.ok(
    await page.evaluate(() => globalThis.customElements.get('gk-deadline') !== undefined),
    `${label}: the embed registered the elements`,
  );
  for (const e of elements) {
    const name = `${label}: <${e.tag}${e.id ? ` id="${e.id}"` : ''}>`;
    assert.equal(e.defined, true, `${name} is upgraded`);
    if (e.shown) {
      assert.equal(e.rendered, true, `${name} renders content of its own`);
      assert.ok(e.height > 0, `${name} is not an empty box (height ${e.height}px)`);
    }
  }
  return elements;
}

describe('every demo page: renders, passes axe-core, screenshot saved', { timeout: 120_000 }, () => {
  test('the list covers every page in src/pages, plus double.html', () => {
    const pages = readdirSync(new URL('../src/pages/', import.meta.url)).filter((f) => f.endsWith('.html'));
    assert.deepEqual(PAGES.map((p) => p.path).sort(), [...pages, 'double.html'].sort());
  });

  for (const { name, path, tags, ready } of PAGES) {
    test(`${path}: the elements render, axe-core finds no violation, screenshot`, async () => {
      const opened = await openPage(demo.browser, demo.server.url, path);
      const { page, errors, cspViolations, close } = opened;
      try {
        await elementsDefined(page);
        await ready(page);
        await page.waitForLoadState('networkidle');

        const elements = await assertRendered(page, tags, path);
        if (name !== 'import')
          assert.ok(
            elements.some((e) => e.shown),
            `${path}: at least one element is shown`,
          );
        // The page itself is not blank either: its heading shows.
        assert.ok(((await page.locator('h1').first().innerText()) ?? '').trim().length > 0, `${path}: the page heading shows`);

        await assertNoAxeViolations(page, path);
        // axe-core ran as a same-origin page script: it needed no eval and no inline code.
        assert.deepEqual(await cspViolations(), [], 'CSP violations (axe-core included)');
        assert.deepEqual(errors, [], 'console errors and page errors');

        await saveScreenshot(page, name);
      } finally {
        await close();
      }
    });
  }

  test('import.html after a file is imported: the preview <gk-catalogue> renders, axe-core finds no violation, screenshot', async () => {
    const opened = await openPage(demo.browser, demo.server.url, 'import.html');
    const { page, errors, cspViolations, close } = opened;
    try {
      await page.locator('#import-issuer').fill('示范县人民政府办公室');
      await page.locator('#import-file').setInputFiles(TEMPLATE_XLSX);
      await settle(
        async () => (await page.locator('#import-status').textContent()) ?? '',
        (t) => /得到 \d+ 个事项/.test(t),
        15_000,
      );
      const preview = page.locator('#import-preview');
      await preview.scrollIntoViewIfNeeded();
      await preview.locator('[role="treeitem"]').first().waitFor();
      const elements = await assertRendered(page, ['gk-catalogue'], 'import.html (result)');
      assert.ok(
        elements.some((e) => e.id === 'import-preview' && e.shown),
        'the preview shows',
      );
      await assertNoAxeViolations(page, 'import.html (result)');
      assert.deepEqual(await cspViolations(), []);
      assert.deepEqual(errors, []);
      await saveScreenshot(page, 'import-result');
    } finally {
      await close();
    }
  });

  test('index.html at 200 % root font size and in 长者模式: axe-core finds no violation, screenshots', async () => {
    const { page, errors, cspViolations, close } = await openPage(demo.browser, demo.server.url, 'index.html');
    try {
      await elementsDefined(page);
      const status = page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first();
      await status.waitFor();
      await page.waitForLoadState('networkidle');
      const base = await fontSizePx(status);

      await page.evaluate(() => {
        globalThis.document.documentElement.style.fontSize = '200%';
      });
      const doubled = await settle(
        () => fontSizePx(status),
        (px) => Math.abs(px - 2 * base) < 0.5,
      );
      assert.ok(Math.abs(doubled - 2 * base) < 0.5, `font-size ${base}px → ${doubled}px at 200 %`);
      await assertNoAxeViolations(page, 'index.html at 200 %');
      await saveScreenshot(page, 'index-200pct');

      await page.evaluate(() => {
        globalThis.document.documentElement.style.fontSize = '';
      });
      await page.locator('#toggle-large-text').click();
      const large = await settle(
        () => fontSizePx(status),
        (px) => px >= 18,
      );
      assert.ok(large >= 18, `长者模式 font-size ${large}px`);
      await assertNoAxeViolations(page, 'index.html in 长者模式');
      await saveScreenshot(page, 'index-large-text');

      assert.deepEqual(await cspViolations(), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('axe-core in interaction states: an opened 计算说明, a catalogue item, the task board views', async () => {
    const index = await openPage(demo.browser, demo.server.url, 'index.html');
    try {
      const ref = index.page.locator('#deadline-ref');
      await ref.getByText(REFERENCE_TEXT).first().waitFor();
      await ref.getByText('计算说明').first().click();
      await ref.getByText(/国庆/).first().waitFor({ state: 'visible' });
      await assertNoAxeViolations(index.page, 'index.html with 计算说明 open');
    } finally {
      await index.close();
    }

    const catalogue = await openPage(demo.browser, demo.server.url, 'catalogue.html');
    try {
      const { page } = catalogue;
      await page.locator('#catalogue [role="treeitem"]').first().waitFor();
      await page.locator('#catalogue input[type="search"]').fill('低保');
      await settle(
        () => page.locator('#catalogue #count').textContent(),
        (t) => (t ?? '').includes('找到'),
      );
      await page.locator('#catalogue [role="treeitem"][aria-level="3"]').first().click();
      await page.locator('#catalogue #detail-heading').waitFor();
      await assertNoAxeViolations(page, 'catalogue.html with a search and an item open');
    } finally {
      await catalogue.close();
    }

    const plan = await openPage(demo.browser, demo.server.url, 'plan.html');
    try {
      const { page } = plan;
      await page.locator('#plan [part="task"]').first().waitFor();
      await page.locator('#plan').getByRole('button', { name: '按单位' }).click();
      await page.locator('#plan select[name="unit"]').selectOption('county-finance');
      await page.locator('#plan .by-unit [part="item"]').first().waitFor();
      await assertNoAxeViolations(page, 'plan.html, 按单位 县财政局');
      for (const view of ['按进展', '按月份']) {
        await page.locator('#plan').getByRole('button', { name: view }).click();
        const pressed = await settle(
          () => page.locator('#plan').getByRole('button', { name: view }).getAttribute('aria-pressed'),
          (v) => v === 'true',
        );
        assert.equal(pressed, 'true', `the ${view} view is shown`);
        await assertNoAxeViolations(page, `plan.html, ${view}`);
      }
      assert.deepEqual(plan.errors, []);
    } finally {
      await plan.close();
    }
  });

  test('axe-core in interaction states: the request error summary, the filled 申请表, a status result', async () => {
    const { page, errors, close } = await openPage(demo.browser, demo.server.url, 'request.html');
    try {
      const form = page.locator('#apply');
      await form.getByLabel('姓名').waitFor();
      await form.getByRole('button', { name: '生成申请表' }).click();
      await form.getByRole('region', { name: /处错误需要修改/ }).waitFor();
      await assertNoAxeViolations(page, 'request.html with the error summary');

      await form.getByLabel('姓名').fill('张三');
      await form.getByRole('textbox', { name: /^证件号码/ }).fill('11010519491231002X');
      await form.getByLabel('手机号码').fill('13800138000');
      await form.getByLabel('所需信息的名称').fill('2024 年城乡低保资金发放情况');
      await form.getByRole('button', { name: '生成申请表' }).click();
      await form.locator('table.gk-sheet').waitFor();
      await assertNoAxeViolations(page, 'request.html with the filled 申请表');

      const track = page.locator('#track');
      await track.getByLabel('查询码').fill('24LV-Y7HE-AA');
      await track.getByLabel(/手机号码后四位/).fill('8000');
      await track.getByRole('button', { name: '查询' }).click();
      await settle(
        () => track.evaluate((el) => el.shadowRoot?.textContent ?? ''),
        (t) => /办理经过/.test(t),
      );
      await assertNoAxeViolations(page, 'request.html with a status result');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('axe-core needs no eval: it runs clean under a CSP that does block eval in page scripts', async () => {
    const { page, cspViolations, close } = await openPage(demo.browser, demo.server.url, 'double.html');
    try {
      await page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor();
      assert.deepEqual(await runAxe(page), []);
      assert.deepEqual(await cspViolations(), [], 'axe-core triggered no CSP violation');
      // The control: the same kind of page script is refused eval by the page's policy.
      assert.equal(await evalCanary(page), 'EvalError', 'the CSP blocks eval in page scripts');
      // Reported once per policy (the <meta> tag and the header), each naming the canary.
      const reports = await cspViolations();
      assert.ok(reports.length > 0, 'the blocked eval is reported');
      for (const report of reports) assert.match(report, /blocked eval \(.*\/__test__\/eval-canary\.js/);
    } finally {
      await close();
    }
  });
});
