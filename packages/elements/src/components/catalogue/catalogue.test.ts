import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  parseCsv,
  badCatalogueItems,
  CATALOGUE_AREA_CODES,
  generateCatalogue,
  sampleCatalogue,
  sampleUnitData,
  type Catalogue,
  type CatalogueItem,
} from '@gongkai/core';
import { $, $$, settle as settleFrames, sleep, text } from '../../testing/dom.js';
import './define.js';
import { GkCatalogue } from './catalogue.js';

// Expected values are hand-derived from the data with plain filters written here (or are known
// strings from the message catalogue), never from the core functions the element calls.

const root = document.documentElement;
const settle = (el: GkCatalogue, frames = 3) => settleFrames(el, frames);

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

/**
 * The display order, written out here from its rule (not core's implementation): the areas in
 * the order of CATALOGUE_AREA_CODES; within an area, each 一级事项 in the order it first appears
 * in the input; within a 一级事项, the input's row order.
 */
function displayOrder(items: readonly CatalogueItem[]): CatalogueItem[] {
  const out: CatalogueItem[] = [];
  for (const area of CATALOGUE_AREA_CODES) {
    const here = items.filter((i) => i.area === area);
    const names: string[] = [];
    for (const i of here) if (!names.includes(i.item1)) names.push(i.item1);
    for (const name of names) for (const i of here) if (i.item1 === name) out.push(i);
  }
  return out;
}
/** How many areas a list of items touches. */
const areaCount = (items: readonly CatalogueItem[]) => new Set(items.map((i) => i.area)).size;

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
      expect(text(detail.querySelector('h3#detail-heading'))).to.equal('重大建设项目年度计划');
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

    it('a link shows its labelled date and index number', async () => {
      const linked = makeItem({
        id: 'dated',
        links: [{ title: '办事指南', url: 'https://www.example.gov.cn/guide.html', date: '2026-03-01', indexNo: '11000000-2026-00012' }],
      });
      const el = await load(makeCatalogue([linked]));
      row(el, 'i:dated')!.click();
      await settle(el);
      const li = $(el, '.detail a[href]')!.closest('li')!;
      expect([...li.querySelectorAll('.muted')].map(text)).to.deep.equal(['发布日期 2026-03-01', '索引号 11000000-2026-00012']);
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
      expect(text(details.querySelector('summary .badge [aria-hidden=true]'))).to.equal('1');
      expect(text(details.querySelector('summary .badge .vh'))).to.equal('已选 1 项');
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
    // Two areas in the regulations' order: 社会保险 (SOCIAL_INSURANCE) before 社会救助 (SOCIAL_ASSISTANCE);
    // within a 一级事项 the rows keep the input order (as-b before as-a, ins-a before ins-b).
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
      'i:as-b',
      'i:as-a',
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
      expect(activeKey(el)).to.equal('i:as-a');
      await press(el, 'Home');
      expect(activeKey(el)).to.equal('a:SOCIAL_INSURANCE');
      await press(el, 'End');
      const selected = oneEvent(el, 'gk-catalogue-select');
      await press(el, 'Enter');
      expect(((await selected) as CustomEvent<{ id: string }>).detail.id).to.equal('as-a');
      expect(text($(el, '.detail h3'))).to.equal('A 低保标准');
      expect(row(el, 'i:as-a')!.getAttribute('aria-selected')).to.equal('true');
      expect(tabbable(el).map((r) => r.dataset.key)).to.deep.equal(['i:as-a']);
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
      // A real heading one level below the title (h2), which labels the section.
      expect(text(issues.querySelector('h3#issues-heading'))).to.equal('目录数据有 2 处问题');
      expect(issues.getAttribute('aria-labelledby')).to.equal('issues-heading');
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

    it('a cross-origin network failure names the network or CORS', async () => {
      const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
      const loaded = oneEvent(el, 'gk-catalogue-load');
      el.src = 'http://127.0.0.1:9/x.json';
      await loaded;
      await settle(el);
      expect(text($(el, '[role=alert] li'))).to.equal(
        '无法读取 http://127.0.0.1:9/x.json：网络连接失败，或该网址所在的服务器不允许跨域读取（服务器需返回 Access-Control-Allow-Origin）',
      );
      expect(button(el, '重试')).to.be.instanceOf(Element);
    });

    it('a same-origin network failure names only the network', async () => {
      const original = window.fetch;
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        const loaded = oneEvent(el, 'gk-catalogue-load');
        el.src = '/x.json';
        await loaded;
        await settle(el);
        expect(text($(el, '[role=alert] li'))).to.equal('无法读取 /x.json：网络连接失败');
      } finally {
        window.fetch = original;
      }
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
        // A clashing id is made unique as <issuer>/<id>, and the detail names the original id.
        const second = await open('乙镇事项');
        expect(second.origin).to.equal('乙镇人民政府');
        expect(second.id).to.equal('乙镇人民政府/shared（原编号 shared）');
        const first = await open('甲镇事项');
        expect(first.origin).to.equal('甲镇人民政府');
        expect(first.id).to.equal('甲镇人民政府/shared（原编号 shared）');
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
      const headRows = $$(el, 'table thead tr');
      expect(headRows).to.have.length(2);
      // [text, rowspan, colspan]: 序号 and the text columns span both rows; 公开事项 and the tick groups span columns.
      const heads = [...headRows[0]!.querySelectorAll('th')].map((th) => [
        text(th),
        th.getAttribute('rowspan'),
        th.getAttribute('colspan'),
      ]);
      expect(heads).to.deep.equal([
        ['序号', '2', null],
        ['公开事项', null, '2'],
        ['公开内容（要素）', '2', null],
        ['公开依据', '2', null],
        ['公开时限', '2', null],
        ['公开主体', '2', null],
        ['公开渠道和载体', '2', null],
        ['公开对象', null, '2'],
        ['公开方式', null, '2'],
        ['公开层级', null, '3'],
        ['备注', '2', null],
      ]);
      expect([...headRows[1]!.querySelectorAll('th')].map(text)).to.deep.equal([
        '一级事项',
        '二级事项',
        '全社会',
        '特定群体',
        '主动公开',
        '依申请公开',
        '县级',
        '乡级',
        '村级',
      ]);
      // One tbody per area, in the regulations' order (社会救助 before 养老服务), each headed by its name.
      const bodies = $$(el, 'table tbody');
      expect(bodies).to.have.length(2);
      const areaHeads = bodies.map((b) => b.querySelector<HTMLElement>(':scope > tr:first-child > th[scope=rowgroup].area-row')!);
      expect(areaHeads.map(text)).to.deep.equal(['社会救助', '养老服务']);
      for (const th of areaHeads) expect(th.getAttribute('colspan')).to.equal('16');
      expect($$(el, 'table tbody tr')).to.have.length(4 + 2);
      // 序号 restarts in each area.
      expect(bodies.map((b) => [...b.querySelectorAll('td.num')].map(text))).to.deep.equal([['1', '2', '3'], ['1']]);
      // The 一级事项 cell is merged over consecutive rows of the same 一级事项.
      const spans = $$(el, 'table tbody th[rowspan]').map((th) => [text(th), th.getAttribute('scope'), th.getAttribute('rowspan')]);
      expect(spans).to.deep.equal([
        ['A 组', 'row', '2'],
        ['B 组', 'row', '1'],
        ['C 组', 'row', '1'],
      ]);
      const t1 = bodies[0]!.querySelectorAll('tr')[1]!;
      const t2 = bodies[0]!.querySelectorAll('tr')[2]!;
      expect([...t1.querySelectorAll('th[scope=row]')].map(text)).to.deep.equal(['A 组', 'A1 事项']);
      expect([...t2.querySelectorAll('th[scope=row]')].map(text)).to.deep.equal(['A2 事项']);
      expect(text(t1)).to.contain('信息形成之日起20个工作日内');
      // Ticks: the base row is 全社会, 主动公开 and 县级 only.
      const ticks = [...t1.querySelectorAll('td.tick')];
      expect(ticks).to.have.length(7);
      expect(ticks.map(text)).to.deep.equal(['√是', '', '√是', '', '√是', '', '']);
      const ticked = ticks[0]!;
      expect(text(ticked.querySelector('span[aria-hidden=true]'))).to.equal('√');
      expect(text(ticked.querySelector('span.vh'))).to.equal('是');
      // The merged cells cover only the rows shown: after a search, one row of 社会救助 remains.
      await search(el, 'A2');
      expect($$(el, 'table tbody th.area-row').map(text)).to.deep.equal(['社会救助']);
      expect($$(el, 'table tbody td.num').map(text)).to.deep.equal(['1']);
      const after = $$(el, 'table tbody th[rowspan]').map((th) => [text(th), th.getAttribute('rowspan')]);
      expect(after).to.deep.equal([['A 组', '1']]);
    });

    it('shows 100 rows and a 显示更多 button that shows 100 more and focuses the first new one', async () => {
      const data = generateCatalogue(250, 5);
      expect(data.items).to.have.length(250);
      const order = displayOrder(data.items);
      const el = await load(data);
      button(el, '目录表格')!.click();
      await settle(el);
      // Item rows plus one area-heading row per area shown.
      const itemLinks = () => $$<HTMLButtonElement>(el, 'table tbody th[scope=row] button.link');
      expect(itemLinks()).to.have.length(100);
      expect($$(el, 'table tbody tr')).to.have.length(100 + areaCount(order.slice(0, 100)));
      expect(itemLinks().map(text)).to.deep.equal(order.slice(0, 100).map((i) => i.item2));
      expect(text($(el, '.more .muted'))).to.equal('显示第 1–100 项，共 250 项');
      const more = button(el, '显示更多（还有 150 项）')!;
      expect(more).to.be.instanceOf(Element);
      more.focus();
      more.click();
      await settle(el);
      expect($$(el, 'table tbody tr')).to.have.length(200 + areaCount(order.slice(0, 200)));
      expect(itemLinks().map(text)).to.deep.equal(order.slice(0, 200).map((i) => i.item2));
      expect(el.shadowRoot!.activeElement).to.equal(itemLinks()[100]);
      expect(text(el.shadowRoot!.activeElement)).to.equal(order[100]!.item2);
      // 序号 restarts at 1 in every area.
      for (const body of $$(el, 'table tbody')) {
        const nums = [...body.querySelectorAll('td.num')].map(text);
        expect(nums).to.deep.equal(nums.map((_, k) => String(k + 1)));
      }
      button(el, '显示更多（还有 50 项）')!.click();
      await settle(el);
      expect($$(el, 'table tbody tr')).to.have.length(250 + areaCount(order));
      expect(el.shadowRoot!.activeElement).to.equal(itemLinks()[200]);
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
      // One row per item plus one area-heading row per area.
      expect(table.querySelectorAll('tbody tr')).to.have.length(500 + areaCount(data.items));
      expect(table.querySelectorAll('tbody tr th.area-row')).to.have.length(areaCount(data.items));
      expect(table.querySelector('caption .query')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el, 1);
      expect($(el, '.print-only')).to.equal(null);
    });
  });

  describe('CSV export', () => {
    /** RFC 4180 records, read with core's CSV reader (tested on hand-written CSV in core). */
    const csvRecords = parseCsv;

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
      expect(anchor!.download).to.equal('政务公开事项标准目录-2026-06-30.csv');
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
      // The last row: the last item in display order (see displayOrder above).
      const last = displayOrder(data.items).at(-1)!;
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

    it('heading-level sets the level of the title heading, and the issues and detail headings one below', async () => {
      const el = await fixture<GkCatalogue>(
        html`<gk-catalogue
          heading-level="4"
          .catalogue=${makeCatalogue([base, { ...structuredClone(base), id: 'x', area: 'NOWHERE' }])}
        ></gk-catalogue>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelector('h4#title')).to.be.instanceOf(Element);
      expect(el.shadowRoot!.querySelector('h2#title')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('h5#issues-heading'))).to.equal('目录数据有 1 处问题');
      row(el, 'i:projects-04')!.click();
      await settle(el);
      expect(text(el.shadowRoot!.querySelector('.detail h5#detail-heading'))).to.equal('重大建设项目年度计划');
      expect($(el, '.detail')!.getAttribute('aria-labelledby')).to.equal('detail-heading');
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
      expect(anchor!.download).to.equal('disclosure-catalogue-2026-01-15.csv');
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

  describe('review follow-ups', () => {
    const cleanHash = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    const blobUrl = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    const hint = '尚未提供目录数据：请设置 src 属性或 catalogue 属性。';

    async function setHash(hash: string): Promise<void> {
      const changed = once(window, 'hashchange');
      location.hash = hash;
      await changed;
    }

    it('a duplicate id: the later item is left out and named in the issues', async () => {
      const el = await load(
        makeCatalogue([
          makeItem({ id: 'dup', item2: '先出现的事项' }),
          makeItem({ id: 'other', item2: '另一事项' }),
          makeItem({ id: 'dup', item2: '后出现的事项' }),
        ]),
      );
      expect($$(el, '[part=issues] li').map(text)).to.deep.equal(['第 3 项 (items[2]) 的编号“dup”与第 1 项重复']);
      expect(el.issues).to.have.length(1);
      expect(countText(el)).to.equal('共 2 项');
      const dupRows = rows(el).filter((r) => r.dataset.key === 'i:dup');
      expect(dupRows).to.have.length(1);
      expect(text(dupRows[0]!)).to.equal('先出现的事项');
      expect(itemRows(el).map(text)).to.not.include('后出现的事项');
    });

    it('a catalogue property set before the element is defined is taken over on upgrade', async () => {
      class Late extends GkCatalogue {}
      const tag = `gk-catalogue-late-${Math.random().toString(36).slice(2, 10)}`;
      const el = document.createElement(tag) as GkCatalogue;
      el.setAttribute('lang', 'zh-CN');
      (el as unknown as { catalogue: unknown }).catalogue = makeCatalogue([makeItem({ id: 'early', item2: '早设事项' })], {
        issuer: '早设县',
      });
      document.body.appendChild(el);
      try {
        expect(el.shadowRoot).to.equal(null);
        customElements.define(tag, Late);
        expect(el).to.be.instanceOf(Late);
        await settle(el);
        expect(text($(el, '#title'))).to.equal('早设县 政务公开事项标准目录');
        expect(countText(el)).to.equal('共 1 项');
        expect(itemRows(el).map(text)).to.deep.equal(['早设事项']);
        expect(el.catalogue!.items.map((i) => i.id)).to.deep.equal(['early']);
      } finally {
        el.remove();
      }
    });

    it('src then catalogue in the same tick: the property data wins', async () => {
      const url = blobUrl(makeCatalogue([base, makeItem({ id: 'fetched-2' })], { issuer: '网址目录' }));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        el.src = url;
        el.catalogue = makeCatalogue([makeItem({ id: 'prop', item2: '属性事项' })], { issuer: '属性目录' });
        await settle(el);
        await sleep(200);
        await settle(el);
        expect(text($(el, '#title'))).to.equal('属性目录 政务公开事项标准目录');
        expect(countText(el)).to.equal('共 1 项');
        expect(itemRows(el).map((r) => r.dataset.key)).to.deep.equal(['i:prop']);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('catalogue then src in the same tick: the fetched data wins', async () => {
      const url = blobUrl(makeCatalogue([base, makeItem({ id: 'fetched-2', item2: '网址事项' })], { issuer: '网址目录' }));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        el.catalogue = makeCatalogue([makeItem({ id: 'prop', item2: '属性事项' })], { issuer: '属性目录' });
        el.src = url;
        const loaded = oneEvent(el, 'gk-catalogue-load');
        const ev = (await loaded) as CustomEvent<{ items: number }>;
        expect(ev.detail.items).to.equal(2);
        await settle(el);
        expect(text($(el, '#title'))).to.equal('网址目录 政务公开事项标准目录');
        expect(countText(el)).to.equal('共 2 项');
        expect(row(el, 'i:prop')).to.equal(null);
        expect(row(el, 'i:fetched-2')).to.be.instanceOf(Element);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('removing src while its fetch is pending: the late response does not fill the element', async () => {
      const original = window.fetch;
      let release: (r: Response) => void = () => undefined;
      window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        el.src = 'https://example.invalid/pending.json';
        await settle(el);
        expect(text($(el, '[role=status][part=status]'))).to.equal('正在加载目录…');
        el.removeAttribute('src');
        await settle(el);
        expect(text($(el, '[part=status]'))).to.equal(hint);
        release(new Response(JSON.stringify(makeCatalogue([base], { issuer: '迟到目录' })), { status: 200 }));
        await sleep(100);
        await settle(el);
        expect(text($(el, '[part=status]'))).to.equal(hint);
        expect(text($(el, '#title'))).to.equal('政务公开事项标准目录');
        expect(el.catalogue).to.equal(undefined);
        expect(rows(el)).to.have.length(0);
      } finally {
        window.fetch = original;
      }
    });

    it('retry refetches only the failed source, keeps the good data shown and keeps focus on 重试', async () => {
      const good = blobUrl(makeCatalogue([makeItem({ id: 'good-1', item2: '好来源事项' })]));
      const original = window.fetch;
      const calls: string[] = [];
      let hold: Promise<void> | undefined;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        if (hold) await hold;
        return original.call(window, input, init);
      };
      try {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue lang="zh-CN"></gk-catalogue>`);
        let loaded = oneEvent(el, 'gk-catalogue-load');
        el.src = `${good} /does-not-exist.json`;
        await loaded;
        await settle(el);
        const missing = new URL('/does-not-exist.json', document.baseURI).href;
        expect(calls).to.have.members([good, missing]);
        expect(countText(el)).to.equal('共 1 项');
        expect(itemRows(el).map((r) => r.dataset.key)).to.deep.equal(['i:good-1']);
        calls.length = 0;
        let release: () => void = () => undefined;
        hold = new Promise<void>((resolve) => (release = resolve));
        const retry = button(el, '重试')!;
        retry.focus();
        loaded = oneEvent(el, 'gk-catalogue-load');
        retry.click();
        await settle(el);
        // While the retry runs, the good source's items stay and the button says what is happening.
        expect(text($(el, '#retrying'))).to.equal('正在重新读取…');
        expect(countText(el)).to.equal('共 1 项');
        expect(itemRows(el).map((r) => r.dataset.key)).to.deep.equal(['i:good-1']);
        release();
        const ev = (await loaded) as CustomEvent<{ items: number; failedSources: string[] }>;
        await settle(el);
        expect(calls).to.deep.equal([missing]);
        expect(ev.detail.items).to.equal(1);
        expect(ev.detail.failedSources).to.deep.equal(['/does-not-exist.json']);
        expect(countText(el)).to.equal('共 1 项');
        expect(itemRows(el).map((r) => r.dataset.key)).to.deep.equal(['i:good-1']);
        expect(text($(el, '#retrying'))).to.equal('');
        expect(el.shadowRoot!.activeElement).to.equal(button(el, '重试'));
      } finally {
        window.fetch = original;
        URL.revokeObjectURL(good);
      }
    });

    describe('URL state', () => {
      beforeEach(cleanHash);
      afterEach(cleanHash);

      it('a page anchor does not clear the search the visitor typed', async () => {
        const hits = sampleCatalogue.items.filter((i) =>
          [i.item1, i.item2, i.item3 ?? '', ...i.content, ...i.basis].some((f) => f.includes('低保')),
        );
        const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
        await settle(el);
        await search(el, '低保');
        await sleep(400);
        expect(location.hash).to.equal(`#cat.q=${encodeURIComponent('低保')}`);
        await setHash('#footer');
        await settle(el);
        expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('低保');
        expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 164 项）`);
      });

      it('Back to the entry the element started on clears the state', async () => {
        const onRequest = sampleCatalogue.items.filter((i) => i.mode.includes('ON_REQUEST'));
        const el = await fixture<GkCatalogue>(html`<gk-catalogue id="cat" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
        await settle(el);
        const details = await openFacet(el, '公开方式');
        [...details.querySelectorAll('label.option')]
          .find((l) => text(l).startsWith('依申请公开'))!
          .querySelector('input')!
          .click();
        await settle(el);
        expect(location.hash).to.equal('#cat.mode=ON_REQUEST');
        expect(countText(el)).to.equal(`找到 ${onRequest.length} 项（共 164 项）`);
        const popped = once(window, 'popstate');
        history.back();
        await popped;
        await settle(el);
        expect(location.hash).to.equal('');
        expect(countText(el)).to.equal('共 164 项');
        expect($$<HTMLInputElement>(el, 'details.facet input[type=checkbox]').some((c) => c.checked)).to.equal(false);
      });

      it('an authored view="table" stays when the hash names no view', async () => {
        const sa = inArea('SOCIAL_ASSISTANCE');
        const el = await fixture<GkCatalogue>(
          html`<gk-catalogue id="v" view="table" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`,
        );
        await settle(el);
        expect(el.view).to.equal('table');
        expect($(el, 'table')).to.be.instanceOf(Element);
        await setHash('#v.area=SOCIAL_ASSISTANCE');
        await settle(el);
        expect(el.view).to.equal('table');
        expect($(el, '[role=tree]')).to.equal(null);
        expect(countText(el)).to.equal(`找到 ${sa.length} 项（共 164 项）`);
        expect($$(el, 'table tbody th.area-row').map(text)).to.deep.equal(['社会救助']);
      });

      it('a bogus facet value filters nothing; an unknown item id shows the empty detail', async () => {
        const el = await fixture<GkCatalogue>(html`<gk-catalogue id="v" url-state .catalogue=${sampleCatalogue}></gk-catalogue>`);
        await settle(el);
        await setHash('#v.area=NOT_AN_AREA&v.item=no-such-item');
        await settle(el);
        expect(countText(el)).to.equal('共 164 项');
        expect(el.results).to.have.length(164);
        expect(text($(el, '.detail .hint'))).to.equal('请从目录中选择一个事项，查看公开内容、依据、时限和公开链接。');
        expect($(el, '.detail h3')).to.equal(null);
        expect(rows(el).filter((r) => r.getAttribute('aria-selected') === 'true')).to.have.length(0);
      });
    });

    it('after a search removes the active row, exactly one of the tree and its rows is a tab stop', async () => {
      const el = await load(sampleCatalogue);
      row(el, 'i:projects-04')!.click();
      await settle(el);
      const stops = () => $$(el, '[role=tree], [role=treeitem]').filter((n) => n.getAttribute('tabindex') === '0');
      expect(stops().map((n) => n.dataset.key)).to.deep.equal(['i:projects-04']);
      await search(el, '低保');
      expect(row(el, 'i:projects-04')).to.equal(null);
      expect(stops()).to.have.length(1);
    });

    it('typing a search while a long tree is scrolled down: no error, exactly one tab stop', async () => {
      // Each key press shrinks the rows while the tree is scrolled far down. The virtualizer may
      // then ask for keys of rows past the new end (lit/lit#4833); the element must cope.
      const data = generateCatalogue(2000, 11);
      const el = await load(data);
      for (const term of [data.items[0]!.item2, data.items[1]!.item2]) {
        const hits = data.items.filter((i) => [i.item1, i.item2, i.item3 ?? '', ...i.content, ...i.basis].some((f) => f.includes(term)));
        const tree = $(el, '[role=tree]')!;
        tree.scrollTop = tree.scrollHeight;
        await sleep(150);
        await settle(el, 4);
        await search(el, term);
        await sleep(200);
        await settle(el);
        expect(countText(el)).to.equal(`找到 ${hits.length} 项（共 2000 项）`);
        expect(rows(el).length).to.be.greaterThan(0);
        const stops = $$(el, '[role=tree], [role=treeitem]').filter((n) => n.getAttribute('tabindex') === '0');
        expect(stops).to.have.length(1);
        button(el, '清除搜索')!.click();
        await settle(el, 4);
      }
      // A late error from the virtualizer must surface in this test, not the next one.
      await sleep(500);
      await settle(el, 6);
    });

    it('the selected row shows a focus indicator that differs from its background', async () => {
      const el = await load(sampleCatalogue);
      row(el, 'i:projects-04')!.click();
      await settle(el);
      // Move away and back with the keyboard, so the focus is keyboard focus (:focus-visible).
      row(el, 'i:projects-04')!.focus();
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(activeKey(el)).to.equal('i:projects-04');
      const r = row(el, 'i:projects-04')!;
      expect(r.getAttribute('aria-selected')).to.equal('true');
      const cs = getComputedStyle(r);
      const outlineShows = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== cs.backgroundColor;
      const shadowColour = /rgba?\([^)]*\)/.exec(cs.boxShadow)?.[0];
      const shadowShows = cs.boxShadow !== 'none' && shadowColour !== undefined && shadowColour !== cs.backgroundColor;
      expect(
        outlineShows || shadowShows,
        `outline ${cs.outlineStyle} ${cs.outlineColor}, shadow ${cs.boxShadow}, background ${cs.backgroundColor}`,
      ).to.equal(true);
    });

    it('the facet badge carries a visually hidden text for screen readers', async () => {
      const el = await load(sampleCatalogue);
      const details = await openFacet(el, '公开方式');
      for (const label of ['依申请公开', '主动公开']) {
        [...details.querySelectorAll('label.option')]
          .find((l) => text(l).startsWith(label))!
          .querySelector('input')!
          .click();
        await settle(el);
      }
      const badge = details.querySelector('summary .badge')!;
      expect(text(badge.querySelector('[aria-hidden=true]'))).to.equal('2');
      const hidden = badge.querySelector<HTMLElement>('.vh')!;
      expect(text(hidden)).to.equal('已选 2 项');
      const cs = getComputedStyle(hidden);
      expect(cs.position).to.equal('absolute');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('English table headers with lang="en"', async () => {
      const el = await load(makeCatalogue([base]), { lang: 'en' });
      button(el, 'Table')!.click();
      await settle(el);
      const [top, sub] = $$(el, 'table thead tr');
      expect([...top!.querySelectorAll('th')].map(text)).to.deep.equal([
        'No.',
        'Disclosure item',
        'content (elements)',
        'basis',
        'time limit',
        'responsible body',
        'channels and carriers',
        'audience',
        'disclosure mode',
        'level',
        'Remarks',
      ]);
      expect([...sub!.querySelectorAll('th')].map(text)).to.deep.equal([
        'first-level item',
        'second-level item',
        'General public',
        'Specific groups',
        'Proactive',
        'On request',
        'County',
        'Township',
        'Village',
      ]);
      expect(text($(el, 'table tbody th.area-row'))).to.equal('Major construction projects');
      expect(text($(el, 'table td.tick .vh'))).to.equal('yes');
    });

    it('the printed table names the search and filters in force', async () => {
      const el = await load(sampleCatalogue);
      await search(el, '低保');
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(text($(el, '.print-only caption .query'))).to.equal('检索条件：关键词“低保”');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await settle(el, 1);
      }
    });
  });
});
