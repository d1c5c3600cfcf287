import { expect, fixture, html } from '@open-wc/testing';
import { GkElement, defineElement } from './gk-element.js';
import { VERSION } from '../version.js';

/** A minimal element that shows the language it resolved. */
class GkLangProbe extends GkElement {
  protected override render() {
    return html`<p part="base" lang=${this.resolvedLang}>${this.t('deadline.due-today')}</p>`;
  }

  get lang_(): string {
    return this.resolvedLang;
  }

  fire(): boolean {
    return this.emit('gk-deadline-state-change', { state: 'ok', previousState: 'due-soon' });
  }
}
defineElement('gk-lang-probe', GkLangProbe);

declare global {
  interface HTMLElementTagNameMap {
    'gk-lang-probe': GkLangProbe;
  }
}

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('GkElement', () => {
  const html0 = document.documentElement;
  afterEach(() => {
    html0.removeAttribute('lang');
  });

  it('is accessible', async () => {
    const el = await fixture<GkLangProbe>(html`<gk-lang-probe></gk-lang-probe>`);
    await expect(el).to.be.accessible();
  });

  it('has the same version as package.json', async () => {
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    expect(GkElement.version).to.equal(pkg.version);
    expect(VERSION).to.equal(pkg.version);
  });

  it('defaults to zh-CN with no lang anywhere', async () => {
    const el = await fixture<GkLangProbe>(html`<gk-lang-probe></gk-lang-probe>`);
    expect(el.lang_).to.equal('zh-CN');
    expect(text(el)).to.equal('今日到期');
  });

  it('uses its own lang first, then the nearest ancestor, then <html>', async () => {
    html0.setAttribute('lang', 'zh-CN');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><gk-lang-probe></gk-lang-probe><gk-lang-probe lang="zh"></gk-lang-probe></div>`,
    );
    const [inherited, own] = [...wrapper.querySelectorAll('gk-lang-probe')];
    expect(inherited!.lang_).to.equal('en');
    expect(text(inherited!)).to.equal('Due today');
    expect(own!.lang_).to.equal('zh-CN');
  });

  it('skips an empty lang and falls back to <html lang>', async () => {
    html0.setAttribute('lang', 'en-GB');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=""><gk-lang-probe></gk-lang-probe></div>`);
    expect(wrapper.querySelector('gk-lang-probe')!.lang_).to.equal('en');
  });

  it('finds lang across a shadow root boundary', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('gk-lang-probe');
    root.append(el);
    await el.updateComplete;
    expect(el.lang_).to.equal('en');
  });

  it('follows lang changes on itself, an ancestor and <html>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><gk-lang-probe></gk-lang-probe></div>`);
    const el = wrapper.querySelector('gk-lang-probe')!;
    expect(el.lang_).to.equal('zh-CN');

    html0.setAttribute('lang', 'en');
    await frame();
    await el.updateComplete;
    expect(text(el)).to.equal('Due today');

    wrapper.setAttribute('lang', 'zh-CN');
    await frame();
    await el.updateComplete;
    expect(text(el)).to.equal('今日到期');

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el)).to.equal('Due today');
  });

  it('emits bubbling, composed events', async () => {
    const el = await fixture<GkLangProbe>(html`<gk-lang-probe></gk-lang-probe>`);
    let received: CustomEvent | undefined;
    document.addEventListener('gk-deadline-state-change', (e) => (received = e), { once: true });
    el.fire();
    expect(received).to.be.instanceOf(CustomEvent);
    expect(received!.bubbles).to.equal(true);
    expect(received!.composed).to.equal(true);
    expect(received!.detail).to.deep.equal({ state: 'ok', previousState: 'due-soon' });
  });
});
