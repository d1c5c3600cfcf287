import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  badCatalogueItems,
  CATALOGUE_AREA_CODES,
  generateCatalogue,
  sampleCatalogue,
  sampleUnitData,
  type Catalogue,
  type CatalogueItem,
} from '@gongkai/core';
import './define.js';
import type { GkCatalogue } from './catalogue.js';

// Expected values are hand-derived from the data with plain filters written here (or are known
// strings from the message catalogue), never from the core functions the element calls.

const root = document.documentElement;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function $<T extends Element = HTMLElement>(el: GkCatalogue, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}
function $$<T extends Element = HTMLElement>(el: GkCatalogue, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}
/** Text of a node, white space collapsed. */
const text = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: GkCatalogue, frames = 3): Promise<void> {
  await el.updateComplete;
  for (let k = 0; k < frames; k++) await frame();
  await el.updateComplete;
}

function once(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

const rows = (el: GkCatalogue) => $$(el, '[role=treeitem]');
// Group keys hold U+0000, which CSS.escape cannot express, so rows are found by comparing keys.
const row = (el: GkCatalogue, key: string) => rows(el).find((r) => r.dataset.key === key) ?? null;
const itemRows = (el: GkCatalogue) => rows(el).filter((r) => r.dataset.key!.startsWith('i:'));
const countText = (el: GkCatalogue) => text($(el, '#count'));
const activeKey = (el: GkCatalogue) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
const tabbable = (el: GkCatalogue) => rows(el).filter((r) => r.getAttribute('tabindex') === '0');
const button = (el: GkCatalogue, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);

async function load(data: unknown, attrs: { lang?: string } = {}): Promise<GkCatalogue> {
  const el = await fixture<GkCatalogue>(html`<gk-catalogue lang=${attrs.lang ?? 'zh-CN'} .catalogue=${data}></gk-catalogue>`);
  await settle(el);
  return el;
}

async function openFacet(el: GkCatalogue, label: string): Promise<HTMLDetailsElement> {
  const details = $$<HTMLDetailsElement>(el, 'details.facet').find((d) => text(d.querySelector('summary')).startsWith(label))!;
  expect(details, `facet ${label}`).to.be.instanceOf(Element);
  const toggled = once(details, 'toggle');
  details.querySelector('summary')!.click();
  await toggled;
  await settle(el);
  return details;
}

async function search(el: GkCatalogue, term: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=search]')!;
  input.focus();
  await sendKeys({ type: term });
  await settle(el);
}

/** A valid canonical item (a copy of sample row projects-04) with overrides. */
const base = sampleCatalogue.items.find((it) => it.id === 'projects-04')!;
function makeItem(over: Partial<CatalogueItem> & Pick<CatalogueItem, 'id'>): CatalogueItem {
  return { ...structuredClone(base), ...over };
}
function makeCatalogue(items: unknown[], header: Partial<Catalogue> = {}): Catalogue {
  return { issuer: '测试县人民政府', level: 'COUNTY', versionDate: '2026-01-15', ...header, items: items as CatalogueItem[] };
}

const SAMPLE_TOTAL = sampleCatalogue.items.length; // 164
const inArea = (code: string) => sampleCatalogue.items.filter((it) => it.area === code);

before(() => {
  const prev = window.onerror;
  window.onerror = (msg, ...rest) => (String(msg).includes('ResizeObserver loop') ? true : prev ? prev.call(window, msg, ...rest) : false);
});

afterEach(() => {
  root.removeAttribute('large-text');
});

