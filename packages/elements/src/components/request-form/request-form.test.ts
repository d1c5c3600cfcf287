import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { addWorkdays, isWorkday, nextWorkday, sampleCatalogue } from '@gongkai/core';
import type { GkRequestDraftDetail, GkRequestErrorDetail, GkRequestSubmitDetail, GkRequestSuccessDetail } from '../../events.js';
import { settle, sleep, text, until } from '../../testing/dom.js';
import { serverLog } from '../../testing/request-server.js';
import './define.js';
import type { GkRequestForm } from './request-form.js';

// The online tests talk to the real test endpoint of tools/wtr/request-server.js over HTTP (no
// stubbed fetch); its per-scenario log (`__log`) says what the server received.
//
// Expected values are hand-derived. The ID 11010519491231002X has the check character X
// (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 11010519491231002 give 189; 189 mod 11 = 2
// → X). The guidance estimate for today = 2026-03-25 (a Wednesday): receipt that day, 20
// working days from the next day, skipping the weekends and 清明 2026-04-04..06 (State Council
// notice for 2026): 03-26, 27, 30, 31, 04-01, 02, 03 (7), 04-07 … 10 (11), 13 … 17 (16),
// 20 … 23 (20) → Thursday 2026-04-23. The receipt's date depends on when the server received
// the application, so it is computed from the calendar (next working day, plus 20), not from
// estimateReplyBy, which the element itself calls.

const AGENCY = '示范县人民政府办公室';
const VALID_ID = '11010519491231002X';
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

interface Attrs {
  endpoint?: string;
  lang?: string;
  today?: string;
  timeout?: string;
  persist?: string;
  catalogueSrc?: string;
  maxFileMb?: string;
  agency?: string;
  largeText?: boolean;
}

async function mount(a: Attrs = {}): Promise<GkRequestForm> {
  const el = await fixture<GkRequestForm>(
    html`<gk-request-form
      agency=${a.agency ?? AGENCY}
      endpoint=${a.endpoint ?? nothing}
      lang=${a.lang ?? 'zh-CN'}
      today=${a.today ?? '2026-03-25'}
      timeout=${a.timeout ?? nothing}
      persist=${a.persist ?? nothing}
      catalogue-src=${a.catalogueSrc ?? nothing}
      max-file-mb=${a.maxFileMb ?? nothing}
      ?large-text=${a.largeText ?? false}
    ></gk-request-form>`,
  );
  await settle(el);
  return el;
}

type Field =
  | 'name'
  | 'legalRepresentative'
  | 'contactPerson'
  | 'idNumber'
  | 'mobile'
  | 'landline'
  | 'email'
  | 'address'
  | 'postcode'
  | 'infoName'
  | 'docNumber'
  | 'description'
  | 'purpose';

