// <gk-request-form> in a document without constructable stylesheets (Chromium < 73, Safari < 16.4):
// its light-DOM sheet goes into one <style> in <head>. A file of its own, so the page never had
// `adoptedStyleSheets` when the element first connected.
import { expect, fixture, html } from '@open-wc/testing';
import type { GkRequestForm } from './request-form.js';

const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;

describe('gk-request-form without constructable stylesheets', () => {
  before(async () => {
    await import('./define.js');
  });
  after(() => {
    if (descriptor) Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
  });

  it('puts its sheet in one <style> in <head>, and it applies', async () => {
    expect(descriptor, 'the browser has Document.prototype.adoptedStyleSheets to remove').to.not.equal(undefined);
    expect('adoptedStyleSheets' in document).to.equal(false);
    const before = document.head.querySelectorAll('style').length;
    const el = await fixture<GkRequestForm>(html`<gk-request-form agency="示范县人民政府办公室" lang="zh-CN"></gk-request-form>`);
    await el.updateComplete;
    const added = [...document.head.querySelectorAll('style')].slice(before);
    expect(added).to.have.length(1);
    expect(added[0]!.textContent).to.contain('gk-request-form');
    expect(getComputedStyle(el.querySelector('.gk-rf')!).display).to.equal('grid');

    // A second form adds no second <style>.
    const second = await fixture<GkRequestForm>(html`<gk-request-form agency="示范县人民政府办公室" lang="zh-CN"></gk-request-form>`);
    await second.updateComplete;
    expect(document.head.querySelectorAll('style').length).to.equal(before + 1);
  });
});
