// End-to-end tests of the demo county portal, which uses the built embed bundle exactly as a
// webmaster would: one <script type="module">, hostile site CSS, a strict CSP.
//
//   npm run build -w apps/demo && npm run e2e -w apps/demo
//
// Locators pierce open shadow roots, so `#deadline-ref >> text` finds the element's own text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DIST_DIR, assertLoadedCleanly, computed, elementsDefined, fontSizePx, openPage, settle, useDemo } from './support.mjs';

const REFERENCE_TEXT = /还剩\s*7\s*个工作日/;
/** Every element the embed registers. */
const TAGS = ['gk-deadline', 'gk-catalogue', 'gk-task-board', 'gk-request-form', 'gk-request-status'];
const REFERENCE_TEXT_EN = /7 working days left/i;
const RED = 'rgb(255, 0, 0)';
const PAGE_FILES = new Set(['/', '/index.html', '/double.html', '/site.css', '/site.js']);

const demo = useDemo();

/** Open the portal page and wait until the reference deadline has rendered. */
async function openPortal(path = 'index.html', options = {}) {
  const opened = await openPage(demo.browser, demo.server.url, path, options);
  await elementsDefined(opened.page);
  await opened.page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor();
  return opened;
}

describe('demo portal with the gongkai.js embed', { timeout: 60_000 }, () => {
  test('loads with no console error, no page error and no CSP violation', async () => {
    const opened = await openPortal();
    try {
      await assertLoadedCleanly(opened);
    } finally {
      await opened.close();
    }
  });

  test('renders the reference case "还剩 7 个工作日" and the other states', async () => {
    const { page, close } = await openPortal();
    try {
      const ref = page.locator('#deadline-ref');
      assert.equal(await ref.getByText(REFERENCE_TEXT).first().isVisible(), true);
      assert.equal(await ref.getAttribute('state'), 'ok');

      assert.equal(await page.locator('#deadline-today').getAttribute('state'), 'due-today');
      assert.equal(await page.locator('#deadline-overdue').getAttribute('state'), 'overdue');

      // lang="en" on the element itself.
      await page.locator('#deadline-en').getByText(REFERENCE_TEXT_EN).first().waitFor();

      // No `today`: the element uses the real date, so any valid state will do.
      const live = await settle(
        () => page.locator('#deadline-live').getAttribute('state'),
        (s) => s !== null,
      );
      assert.ok(['ok', 'due-soon', 'due-today', 'overdue'].includes(String(live)), `state of the live deadline: ${live}`);

      // An invalid attribute shows a visible error that names the bad value, never a blank box.
      await page
        .locator('#deadline-invalid')
        .getByText(/2024-13-01/)
        .first()
        .waitFor();
    } finally {
      await close();
    }
  });

  test('the explanation opens from the keyboard and names the skipped National Day holiday', async () => {
    const { page, close } = await openPortal();
    try {
      const ref = page.locator('#deadline-ref');
      // Focus the control that holds the label (a <summary> or a <button>), as Tab would.
      const focused = await ref
        .getByText('计算说明')
        .first()
        .evaluate((label) => {
          const control = label.closest('summary, button, [tabindex]');
          control?.focus();
          return control !== null && control.getRootNode().activeElement === control;
        });
      assert.equal(focused, true, 'the 计算说明 control is focusable');
      await page.keyboard.press('Enter');
      await ref.getByText(/国庆/).first().waitFor({ state: 'visible' });
    } finally {
      await close();
    }
  });

  test('requests nothing but the page files and the same-origin /gongkai/ modules', async () => {
    // Without the CSP, so that a request the policy would block still shows up here: many
    // portals send no CSP at all.
    const { page, requests, close } = await openPortal('index.html', { bypassCSP: true });
    try {
      // Also open the explanation, in case parts of the element load lazily.
      await page.locator('#deadline-ref').getByText('计算说明').first().click();
      await page.waitForLoadState('networkidle');

      const origin = new URL(demo.server.url).origin;
      const outside = requests
        .map((r) => r.url())
        .filter((u) => !u.startsWith('data:'))
        .filter((u) => {
          const url = new URL(u);
          return url.origin !== origin || !(PAGE_FILES.has(url.pathname) || url.pathname.startsWith('/gongkai/'));
        });
      assert.deepEqual(outside, [], 'requests outside the page files and /gongkai/');

      const modules = requests.filter((r) => new URL(r.url()).pathname.startsWith('/gongkai/'));
      assert.ok(
        modules.some((r) => r.url().endsWith('/gongkai/gongkai.js')),
        'gongkai.js was requested',
      );
      for (const request of modules) {
        const response = await request.response();
        assert.equal(response?.status(), 200, `${request.url()} status`);
        if (request.url().endsWith('.js')) {
          assert.match(response?.headers()['content-type'] ?? '', /^text\/javascript/, `${request.url()} MIME type`);
        }
      }
    } finally {
      await close();
    }
  });

  test('including the script twice (stable, versioned and per-component URLs) is harmless', async () => {
    const { page, errors, warnings, requests, cspViolations, close } = await openPortal('double.html');
    try {
      await page.waitForLoadState('networkidle');
      const scripts = await page.locator('script[type="module"]').evaluateAll((els) => els.map((s) => s.getAttribute('src')));
      assert.equal(scripts.length, 3);
      assert.ok(
        scripts.some((s) => /gongkai-\d+\.\d+\.\d+[^/]*\.js$/.test(String(s))),
        `a versioned copy is included: ${scripts}`,
      );
      for (const src of scripts) {
        const url = new URL(String(src), demo.server.url).href;
        const request = requests.find((r) => r.url() === url);
        assert.equal((await request?.response())?.status(), 200, `${src} loaded`);
      }
      assert.equal(await page.locator('#deadline-ref').getByText(REFERENCE_TEXT).count(), 1, 'rendered once');
      assert.deepEqual(await cspViolations(), []);
      assert.deepEqual(errors, [], 'console errors and page errors');
      assert.deepEqual(warnings, [], 'a second registration of the same version must be silent');
    } finally {
      await close();
    }
  });

  test('each per-element entry, alone on a page, registers its own element and no other', async () => {
    for (const tag of TAGS) {
      const context = await demo.browser.newContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        // A same-origin page with no script of its own.
        await page.route('**/__test__/blank.html', (route) =>
          route.fulfill({ body: '<!doctype html><html lang="zh-CN"><title>blank</title></html>', contentType: 'text/html' }),
        );
        await page.goto(new URL('__test__/blank.html', demo.server.url).href);
        await page.addScriptTag({ url: `/gongkai/${tag}.js`, type: 'module' });
        await page.waitForFunction((t) => globalThis.customElements.get(t) !== undefined, tag);
        const defined = await page.evaluate((tags) => tags.filter((t) => globalThis.customElements.get(t)), TAGS);
        assert.deepEqual(defined, [tag], `${tag}.js registers only <${tag}>`);
        assert.deepEqual(errors, [], `${tag}.js: console errors and page errors`);
      } finally {
        await context.close();
      }
    }
  });

  test('a second, different version of the bundle gives one clear console warning and changes nothing', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../../packages/elements/package.json', import.meta.url), 'utf8'));
    const { page, errors, warnings, cspViolations, close } = await openPortal('index.html');
    try {
      await page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor();
      // The same built files under another folder, saying they are another version (a webmaster who
      // uploaded an upgrade and left the old tag on the page).
      const NEXT = '9.9.9-next';
      let rewritten = 0;
      await page.route('**/gongkai-next/**', async (route) => {
        const rest = new URL(route.request().url()).pathname.replace(/^\/gongkai-next\//, '');
        let body = await readFile(join(DIST_DIR, 'gongkai', rest), 'utf8');
        if (body.includes(`"${version}"`)) {
          body = body.replaceAll(`"${version}"`, `"${NEXT}"`);
          rewritten++;
        }
        await route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' });
      });
      await page.addScriptTag({ url: '/gongkai-next/gongkai.js', type: 'module' });
      await page.waitForLoadState('networkidle');
      assert.ok(rewritten > 0, 'the second copy says it is another version');

      const ours = warnings.filter((w) => w.includes('[Gongkai]'));
      assert.equal(ours.length, 1, `one warning for all five elements: ${JSON.stringify(warnings)}`);
      assert.match(ours[0], new RegExp(`Two versions on one page: Gongkai ${version.replaceAll('.', '\\.')} already defined <gk-[a-z-]+>`));
      assert.match(ours[0], /Gongkai 9\.9\.9-next registers none of the elements/);
      assert.match(ours[0], /Load only one version of Gongkai on a page\./);
      // The first version keeps every element and the page works as before.
      const versions = await page.evaluate((tags) => tags.map((tag) => globalThis.customElements.get(tag)?.version), TAGS);
      assert.deepEqual(versions, Array(5).fill(version));
      assert.equal(await page.locator('#deadline-ref').getByText(REFERENCE_TEXT).count(), 1);
      assert.deepEqual(await cspViolations(), []);
      assert.deepEqual(errors, [], 'console errors and page errors');
    } finally {
      await close();
    }
  });

  test('text scales with the host page: root font-size 200 % doubles the status text', async () => {
    const { page, close } = await openPortal();
    try {
      const status = page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first();
      const base = await fontSizePx(status);
      assert.notEqual(base, 12, 'the host rule `div { font-size: 12px }` must not size the element');

      // CSSOM is allowed under the CSP (unlike a <style> tag or a style="" attribute).
      await page.evaluate(() => {
        globalThis.document.documentElement.style.fontSize = '200%';
      });
      const scaled = await settle(
        () => fontSizePx(status),
        (px) => Math.abs(px - 2 * base) < 0.5,
      );
      assert.ok(Math.abs(scaled - 2 * base) < 0.5, `font-size ${base}px → ${scaled}px, expected ${2 * base}px`);
    } finally {
      await close();
    }
  });

  test("the portal's 长者模式 button sets large-text on <html> and the element grows to ≥ 18px", async () => {
    const { page, close } = await openPortal();
    try {
      const status = page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first();
      const before = await fontSizePx(status);

      await page.locator('#toggle-large-text').click();
      assert.equal(await page.evaluate(() => globalThis.document.documentElement.hasAttribute('large-text')), true);
      const large = await settle(
        () => fontSizePx(status),
        (px) => px >= 18,
      );
      assert.ok(large >= 18, `large-text font-size ${large}px (was ${before}px)`);

      await page.locator('#toggle-large-text').click();
      const back = await settle(
        () => fontSizePx(status),
        (px) => px === before,
      );
      assert.equal(back, before, 'leaving 长者模式 restores the size');
    } finally {
      await close();
    }
  });

  test("the portal's language toggle switches elements that have no lang of their own", async () => {
    const { page, errors, close } = await openPortal();
    try {
      await page.locator('#toggle-lang').click();
      await page.locator('#deadline-ref').getByText(REFERENCE_TEXT_EN).first().waitFor();
      await page.locator('#toggle-lang').click();
      await page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first().waitFor();
      // The element with lang="en" stays English throughout.
      await page.locator('#deadline-en').getByText(REFERENCE_TEXT_EN).first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('host-page CSS does not leak into the shadow DOM', async () => {
    const { page, close } = await openPortal();
    try {
      // Control: the host rule `span { color: red }` does apply to the page's own spans.
      assert.equal(await computed(page.locator('.new-tag'), 'color'), RED);

      const status = page.locator('#deadline-ref').getByText(REFERENCE_TEXT).first();
      assert.notEqual(await computed(status, 'color'), RED, 'status text is not red');

      // Nothing inside the shadow root picks up the host's `span { color: red }`.
      const leaks = await page.locator('#deadline-ref').evaluate((host) => {
        const view = host.ownerDocument.defaultView;
        const found = [];
        for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
          const style = view.getComputedStyle(el);
          if (style.color === 'rgb(255, 0, 0)') found.push(`${el.localName}.${el.className}: red`);
        }
        return found;
      });
      assert.deepEqual(leaks, []);
    } finally {
      await close();
    }
  });

  test("the embed's own styles do not leak into the host page (every page, compared with the embed blocked)", async () => {
    // Each host element outside the gk-* tags, with the properties a leaking sheet would change.
    const snapshot = (page) =>
      page.evaluate(() => {
        const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'box-sizing'];
        const PROPS_BOX = ['margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'display', 'list-style-type'];
        const view = globalThis.document.defaultView;
        const out = {};
        let n = 0;
        for (const el of globalThis.document.body.querySelectorAll('*')) {
          if (
            el.closest('[class^="gk-"], script') ||
            /^gk-/.test(el.localName) ||
            el.closest(':is(gk-deadline, gk-catalogue, gk-task-board, gk-request-form, gk-request-status)')
          )
            continue;
          const style = view.getComputedStyle(el);
          out[
            `${n++} ${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
          ] = [...PROPS, ...PROPS_BOX].map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
        }
        return out;
      });
    for (const path of ['index.html', 'catalogue.html', 'plan.html', 'request.html']) {
      const blocked = await openPage(demo.browser, demo.server.url, path, { blockEmbed: true });
      const running = await openPage(demo.browser, demo.server.url, path);
      try {
        await blocked.page.waitForLoadState('networkidle');
        await elementsDefined(running.page);
        await running.page.waitForLoadState('networkidle');
        const before = await snapshot(blocked.page);
        const after = await snapshot(running.page);
        assert.ok(Object.keys(before).length > 50, `${path}: host elements found (${Object.keys(before).length})`);
        const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
        assert.deepEqual(
          changed.map((k) => `${k}: ${before[k]} → ${after[k]}`),
          [],
          `${path}: host styles changed by the embed`,
        );
        assert.deepEqual(Object.keys(after), Object.keys(before), `${path}: the same host elements`);
      } finally {
        await blocked.close();
        await running.close();
      }
    }
  });

  test('fallback content inside each tag shows when the embed cannot run', async () => {
    const { page, close } = await openPage(demo.browser, demo.server.url, 'index.html', { blockEmbed: true });
    try {
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => globalThis.customElements.get('gk-deadline')), undefined);
      const fallback = page.locator('#deadline-ref');
      assert.equal(await fallback.isVisible(), true);
      assert.equal((await fallback.innerText()).trim(), '答复期限：2024年10月12日');
      assert.equal((await page.locator('#deadline-en').innerText()).trim(), 'Reply due: 12 Oct 2024');
    } finally {
      await close();
    }
  });
});
