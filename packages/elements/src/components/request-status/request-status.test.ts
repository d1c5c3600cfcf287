import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createTrackingCode } from '@gongkai/core';
import { $, $$, settle, text, until } from '../../testing/dom.js';
import { serverLog } from '../../testing/request-server.js';
import './define.js';
import type { GkRequestStatus, GkRequestStatusErrorDetail, GkRequestStatusLoadDetail } from './request-status.js';

// These tests talk to the real test endpoint of tools/wtr/request-server.js over HTTP (no stubbed
// fetch). Its seeded records (SEEDED_STATUS) carry tracking codes made by core's
// createTrackingCode from a Park–Miller generator seeded 1 and 2; the module imports node:crypto,
// so the browser cannot import it: the generator is repeated here, and the codes are also written
// out so a change on either side shows.
//
// Expected values are hand-derived: record 1 (in correction) was corrected on 2026-11-10, so its
// 20 working days run to Tuesday 2026-12-08 (8 weekend days between, no holidays); on
// 2026-11-29 (a Sunday) 7 working days are left (11-30 … 12-04, 12-07, 12-08). Record 2 was
// replied on 2026-09-20 (予以公开).

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

const CORRECTED = createTrackingCode(seeded(1));
const REPLIED = createTrackingCode(seeded(2));
const OK = '/api/requests/ok/status';
const TODAY = '2026-11-29';

const input = (el: GkRequestStatus, id: 'code' | 'secret') => $<HTMLInputElement>(el, `#${id}`)!;
const button = (el: GkRequestStatus, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label);
const alertText = (el: GkRequestStatus) => text($(el, '[role=alert]'));
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function mount(
  attrs: { endpoint?: string; lang?: string; today?: string; code?: string; timeout?: string } = {},
): Promise<GkRequestStatus> {
  const el = await fixture<GkRequestStatus>(
    html`<gk-request-status
      endpoint=${attrs.endpoint ?? OK}
      lang=${attrs.lang ?? 'zh-CN'}
      today=${attrs.today ?? TODAY}
      code=${attrs.code ?? ''}
      timeout=${attrs.timeout ?? '15000'}
    ></gk-request-status>`,
  );
  await settle(el);
  return el;
}