describe('gk-catalogue', () => {
  describe('data via property', () => {
    it('shows the issuer, version date and result count', async () => {
      expect(SAMPLE_TOTAL).to.equal(164);
      const el = await load(sampleCatalogue);
      expect(text($(el, '#title'))).to.equal('示范县人民政府办公室 政务公开事项标准目录');
      expect(text($(el, '.version'))).to.equal('版本日期：2026-06-30');
      expect(countText(el)).to.equal('共 164 项');
      expect(el.catalogue!.items.length).to.equal(164);
      expect(el.issues).to.have.length(0);
    });

    it('renders an ARIA tree: treeitems with level, setsize, posinset, expanded', async () => {
      const el = await load(sampleCatalogue);
      expect($(el, '[role=tree]')).to.be.instanceOf(Element);
      // The first area in the regulations' order that the sample uses is 重大建设项目 (MAJOR_CONSTRUCTION).
      const first = row(el, 'a:MAJOR_CONSTRUCTION')!;
      expect(first.getAttribute('aria-level')).to.equal('1');
      expect(first.getAttribute('aria-setsize')).to.equal('16');
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      const groups = rows(el).filter((r) => r.getAttribute('aria-level') === '2');
      expect(groups.length).to.be.greaterThan(0);
      for (const g of groups) expect(g.getAttribute('aria-expanded')).to.be.oneOf(['true', 'false']);
      const items = itemRows(el);
      expect(items.length).to.be.greaterThan(0);
      for (const r of items) {
        expect(r.getAttribute('aria-level')).to.equal('3');
        expect(r.hasAttribute('aria-expanded'), 'items have no aria-expanded').to.equal(false);
        expect(Number(r.getAttribute('aria-posinset'))).to.be.within(1, Number(r.getAttribute('aria-setsize')));
      }
    });

    it('area rows show the number of items in each area', async () => {
      const el = await load(sampleCatalogue);
      // Collapse every area so all 16 area rows are rendered.
      for (let k = 0; k < 20; k++) {
        const open = $(el, '[role=treeitem][aria-level="1"][aria-expanded="true"]');
        if (!open) break;
        open.click();
        await settle(el, 2);
      }
      const areas = rows(el);
      expect(areas).to.have.length(16);
      const codes = new Set(sampleCatalogue.items.map((it) => it.area));
      expect(codes.size).to.equal(16);
      areas.forEach((r, k) => {
        expect(r.getAttribute('aria-posinset')).to.equal(String(k + 1));
        const code = r.dataset.key!.slice(2);
        expect(text(r.querySelector('.n [aria-hidden]'))).to.equal(String(inArea(code).length));
        expect(text(r.querySelector('.n .vh'))).to.equal(`${inArea(code).length} 项`);
      });
      expect(text(row(el, 'a:SOCIAL_ASSISTANCE')!.querySelector('.name'))).to.equal('社会救助');
    });
  });

  describe('navigation', () => {
    it('clicking an area row collapses and expands it', async () => {
      const el = await load(sampleCatalogue);
      const area = row(el, 'a:MAJOR_CONSTRUCTION')!;
      const children = () => rows(el).filter((r) => r.dataset.key!.startsWith('g:MAJOR_CONSTRUCTION') || r.dataset.key === 'i:projects-04');
      expect(children().length).to.be.greaterThan(1);
      area.click();
      await settle(el);
      expect(row(el, 'a:MAJOR_CONSTRUCTION')!.getAttribute('aria-expanded')).to.equal('false');
      expect(children()).to.have.length(0);
      row(el, 'a:MAJOR_CONSTRUCTION')!.click();
      await settle(el);
      expect(row(el, 'a:MAJOR_CONSTRUCTION')!.getAttribute('aria-expanded')).to.equal('true');
      expect(children().length).to.be.greaterThan(1);
    });

    it('clicking an item opens its detail and fires gk-catalogue-select', async () => {
      const el = await load(sampleCatalogue);
      const it = sampleCatalogue.items.find((i) => i.id === 'projects-04')!;
      expect(it.timeLimit.text).to.equal('信息形成之日起20个工作日内');
      const selected = oneEvent(el, 'gk-catalogue-select');
      row(el, 'i:projects-04')!.click();
      const ev = (await selected) as CustomEvent<{ id: string }>;
      expect(ev.detail.id).to.equal('projects-04');
      await settle(el);
      expect(row(el, 'i:projects-04')!.getAttribute('aria-selected')).to.equal('true');
      expect(itemRows(el).filter((r) => r.getAttribute('aria-selected') === 'true')).to.have.length(1);
      const detail = $(el, '.detail')!;
      expect(text(detail.querySelector('h3'))).to.equal('重大建设项目年度计划');
      const dd = (label: string) => {
        const dt = [...detail.querySelectorAll('dt')].find((d) => text(d) === label);
        expect(dt, label).to.be.instanceOf(Element);
        return dt!.nextElementSibling as HTMLElement;
      };
      expect([...dd('公开内容（要素）').querySelectorAll('li')].map(text)).to.deep.equal(it.content);
      expect([...dd('公开依据').querySelectorAll('li')].map(text)).to.deep.equal(it.basis);
      expect(text(dd('公开时限'))).to.contain('信息形成之日起20个工作日内');
      const meaning = text(dd('公开时限').querySelector('.meaning'));
      expect(meaning).to.match(/^时限解读：/);
      expect(meaning).to.contain('20 个工作日');
      expect([...dd('公开渠道和载体').querySelectorAll('[part=chip]')].map(text)).to.deep.equal(['政府网站']);
      expect([...dd('公开对象').querySelectorAll('[part=chip]')].map(text)).to.deep.equal(['全社会']);
      expect([...dd('公开方式').querySelectorAll('[part=chip]')].map(text)).to.deep.equal(['主动公开']);
      expect([...dd('公开层级').querySelectorAll('[part=chip]')].map(text)).to.deep.equal(['县级']);
      expect(text(detail.querySelector('.crumbs'))).to.equal('重大建设项目 › 年度计划');
    });
  });

  describe('links', () => {
    it('an http link becomes <a href> with that URL', async () => {
      const withLink = sampleCatalogue.items.find((i) => i.id === 'budget-01')!;
      const link = withLink.links![0]!;
      expect(link.url).to.match(/^https?:/);
      const el = await load(makeCatalogue([withLink]));
      row(el, 'i:budget-01')!.click();
      await settle(el);
      const a = $<HTMLAnchorElement>(el, '.detail a[href]')!;
      expect(a).to.be.instanceOf(Element);
      expect(a.getAttribute('href')).to.equal(link.url);
      expect(text(a)).to.equal(link.title);
    });

    it('a javascript: link is rejected by validation and never rendered as a link', async () => {
      const script = badCatalogueItems.find((i) => i.id === 'bad-link-script')!;
      expect((script.links as { url: string }[])[0]!.url).to.equal('javascript:alert(1)');
      const el = await load(makeCatalogue([base, script]));
      const issues = text($(el, '[part=issues]'));
      expect(issues).to.contain('第 2 项 (items[1]) 的 公开链接 只能是 http 或 https 网址');
      expect(countText(el)).to.equal('共 1 项');
      expect(row(el, 'i:bad-link-script')).to.equal(null);
      expect($$(el, 'a').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
    });
  });

  describe('hostile strings', () => {
    it('renders markup in the data as literal text in tree, detail and table', async () => {
      const IMG = '<img src=x onerror="window.__pwned=1">';
      const SCRIPT = '<script>window.__pwned=2</script>';
      const hostile = makeItem({
        id: 'hostile-1',
        item1: `一级 ${IMG}`,
        item2: `二级 ${IMG}${SCRIPT}`,
        content: [`内容 ${SCRIPT}`, IMG],
        basis: [`依据 ${IMG}`],
      });
      const w = window as unknown as { __pwned?: number };
      delete w.__pwned;
      const el = await load(makeCatalogue([hostile]));
      const noElements = () => {
        expect($$(el, 'img, script')).to.have.length(0);
        expect(w.__pwned).to.equal(undefined);
      };
      const r = row(el, 'i:hostile-1')!;
      expect(r.textContent).to.contain(`二级 ${IMG}${SCRIPT}`);
      expect(rows(el).some((g) => (g.textContent ?? '').includes(`一级 ${IMG}`))).to.equal(true);
      noElements();
      r.click();
      await settle(el);
      const detail = $(el, '.detail')!;
      expect(detail.querySelector('h3')!.textContent).to.equal(`二级 ${IMG}${SCRIPT}`);
      expect(detail.textContent).to.contain(`内容 ${SCRIPT}`);
      expect(detail.textContent).to.contain(`依据 ${IMG}`);
      noElements();
      button(el, '目录表格')!.click();
      await settle(el);
      const table = $(el, 'table')!;
      expect(table.textContent).to.contain(`二级 ${IMG}${SCRIPT}`);
      expect(table.textContent).to.contain(`内容 ${SCRIPT}`);
      expect(table.textContent).to.contain(`一级 ${IMG}`);
      await sleep(50);
      noElements();
    });
  });

  describe('facets', () => {
    it('the 公开方式 facet shows counts, filters to 依申请公开 and is reset', async () => {
      const onRequest = sampleCatalogue.items.filter((i) => i.mode.includes('ON_REQUEST'));
      const proactive = sampleCatalogue.items.filter((i) => i.mode.includes('PROACTIVE'));
      const el = await load(sampleCatalogue);
      const details = await openFacet(el, '公开方式');
      expect(details.open).to.equal(true);
      const options = [...details.querySelectorAll('label.option')].map(text);
      expect(options).to.include(`依申请公开(${onRequest.length})`);
      expect(options).to.include(`主动公开(${proactive.length})`);
      const box = [...details.querySelectorAll('label.option')].find((l) => text(l).startsWith('依申请公开'))!.querySelector('input')!;
      box.click();
      await settle(el);
      expect(countText(el)).to.equal(`找到 ${onRequest.length} 项（共 164 项）`);
      expect(itemRows(el).map((r) => r.dataset.key)).to.have.members(onRequest.map((i) => `i:${i.id}`));
      expect(text(details.querySelector('summary .badge'))).to.equal('1');
      const reset = $$<HTMLButtonElement>(el, '[part=filters] button').find((b) => text(b) === '清除全部条件')!;
      expect(reset).to.be.instanceOf(Element);
      reset.click();
      await settle(el);
      expect(countText(el)).to.equal('共 164 项');
      expect($$<HTMLInputElement>(el, 'details.facet input[type=checkbox]').some((c) => c.checked)).to.equal(false);
    });
  });

  describe('search', () => {
    const fieldsOf = (i: CatalogueItem) => [i.item1, i.item2, i.item3 ?? '', ...i.content, ...i.basis];

    it('typing a term filters, highlights and announces the count', async () => {
      const hits = sampleCatalogue.items.filter((i) => fieldsOf(i).some((f) => f.includes('补贴')));
      expect(hits.length).to.be.greaterThan(0);
      const el = await load(sampleCatalogue);
      await search(el, '补贴');
      expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
      const ids = new Set(hits.map((i) => `i:${i.id}`));
      expect(itemRows(el).length).to.be.greaterThan(0);
      for (const r of itemRows(el)) expect(ids.has(r.dataset.key!), r.dataset.key).to.equal(true);
      const marks = $$(el, '[role=treeitem] mark[part=mark]');
      expect(marks.length).to.be.greaterThan(0);
      for (const m of marks) expect(m.textContent).to.equal('补贴');
      const live = $(el, '.live[role=status]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      await sleep(600);
      await settle(el, 1);
      expect(text(live)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
    });

    it('matches in the content are highlighted in the detail', async () => {
      // '低保' occurs only in content or basis entries, never in an item name.
      const hits = sampleCatalogue.items.filter((i) => fieldsOf(i).some((f) => f.includes('低保')));
      expect(hits.filter((i) => i.item2.includes('低保'))).to.have.length(0);
      const el = await load(sampleCatalogue);
      await search(el, '低保');
      expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
      expect(itemRows(el).map((r) => r.dataset.key)).to.have.members(hits.map((i) => `i:${i.id}`));
      row(el, `i:${hits[0]!.id}`)!.click();
      await settle(el);
      const marks = $$(el, '.detail mark[part=mark]');
      const expected = [...hits[0]!.content, ...hits[0]!.basis].filter((f) => f.includes('低保')).length;
      expect(marks.length).to.be.at.least(expected);
      for (const m of marks) expect(m.textContent).to.equal('低保');
    });

    it('a term with no match shows the no-results state, whose reset restores all items', async () => {
      const el = await load(sampleCatalogue);
      await search(el, '不存在的词qq');
      expect(countText(el)).to.equal('找到 0 项（共 164 项）');
      const none = $(el, '.no-results')!;
      expect(none).to.be.instanceOf(Element);
      expect(text(none)).to.contain('没有符合条件的事项');
      expect(rows(el)).to.have.length(0);
      none.querySelector('button')!.click();
      await settle(el);
      expect(countText(el)).to.equal('共 164 项');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
      expect(rows(el).length).to.be.greaterThan(0);
    });
  });

  describe('URL state', () => {
    const clean = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    beforeEach(clean);
    afterEach(clean);

    async function setHash(hash: string): Promise<void> {
      const changed = once(window, 'hashchange');
      location.hash = hash;
      await changed;
    }

    it('writes q and item into the hash, keeps a foreign anchor, and back restores', async () => {
      await setHash('#top');
      const hits = sampleCatalogue.items.filter((i) =>
        [i.item1, i.item2, i.item3 ?? '', ...i.content, ...i.basis].some((f) => f.includes('低保')),
      );
      const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
      await settle(el);
      await search(el, '低保');
      await sleep(400);
      expect(location.hash).to.equal(`#top&cat.q=${encodeURIComponent('低保')}`);
      const first = itemRows(el)[0]!;
      const id = first.dataset.key!.slice(2);
      expect(hits.map((i) => i.id)).to.include(id);
      first.click();
      await settle(el);
      expect(location.hash).to.equal(`#top&cat.q=${encodeURIComponent('低保')}&cat.item=${encodeURIComponent(id)}`);
      const popped = once(window, 'popstate');
      history.back();
      await popped;
      await settle(el);
      expect(location.hash).to.equal(`#top&cat.q=${encodeURIComponent('低保')}`);
      expect($(el, '.detail h3')).to.equal(null);
      expect(row(el, `i:${id}`)!.getAttribute('aria-selected')).to.equal('false');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('低保');
      expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
    });

    it('an external hash change filters to an area', async () => {
      const sa = inArea('SOCIAL_ASSISTANCE');
      const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
      await settle(el);
      await setHash('#cat.area=SOCIAL_ASSISTANCE');
      await settle(el);
      expect(countText(el)).to.equal(`找到 ${sa.length} 项（共 164 项）`);
      const areaRows = rows(el).filter((r) => r.getAttribute('aria-level') === '1');
      expect(areaRows.map((r) => r.dataset.key)).to.deep.equal(['a:SOCIAL_ASSISTANCE']);
      const ids = new Set(sa.map((i) => `i:${i.id}`));
      expect(itemRows(el).length).to.be.greaterThan(0);
      for (const r of itemRows(el)) expect(ids.has(r.dataset.key!)).to.equal(true);
    });

    it('two elements with different ids do not interfere', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <gk-catalogue id="one" url-state .catalogue=${sampleCatalogue}></gk-catalogue>
          <gk-catalogue id="two" url-state .catalogue=${sampleCatalogue}></gk-catalogue>
        </div>`,
      );
      const [one, two] = [...wrap.querySelectorAll('gk-catalogue')] as GkCatalogue[];
      await settle(one!);
      await settle(two!);
      await search(one!, '低保');
      await sleep(400);
      expect(location.hash).to.equal(`#one.q=${encodeURIComponent('低保')}`);
      expect(countText(two!)).to.equal('共 164 项');
      await setHash(`${location.hash}&two.area=SOCIAL_ASSISTANCE`);
      await settle(one!);
      await settle(two!);
      expect(countText(two!)).to.equal(`找到 ${inArea('SOCIAL_ASSISTANCE').length} 项（共 164 项）`);
      expect($<HTMLInputElement>(two!, 'input[type=search]')!.value).to.equal('');
      expect($<HTMLInputElement>(one!, 'input[type=search]')!.value).to.equal('低保');
      expect(countText(one!)).to.match(/^找到 \d+ 项（共 164 项）$/);
    });

    it('without url-state the hash and history are never touched', async () => {
      await setHash('#top');
      const href = location.href;
      const length = history.length;
      const el = await load(sampleCatalogue);
      await search(el, '低保');
      itemRows(el)[0]!.click();
      await settle(el);
      await openFacet(el, '公开方式');
      button(el, '目录表格')!.click();
      await settle(el);
      await sleep(400);
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(length);
    });
  });

  describe('keyboard (APG tree)', () => {
    // Two areas in the regulations' order: 社会保险 (SOCIAL_INSURANCE) before 社会救助 (SOCIAL_ASSISTANCE).
    const small = makeCatalogue([
      makeItem({ id: 'as-b', area: 'SOCIAL_ASSISTANCE', item1: '最低生活保障', item2: 'B 低保审核' }),
      makeItem({ id: 'ins-a', area: 'SOCIAL_INSURANCE', item1: '养老保险', item2: 'A 参保登记' }),
      makeItem({ id: 'as-a', area: 'SOCIAL_ASSISTANCE', item1: '最低生活保障', item2: 'A 低保标准' }),
      makeItem({ id: 'ins-b', area: 'SOCIAL_INSURANCE', item1: '养老保险', item2: 'B 待遇发放' }),
    ]);
    const G_INS = 'g:SOCIAL_INSURANCE\u0000养老保险';
    const ORDER = [
      'a:SOCIAL_INSURANCE',
      G_INS,
      'i:ins-a',
      'i:ins-b',
      'a:SOCIAL_ASSISTANCE',
      'g:SOCIAL_ASSISTANCE\u0000最低生活保障',
      'i:as-a',
      'i:as-b',
    ];

    async function press(el: GkCatalogue, key: string): Promise<void> {
      await sendKeys({ press: key });
      await settle(el);
    }

    it('rows come in the stable order, one of them tabbable', async () => {
      const el = await load(small);
      expect(rows(el).map((r) => r.dataset.key)).to.deep.equal(ORDER);
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['a:SOCIAL_INSURANCE']);
    });

    it('ArrowDown / ArrowUp move focus, one row tabbable at a time', async () => {
      const el = await load(small);
      row(el, ORDER[0]!)!.focus();
      await press(el, 'ArrowDown');
      expect(activeKey(el)).to.equal(ORDER[1]);
      await press(el, 'ArrowDown');
      expect(activeKey(el)).to.equal('i:ins-a');
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['i:ins-a']);
      await press(el, 'ArrowUp');
      expect(activeKey(el)).to.equal(ORDER[1]);
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal([ORDER[1]]);
    });

    it('ArrowLeft collapses, ArrowRight expands then moves to the first child, ArrowLeft on a child goes to its parent', async () => {
      const el = await load(small);
      row(el, 'a:SOCIAL_INSURANCE')!.focus();
      await press(el, 'ArrowLeft');
      expect(row(el, 'a:SOCIAL_INSURANCE')!.getAttribute('aria-expanded')).to.equal('false');
      expect(row(el, G_INS)).to.equal(null);
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      await press(el, 'ArrowRight');
      expect(row(el, 'a:SOCIAL_INSURANCE')!.getAttribute('aria-expanded')).to.equal('true');
      expect(row(el, G_INS)).to.be.instanceOf(Element);
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      await press(el, 'ArrowRight');
      expect(activeKey(el)).to.equal(G_INS);
      await press(el, 'ArrowRight');
      expect(activeKey(el)).to.equal('i:ins-a');
      await press(el, 'ArrowLeft');
      expect(activeKey(el)).to.equal(G_INS);
      await press(el, 'ArrowLeft');
      expect(row(el, G_INS)!.getAttribute('aria-expanded')).to.equal('false');
      expect(row(el, 'i:ins-a')).to.equal(null);
      await press(el, 'ArrowLeft');
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      expect(tabbable(el)).to.have.length(1);
    });

    it('Home and End go to the first and last row; Enter opens an item', async () => {
      const el = await load(small);
      row(el, ORDER[0]!)!.focus();
      await press(el, 'End');
      expect(activeKey(el)).to.equal('i:as-b');
      await press(el, 'Home');
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      await press(el, 'End');
      const selected = oneEvent(el, 'gk-catalogue-select');
      await press(el, 'Enter');
      expect(((await selected) as CustomEvent<{ id: string }>).detail.id).to.equal('as-b');
      expect(text($(el, '.detail h3'))).to.equal('B 低保审核');
      expect(row(el, 'i:as-b')!.getAttribute('aria-selected')).to.equal('true');
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['i:as-b']);
    });

    it('type-ahead: the first character of an area name moves to the next row starting with it', async () => {
      const el = await load(small);
      const first = row(el, 'a:SOCIAL_INSURANCE')!;
      first.focus();
      // '社' cannot be typed as a key press (it comes from an IME), so the keydown is dispatched.
      const key = (k: string) =>
        el.shadowRoot!.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
        );
      key('社');
      await settle(el);
      expect(activeKey(el)).to.equal('a:SOCIAL_ASSISTANCE');
      key('社');
      await settle(el);
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      expect(tabbable(el)).to.have.length(1);
    });

    it('type-ahead with real key presses in English', async () => {
      const el = await load(small, { lang: 'en' });
      expect(text(row(el, 'a:SOCIAL_ASSISTANCE')!.querySelector('.name'))).to.equal('Social assistance');
      row(el, 'a:SOCIAL_INSURANCE')!.focus();
      await press(el, 's');
      expect(activeKey(el)).to.equal('a:SOCIAL_ASSISTANCE');
      await press(el, 's');
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
    });
  });

  describe('errors', () => {
    it('invalid items are listed with their position; valid items stay browsable', async () => {
      const noTimeLimit = makeItem({ id: 'no-time-limit' }) as Partial<CatalogueItem>;
      delete noTimeLimit.timeLimit;
      const script = badCatalogueItems.find((i) => i.id === 'bad-link-script')!;
      const items = [sampleCatalogue.items[0], noTimeLimit, ...sampleCatalogue.items.slice(1), script];
      const el = await load(makeCatalogue(items));
      const issues = $(el, '[part=issues]')!;
      expect(issues).to.be.instanceOf(Element);
      const lis = [...issues.querySelectorAll('li')].map(text);
      expect(lis).to.have.length(2);
      expect(lis[0]).to.equal('第 2 项 (items[1]) 缺少 公开时限');
      expect(lis[1]).to.contain(`第 ${items.length} 项 (items[${items.length - 1}]) 的 公开链接 只能是 http 或 https 网址`);
      expect(text(issues.querySelector('#issues-heading'))).to.equal('目录数据有 2 处问题');
      expect(text(issues)).to.contain('其余 164 个有效事项可正常浏览。');
      expect(el.issues).to.have.length(2);
      expect(countText(el)).to.equal('共 164 项');
      row(el, 'i:projects-04')!.click();
      await settle(el);
      expect(text($(el, '.detail h3'))).to.equal('重大建设项目年度计划');
    });

    it('a string instead of a catalogue: located error, no crash', async () => {
      const el = await load('hello');
      expect(text($(el, '#title'))).to.equal('政务公开事项标准目录');
      expect(text($(el, '[part=issues] li'))).to.contain('目录数据应为含有 issuer、level、versionDate、items 的对象');
      expect(text($(el, '[part=issues] li'))).to.contain('hello');
      expect(text($(el, '#issues-heading'))).to.equal('目录数据有 1 处问题');
    });

    it('an empty object: every missing header field is listed', async () => {
      const el = await load({});
      const lis = $$(el, '[part=issues] li').map(text);
      expect(lis).to.have.members(['目录缺少 发布机关', '目录缺少 目录层级', '目录缺少 版本日期', '目录缺少 事项列表']);
      expect(text($(el, '#issues-heading'))).to.equal('目录数据有 4 处问题');
      expect(el.catalogue).to.equal(undefined);
    });

    it('a missing file: alert with the status and a retry that fetches again', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
      let loaded = oneEvent(el, 'gk-catalogue-load');
      el.src = '/does-not-exist.json';
      const first = (await loaded) as CustomEvent<{ failedSources: string[]; items: number }>;
      expect(first.detail.failedSources).to.deep.equal(['/does-not-exist.json']);
      await settle(el);
      const alert = $(el, '[role=alert]')!;
      expect(alert).to.be.instanceOf(Element);
      expect(text(alert)).to.contain('无法读取 /does-not-exist.json：服务器返回 404');
      loaded = oneEvent(el, 'gk-catalogue-load');
      button(el, '重试')!.click();
      const second = (await loaded) as CustomEvent<{ failedSources: string[] }>;
      expect(second.detail.failedSources).to.deep.equal(['/does-not-exist.json']);
      await settle(el);
      expect(text($(el, '[role=alert]'))).to.contain('服务器返回 404');
    });

    it('a file that is not JSON', async () => {
      const url = URL.createObjectURL(new Blob(['not json'], { type: 'application/json' }));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        const loaded = oneEvent(el, 'gk-catalogue-load');
        el.src = url;
        await loaded;
        await settle(el);
        expect(text($(el, '[role=alert]'))).to.contain(`${url} 的内容不是有效的 JSON`);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('a network failure names the network or CORS', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
      const loaded = oneEvent(el, 'gk-catalogue-load');
      el.src = 'http://127.0.0.1:9/x.json';
      await loaded;
      await settle(el);
      expect(text($(el, '[role=alert]'))).to.contain('无法读取 http://127.0.0.1:9/x.json：网络连接失败，或该网址不允许跨域读取（CORS）');
      expect(button(el, '重试')).to.be.instanceOf(Element);
    });

    it('an empty catalogue says so', async () => {
      const el = await load(makeCatalogue([]));
      expect(text($(el, '[part=status]'))).to.equal('目录中还没有事项。');
      expect(rows(el)).to.have.length(0);
    });

    it('no data at all shows the hint', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
      expect(text($(el, '[part=status]'))).to.equal('尚未提供目录数据：请设置 src 属性或 catalogue 属性。');
    });

    it('shows a loading status while the fetch is pending', async () => {
      const original = window.fetch;
      let release: (r: Response) => void = () => undefined;
      window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        el.src = 'https://example.invalid/catalogue.json';
        await settle(el);
        const status = $(el, '[role=status][part=status]')!;
        expect(text(status)).to.equal('正在加载目录…');
        const loaded = oneEvent(el, 'gk-catalogue-load');
        release(new Response(JSON.stringify(makeCatalogue([base])), { status: 200 }));
        await loaded;
        await settle(el);
        expect(text($(el, '[role=status][part=status]'))).to.equal('');
        expect(countText(el)).to.equal('共 1 项');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('multiple sources', () => {
    it('merges two catalogues, shows the origin, fetches without credentials', async () => {
      const a = makeCatalogue([makeItem({ id: 'shared', item2: '甲镇事项' }), makeItem({ id: 'a-only', item2: '甲镇独有事项' })], {
        issuer: '甲镇人民政府',
        level: 'TOWNSHIP',
      });
      const b = makeCatalogue([makeItem({ id: 'shared', item2: '乙镇事项' })], { issuer: '乙镇人民政府', level: 'TOWNSHIP' });
      const urls = [a, b].map((c) => URL.createObjectURL(new Blob([JSON.stringify(c)], { type: 'application/json' })));
      const original = window.fetch;
      const inits: (RequestInit | undefined)[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        inits.push(init);
        return original.call(window, input, init);
      };
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        const loaded = oneEvent(el, 'gk-catalogue-load');
        el.src = `${urls[0]}  ${urls[1]}`;
        const ev = (await loaded) as CustomEvent<{ items: number; failedSources: string[] }>;
        expect(ev.detail.items).to.equal(3);
        expect(ev.detail.failedSources).to.deep.equal([]);
        await settle(el);
        expect(inits).to.have.length(2);
        for (const init of inits) expect(init?.credentials).to.equal('omit');
        expect(countText(el)).to.equal('共 3 项');
        expect(text($(el, '#title')))
          .to.contain('甲镇人民政府')
          .and.contain('乙镇人民政府');
        const open = async (name: string) => {
          itemRows(el)
            .find((r) => text(r) === name)!
            .click();
          await settle(el);
          const dt = $$(el, '.detail dt').find((d) => text(d) === '来源目录')!;
          expect(dt).to.be.instanceOf(Element);
          return {
            origin: text(dt.nextElementSibling),
            id: text($$(el, '.detail dt').find((d) => text(d) === '编号')!.nextElementSibling),
          };
        };
        expect((await open('乙镇事项')).origin).to.equal('乙镇人民政府');
        const first = await open('甲镇事项');
        expect(first.origin).to.equal('甲镇人民政府');
        expect(first.id).to.contain('shared');
        expect((await open('甲镇独有事项')).id).to.equal('a-only');
      } finally {
        window.fetch = original;
        urls.forEach((u) => URL.revokeObjectURL(u));
      }
    });
  });

  describe('table view', () => {
    const small = makeCatalogue([
      makeItem({ id: 't1', area: 'SOCIAL_ASSISTANCE', item1: 'A 组', item2: 'A1 事项' }),
      makeItem({ id: 't2', area: 'SOCIAL_ASSISTANCE', item1: 'A 组', item2: 'A2 事项' }),
      makeItem({ id: 't3', area: 'SOCIAL_ASSISTANCE', item1: 'B 组', item2: 'B1 事项' }),
      makeItem({ id: 't4', area: 'ELDERLY_CARE', item1: 'C 组', item2: 'C1 事项' }),
    ]);

    it('the toggle switches to a table with merged area and 一级事项 cells', async () => {
      const el = await load(small);
      const toTable = button(el, '目录表格')!;
      const toTree = button(el, '目录浏览')!;
      expect(toTable.getAttribute('aria-pressed')).to.equal('false');
      expect(toTree.getAttribute('aria-pressed')).to.equal('true');
      toTable.click();
      await settle(el);
      expect(el.view).to.equal('table');
      expect(button(el, '目录表格')!.getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, '目录浏览')!.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, '[role=tree]')).to.equal(null);
      const heads = $$(el, 'table thead th').map(text);
      expect(heads).to.deep.equal([
        '领域',
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
      ]);
      const bodyRows = $$(el, 'table tbody tr');
      expect(bodyRows).to.have.length(4);
      const spans = $$(el, 'table tbody th[rowspan]').map((th) => [text(th), th.getAttribute('rowspan')]);
      expect(spans).to.deep.equal([
        ['社会救助', '3'],
        ['A 组', '2'],
        ['B 组', '1'],
        ['养老服务', '1'],
        ['C 组', '1'],
      ]);
      expect(text(bodyRows[0]!.querySelector('th[scope=row]'))).to.equal('A1 事项');
      expect(text(bodyRows[0]!)).to.contain('信息形成之日起20个工作日内');
      // The area cell spans only the rows shown: after a search, one row of 社会救助 remains.
      await search(el, 'A2');
      const after = $$(el, 'table tbody th[rowspan]').map((th) => [text(th), th.getAttribute('rowspan')]);
      expect(after).to.deep.equal([
        ['社会救助', '1'],
        ['A 组', '1'],
      ]);
    });

    it('shows 100 rows and a 显示更多 button that shows 100 more', async () => {
      const data = generateCatalogue(250, 5);
      expect(data.items).to.have.length(250);
      const el = await load(data);
      button(el, '目录表格')!.click();
      await settle(el);
      expect($$(el, 'table tbody tr')).to.have.length(100);
      expect(text($(el, '.more .muted'))).to.equal('显示第 1–100 项，共 250 项');
      const more = button(el, '显示更多（还有 150 项）')!;
      expect(more).to.be.instanceOf(Element);
      more.click();
      await settle(el);
      expect($$(el, 'table tbody tr')).to.have.length(200);
      button(el, '显示更多（还有 50 项）')!.click();
      await settle(el);
      expect($$(el, 'table tbody tr')).to.have.length(250);
      expect($(el, '.more')).to.equal(null);
    });
  });

  describe('print', () => {
    it('beforeprint renders every matching item; afterprint removes it', async () => {
      const data = generateCatalogue(500, 3);
      const el = await load(data);
      expect(rows(el).length).to.be.lessThan(500);
      window.dispatchEvent(new Event('beforeprint'));
      const table = $(el, '.print-only table')!;
      expect(table).to.be.instanceOf(Element);
      expect(table.querySelectorAll('tbody tr')).to.have.length(500);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el, 1);
      expect($(el, '.print-only')).to.equal(null);
    });
  });

  describe('CSV export', () => {
    /** The records of an RFC 4180 CSV text (quoted fields may hold line breaks). */
    function csvRecords(csv: string): string[][] {
      const records: string[][] = [];
      let record: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < csv.length; i++) {
        const c = csv[i]!;
        if (quoted) {
          if (c === '"' && csv[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
          record.push(field);
          field = '';
        } else if (c === '\r' && csv[i + 1] === '\n') {
          record.push(field);
          records.push(record);
          record = [];
          field = '';
          i++;
        } else field += c;
      }
      if (field !== '' || record.length > 0) {
        record.push(field);
        records.push(record);
      }
      return records;
    }

    it('exports the current selection with a BOM and the header row', async () => {
      const onRequest = sampleCatalogue.items.filter((i) => i.mode.includes('ON_REQUEST'));
      const el = await load(sampleCatalogue);
      const details = await openFacet(el, '公开方式');
      [...details.querySelectorAll('label.option')]
        .find((l) => text(l).startsWith('依申请公开'))!
        .querySelector('input')!
        .click();
      await settle(el);
      let anchor: HTMLAnchorElement | undefined;
      const capture = (e: Event) => {
        const t = e.target as HTMLElement;
        if (t instanceof HTMLAnchorElement && t.hasAttribute('download')) {
          anchor = t;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', capture, true);
      try {
        button(el, '导出 CSV')!.click();
      } finally {
        el.shadowRoot!.removeEventListener('click', capture, true);
      }
      expect(anchor, 'download link').to.be.instanceOf(Element);
      expect(anchor!.download).to.equal('catalogue-2026-06-30.csv');
      const bytes = new Uint8Array(await (await fetch(anchor!.href)).arrayBuffer());
      // Response.text() would drop the byte-order mark, so decode with ignoreBOM.
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      const records = csvRecords(csv.slice(1));
      expect(records[0]).to.include('公开时限');
      expect(records[0]).to.include('二级事项');
      expect(records).to.have.length(onRequest.length + 1);
      expect(records.slice(1).map((r) => r[0])).to.have.members(onRequest.map((i) => i.id));
    });
  });

  describe('scale', () => {
    function countNodes(node: Node): number {
      let n = 1;
      for (const c of node.childNodes) n += countNodes(c);
      if (node instanceof Element && node.shadowRoot) n += countNodes(node.shadowRoot);
      return n;
    }

    it('10 000 items: at most 4000 DOM nodes, a windowed tree, End reaches the last item', async () => {
      const data = generateCatalogue(10000, 7);
      const el = await load(data);
      await settle(el, 5);
      expect(countText(el)).to.equal('共 10000 项');
      expect(countNodes(document)).to.be.at.most(4000);
      expect(rows(el).length).to.be.lessThan(300);
      // The last row: the last item (by 一级事项, 二级事项, id) of the last area used, in the regulations' order.
      const lastArea = CATALOGUE_AREA_CODES.filter((c) => data.items.some((i) => i.area === c)).at(-1)!;
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const last = data.items
        .filter((i) => i.area === lastArea)
        .sort((x, y) => cmp(x.item1, y.item1) || cmp(x.item2, y.item2) || cmp(x.id, y.id))
        .at(-1)!;
      rows(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await settle(el, 6);
      expect(activeKey(el)).to.equal(`i:${last.id}`);
      const r = row(el, `i:${last.id}`)!;
      expect(r.getAttribute('aria-posinset')).to.equal(r.getAttribute('aria-setsize'));
      expect(countNodes(document)).to.be.at.most(4000);
    });
  });

  describe('language', () => {
    it('lang="en" shows English text, and switching lang re-renders', async () => {
      const el = await load(sampleCatalogue, { lang: 'en' });
      expect(text($(el, 'label[for=q]'))).to.equal('Search the catalogue');
      expect(text(row(el, 'a:MAJOR_CONSTRUCTION')!.querySelector('.name'))).to.equal('Major construction projects');
      expect(countText(el)).to.equal('164 items');
      expect(text($(el, '#title'))).to.equal('Standard disclosure catalogue: 示范县人民政府办公室');
      await search(el, 'zzzz');
      expect(text($(el, '.no-results button'))).to.equal('Clear all filters');
      el.setAttribute('lang', 'zh-CN');
      await settle(el);
      expect(text($(el, 'label[for=q]'))).to.equal('搜索目录');
      expect(text($(el, '.no-results button'))).to.equal('清除全部条件');
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(text($(el, 'label[for=q]'))).to.equal('Search the catalogue');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['zh-CN', 'en']) {
      describe(lang, () => {
        it('an item open and a facet open', async () => {
          const el = await load(sampleCatalogue, { lang });
          row(el, 'i:projects-04')!.click();
          await settle(el);
          await openFacet(el, lang === 'en' ? 'Mode' : '公开方式');
          await expect(el).to.be.accessible();
        });

        it('no results', async () => {
          const el = await load(sampleCatalogue, { lang });
          await search(el, 'zzzz');
          expect($(el, '.no-results')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('issues list', async () => {
          const script = badCatalogueItems.find((i) => i.id === 'bad-link-script')!;
          const el = await load(makeCatalogue([base, script, 'not an item']), { lang });
          expect($(el, '[part=issues]')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('network error', async () => {
          const el = await fixture<GkCatalogue>(html`<gk-catalogue lang=${lang}></gk-catalogue>`);
          const loaded = oneEvent(el, 'gk-catalogue-load');
          el.src = '/does-not-exist.json';
          await loaded;
          await settle(el);
          expect($(el, '[role=alert]')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('table view', async () => {
          const el = await load(makeCatalogue(sampleCatalogue.items.slice(0, 30)), { lang });
          el.view = 'table';
          await settle(el);
          expect($(el, 'table')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('empty', async () => {
          const el = await load(makeCatalogue([]), { lang });
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('large text', () => {
    it('<html large-text> gives at least 18px text and 44px rows', async () => {
      root.setAttribute('large-text', '');
      const el = await load(sampleCatalogue);
      expect(el.hasAttribute('data-gk-large-text')).to.equal(true);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(18);
      const rendered = rows(el);
      expect(rendered.length).to.be.greaterThan(0);
      for (const r of rendered) expect(r.getBoundingClientRect().height).to.be.at.least(44);
    });
  });
  describe('more behaviour', () => {
    async function compose(el: GkCatalogue, draft: string): Promise<HTMLInputElement> {
      const input = $<HTMLInputElement>(el, 'input[type=search]')!;
      input.focus();
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      input.value = draft;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
      await settle(el);
      return input;
    }

    it('IME composition: no filtering until the composition ends', async () => {
      const hits = sampleCatalogue.items.filter((i) => [i.item1, i.item2, ...i.content, ...i.basis].some((f) => f.includes('补贴')));
      const el = await load(sampleCatalogue);
      const before = rows(el).map((r) => r.dataset.key);
      const input = await compose(el, 'butie');
      expect(el.results).to.have.length(164);
      expect(rows(el).map((r) => r.dataset.key)).to.deep.equal(before);
      expect($(el, '.no-results')).to.equal(null);
      input.value = '补贴';
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '补贴' }));
      await settle(el);
      expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
      expect(el.results).to.have.length(hits.length);
    });

    it('IME composition: the count line keeps describing the results shown', async () => {
      const el = await load(sampleCatalogue);
      await compose(el, 'butie');
      // Nothing is filtered while the pinyin is being composed, so the line must not claim a search result.
      expect(countText(el)).to.equal('共 164 项');
    });

    it('the 清除搜索 button clears the search and refocuses the box', async () => {
      const el = await load(sampleCatalogue);
      await search(el, '补贴');
      button(el, '清除搜索')!.click();
      await settle(el);
      expect(countText(el)).to.equal('共 164 项');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type=search]'));
      expect(button(el, '清除搜索')).to.equal(undefined);
    });

    it('opening an item from the table switches to the tree with the item open and focused', async () => {
      const el = await load(sampleCatalogue);
      button(el, '目录表格')!.click();
      await settle(el);
      const open = $$<HTMLButtonElement>(el, 'table tbody th[scope=row] button').find((b) => text(b) === '重大建设项目年度计划')!;
      const selected = oneEvent(el, 'gk-catalogue-select');
      open.click();
      expect(((await selected) as CustomEvent<{ id: string }>).detail.id).to.equal('projects-04');
      await settle(el, 4);
      expect(el.view).to.equal('tree');
      expect(text($(el, '.detail h3'))).to.equal('重大建设项目年度计划');
      expect(activeKey(el)).to.equal('i:projects-04');
    });

    it('heading-level sets the level of the title heading', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue heading-level="4" .catalogue=${sampleCatalogue}></gk-catalogue>`);
      expect(el.shadowRoot!.querySelector('h4#title')).to.be.instanceOf(Element);
      expect(el.shadowRoot!.querySelector('h2#title')).to.equal(null);
    });

    it('the 公开主体 facet shows unit names, from the units property when given', async () => {
      const el = await load(sampleCatalogue);
      let details = await openFacet(el, '公开主体');
      let labels = [...details.querySelectorAll('label.option span:first-of-type')].map(text);
      expect(labels).to.include('县财政局');
      // Every unit id used by the data, with the directory's names.
      const used = [...new Set(sampleCatalogue.items.flatMap((i) => i.subject.units))];
      const byId = new Map(sampleUnitData.map((u) => [u.id, u.shortName ?? u.name]));
      el.units = sampleUnitData;
      await settle(el);
      details = $$<HTMLDetailsElement>(el, 'details.facet').find((d) => text(d.querySelector('summary')).startsWith('公开主体'))!;
      labels = [...details.querySelectorAll('label.option span:first-of-type')].map(text);
      expect(labels).to.have.members(used.map((id) => byId.get(id) ?? id));
      expect(labels).to.include('县政府办公室');
      expect(labels.some((l) => /^[a-z0-9-]+$/.test(l))).to.equal(false);
    });

    it('more than 20 issues: the first 20 are listed, the rest folded away', async () => {
      const bad = Array.from({ length: 25 }, (_, k) => ({ ...structuredClone(base), id: `bad-${k}`, area: 'NOWHERE' }));
      const el = await load(makeCatalogue([base, ...bad]));
      const issues = $(el, '[part=issues]')!;
      expect(text(issues.querySelector('#issues-heading'))).to.equal('目录数据有 25 处问题');
      expect(issues.querySelectorAll(':scope > ul > li')).to.have.length(20);
      const more = issues.querySelector('details')!;
      expect(more.querySelectorAll('li')).to.have.length(5);
      expect(text(more.querySelector('summary'))).to.equal('另有 5 处问题');
      expect(text(issues.querySelector(':scope > ul > li'))).to.equal('第 2 项 (items[1]) 的 领域 无效“NOWHERE”');
      expect(countText(el)).to.equal('共 1 项');
    });

    it('one failing source of two: the other is still shown, the failure is named', async () => {
      const good = URL.createObjectURL(new Blob([JSON.stringify(makeCatalogue([base]))], { type: 'application/json' }));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        const loaded = oneEvent(el, 'gk-catalogue-load');
        el.src = `${good} /does-not-exist.json`;
        const ev = (await loaded) as CustomEvent<{ items: number; failedSources: string[] }>;
        expect(ev.detail.items).to.equal(1);
        expect(ev.detail.failedSources).to.deep.equal(['/does-not-exist.json']);
        await settle(el);
        expect(countText(el)).to.equal('共 1 项');
        expect(text($(el, '[role=alert]'))).to.contain('无法读取 /does-not-exist.json：服务器返回 404');
      } finally {
        URL.revokeObjectURL(good);
      }
    });

    it('a later src wins over an earlier, slower one', async () => {
      const original = window.fetch;
      const pending = new Map<string, (r: Response) => void>();
      window.fetch = (input: RequestInfo | URL) => new Promise<Response>((resolve) => pending.set(String(input), resolve));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        el.src = 'https://example.invalid/old.json';
        await settle(el, 1);
        el.src = 'https://example.invalid/new.json';
        await settle(el, 1);
        const loaded = oneEvent(el, 'gk-catalogue-load');
        pending.get('https://example.invalid/new.json')!(
          new Response(JSON.stringify(makeCatalogue([base], { issuer: '新目录' })), { status: 200 }),
        );
        await loaded;
        pending.get('https://example.invalid/old.json')!(
          new Response(JSON.stringify(makeCatalogue([base, makeItem({ id: 'x2' })], { issuer: '旧目录' })), { status: 200 }),
        );
        await sleep(50);
        await settle(el);
        expect(text($(el, '#title'))).to.equal('新目录 政务公开事项标准目录');
        expect(countText(el)).to.equal('共 1 项');
      } finally {
        window.fetch = original;
      }
    });

    it('setting the catalogue property while a fetch is pending keeps the property data', async () => {
      const original = window.fetch;
      let release: (r: Response) => void = () => undefined;
      window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN" src="https://example.invalid/slow.json"></gk-catalogue>`);
        await settle(el, 1);
        el.catalogue = sampleCatalogue;
        await settle(el);
        release(new Response(JSON.stringify(makeCatalogue([base], { issuer: '慢目录' })), { status: 200 }));
        await sleep(50);
        await settle(el);
        expect(countText(el)).to.equal('共 164 项');
        expect(text($(el, '#title'))).to.contain('示范县人民政府办公室');
      } finally {
        window.fetch = original;
      }
    });

    it('the view is kept in the hash and read back from it', async () => {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
        await settle(el);
        button(el, '目录表格')!.click();
        await settle(el);
        expect(location.hash).to.equal('#cat.view=table');
        const changed = once(window, 'hashchange');
        location.hash = '#cat.view=';
        await changed;
        await settle(el);
        expect(el.view).to.equal('tree');
        expect($(el, '[role=tree]')).to.be.instanceOf(Element);
      } finally {
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      }
    });

    it('markup in issue messages and link titles stays text', async () => {
      const w = window as unknown as { __pwned?: number };
      delete w.__pwned;
      const IMG = '<img src=x onerror="window.__pwned=1">';
      const HREF = 'https://www.example.gov.cn/a"><img/src=x/onerror=window.__pwned=2>';
      const linked = makeItem({ id: 'l1', links: [{ title: IMG, url: HREF }] });
      const el = await load(makeCatalogue([linked, { ...structuredClone(base), id: 'b1', area: IMG }]));
      expect(text($(el, '[part=issues]'))).to.contain(IMG.slice(0, 20));
      row(el, 'i:l1')!.click();
      await settle(el);
      expect(text($(el, '.detail'))).to.contain(IMG);
      expect($(el, '.detail a')!.getAttribute('href')).to.equal(HREF);
      expect(text($(el, '.detail a'))).to.equal(IMG);
      await sleep(50);
      expect($$(el, 'img, script')).to.have.length(0);
      expect(w.__pwned).to.equal(undefined);
    });

    it('CSV: English headers with lang="en", formula cells neutralised', async () => {
      const formula = makeItem({ id: 'f1', item2: '=HYPERLINK("http://evil.example")' });
      const el = await load(makeCatalogue([formula]), { lang: 'en' });
      let anchor: HTMLAnchorElement | undefined;
      const capture = (e: Event) => {
        if (e.target instanceof HTMLAnchorElement && e.target.hasAttribute('download')) {
          anchor = e.target;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', capture, true);
      try {
        button(el, 'Export CSV')!.click();
      } finally {
        el.shadowRoot!.removeEventListener('click', capture, true);
      }
      const csv = await (await fetch(anchor!.href)).text();
      const lines = csv.split('\r\n');
      expect(lines[0]).to.contain('"time limit"');
      expect(lines[1]).to.contain(`"'=HYPERLINK(""http://evil.example"")"`);
    });

    it('* expands every sibling group', async () => {
      const small = makeCatalogue([
        makeItem({ id: 'k1', area: 'SOCIAL_INSURANCE', item1: '养老保险', item2: 'A' }),
        makeItem({ id: 'k2', area: 'SOCIAL_ASSISTANCE', item1: '临时救助', item2: 'B' }),
      ]);
      const el = await load(small);
      row(el, 'a:SOCIAL_INSURANCE')!.click();
      await settle(el);
      row(el, 'a:SOCIAL_ASSISTANCE')!.click();
      await settle(el);
      expect(rows(el)).to.have.length(2);
      row(el, 'a:SOCIAL_INSURANCE')!.focus();
      await sendKeys({ press: 'Shift+Digit8' });
      await settle(el);
      expect(rows(el).map((r) => r.getAttribute('aria-expanded'))).to.include.members(['true']);
      expect(
        rows(el)
          .filter((r) => r.getAttribute('aria-level') === '1')
          .every((r) => r.getAttribute('aria-expanded') === 'true'),
      ).to.equal(true);
      expect(rows(el)).to.have.length(6);
    });
  });
  describe('more probes', () => {
    const cleanHash = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    afterEach(cleanHash);

    it('a shared link with q and item opens that state on load', async () => {
      cleanHash();
      history.replaceState(history.state, '', `#cat.q=${encodeURIComponent('低保')}&cat.item=assistance-04`);
      const hits = sampleCatalogue.items.filter((i) => [i.item1, i.item2, ...i.content, ...i.basis].some((f) => f.includes('低保')));
      const it = sampleCatalogue.items.find((i) => i.id === 'assistance-04')!;
      const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('低保');
      expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
      expect(text($(el, '.detail h3'))).to.equal(it.item2);
      expect(row(el, 'i:assistance-04')!.getAttribute('aria-selected')).to.equal('true');
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['i:assistance-04']);
    });

    it('gk-catalogue-load reports the item count and issues when data is set', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue></gk-catalogue>`);
      const loaded = oneEvent(el, 'gk-catalogue-load');
      el.catalogue = makeCatalogue([base, { ...structuredClone(base), id: 'x', area: 'NOWHERE' }]);
      const ev = (await loaded) as CustomEvent<{ items: number; issues: unknown[]; failedSources: string[] }>;
      expect(ev.detail.items).to.equal(1);
      expect(ev.detail.issues).to.have.length(1);
      expect(ev.detail.failedSources).to.deep.equal([]);
    });

    it('takes its language from an ancestor', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><gk-catalogue .catalogue=${sampleCatalogue}></gk-catalogue></div>`);
      const el = wrap.querySelector('gk-catalogue')!;
      await settle(el);
      expect(text($(el, 'label[for=q]'))).to.equal('Search the catalogue');
      wrap.setAttribute('lang', 'zh-CN');
      await settle(el);
      expect(text($(el, 'label[for=q]'))).to.equal('搜索目录');
    });

    it('after a search removes the active row, exactly one row is tabbable', async () => {
      const el = await load(sampleCatalogue);
      row(el, 'i:projects-04')!.click();
      await settle(el);
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['i:projects-04']);
      await search(el, '低保');
      expect(tabbable(el)).to.have.length(1);
      row(el, 'a:SOCIAL_ASSISTANCE')!.click();
      await settle(el);
      expect(tabbable(el)).to.have.length(1);
    });

    it('scrolling a long tree keeps exactly one rendered row tabbable', async () => {
      const el = await load(generateCatalogue(2000, 11));
      const tree = $(el, '[role=tree]')!;
      tree.scrollTop = tree.scrollHeight;
      await sleep(100);
      await settle(el, 4);
      expect(rows(el).length).to.be.greaterThan(0);
      expect(tabbable(el)).to.have.length(1);
      tree.scrollTop = tree.scrollHeight / 2;
      await sleep(100);
      await settle(el, 4);
      expect(tabbable(el)).to.have.length(1);
    });

    it('Space opens an item; ArrowDown on the last row stays there', async () => {
      const el = await load(makeCatalogue([makeItem({ id: 'only', item2: '唯一事项' })]));
      const last = itemRows(el)[0]!;
      last.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(text($(el, '.detail h3'))).to.equal('唯一事项');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(activeKey(el)).to.equal('i:only');
    });

    it('clearing the data (null property, removed src) returns to the no-data hint', async () => {
      const el = await load(sampleCatalogue);
      el.catalogue = null;
      await settle(el);
      expect(text($(el, '[part=status]'))).to.equal('尚未提供目录数据：请设置 src 属性或 catalogue 属性。');
      expect(rows(el)).to.have.length(0);
      const url = URL.createObjectURL(new Blob([JSON.stringify(makeCatalogue([base]))], { type: 'application/json' }));
      try {
        const loaded = oneEvent(el, 'gk-catalogue-load');
        el.setAttribute('src', url);
        await loaded;
        await settle(el);
        expect(countText(el)).to.equal('共 1 项');
        el.removeAttribute('src');
        await settle(el);
        expect(text($(el, '[part=status]'))).to.equal('尚未提供目录数据：请设置 src 属性或 catalogue 属性。');
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('large text: the search box, buttons and facet summaries are at least 44px tall', async () => {
      root.setAttribute('large-text', '');
      const el = await load(sampleCatalogue);
      const targets = [$(el, 'input[type=search]')!, ...$$(el, '[part=toolbar] button'), ...$$(el, 'details.facet summary')];
      expect(targets.length).to.be.greaterThan(4);
      for (const t of targets) expect(t.getBoundingClientRect().height, text(t)).to.be.at.least(44);
    });
  });
});
