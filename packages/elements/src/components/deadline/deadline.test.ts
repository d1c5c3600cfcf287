import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import { GkDeadline } from './deadline.js';
import { defineElement } from '../../base/gk-element.js';

// Expected values come from known calendar facts, not from the core functions the element
// calls: 2024-10-01..07 was the National Day holiday (国庆节), 2024-09-29 (Sun) and
// 2024-10-12 (Sat) were make-up working days (调休上班).

const root = document.documentElement;

function part(el: GkDeadline, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Visible text of a part, whitespace collapsed. */
function partText(el: GkDeadline, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function listTexts(el: GkDeadline, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(`${selector} li`)].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The calendar day in China (UTC+8) now, computed without core. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

describe('gk-deadline', () => {
  afterEach(() => {
    root.removeAttribute('lang');
    root.removeAttribute('large-text');
    root.classList.remove('large-text');
    root.style.removeProperty('font-size');
  });

  describe('accessibility (axe)', () => {
    it('zh-CN, explanation open', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline lang="zh-CN" due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      part(el, 'explanation')!.setAttribute('open', '');
      await expect(el).to.be.accessible();
    });

    it('en, every state', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>
          <gk-deadline due="2024-10-10" today="2024-10-08"></gk-deadline>
          <gk-deadline due="2024-10-10" today="2024-10-10"></gk-deadline>
          <gk-deadline due="2024-10-08" today="2024-10-10"></gk-deadline>
          <gk-deadline due="2024-13-01"></gk-deadline>
        </div>`,
      );
      await expect(wrapper).to.be.accessible();
    });

    it('large-text and provisional data', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline large-text due="2027-02-15" today="2027-02-05"></gk-deadline>`);
      part(el, 'explanation')!.setAttribute('open', '');
      await expect(el).to.be.accessible();
    });
  });

  describe('the 2024 National Day example (due 2024-10-12, today 2024-09-27)', () => {
    it('zh-CN: 还剩 7 个工作日, with the weekday of the due date', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline lang="zh-CN" due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('还剩 7 个工作日');
      expect(partText(el, 'date')).to.equal('截止日期：2024年10月12日（星期六）');
      expect(el.getAttribute('state')).to.equal('ok');
    });

    it('en: 7 working days left', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline lang="en" due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('7 working days left');
      expect(partText(el, 'date')).to.equal('Due: Sat 12 Oct 2024');
    });

    it('inherits the language from an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="en"><gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline></section>`,
      );
      const el = wrapper.querySelector('gk-deadline')!;
      expect(partText(el, 'status')).to.equal('7 working days left');
    });

    it('inherits the language from <html>', async () => {
      root.setAttribute('lang', 'en');
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('7 working days left');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    });

    it('explains the National Day rest days and the make-up working days (zh-CN)', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const skipped = listTexts(el, '.skipped');
      const national = skipped.filter((t) => t.includes('国庆节'));
      expect(national).to.have.length(7);
      for (let d = 1; d <= 7; d++) {
        expect(
          national.some((t) => t.startsWith(`2024年10月${d}日`)),
          `10月${d}日`,
        ).to.equal(true);
      }
      expect(skipped.some((t) => t.startsWith('2024年9月28日（星期六）'))).to.equal(true);
      const adjusted = listTexts(el, '.adjusted');
      expect(adjusted).to.have.length(2);
      expect(adjusted[0]).to.contain('2024年9月29日（星期日）');
      expect(adjusted[1]).to.contain('2024年10月12日（星期六）');
      expect(partText(el, 'explanation')).to.contain('共 7 个工作日');
      expect(el.shadowRoot!.querySelector('.provisional')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="provisional"]')).to.equal(null);
    });

    it('explains in English', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline lang="en" due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const skipped = listTexts(el, '.skipped');
      expect(skipped.filter((t) => t.includes('National Day'))).to.have.length(7);
      const adjusted = listTexts(el, '.adjusted');
      expect(adjusted.map((t) => t.slice(0, 15))).to.deep.equal(['Sun 29 Sep 2024', 'Sat 12 Oct 2024']);
    });

    it('opens the explanation from the keyboard', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const details = part(el, 'explanation') as HTMLDetailsElement;
      const summary = details.querySelector('summary')!;
      expect(details.open).to.equal(false);
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      expect(details.open).to.equal(false);
    });
  });

  describe('states', () => {
    const cases: [string, string, string, string, string, string][] = [
      // due, today, state, zh-CN, en
      ['2024-10-12', '2024-09-27', 'ok', '还剩 7 个工作日', '7 working days left', 'national day'],
      ['2024-10-10', '2024-10-08', 'due-soon', '还剩 2 个工作日', '2 working days left', '10-09 and 10-10'],
      ['2024-10-10', '2024-10-10', 'due-today', '今日到期', 'Due today', 'same day'],
      ['2024-10-08', '2024-10-10', 'overdue', '已逾期 2 个工作日', 'Overdue by 2 working days', '10-09 and 10-10'],
      ['2024-10-07', '2024-10-08', 'overdue', '已逾期 1 个工作日', 'Overdue by 1 working day', 'due on a holiday'],
      [
        '2024-10-20',
        '2024-10-18',
        'due-soon',
        '今天是到期前最后一个工作日',
        'Today is the last working day before the due date',
        'Friday, due Sunday',
      ],
    ];
    for (const [due, today, state, zh, en, note] of cases) {
      it(`${state}: due ${due}, today ${today} (${note})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <gk-deadline lang="zh-CN" due=${due} today=${today}></gk-deadline>
            <gk-deadline lang="en" due=${due} today=${today}></gk-deadline>
          </div>`,
        );
        const [zhEl, enEl] = [...wrapper.querySelectorAll('gk-deadline')] as GkDeadline[];
        expect(zhEl!.getAttribute('state')).to.equal(state);
        expect(zhEl!.state).to.equal(state);
        expect(partText(zhEl!, 'status')).to.equal(zh);
        expect(partText(enEl!, 'status')).to.equal(en);
        expect(part(zhEl!, 'status')!.querySelector('svg')).to.not.equal(null);
      });
    }

    it('due-soon-workdays moves the due-soon threshold', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <gk-deadline due="2024-10-10" today="2024-10-08" due-soon-workdays="1"></gk-deadline>
          <gk-deadline due="2024-10-10" today="2024-10-08" due-soon-workdays="2"></gk-deadline>
          <gk-deadline due="2024-10-12" today="2024-09-27" due-soon-workdays="7"></gk-deadline>
          <gk-deadline due="2024-10-12" today="2024-09-27" due-soon-workdays="0"></gk-deadline>
        </div>`,
      );
      const states = [...wrapper.querySelectorAll('gk-deadline')].map((e) => e.getAttribute('state'));
      expect(states).to.deep.equal(['ok', 'due-soon', 'due-soon', 'ok']);
    });

    it('overdue explanation counts from the due date to today', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-08" today="2024-10-10"></gk-deadline>`);
      expect(partText(el, 'explanation')).to.contain('自 2024年10月8日（星期二）（当日不计）至 2024年10月10日（星期四），共 2 个工作日。');
      expect(partText(el, 'explanation')).to.contain('其间没有休息日。');
    });
  });

  describe('provisional calendar data (2027: no State Council notice yet)', () => {
    it('says the calendar is provisional and lists the Spring Festival days', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2027-02-15" today="2027-02-05"></gk-deadline>`);
      const note = el.shadowRoot!.querySelector('.provisional');
      expect(note, 'provisional note').to.not.equal(null);
      expect(note!.textContent).to.contain('尚未发布');
      // Visible without opening the explanation, so nobody takes a provisional date as final.
      const badge = el.shadowRoot!.querySelector('[part="provisional"]');
      expect(badge?.closest('details'), 'outside the explanation').to.equal(null);
      expect(badge!.textContent).to.equal('按暂定放假安排推算，可能调整');
      const skipped = listTexts(el, '.skipped');
      // 2027-02-09 and 2027-02-10 are the statutory make-up rest days after the Spring Festival.
      expect(skipped.some((t) => t.startsWith('2027年2月9日') && t.includes('春节'))).to.equal(true);
      expect(skipped.some((t) => t.startsWith('2027年2月10日') && t.includes('春节'))).to.equal(true);
      expect(el.getAttribute('state')).to.equal('due-soon');
      expect(partText(el, 'status')).to.equal('还剩 3 个工作日');
    });

    it('in English', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline lang="en" due="2027-02-15" today="2027-02-05"></gk-deadline>`);
      expect(el.shadowRoot!.querySelector('.provisional')!.textContent).to.contain('not yet published');
      expect(partText(el, 'provisional')).to.equal('Counted on a provisional holiday calendar; may change');
      expect(listTexts(el, '.skipped').filter((t) => t.includes('Spring Festival')).length).to.be.greaterThan(1);
    });
  });

  describe('invalid attributes: a visible error that names the attribute', () => {
    const cases: [string, string, string, string][] = [
      // attribute markup is built below; [name, due, today, due-soon-workdays]
      ['due', '', '2024-09-27', '3'],
      ['due', '2024-13-01', '2024-09-27', '3'],
      ['due', '2051-01-01', '2024-09-27', '3'],
      ['due', '2006-12-31', '2024-09-27', '3'],
      ['today', '2024-10-12', 'abc', '3'],
      ['due-soon-workdays', '2024-10-12', '2024-09-27', 'x'],
      ['due-soon-workdays', '2024-10-12', '2024-09-27', '-1'],
    ];
    for (const [name, due, today, soon] of cases) {
      it(`${name}: due="${due}" today="${today}" due-soon-workdays="${soon}"`, async () => {
        const el = await fixture<GkDeadline>(html`<gk-deadline due=${due} today=${today} due-soon-workdays=${soon}></gk-deadline>`);
        expect(el.getAttribute('state')).to.equal('invalid');
        const status = part(el, 'status')!;
        const zh = partText(el, 'status');
        if (due === '') expect(zh).to.equal('缺少必填属性 due');
        else expect(zh).to.match(new RegExp(`^属性 ${name} 的值“.*”无效：.+`));
        expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(part(el, 'date')).to.equal(null);

        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(partText(el, 'status')).to.match(new RegExp(`\\b${name}\\b`));
      });
    }

    it('names the missing due attribute', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('缺少必填属性 due');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('The required attribute due is missing');
    });

    it('gives the reason from core', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-13-01" today="2024-09-27"></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('属性 due 的值“2024-13-01”无效：“2024-13-01”不是真实存在的日期');
    });

    it('lists every invalid attribute', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-02-30" today="abc" due-soon-workdays="x"></gk-deadline>`);
      const items = listTexts(el, '[part~="status"]');
      expect(items).to.have.length(3);
      expect(items[0]).to.contain('属性 due ');
      expect(items[1]).to.contain('属性 today ');
      expect(items[2]).to.contain('属性 due-soon-workdays ');
    });

    it('renders attribute values as text, never as HTML', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due=${'<img src=x onerror=alert(1)>'}></gk-deadline>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(partText(el, 'status')).to.contain('<img src=x onerror=alert(1)>');
    });

    it('does not throw when a script sets a non-string property', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      (el as unknown as { due: unknown }).due = 20241012;
      await el.updateComplete;
      expect(el.state).to.equal('invalid');
      expect(partText(el, 'status')).to.contain('属性 due 的值“20241012”无效');
      el.dueSoonWorkdays = 7;
      el.due = '2024-10-12';
      await el.updateComplete;
      expect(el.state).to.equal('due-soon');
    });

    it('recovers when the attribute is fixed', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="abc" today="2024-09-27"></gk-deadline>`);
      expect(el.state).to.equal('invalid');
      el.due = '2024-10-12';
      await el.updateComplete;
      expect(el.state).to.equal('ok');
      expect(partText(el, 'status')).to.equal('还剩 7 个工作日');
    });
  });

  describe('live updates', () => {
    it('switches language live', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(partText(el, 'status')).to.equal('还剩 7 个工作日');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('7 working days left');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('还剩 7 个工作日');
      root.setAttribute('lang', 'en');
      await frame();
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('7 working days left');
    });

    it('announces state changes politely, in the same live region', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const live = part(el, 'status')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      const events: CustomEvent[] = [];
      el.addEventListener('gk-deadline-state-change', (e) => events.push(e));

      el.setAttribute('today', '2024-10-14');
      await el.updateComplete;
      expect(part(el, 'status')).to.equal(live);
      expect(partText(el, 'status')).to.equal('已逾期 1 个工作日');
      expect(events.map((e) => e.detail)).to.deep.equal([{ state: 'overdue', previousState: 'ok' }]);

      el.setAttribute('today', 'abc');
      await el.updateComplete;
      expect(part(el, 'status')).to.equal(live);
      expect(events.map((e) => e.detail.state)).to.deep.equal(['overdue', 'invalid']);
    });

    it('fires no state event on first render', async () => {
      let fired = 0;
      const onEvent = () => (fired += 1);
      document.addEventListener('gk-deadline-state-change', onEvent);
      try {
        await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      } finally {
        document.removeEventListener('gk-deadline-state-change', onEvent);
      }
      expect(fired).to.equal(0);
    });
  });

  describe('large text (适老化)', () => {
    it('<html large-text> gives text of at least 18px and targets of at least 44px, even with a small root font', async () => {
      root.style.fontSize = '12px';
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const statusText = el.shadowRoot!.querySelector('.status-text')!;
      const summary = el.shadowRoot!.querySelector('summary')!;
      expect(parseFloat(getComputedStyle(statusText).fontSize)).to.be.lessThan(18);

      root.setAttribute('large-text', '');
      await frame();
      await el.updateComplete;
      expect(el.hasAttribute('data-gk-large-text')).to.equal(true);
      expect(parseFloat(getComputedStyle(statusText).fontSize)).to.be.at.least(18);
      expect(parseFloat(getComputedStyle(part(el, 'explanation')!).fontSize)).to.be.at.least(18);
      expect(summary.getBoundingClientRect().height).to.be.at.least(44);

      root.removeAttribute('large-text');
      await frame();
      expect(el.hasAttribute('data-gk-large-text')).to.equal(false);
      expect(parseFloat(getComputedStyle(statusText).fontSize)).to.be.lessThan(18);
    });

    it('<html class="large-text"> also works', async () => {
      root.classList.add('large-text');
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.status-text')!).fontSize)).to.be.at.least(18);
    });

    it('the large-text attribute on the element', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline large-text due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.status-text')!).fontSize)).to.be.at.least(18);
      expect(el.shadowRoot!.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(44);
      expect(el.largeText).to.equal(true);
    });

    it('scales with the root font size (rem)', async () => {
      root.style.fontSize = '20px';
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.status-text')!).fontSize)).to.equal(20);
    });
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await emulateMedia({ forcedColors: 'none' });
    });

    it('keeps a visible border on the status and a focus ring', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      const status = part(el, 'status')!;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(status).borderTopStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(status).borderTopWidth)).to.be.greaterThan(0);
      const summary = el.shadowRoot!.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    });
  });

  describe('default today (the current day in China)', () => {
    it('renders a valid state without a today attribute', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2030-06-28"></gk-deadline>`);
      expect(['ok', 'due-soon', 'due-today', 'overdue']).to.include(el.getAttribute('state'));
      expect(partText(el, 'status')).to.not.equal('');
    });

    it('uses China’s date whatever the browser time zone', async () => {
      const before = chinaToday();
      const el = await fixture<GkDeadline>(html`<gk-deadline due=${before}></gk-deadline>`);
      const after = chinaToday();
      // Across China's midnight the day may have just turned: then it is overdue.
      const expected = before === after ? ['due-today'] : ['due-today', 'overdue'];
      expect(expected).to.include(el.getAttribute('state'));
    });
  });

  describe('registration', () => {
    it('defining the same tag again is a silent no-op', async () => {
      expect(() => defineElement('gk-deadline', GkDeadline)).to.not.throw();
      // A second copy of the same version (e.g. the embed bundle next to the npm build).
      class SameVersionCopy extends GkDeadline {}
      expect(() => defineElement('gk-deadline', SameVersionCopy)).to.not.throw();
      expect(customElements.get('gk-deadline')).to.equal(GkDeadline);
    });

    it('another version warns once, for all its elements, and does not throw', async () => {
      class OtherVersion extends GkDeadline {
        static override readonly version = '0.0.0-other';
      }
      // A second element of that version whose tag this version also defined.
      class OtherVersionSecond extends GkDeadline {
        static override readonly version = '0.0.0-other';
      }
      defineElement('gk-test-other-version', class extends GkDeadline {});
      const original = console.warn;
      const calls: unknown[][] = [];
      console.warn = (...args: unknown[]) => {
        calls.push(args);
      };
      try {
        expect(() => defineElement('gk-deadline', OtherVersion)).to.not.throw();
        expect(() => defineElement('gk-deadline', OtherVersion)).to.not.throw();
        expect(() => defineElement('gk-test-other-version', OtherVersionSecond)).to.not.throw();
      } finally {
        console.warn = original;
      }
      expect(calls).to.have.length(1);
      expect(String(calls[0]![0]))
        .to.contain('<gk-deadline>')
        .and.contain(`Gongkai ${GkDeadline.version}`)
        .and.contain('Gongkai 0.0.0-other');
      expect(customElements.get('gk-deadline')).to.equal(GkDeadline);
    });

    it('a tag taken by another library is named in its own warning', async () => {
      customElements.define('gk-test-foreign', class extends HTMLElement {});
      class Mine extends GkDeadline {}
      const original = console.warn;
      const calls: unknown[][] = [];
      console.warn = (...args: unknown[]) => {
        calls.push(args);
      };
      try {
        expect(() => defineElement('gk-test-foreign', Mine)).to.not.throw();
      } finally {
        console.warn = original;
      }
      expect(calls).to.have.length(1);
      expect(String(calls[0]![0])).to.contain('<gk-test-foreign> is already defined by another script');
    });

    it('exposes the documented parts', async () => {
      const el = await fixture<GkDeadline>(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
      for (const name of ['base', 'status', 'date', 'explanation']) {
        expect(part(el, name), name).to.not.equal(null);
      }
    });
  });
});