/** Types into a field as a user does (value, then an input event). */
async function type(el: GkRequestStatus, id: 'code' | 'secret', value: string): Promise<void> {
  const i = input(el, id);
  i.focus();
  i.value = value;
  i.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function blur(el: GkRequestStatus, id: 'code' | 'secret'): Promise<void> {
  input(el, id).dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/** Fills the form and submits it with the 查询 button; resolves after the answer is shown. */
async function lookUp(el: GkRequestStatus, code: string, secret: string, submitLabel = '查询'): Promise<void> {
  await type(el, 'code', code);
  await type(el, 'secret', secret);
  button(el, submitLabel)!.click();
  await el.updateComplete;
  await until(() => !$(el, '#loading.status'), 'the look-up finished');
  await settle(el);
}

describe('gk-request-status', () => {
  it('the seeded codes are those of the test server', () => {
    expect(CORRECTED).to.equal('24LV-Y7HE-AA');
    expect(REPLIED).to.equal('278S-XD2S-JN');
  });

  describe('idle', () => {
    it('shows the form with labelled fields and hints', async () => {
      const el = await mount();
      expect(text($(el, '#title'))).to.equal('申请办理进度查询');
      const code = input(el, 'code');
      expect(text($(el, 'label[for=code]'))).to.equal('查询码');
      expect(text($(el, '#code-hint'))).to.equal('10 位，例如 ABCD-EFGH-2J（不含 0、O、1、I、Z）');
      expect(code.getAttribute('aria-describedby')).to.equal('code-hint');
      expect(code.getAttribute('autocomplete')).to.equal('off');
      expect(code.getAttribute('autocapitalize')).to.equal('characters');
      expect(code.getAttribute('spellcheck')).to.equal('false');
      expect(code.getAttribute('aria-invalid')).to.equal('false');
      const secret = input(el, 'secret');
      expect(text($(el, 'label[for=secret]'))).to.equal('手机号码后四位或电子邮箱');
      expect(secret.getAttribute('inputmode')).to.equal('text');
      expect(button(el, '查询')!.type).to.equal('submit');
      expect(alertText(el)).to.equal('');
    });

    it('prefills the code attribute', async () => {
      const el = await mount({ code: CORRECTED });
      expect(input(el, 'code').value).to.equal(CORRECTED);
    });

    it('without endpoint: a located configuration error, not a blank', async () => {
      const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN"></gk-request-status>`);
      await settle(el);
      expect(alertText(el)).to.equal('缺少必填属性 endpoint');
      expect($(el, 'form')).to.equal(null);
    });

    it('an invalid today: a located error, and the look-up still works on the real day', async () => {
      const el = await mount({ today: '2026-13-01' });
      const problem = text($(el, '.base > .problem'));
      expect(problem).to.match(/^属性 today 的值“2026-13-01”无效：/);
      expect($(el, 'form')).to.be.instanceOf(Element);
      await lookUp(el, CORRECTED, '8000');
      expect(text($(el, '.phase'))).to.not.equal('');
    });
  });

  describe('success', () => {
    it('with the last 4 phone digits: status, due date, milestones, rights, explanation, contact', async () => {
      await serverLog('ok', true);
      const el = await mount();
      const loaded = oneEvent(el, 'gk-request-status-load');
      // Lower case, no dashes, full-width digits in the secret: all normalised.
      await type(el, 'code', CORRECTED.replace(/-/g, '').toLowerCase());
      await type(el, 'secret', ' ８０００ ');
      button(el, '查询')!.click();
      const event = (await loaded) as CustomEvent<GkRequestStatusLoadDetail>;
      expect(event.detail).to.deep.equal({ trackingCode: CORRECTED, phase: 'processing' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(el);
      expect((await serverLog('ok')).lookups).to.equal(1);

      expect(text($(el, '#result-heading'))).to.equal(`查询码 ${CORRECTED}`);
      expect(deepActive()).to.equal($(el, '#result-heading'));
      expect(text($(el, '.phase'))).to.equal('办理中');
      expect(text($(el, '.due-date'))).to.equal('2026年12月8日（星期二）');
      expect(text($(el, '.due .state'))).to.equal('还剩 7 个工作日');
      expect($(el, '.pause-open')).to.equal(null);

      const milestones = $$(el, '[part=milestones] > li').map(text);
      expect(milestones).to.deep.equal([
        '2026年11月2日 您通过互联网渠道提交了申请',
        '2026年11月2日 机关确认收到申请，开始计算答复期限',
        '2026年11月5日 机关请您补正申请，请于 2026年11月20日 前补正',
        '2026年11月10日 机关收到补正后的申请，答复期限重新计算',
      ]);
      expect(text($(el, '.rights'))).to.equal('请等待答复。机关应在 2026年12月8日 前答复（条例第三十三条）。');
      expect(text($(el, '.next'))).to.equal('应于 2026年12月8日 前答复申请人（条例第三十三条），还剩 7 个工作日。');

      const details = $<HTMLDetailsElement>(el, 'details[part=explanation]')!;
      expect(text(details.querySelector('summary'))).to.equal('期限是怎样计算的');
      const steps = [...details.querySelectorAll('li')].map(text);
      expect(steps).to.have.length(8);
      expect(steps[5]).to.equal('答复期限自 2026年11月10日（收到补正后的申请之日，当日不计）起算 20 个工作日（条例第三十三条）。');
      expect(steps[7]).to.equal('答复截止日：2026年12月8日，即 2026年11月10日 之后计入的第 20 个工作日。');

      expect(text($(el, '.agency'))).to.equal('示范县人民政府办公室');
      const links = $$<HTMLAnchorElement>(el, '[part=contact] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:05371234567', 'mailto:gk@example.gov.cn']);
      expect(links.map(text)).to.deep.equal(['0537-1234567', 'gk@example.gov.cn']);
      const contact = $$(el, '.contact-list dt').map(text);
      expect(contact).to.deep.equal(['电话', '电子邮箱', '地址', '办公时间']);
      expect(text($(el, '.contact-list')))
        .to.contain('示范县人民路 1 号')
        .and.contain('工作日 9:00–12:00，13:30–17:00');
      expect(el.record?.trackingCode).to.equal(CORRECTED);
    });

    it('with the email', async () => {
      const el = await mount();
      await lookUp(el, CORRECTED, 'zhang@example.com');
      expect(text($(el, '.phase'))).to.equal('办理中');
      expect(text($(el, '.due-date'))).to.equal('2026年12月8日（星期二）');
      expect($$(el, '[part=milestones] > li')).to.have.length(4);
    });

    it('a replied request: no running clock, the reply and the Art. 51 remedies', async () => {
      const el = await mount();
      await lookUp(el, REPLIED, '9001');
      expect(text($(el, '.phase'))).to.equal('已答复');
      expect(text($(el, '[part=due]'))).to.equal('目前不计算答复期限');
      expect($$(el, '[part=milestones] > li').map(text)[2]).to.equal('2026年9月20日 机关已答复：予以公开');
      expect(text($(el, '.rights')))
        .to.contain('可以向上一级行政机关')
        .and.contain('行政复议')
        .and.contain('条例第五十一条');
      expect(text($(el, '.next'))).to.equal('将申请、答复等材料归档（条例第四十五条）。');
    });

    it('Enter in a field submits', async () => {
      const el = await mount();
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      input(el, 'secret').focus();
      const loaded = oneEvent(el, 'gk-request-status-load');
      await sendKeys({ press: 'Enter' });
      await loaded;
      await settle(el);
      expect(text($(el, '.phase'))).to.equal('办理中');
    });

    it('"look up another request" brings back an empty form, focused', async () => {
      const el = await mount();
      await lookUp(el, CORRECTED, '8000');
      button(el, '查询其他申请')!.click();
      await settle(el);
      expect($(el, '[part=result]')).to.equal(null);
      expect(input(el, 'code').value).to.equal('');
      expect(input(el, 'secret').value).to.equal('');
      expect(deepActive()).to.equal(input(el, 'code'));
      expect(el.record).to.equal(undefined);
    });

    it('while loading: a polite status, the button aria-disabled, and no second request', async () => {
      await serverLog('ok', true);
      // Two quick clicks in one task must give one look-up.
      const el = await mount();
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      const submit = button(el, '查询')!;
      submit.click();
      submit.click();
      await el.updateComplete;
      const status = $(el, '#loading')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('正在查询…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      await until(() => !!$(el, '[part=result]'), 'the result');
      expect((await serverLog('ok')).lookups).to.equal(1);
    });
  });

  describe('validation', () => {
    it('an invalid tracking code: the located message, aria-invalid, focus, and no request', async () => {
      const before = (await serverLog('ok')).lookups;
      const el = await mount();
      await type(el, 'code', 'ABCD-EFGH-2K');
      await type(el, 'secret', '8000');
      button(el, '查询')!.click();
      await settle(el);
      const code = input(el, 'code');
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(code.getAttribute('aria-describedby')).to.equal('code-error code-hint');
      expect(text($(el, '#code-error'))).to.equal('查询码有误：请核对后重新输入');
      expect(deepActive()).to.equal(code);
      expect(input(el, 'secret').getAttribute('aria-invalid')).to.equal('false');
      expect((await serverLog('ok')).lookups).to.equal(before);
      expect(code.value).to.equal('ABCD-EFGH-2K');
    });

    it('a wrong length, and characters never used, are named', async () => {
      const el = await mount();
      await type(el, 'code', 'ABC');
      await blur(el, 'code');
      expect(text($(el, '#code-error'))).to.equal('查询码应为 10 位（现为 3 位）');
      await type(el, 'code', 'ABCD-EFGH-0A');
      expect(text($(el, '#code-error'))).to.equal('查询码含有无效字符“0”（查询码不含 0、O、1、I、Z）');
      // Fixed while typing: the message goes at once.
      await type(el, 'code', CORRECTED);
      expect($(el, '#code-error')).to.equal(null);
      expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('false');
    });

    it('an empty form: both fields marked, focus on the first', async () => {
      const el = await mount();
      button(el, '查询')!.click();
      await settle(el);
      expect(text($(el, '#code-error'))).to.equal('查询码应为 10 位（现为 0 位）');
      expect(text($(el, '#secret-error'))).to.equal('请填写 4 位数字或电子邮箱');
      expect(deepActive()).to.equal(input(el, 'code'));
    });

    it('a wrong secret on blur; focus goes to it when only it is wrong', async () => {
      const el = await mount();
      await type(el, 'secret', '800');
      await blur(el, 'secret');
      expect(text($(el, '#secret-error'))).to.equal('请填写 4 位数字或电子邮箱');
      expect(input(el, 'secret').getAttribute('aria-describedby')).to.equal('secret-error secret-hint');
      await type(el, 'code', CORRECTED);
      button(el, '查询')!.click();
      await settle(el);
      expect(deepActive()).to.equal(input(el, 'secret'));
    });

    it('an empty field is not marked on blur', async () => {
      const el = await mount();
      input(el, 'code').focus();
      await blur(el, 'code');
      expect($(el, '#code-error')).to.equal(null);
    });

    it('waits for the IME composition to end before checking', async () => {
      const el = await mount();
      await type(el, 'secret', 'x');
      await blur(el, 'secret');
      expect($(el, '#secret-error')).to.be.instanceOf(Element);
      const secret = input(el, 'secret');
      secret.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      secret.value = '８０００';
      secret.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
      await el.updateComplete;
      // Still the old mark while composing, even though the text would now be right.
      expect($(el, '#secret-error')).to.be.instanceOf(Element);
      secret.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '８０００' }));
      await el.updateComplete;
      expect($(el, '#secret-error')).to.equal(null);
    });
  });

  describe('errors keep what was typed and offer a retry', () => {
    it('an unknown code or a wrong secret: not found', async () => {
      const el = await mount();
      const failed = oneEvent(el, 'gk-request-status-error');
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '1234');
      button(el, '查询')!.click();
      const event = (await failed) as CustomEvent<GkRequestStatusErrorDetail>;
      expect(event.detail).to.deep.equal({ kind: 'not-found', status: 404 });
      await settle(el);
      expect(alertText(el)).to.contain('查询没有成功。').and.contain('没有找到该申请：请核对查询码和手机号码后四位（或电子邮箱）');
      expect(input(el, 'code').value).to.equal(CORRECTED);
      expect(input(el, 'secret').value).to.equal('1234');
      expect(button(el, '重试')).to.be.instanceOf(Element);
    });

    it('an HTTP error names the status; retry asks again, and succeeds once the server does', async () => {
      await serverLog('status-500', true);
      const el = await mount({ endpoint: '/api/requests/status-500/status' });
      let failed = oneEvent(el, 'gk-request-status-error');
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      button(el, '查询')!.click();
      expect(((await failed) as CustomEvent<GkRequestStatusErrorDetail>).detail).to.deep.equal({ kind: 'http', status: 500 });
      await settle(el);
      expect(alertText(el)).to.contain('服务器返回错误（HTTP 500）。 服务器内部错误');
      failed = oneEvent(el, 'gk-request-status-error');
      button(el, '重试')!.click();
      await failed;
      expect((await serverLog('status-500')).lookups).to.equal(2);
      // The server recovers (here: the page points at a working endpoint); retry re-submits.
      el.endpoint = OK;
      await settle(el);
      const loaded = oneEvent(el, 'gk-request-status-load');
      button(el, '重试')!.click();
      await loaded;
      await settle(el);
      expect(text($(el, '.phase'))).to.equal('办理中');
      expect(alertText(el)).to.equal('');
    });

    it('an unreadable record: invalid data with the located problems', async () => {
      const el = await mount({ endpoint: '/api/requests/status-invalid/status' });
      const failed = oneEvent(el, 'gk-request-status-error');
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      button(el, '查询')!.click();
      expect(((await failed) as CustomEvent<GkRequestStatusErrorDetail>).detail).to.deep.equal({ kind: 'invalid', status: 200 });
      await settle(el);
      expect(text($(el, '[part=problem] .reason'))).to.equal('服务器返回的办理记录无法识别：');
      expect($$(el, '[part=problem] li').map(text)).to.deep.equal([
        '办理记录字段 trackingCode 的值“5”无效',
        '办理记录缺少字段 agency',
        '办理记录字段 events 的值“nope”无效',
      ]);
      expect($(el, '[part=result]')).to.equal(null);
      expect(input(el, 'code').value).to.equal(CORRECTED);
    });

    it('a server that does not answer in time: timeout', async () => {
      // The slow scenario delays submissions (?delay= ms); the element's timeout is shorter.
      const el = await mount({ endpoint: '/api/requests/slow/?delay=5000', timeout: '300' });
      const failed = oneEvent(el, 'gk-request-status-error');
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      button(el, '查询')!.click();
      expect(((await failed) as CustomEvent<GkRequestStatusErrorDetail>).detail).to.deep.equal({ kind: 'timeout' });
      await settle(el);
      expect(alertText(el)).to.contain('服务器在 0.3 秒内没有响应。');
      expect(button(el, '查询')!.getAttribute('aria-disabled')).to.equal('false');
      expect(button(el, '重试')).to.be.instanceOf(Element);
    });

    it('a server that cannot be reached: network', async () => {
      const el = await mount({ endpoint: 'http://127.0.0.1:9/status' });
      const failed = oneEvent(el, 'gk-request-status-error');
      await type(el, 'code', CORRECTED);
      await type(el, 'secret', '8000');
      button(el, '查询')!.click();
      expect(((await failed) as CustomEvent<GkRequestStatusErrorDetail>).detail).to.deep.equal({ kind: 'network' });
      await settle(el);
      expect(alertText(el)).to.contain('无法连接服务器，请检查网络。');
    });
  });

  describe('the record property', () => {
    const events = [
      { type: 'submitted', at: '2026-11-02T09:30:00+08:00', channel: 'online' },
      { type: 'confirmed', date: '2026-11-02' },
      { type: 'correction-requested', date: '2026-11-05', correctBy: '2026-11-20' },
      { type: 'corrected', date: '2026-11-10' },
    ];
    const record = { trackingCode: CORRECTED, agency: { name: '示范县人民政府办公室', phone: '0537-1234567' }, events };

    it('shows a record without fetching, and follows today', async () => {
      const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN" today="2026-12-08"></gk-request-status>`);
      const loaded = oneEvent(el, 'gk-request-status-load');
      el.record = record;
      await loaded;
      await settle(el);
      expect(text($(el, '.due .state'))).to.equal('今天是最后一个工作日');
      // No endpoint: no configuration error while a record is shown, and no "look up another".
      expect(alertText(el)).to.equal('');
      expect(button(el, '查询其他申请')).to.equal(undefined);
      // Missing contact details are left out.
      expect($$(el, '.contact-list dt').map(text)).to.deep.equal(['电话']);
      el.today = '2026-12-18';
      await settle(el);
      expect(text($(el, '.due .state'))).to.equal('已超过答复期限 8 个工作日');
      expect(text($(el, '.rights'))).to.equal(
        '已超过答复期限 8 个工作日。您可以向上一级行政机关或政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。',
      );
    });

    it('awaiting correction: the correct-by date, no running clock', async () => {
      const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN" today="2026-11-10"></gk-request-status>`);
      el.record = { ...record, events: events.slice(0, 3) };
      await settle(el);
      expect(text($(el, '.phase'))).to.equal('待申请人补正');
      expect(text($(el, '[part=due]'))).to.equal('目前不计算答复期限');
      expect(text($(el, '.rights'))).to.equal('请在 2026年11月20日 前按补正告知补正；逾期不补正的，视为放弃申请（条例第三十条）。');
    });

    it('an open consultation: the date moves', async () => {
      const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN" today="2026-11-20"></gk-request-status>`);
      el.record = { ...record, events: [events[0], events[1], { type: 'consultation-started', date: '2026-11-10', party: 'third-party' }] };
      await settle(el);
      expect(text($(el, '.phase'))).to.equal('征求意见中（暂停计时）');
      expect(text($(el, '.pause-open'))).to.equal('正在征求意见，征求意见期间不计入答复期限，日期会随之顺延。');
    });

    it('an invalid record shows its problems; record text is never HTML', async () => {
      const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN" today=${TODAY} endpoint=${OK}></gk-request-status>`);
      const failed = oneEvent(el, 'gk-request-status-error');
      el.record = { events: [] };
      expect(((await failed) as CustomEvent<GkRequestStatusErrorDetail>).detail).to.deep.equal({ kind: 'invalid' });
      await settle(el);
      expect($$(el, '[part=problem] li').map(text)).to.include('办理记录缺少字段 trackingCode');
      expect(el.record).to.equal(undefined);
      el.record = { ...record, agency: { name: '<img src=x onerror=alert(1)>机关', hours: '<b>9:00</b>' } };
      await settle(el);
      expect($(el, '.agency img')).to.equal(null);
      expect(text($(el, '.agency'))).to.equal('<img src=x onerror=alert(1)>机关');
      expect($(el, '.contact-list b')).to.equal(null);
    });
  });

  describe('English', () => {
    it('the form and the result', async () => {
      const el = await mount({ lang: 'en' });
      expect(text($(el, '#title'))).to.equal('Track your request');
      expect(text($(el, 'label[for=code]'))).to.equal('Tracking code');
      await lookUp(el, CORRECTED, '8000', 'Look up');
      expect(text($(el, '.phase'))).to.equal('Processing');
      expect(text($(el, '.due-date'))).to.equal('Tue 8 Dec 2026');
      expect(text($(el, '.due .state'))).to.equal('7 working days left');
      expect($$(el, '[part=milestones] > li').map(text)[2]).to.equal(
        '5 Nov 2026 The agency asked you to correct the application by 20 Nov 2026',
      );
      expect(text($(el, '.rights'))).to.equal('Wait for the reply. The agency must reply by 8 Dec 2026 (Art. 33).');
      expect(text($(el, 'details summary'))).to.equal('How the date is worked out');
      expect(button(el, 'Look up another request')).to.be.instanceOf(Element);
    });

    it('errors', async () => {
      const el = await mount({ lang: 'en' });
      await lookUp(el, CORRECTED, '1234', 'Look up');
      expect(alertText(el)).to.contain('The look-up did not succeed.').and.contain('No application was found');
      await type(el, 'code', 'x');
      await blur(el, 'code');
      expect(text($(el, '#code-error'))).to.equal('A tracking code has 10 characters (this one has 1)');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['zh-CN', 'en']) {
      describe(lang, () => {
        it('idle', async () => {
          const el = await mount({ lang });
          await expect(el).to.be.accessible();
        });

        it('field errors and a failed look-up', async () => {
          const el = await mount({ lang });
          await lookUp(el, CORRECTED, '1234', lang === 'en' ? 'Look up' : '查询');
          await type(el, 'code', 'x');
          await blur(el, 'code');
          expect($(el, '[part=problem]')).to.be.instanceOf(Element);
          await expect(el).to.be.accessible();
        });

        it('result, with the explanation open', async () => {
          const el = await mount({ lang });
          await lookUp(el, CORRECTED, '8000', lang === 'en' ? 'Look up' : '查询');
          $<HTMLDetailsElement>(el, 'details')!.open = true;
          await settle(el);
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('large text', () => {
    it('text of at least 18px and targets of at least 44px', async () => {
      const el = await fixture<GkRequestStatus>(
        html`<gk-request-status lang="zh-CN" large-text endpoint=${OK} today=${TODAY} style="width: 320px"></gk-request-status>`,
      );
      await settle(el);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(18);
      for (const t of [...$$(el, 'input'), ...$$(el, 'button')]) expect(t.getBoundingClientRect().height).to.be.at.least(44);
      await lookUp(el, CORRECTED, '8000');
      for (const t of [...$$(el, 'button'), ...$$(el, 'summary'), ...$$(el, '[part=contact] a')])
        expect(t.getBoundingClientRect().height, text(t)).to.be.at.least(44);
      // Nothing wider than the phone.
      for (const n of $$(el, '*')) expect(n.getBoundingClientRect().right, n.className).to.be.at.most(el.getBoundingClientRect().right + 1);
    });
  });

  describe('forced colours', () => {
    it('keep the state in words and a border', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await fixture<GkRequestStatus>(html`<gk-request-status lang="zh-CN" today="2026-12-18"></gk-request-status>`);
        el.record = {
          trackingCode: CORRECTED,
          agency: { name: '示范县人民政府办公室' },
          events: [
            { type: 'submitted', at: '2026-11-02T09:30:00+08:00', channel: 'online' },
            { type: 'confirmed', date: '2026-11-02' },
          ],
        };
        await settle(el);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const state = $(el, '.due .state')!;
        expect(text(state)).to.match(/^已超过答复期限 \d+ 个工作日$/);
        expect(parseFloat(getComputedStyle(state).borderTopWidth)).to.be.greaterThan(0);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });
});