const control = (el: GkRequestForm, f: string) => el.querySelector<HTMLInputElement>(`[data-field=${f}]`)!;
const errorOf = (el: GkRequestForm, f: string) => {
  const c = control(el, f);
  return el.querySelector<HTMLElement>(`#${c.id}-error`);
};
const button = (el: GkRequestForm, label: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
const submitButton = (el: GkRequestForm) => el.querySelector<HTMLButtonElement>('.gk-submit')!;
const summary = (el: GkRequestForm) => el.querySelector<HTMLElement>('.gk-summary');
const summaryLinks = (el: GkRequestForm) => [...el.querySelectorAll<HTMLAnchorElement>('.gk-summary a')];
const failureBox = (el: GkRequestForm) => el.querySelector<HTMLElement>('.gk-failure');

/** Types into a field as a user does (value, then an input event). */
async function type(el: GkRequestForm, f: Field, value: string): Promise<void> {
  const c = control(el, f);
  c.focus();
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function blur(el: GkRequestForm, f: Field): Promise<void> {
  control(el, f).dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/** A valid application: name, ID, mobile and a description. */
async function fillValid(el: GkRequestForm, o: { name?: string; description?: string } = {}): Promise<void> {
  await type(el, 'name', o.name ?? '张三');
  await type(el, 'idNumber', VALID_ID);
  await type(el, 'mobile', '13800138000');
  await type(el, 'description', o.description ?? '2025年本县城乡居民最低生活保障资金发放情况');
}

async function clickSubmit(el: GkRequestForm): Promise<void> {
  submitButton(el).click();
  await settle(el);
}

/** Chooses files on the file input as a user does (files, then a change event). */
async function chooseFiles(el: GkRequestForm, files: File[]): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** The China day of an instant, YYYY-MM-DD. */
function chinaDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

/** 2026-04-23 → 2026年4月23日 */
function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A short name of a node for messages (chai's own would serialise the whole DOM element). */
const describeNode = (n: Element | null | undefined): string =>
  n
    ? `<${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ').join('.')}` : ''}>`
    : 'nothing';

/** Asserts that there is no such node. */
function none(n: Element | ShadowRoot | null | undefined, what = 'no such node'): void {
  expect(n ? (n instanceof Element ? n.outerHTML.slice(0, 300) : 'a shadow root') : null, what).to.equal(null);
}

/** Asserts that two nodes are the same. */
function same(a: Element | null | undefined, b: Element | null | undefined, what = 'same node'): void {
  expect(a === b && a !== null && a !== undefined, `${what}: ${describeNode(a)}, expected ${describeNode(b)}`).to.equal(true);
}

/** Asserts where the focus is. */
const focused = (target: Element | null | undefined, what = 'focus'): void => same(document.activeElement, target, what);

function clearStorage(): void {
  sessionStorage.clear();
  localStorage.clear();
}

const draftKey = (agency = AGENCY) => `gk-request-form:${location.pathname}:${agency}`;

describe('gk-request-form', () => {
  beforeEach(() => clearStorage());
  afterEach(() => clearStorage());

  describe('load', () => {
    it('light DOM; kind 公民; every field labelled by its own <label for>; the autofill tokens', async () => {
      const el = await mount();
      none(el.shadowRoot);
      const kinds = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(kinds.map((r) => text(r.closest('label')))).to.deep.equal(['公民', '法人或其他组织']);
      expect(kinds.find((r) => r.checked)!.value).to.equal('natural-person');

      const labelOf = (f: string) => el.querySelector<HTMLLabelElement>(`label[for="${control(el, f).id}"]`)!;
      expect(text(labelOf('name'))).to.equal('姓名必填');
      const person: [string, string, string][] = [
        ['name', '姓名', 'name'],
        ['idType', '证件类型', 'off'],
        ['idNumber', '证件号码', 'off'],
        ['mobile', '手机号码', 'mobile tel'],
        ['landline', '固定电话', 'home tel'],
        ['email', '电子邮箱', 'email'],
        ['address', '通信地址', 'street-address'],
        ['postcode', '邮政编码', 'postal-code'],
        ['infoName', '所需信息的名称', 'off'],
        ['docNumber', '文号', 'off'],
        ['description', '所需信息的特征性描述', 'off'],
        ['purpose', '用途', 'off'],
      ];
      for (const [f, label, token] of person) {
        const c = control(el, f);
        same(labelOf(f).control, c, `label of ${f}`);
        expect(text(labelOf(f)), `label of ${f}`).to.match(new RegExp(`^${label}(必填|选填)$`));
        expect(c.getAttribute('autocomplete'), `autocomplete of ${f}`).to.equal(token);
      }
      // Unique ids: each label finds exactly one control.
      const ids = [...el.querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size).to.equal(ids.length);

      kinds[1]!.click();
      await settle(el);
      const org: [string, string, string][] = [
        ['organisationType', '组织类型', 'off'],
        ['name', '名称', 'organization'],
        ['legalRepresentative', '法定代表人或负责人', 'off'],
        ['contactPerson', '联系人', 'name'],
        ['landline', '固定电话', 'work tel'],
      ];
      for (const [f, label, token] of org) {
        const c = control(el, f);
        same(labelOf(f).control, c, `label of ${f}`);
        expect(text(labelOf(f))).to.match(new RegExp(`^${label}(必填|选填)$`));
        expect(c.getAttribute('autocomplete'), `autocomplete of ${f}`).to.equal(token);
      }
      expect(control(el, 'idType').value).to.equal('credit-code');
    });

    it('text the webmaster put inside the tag is replaced by the form', async () => {
      const el = await fixture<GkRequestForm>(
        html`<gk-request-form agency=${AGENCY} lang="zh-CN"><a href="tel:05371234567">请致电申请</a></gk-request-form>`,
      );
      await settle(el);
      none(el.querySelector('a[href^="tel:"]'));
      expect(control(el, 'name')).to.be.instanceOf(HTMLInputElement);
    });

    it('is styled inside a shadow root, also where constructable stylesheets are missing (a <style> instead)', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
      expect(descriptor, 'ShadowRoot.prototype.adoptedStyleSheets').to.not.equal(undefined);
      const shadow = host.attachShadow({ mode: 'open' });
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      let el!: GkRequestForm;
      try {
        expect('adoptedStyleSheets' in shadow).to.equal(false);
        el = document.createElement('gk-request-form');
        el.setAttribute('agency', AGENCY);
        el.lang = 'zh-CN';
        shadow.append(el);
        await settle(el);
      } finally {
        Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', descriptor!);
      }
      const styles = shadow.querySelectorAll('style');
      expect(styles.length).to.equal(1);
      expect(shadow.adoptedStyleSheets).to.deep.equal([]);
      // The sheet applies: the form is laid out as a grid and the host is a block.
      expect(getComputedStyle(el.querySelector('.gk-rf')!).display).to.equal('grid');
      expect(getComputedStyle(el).display).to.equal('block');
      // A second form in the same root adds no second <style>.
      const second = document.createElement('gk-request-form');
      second.setAttribute('agency', AGENCY);
      shadow.append(second);
      await settle(second);
      expect(shadow.querySelectorAll('style').length).to.equal(1);
    });
  });

  describe('validation', () => {
    it('full-width digits and a lower-case x are normalised before the check; values are trimmed', async () => {
      const el = await mount();
      await type(el, 'name', '  张三  ');
      await type(el, 'idNumber', '１１０１０５１９４９１２３１００２x');
      await type(el, 'mobile', '１３８００１３８０００');
      await type(el, 'description', ' 低保资金发放情况 ');
      setTimeout(() => submitButton(el).click());
      const e = (await oneEvent(el, 'gk-request-submit')) as CustomEvent<GkRequestSubmitDetail>;
      expect(e.detail.mode).to.equal('paper');
      expect(e.detail.application.applicant.name).to.equal('张三');
      expect(e.detail.application.identity.number).to.equal(VALID_ID);
      expect(e.detail.application.contact.mobile).to.equal('13800138000');
      expect(e.detail.application.information.description).to.equal('低保资金发放情况');
      expect(e.detail.application.agency.name).to.equal(AGENCY);
      await settle(el);
      none(summary(el));
    });

    it('an error shows once the changed field loses focus, not before; described by the field', async () => {
      const el = await mount();
      await type(el, 'mobile', '123');
      none(errorOf(el, 'mobile'), 'while typing');
      expect(control(el, 'mobile').getAttribute('aria-invalid')).to.equal('false');
      await blur(el, 'mobile');
      const error = errorOf(el, 'mobile')!;
      expect(text(error)).to.equal('手机号码“123”格式不正确（11 位，以 1 开头）');
      expect(control(el, 'mobile').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'mobile').getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      // A field left without a change shows nothing; nor do other fields.
      await blur(el, 'name');
      none(errorOf(el, 'name'));
      await type(el, 'mobile', '13800138000');
      none(errorOf(el, 'mobile'), 'fixed');
      expect(control(el, 'mobile').getAttribute('aria-invalid')).to.equal('false');
    });

    it('while an IME composes, no new error; the composed text is kept', async () => {
      const el = await mount();
      // The field is already checked (typed and left), so its errors follow each change…
      await type(el, 'email', 'zhang@example.com');
      await blur(el, 'email');
      none(errorOf(el, 'email'));
      // …but not the preedit text of an input method.
      const c = control(el, 'email');
      c.focus();
      c.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      for (const preedit of ['zhang@example.com z', 'zhang@example.com zh', 'zhang@example.com 张']) {
        c.value = preedit;
        c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, inputType: 'insertCompositionText' }));
        await settle(el);
        none(errorOf(el, 'email'), `during composition (${preedit})`);
        expect(c.value).to.equal(preedit);
      }
      c.value = '张三@example.com';
      c.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '张' }));
      await settle(el);
      expect(c.value).to.equal('张三@example.com');
      expect(el.formValues.email).to.equal('张三@example.com');
    });

    it('a failed submit focuses the summary; N errors, N links, each focusing its field; group errors listed', async () => {
      const el = await mount();
      const submits: Event[] = [];
      el.addEventListener('gk-request-submit', (e) => submits.push(e));
      await clickSubmit(el);
      expect(submits.length).to.equal(0);
      const box = summary(el)!;
      expect(box).to.be.instanceOf(HTMLElement);
      focused(box);
      expect(box.getAttribute('role')).to.equal('region');
      const heading = el.querySelector(`#${box.getAttribute('aria-labelledby')}`)!;
      const links = summaryLinks(el);
      expect(links.map(text)).to.deep.equal([
        '请填写姓名或名称',
        '请填写证件号码',
        '请至少填写一个电话或电子邮箱',
        '请至少填写所需信息的名称、文号或特征性描述之一',
      ]);
      expect(text(heading)).to.equal(`有 ${links.length} 处错误需要修改`);
      // Each field shows its own message too.
      expect(text(errorOf(el, 'name'))).to.equal('请填写姓名或名称');
      expect(text(errorOf(el, 'mobile'))).to.equal('请至少填写一个电话或电子邮箱');
      expect(text(errorOf(el, 'infoName'))).to.equal('请至少填写所需信息的名称、文号或特征性描述之一');
      const targets = ['name', 'idNumber', 'mobile', 'infoName'];
      links.forEach((a, i) => {
        a.click();
        focused(control(el, targets[i]!), `link ${i + 1}`);
      });
      // Fixing one error takes it off the list.
      await type(el, 'name', '张三');
      expect(summaryLinks(el).length).to.equal(3);
      expect(text(el.querySelector('.gk-summary h3'))).to.equal('有 3 处错误需要修改');
    });

    it('English summary', async () => {
      const el = await mount({ lang: 'en' });
      await type(el, 'name', 'Zhang San');
      await type(el, 'idNumber', VALID_ID);
      await type(el, 'mobile', '13800138000');
      await clickSubmit(el);
      focused(summary(el));
      expect(summaryLinks(el).length).to.equal(1);
      expect(text(el.querySelector('.gk-summary h3'))).to.equal('1 problem needs fixing');
      await type(el, 'mobile', '');
      expect(text(el.querySelector('.gk-summary h3'))).to.equal('2 problems need fixing');
    });
  });

  describe('paper mode (no endpoint)', () => {
    it('makes the filled 申请表, ready to print, and a JSON download; 返回修改 keeps the values', async () => {
      const el = await mount();
      expect(text(submitButton(el))).to.equal('生成申请表');
      await fillValid(el);
      await type(el, 'landline', '0537-1234567');
      await clickSubmit(el);
      const heading = el.querySelector<HTMLElement>('.gk-sheet-heading')!;
      expect(text(heading)).to.equal('政府信息公开申请表');
      focused(heading);
      const rows = new Map(
        [...el.querySelectorAll('table.gk-sheet tr')].map((tr) => [text(tr.querySelector('th[scope=row]')), text(tr.querySelector('td'))]),
      );
      expect(rows.get('受理机关')).to.equal(AGENCY);
      expect(rows.get('申请人类型')).to.equal('公民');
      expect(rows.get('姓名')).to.equal('张三');
      expect(rows.get('证件类型')).to.equal('居民身份证');
      expect(rows.get('证件号码')).to.equal(VALID_ID);
      expect(rows.get('手机号码')).to.equal('13800138000');
      expect(rows.get('固定电话')).to.equal('0537-1234567');
      expect(rows.get('所需信息的特征性描述')).to.equal('2025年本县城乡居民最低生活保障资金发放情况');
      expect(rows.get('所需信息的载体形式（可多选）')).to.equal('电子文档');
      expect(rows.get('获取信息的方式（可多选）')).to.equal('网上获取');
      expect(text(el.querySelector('.gk-print-area')))
        .to.contain('填表日期：2026年3月25日')
        .and.contain('申请人签名（盖章）：');
      // The print sheet shows only the 申请表.
      expect(document.documentElement.classList.contains('gk-request-form-printing')).to.equal(true);
      expect(el.hasAttribute('data-gk-print')).to.equal(true);

      // The JSON download: a hidden <a download> with a blob: URL of the application.
      let anchor: HTMLAnchorElement | undefined;
      const listener = (e: Event) => {
        if (e.target instanceof HTMLAnchorElement && e.target.hasAttribute('download')) {
          anchor = e.target;
          e.preventDefault();
        }
      };
      el.addEventListener('click', listener, true);
      let body: Promise<string> | undefined;
      try {
        button(el, '下载数据文件（JSON）')!.click();
        body = fetch(anchor!.href).then((r) => r.text());
      } finally {
        el.removeEventListener('click', listener, true);
      }
      expect(anchor!.href).to.match(/^blob:/);
      expect(anchor!.download).to.equal('政府信息公开申请-2026-03-25.json');
      const json = JSON.parse(await body!) as { applicant: { name: string }; identity: { number: string } };
      expect(json.applicant.name).to.equal('张三');
      expect(json.identity.number).to.equal(VALID_ID);

      button(el, '返回修改')!.click();
      await settle(el);
      none(el.querySelector('table.gk-sheet'));
      expect(control(el, 'name').value).to.equal('张三');
      expect(control(el, 'idNumber').value).to.equal(VALID_ID);
      expect(control(el, 'landline').value).to.equal('0537-1234567');
      focused(submitButton(el));
      expect(document.documentElement.classList.contains('gk-request-form-printing')).to.equal(false);
      expect(el.hasAttribute('data-gk-print')).to.equal(false);
    });

    it('an organisation applicant on the sheet', async () => {
      const el = await mount();
      el.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
      await settle(el);
      const orgType = control(el, 'organisationType') as unknown as HTMLSelectElement;
      orgType.value = 'research';
      orgType.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      await type(el, 'name', '示范县农业科学研究所');
      await type(el, 'legalRepresentative', '王五');
      await type(el, 'contactPerson', '赵六');
      await type(el, 'idNumber', '91350100M000100Y43');
      await type(el, 'email', 'lab@example.com');
      await type(el, 'infoName', '2025年度农业技术推广项目资金分配表');
      await clickSubmit(el);
      const rows = new Map(
        [...el.querySelectorAll('table.gk-sheet tr')].map((tr) => [text(tr.querySelector('th[scope=row]')), text(tr.querySelector('td'))]),
      );
      expect(rows.get('申请人类型')).to.equal('法人或其他组织（科研机构）');
      expect(rows.get('名称')).to.equal('示范县农业科学研究所');
      expect(rows.get('法定代表人或负责人')).to.equal('王五');
      expect(rows.get('联系人')).to.equal('赵六');
      expect(rows.get('证件类型')).to.equal('统一社会信用代码证书');
      expect(rows.get('证件号码')).to.equal('91350100M000100Y43');
    });

    it('English button', async () => {
      const el = await mount({ lang: 'en' });
      expect(text(submitButton(el))).to.equal('Create application form');
    });
  });

  describe('online mode (real test server)', () => {
    it('success: receipt with the tracking code, agency and expected due date; one record; draft removed', async () => {
      await serverLog('ok', true);
      const el = await mount({ endpoint: '/api/requests/ok/' });
      expect(text(submitButton(el))).to.equal('提交申请');
      await fillValid(el);
      await sleep(300);
      expect(sessionStorage.getItem(draftKey()), 'draft while typing').to.be.a('string');
      const success = oneEvent(el, 'gk-request-success') as Promise<CustomEvent<GkRequestSuccessDetail>>;
      submitButton(el).click();
      const { detail } = await success;
      await settle(el);
      const heading = el.querySelector<HTMLElement>('.gk-receipt-heading')!;
      expect(text(heading)).to.equal('申请已提交');
      await until(() => document.activeElement === heading, 'focus on the receipt heading');
      const facts = new Map([...el.querySelectorAll('dl.gk-facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
      const code = facts.get('查询码')!;
      expect(code).to.match(/^[2-9A-Y]{4}-[2-9A-Y]{4}-[2-9A-Y]{2}$/);
      expect(code).to.equal(detail.receipt.trackingCode);
      expect(facts.get('受理机关')).to.equal(AGENCY);
      const day = chinaDay(detail.receipt.submittedAt);
      const receiptDay = isWorkday(day) ? day : nextWorkday(day);
      expect(facts.get('预计最迟答复日期')).to.equal(`${zhDate(addWorkdays(receiptDay, 20))}（估算）`);
      expect(facts.get('提交时间')).to.match(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）$/);
      expect(text(el.querySelector('.gk-print-area'))).to.contain('0537-0000000');
      expect(detail.application.identity.number).to.equal(VALID_ID);

      const log = await serverLog('ok');
      expect(log.posts).to.equal(1);
      expect(log.created).to.equal(1);
      expect(log.lastHeaders['idempotency-key']).to.be.a('string').and.not.equal('');
      expect(log.lastHeaders['content-type']).to.match(/^application\/json/);
      expect(sessionStorage.getItem(draftKey())).to.equal(null);

      button(el, '填写新的申请')!.click();
      await settle(el);
      expect(control(el, 'name').value).to.equal('');
    });

    it('a 500: the error with 重试, everything kept; the retry sends the same Idempotency-Key and creates one record', async () => {
      await serverLog('fail-once', true);
      const el = await mount({ endpoint: '/api/requests/fail-once/' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error') as Promise<CustomEvent<GkRequestErrorDetail>>;
      submitButton(el).click();
      const { detail } = await failed;
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(500);
      expect(detail.code).to.equal('request.protocol.server-error');
      await settle(el);
      const box = failureBox(el)!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('申请没有提交成功').and.contain('HTTP 500');
      await until(() => document.activeElement === box, 'focus on the failure');
      expect(control(el, 'name').value).to.equal('张三');
      expect(control(el, 'idNumber').value).to.equal(VALID_ID);
      expect(control(el, 'mobile').value).to.equal('13800138000');
      const first = await serverLog('fail-once');
      expect(first.posts).to.equal(1);
      expect(first.created).to.equal(0);

      const success = oneEvent(el, 'gk-request-success');
      button(el, '重试')!.click();
      await success;
      await settle(el);
      expect(el.querySelector('.gk-receipt-heading')).to.be.instanceOf(HTMLElement);
      const second = await serverLog('fail-once');
      expect(second.posts).to.equal(2);
      expect(second.created).to.equal(1);
      expect(second.lastHeaders['idempotency-key']).to.equal(first.lastHeaders['idempotency-key']);
    });

    it('a server that does not answer in time: the timeout message and gk-request-error kind timeout', async () => {
      const el = await mount({ endpoint: '/api/requests/slow/?delay=3000', timeout: '300' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error') as Promise<CustomEvent<GkRequestErrorDetail>>;
      submitButton(el).click();
      await settle(el);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(el.querySelector('.gk-actions [role=status]'))).to.equal('正在提交…');
      const { detail } = await failed;
      expect(detail.kind).to.equal('timeout');
      await settle(el);
      expect(text(failureBox(el))).to.contain('服务器在 0.3 秒内没有响应。');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(control(el, 'description').value).to.equal('2025年本县城乡居民最低生活保障资金发放情况');
    });

    it('an unreadable receipt: invalid, with a retry', async () => {
      const el = await mount({ endpoint: '/api/requests/bad-receipt/' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error') as Promise<CustomEvent<GkRequestErrorDetail>>;
      submitButton(el).click();
      const { detail } = await failed;
      expect(detail.kind).to.equal('invalid');
      expect(detail.issues.length).to.be.greaterThan(0);
      await settle(el);
      expect(text(failureBox(el))).to.contain('服务器的回复无法识别。');
      expect(button(el, '重试')).to.be.instanceOf(HTMLButtonElement);
    });

    it("the server's field issues show under their fields and in the focused summary; editing clears them", async () => {
      await serverLog('field-issues', true);
      const el = await mount({ endpoint: '/api/requests/field-issues/' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error') as Promise<CustomEvent<GkRequestErrorDetail>>;
      submitButton(el).click();
      const { detail } = await failed;
      expect(detail.kind).to.equal('fields');
      expect(detail.status).to.equal(400);
      await settle(el);
      const box = summary(el)!;
      focused(box);
      expect(text(box)).to.contain('服务器发现申请中有需要修改的内容');
      expect(summaryLinks(el).map(text)).to.deep.equal([
        '身份证号码校验码不符（应为 X）：请核对号码',
        '手机号码“13800138000”格式不正确（11 位，以 1 开头）',
      ]);
      expect(text(box.querySelector('h3'))).to.equal('有 2 处错误需要修改');
      expect(text(errorOf(el, 'idNumber'))).to.equal('身份证号码校验码不符（应为 X）：请核对号码');
      expect(text(errorOf(el, 'mobile'))).to.equal('手机号码“13800138000”格式不正确（11 位，以 1 开头）');
      expect(control(el, 'idNumber').getAttribute('aria-invalid')).to.equal('true');
      none(failureBox(el));

      await type(el, 'idNumber', VALID_ID);
      none(errorOf(el, 'idNumber'), 'edited');
      expect(text(errorOf(el, 'mobile'))).to.contain('格式不正确');
      expect(summaryLinks(el).length).to.equal(1);
      await type(el, 'mobile', '13900139001');
      none(errorOf(el, 'mobile'));
      none(summary(el));
    });

    it('two clicks on submit send one POST', async () => {
      await serverLog('slow', true);
      const el = await mount({ endpoint: '/api/requests/slow/?delay=300' });
      await fillValid(el);
      const success = oneEvent(el, 'gk-request-success');
      submitButton(el).click();
      submitButton(el).click();
      await success;
      await settle(el);
      const log = await serverLog('slow');
      expect(log.posts).to.equal(1);
      expect(log.created).to.equal(1);
    });

    it('Enter twice in a field sends one POST', async () => {
      await serverLog('slow', true);
      const el = await mount({ endpoint: '/api/requests/slow/?delay=300' });
      await fillValid(el);
      const success = oneEvent(el, 'gk-request-success');
      control(el, 'mobile').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await success;
      await settle(el);
      const log = await serverLog('slow');
      expect(log.posts).to.equal(1);
      expect(log.created).to.equal(1);
    });

    it('a canceled gk-request-submit sends nothing', async () => {
      await serverLog('ok', true);
      const el = await mount({ endpoint: '/api/requests/ok/' });
      await fillValid(el);
      let detail: GkRequestSubmitDetail | undefined;
      el.addEventListener('gk-request-submit', (e) => {
        detail = e.detail;
        e.preventDefault();
      });
      await clickSubmit(el);
      await sleep(200);
      expect(detail!.mode).to.equal('online');
      expect(detail!.files).to.equal(0);
      expect((await serverLog('ok')).posts).to.equal(0);
      none(el.querySelector('.gk-receipt-heading'));
      expect(control(el, 'name').value).to.equal('张三');
    });
  });

  describe('attachments', () => {
    it('an image: a preview, then a multipart POST with application and identityProof', async () => {
      await serverLog('ok', true);
      const el = await mount({ endpoint: '/api/requests/ok/' });
      await fillValid(el);
      await chooseFiles(el, [new File([PNG], 'id-front.png', { type: 'image/png' })]);
      const img = el.querySelector<HTMLImageElement>('.gk-files img')!;
      expect(img.getAttribute('src')).to.match(/^blob:/);
      expect(img.alt).to.equal('id-front.png');
      expect(button(el, '删除“id-front.png”')).to.be.instanceOf(HTMLButtonElement);
      const submitted = oneEvent(el, 'gk-request-submit') as Promise<CustomEvent<GkRequestSubmitDetail>>;
      const success = oneEvent(el, 'gk-request-success');
      submitButton(el).click();
      expect((await submitted).detail.files).to.equal(1);
      await success;
      const log = await serverLog('ok');
      expect(log.created).to.equal(1);
      expect(log.lastHeaders['content-type']).to.match(/^multipart\/form-data; boundary=/);
      expect(log.lastParts).to.deep.equal([
        { name: 'application', filename: 'application.json', type: 'application/json', size: log.lastParts[0]!.size },
        { name: 'identityProof', filename: 'id-front.png', type: 'image/png', size: PNG.length },
      ]);
      expect((log.lastApplication as { identity: { number: string } }).identity.number).to.equal(VALID_ID);
    });

    it('a wrong type and a file too large: a located error, not added; remove removes', async () => {
      const el = await mount({ maxFileMb: '0.001', endpoint: '/api/requests/ok/' });
      const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
      await chooseFiles(el, [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
      let error = el.querySelector<HTMLElement>(`#${input.id}-error`)!;
      expect(text(error)).to.equal('文件“notes.txt”的类型不支持：请上传 JPG、PNG 或 PDF');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect(el.querySelectorAll('.gk-file').length).to.equal(0);

      await chooseFiles(el, [new File([PNG, new Uint8Array(2000)], 'big.png', { type: 'image/png' })]);
      error = el.querySelector<HTMLElement>(`#${input.id}-error`)!;
      expect(text(error)).to.equal('文件“big.png”超过 0.001 MB');
      expect(el.querySelectorAll('.gk-file').length).to.equal(0);

      await chooseFiles(el, [new File([PNG], 'ok.png', { type: 'image/png' })]);
      none(el.querySelector(`#${input.id}-error`));
      expect(el.querySelectorAll('.gk-file').length).to.equal(1);
      button(el, '删除“ok.png”')!.click();
      await settle(el);
      expect(el.querySelectorAll('.gk-file').length).to.equal(0);
      focused(input);
    });

    it('an attachment error stops the submit and is listed in the summary', async () => {
      const el = await mount({ endpoint: '/api/requests/ok/' });
      await fillValid(el);
      await chooseFiles(el, [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
      const submits: Event[] = [];
      el.addEventListener('gk-request-submit', (e) => submits.push(e));
      await clickSubmit(el);
      expect(submits.length).to.equal(0);
      expect(summaryLinks(el).map(text)).to.deep.equal(['文件“notes.txt”的类型不支持：请上传 JPG、PNG 或 PDF']);
      summaryLinks(el)[0]!.click();
      focused(el.querySelector('input[type=file]'));
    });
  });

  describe('attachments (more)', () => {
    it('paper mode asks for a copy of the document instead of an upload', async () => {
      const el = await mount();
      none(el.querySelector('input[type=file]'));
      expect(text(el.querySelector('.gk-section .gk-note'))).to.contain('身份证明的复印件');
    });

    it('a picker that gives no MIME type: the extension decides (a .jpg is taken, a .txt is not)', async () => {
      const el = await mount({ endpoint: '/api/requests/ok/' });
      await chooseFiles(el, [new File([PNG], 'IMG_0001.JPG', { type: '' }), new File(['x'], 'readme.txt', { type: '' })]);
      expect(el.querySelectorAll('.gk-file').length).to.equal(1);
      const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
      expect(text(el.querySelector(`#${input.id}-error`))).to.equal('文件“readme.txt”的类型不支持：请上传 JPG、PNG 或 PDF');
    });

    it('a 400 whose issues name no text field: listed in the focused summary (the file one on the upload field)', async () => {
      await serverLog('loose-issues', true);
      const el = await mount({ endpoint: '/api/requests/loose-issues/' });
      await fillValid(el);
      await chooseFiles(el, [new File([PNG], 'id.png', { type: 'image/png' })]);
      const error = oneEvent(el, 'gk-request-error') as Promise<CustomEvent<GkRequestErrorDetail>>;
      submitButton(el).click();
      expect((await error).detail.kind).to.equal('fields');
      await settle(el);
      const box = summary(el)!;
      focused(box);
      expect(text(box.querySelector('h2, h3, h4, h5, h6'))).to.equal('有 2 处错误需要修改');
      expect(summaryLinks(el).map(text)).to.deep.equal(['提交的内容过大']);
      expect(text(box.querySelector('li.gk-error'))).to.equal('请填写受理机关名称');
      summaryLinks(el)[0]!.click();
      focused(el.querySelector('input[type=file]'));
    });
  });

  describe('drafts', () => {
    it('the idempotency key is kept with the tab: a retry after a reload is the same request', async () => {
      await serverLog('fail-once', true);
      const el = await mount({ endpoint: '/api/requests/fail-once/' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error');
      submitButton(el).click();
      await failed;
      const first = (await serverLog('fail-once')).lastHeaders['idempotency-key'];
      expect(first).to.be.a('string');
      el.remove();

      const again = await mount({ endpoint: '/api/requests/fail-once/' });
      const ok = oneEvent(again, 'gk-request-success');
      submitButton(again).click();
      await ok;
      const log = await serverLog('fail-once');
      expect(log.lastHeaders['idempotency-key']).to.equal(first);
      expect([log.posts, log.created]).to.deep.equal([2, 1]);
    });

    it('kept for the tab after a pause, and restored (announced) by a new form on the same page', async () => {
      const el = await mount();
      await type(el, 'name', '李四');
      await type(el, 'idNumber', VALID_ID);
      expect(sessionStorage.getItem(draftKey()), 'not yet').to.equal(null);
      await sleep(300);
      const stored = JSON.parse(sessionStorage.getItem(draftKey())!) as { values: { name: string } };
      expect(stored.values.name).to.equal('李四');
      expect(localStorage.getItem(draftKey())).to.equal(null);

      const restored: GkRequestDraftDetail[] = [];
      const listener = (e: Event) => restored.push((e as CustomEvent<GkRequestDraftDetail>).detail);
      document.addEventListener('gk-request-draft', listener);
      try {
        const again = await mount();
        expect(control(again, 'name').value).to.equal('李四');
        expect(control(again, 'idNumber').value).to.equal(VALID_ID);
        expect(text(again.querySelector('.gk-live[role=status]'))).to.equal('已恢复您上次未提交的内容。');
        expect(restored).to.deep.equal([{ action: 'restored', local: false }]);
        // Seen as well as heard: a shared computer may hold someone else's draft, so it can be cleared at once.
        const note = again.querySelector<HTMLElement>('.gk-restored')!;
        expect(text(note)).to.contain('已恢复您上次未提交的内容');
        note.querySelector<HTMLButtonElement>('.gk-clear-draft')!.click();
        await settle(again);
        expect(control(again, 'name').value).to.equal('');
        expect(sessionStorage.getItem(draftKey())).to.equal(null);
        none(again.querySelector('.gk-restored'));
      } finally {
        document.removeEventListener('gk-request-draft', listener);
      }
    });

    it('an untouched form leaves no draft, so nothing is announced next time', async () => {
      const el = await mount();
      window.dispatchEvent(new Event('pagehide'));
      el.remove();
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
      const again = await mount();
      expect(text(again.querySelector('.gk-live'))).to.equal('');
    });

    it('persist="none" stores nothing and offers no device draft', async () => {
      const el = await mount({ persist: 'none' });
      await type(el, 'name', '李四');
      await sleep(300);
      window.dispatchEvent(new Event('pagehide'));
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(text(el)).not.to.contain('在本设备保存草稿');
    });

    it('pagehide saves at once', async () => {
      const el = await mount();
      await type(el, 'name', '王五');
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
      window.dispatchEvent(new Event('pagehide'));
      expect((JSON.parse(sessionStorage.getItem(draftKey())!) as { values: { name: string } }).values.name).to.equal('王五');
    });

    it('on this device: localStorage without the ID number; 清除草稿 clears both and the fields', async () => {
      const el = await mount();
      await type(el, 'name', '李四');
      await type(el, 'idNumber', VALID_ID);
      const box = [...el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((c) =>
        text(c.closest('label')).startsWith('在本设备保存草稿'),
      )!;
      none(button(el, '清除草稿'), 'no 清除草稿 yet');
      box.click();
      await settle(el);
      const local = JSON.parse(localStorage.getItem(draftKey())!) as { values: { name: string; idNumber: string } };
      expect(local.values.name).to.equal('李四');
      expect(local.values.idNumber).to.equal('');
      expect(localStorage.getItem(draftKey())).not.to.contain(VALID_ID);
      expect(sessionStorage.getItem(draftKey())).to.contain(VALID_ID);

      const cleared = oneEvent(el, 'gk-request-draft') as Promise<CustomEvent<GkRequestDraftDetail>>;
      button(el, '清除草稿')!.click();
      expect((await cleared).detail).to.deep.equal({ action: 'cleared', local: false });
      await settle(el);
      expect(localStorage.getItem(draftKey())).to.equal(null);
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
      expect(control(el, 'name').value).to.equal('');
      expect(control(el, 'idNumber').value).to.equal('');
      expect(text(el.querySelector('.gk-live'))).to.equal('草稿已清除。');
      window.dispatchEvent(new Event('pagehide'));
      expect(sessionStorage.getItem(draftKey())).to.equal(null);
    });
  });

  describe('deflection', () => {
    let url = '';
    before(() => {
      url = URL.createObjectURL(new Blob([JSON.stringify(sampleCatalogue)], { type: 'application/json' }));
    });
    after(() => URL.revokeObjectURL(url));

    it('words of a proactive item suggest it, with its link; text with no match suggests nothing', async () => {
      const el = await mount({ catalogueSrc: url });
      await type(el, 'description', '政府预算 一般公共预算');
      await until(() => el.querySelector('.gk-deflect') !== null, 'suggestions');
      const box = el.querySelector<HTMLElement>('.gk-deflect')!;
      expect(text(box.querySelector('h4'))).to.equal('这些信息可能已经主动公开，可以直接查看');
      const first = box.querySelector('li')!;
      const link = first.querySelector<HTMLAnchorElement>('a')!;
      expect(text(link)).to.equal('政府预算 › 一般公共预算');
      expect(link.getAttribute('href')).to.equal(sampleCatalogue.items.find((i) => i.id === 'budget-01')!.links![0]!.url);
      expect(link.rel).to.contain('noopener');
      // An item without a link says where to look.
      expect([...box.querySelectorAll('li')].some((li) => text(li).includes('暂无链接'))).to.equal(true);

      await type(el, 'description', '我家门口的猫走丢了');
      await until(() => el.querySelector('.gk-deflect') === null, 'no suggestions');
      await sleep(300);
      none(el.querySelector('.gk-deflect'));
    });
  });

  describe('guidance', () => {
    it('paper mode: one matter, Art. 39, Art. 29 and the estimate', async () => {
      const el = await mount({ today: '2026-03-25' });
      const items = [...el.querySelectorAll('.gk-box li')].map(text);
      expect(items[0]).to.contain('一事一申请');
      expect(items[1]).to.contain('信访').and.contain('条例第三十九条');
      expect(items[2]).to.contain('条例第二十九条').and.contain(AGENCY);
      expect(text(el.querySelector('.gk-estimate'))).to.match(/^预计最迟答复日期：2026年4月23日（估算：按 2026年3月25日 收到申请/);
      none(el.querySelector('.gk-box .gk-hint'), 'not provisional');
    });

    it('online mode: the Art. 31 receipt note', async () => {
      const el = await mount({ endpoint: '/api/requests/ok/', today: '2026-03-25' });
      const items = [...el.querySelectorAll('.gk-box li')].map(text);
      expect(items[2]).to.contain('条例第三十一条');
      expect(items.join('')).not.to.contain('条例第二十九条');
      expect(text(el.querySelector('.gk-estimate'))).to.contain('2026年4月23日');
    });
  });

  describe('inside a host <form>', () => {
    it('no nested form; FormData has the application once valid; reset clears', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><gk-request-form name="application" agency=${AGENCY} lang="zh-CN" today="2026-03-25"></gk-request-form></form>`,
      );
      const el = form.querySelector('gk-request-form')!;
      await settle(el);
      none(el.querySelector('form'));
      expect(el.querySelector('[role=form]')).to.be.instanceOf(HTMLElement);
      expect(new FormData(form).get('application')).to.equal(null);
      expect(form.checkValidity()).to.equal(false);

      await fillValid(el);
      await settle(el);
      const value = new FormData(form).get('application');
      expect(value).to.be.a('string');
      const app = JSON.parse(value as string) as { applicant: { name: string }; identity: { number: string } };
      expect(app.applicant.name).to.equal('张三');
      expect(app.identity.number).to.equal(VALID_ID);
      expect(form.checkValidity()).to.equal(true);

      // Enter in our field submits ours, not the host's.
      let hostSubmits = 0;
      form.addEventListener('submit', (e) => {
        hostSubmits += 1;
        e.preventDefault();
      });
      const submitted = oneEvent(el, 'gk-request-submit');
      control(el, 'name').focus();
      await sendKeys({ press: 'Enter' });
      await submitted;
      expect(hostSubmits).to.equal(0);
      await settle(el);
      button(el, '返回修改')!.click();
      await settle(el);

      form.reset();
      await settle(el);
      expect(control(el, 'name').value).to.equal('');
      expect(new FormData(form).get('application')).to.equal(null);
    });

    it('the host form gets the files with the application, and none of the raw controls', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <gk-request-form agency=${AGENCY} endpoint="/api/requests/ok/" lang="zh-CN" today="2026-03-25"></gk-request-form>
        </form>`,
      );
      const el = form.querySelector('gk-request-form')!;
      await settle(el);
      await fillValid(el);
      await chooseFiles(el, [new File([PNG], 'id.png', { type: 'image/png' })]);
      await settle(el);
      const data = new FormData(form);
      expect([...data.keys()]).to.deep.equal(['application', 'identityProof']);
      expect((data.get('identityProof') as File).name).to.equal('id.png');
      expect(JSON.parse(data.get('application') as string).applicant.name).to.equal('张三');
    });
  });

  describe('hostile text', () => {
    const EVIL = '<img src=x onerror="window.__pwned=1">';
    afterEach(() => {
      delete (window as { __pwned?: number }).__pwned;
    });

    it('is inert in the summary and on the sheet', async () => {
      const el = await mount({ agency: EVIL });
      await type(el, 'name', EVIL);
      await type(el, 'idNumber', VALID_ID);
      await type(el, 'mobile', EVIL);
      await type(el, 'description', EVIL);
      await clickSubmit(el);
      // The mobile number is shown as checked: white space taken out.
      expect(text(summary(el))).to.contain(`手机号码“${EVIL.replace(/\s/g, '')}”格式不正确`);
      none(summary(el)!.querySelector('img'));
      await type(el, 'mobile', '13800138000');
      await clickSubmit(el);
      const sheet = el.querySelector('.gk-print-area')!;
      none(sheet.querySelector('img'));
      expect(text(sheet)).to.contain(EVIL);
      none(el.querySelector('img'));
      await sleep(50);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('accessibility (axe)', () => {
    it('empty', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
    });

    it('error summary', async () => {
      const el = await mount();
      await type(el, 'mobile', '123');
      await clickSubmit(el);
      expect(summary(el)).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });

    it('server failure', async () => {
      await serverLog('fail-once', true);
      const el = await mount({ endpoint: '/api/requests/fail-once/' });
      await fillValid(el);
      const failed = oneEvent(el, 'gk-request-error');
      submitButton(el).click();
      await failed;
      await settle(el);
      expect(failureBox(el)).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });

    it('receipt', async () => {
      const el = await mount({ endpoint: '/api/requests/ok/' });
      await fillValid(el);
      const success = oneEvent(el, 'gk-request-success');
      submitButton(el).click();
      await success;
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('paper sheet', async () => {
      const el = await mount();
      await fillValid(el);
      await clickSubmit(el);
      expect(el.querySelector('table.gk-sheet')).to.be.instanceOf(HTMLElement);
      await expect(el).to.be.accessible();
    });

    it('English, with errors', async () => {
      const el = await mount({ lang: 'en' });
      await clickSubmit(el);
      await expect(el).to.be.accessible();
    });

    it('large text: text of at least 18px and targets of at least 44px', async () => {
      const el = await mount({ largeText: true });
      expect(parseFloat(getComputedStyle(control(el, 'name')).fontSize)).to.be.at.least(18);
      expect(submitButton(el).getBoundingClientRect().height).to.be.at.least(44);
      expect(control(el, 'name').getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  });
});
