// Tests against the BUILT embed bundle (dist/embed), as a webmaster's page loads it: no source
// module of @gongkai/elements is imported here. The nx test target depends on build.
import { expect, fixture, html } from '@open-wc/testing';

const embedUrl = (file: string) => new URL(`../../dist/embed/${file}`, import.meta.url).href;

type ElementClass = CustomElementConstructor & { version?: string };

/** Every file an entry loads, following relative imports of the minified output. */
async function bundleFiles(entry: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const queue = [embedUrl(entry)];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (files.has(url)) continue;
    const response = await fetch(url);
    expect(response.ok, url).to.equal(true);
    const code = await response.text();
    files.set(url, code);
    for (const m of code.matchAll(/(?:\bimport\s*\(\s*|\bimport\s*|\bfrom\s*)(["'`])(\.{1,2}\/[^"'`]+)\1/g)) {
      queue.push(new URL(m[2]!, url).href);
    }
  }
  return files;
}

describe('embed bundle (dist/embed/gongkai.js)', () => {
  const violations: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  let loadedByImport: string[] = [];
  const resourcesSince = (start: number) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start)
      .map((e) => new URL(e.name).pathname);

  before(async () => {
    // A strict Content-Security-Policy: no eval, no inline script or style.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', onViolation);
    const start = performance.now();
    await import(embedUrl('gongkai.js'));
    loadedByImport = resourcesSince(start);
  });

  after(() => {
    document.removeEventListener('securitypolicyviolation', onViolation);
  });

  it('is accessible', async () => {
    const el = await fixture(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
    await expect(el).to.be.accessible();
  });

  it('registers gk-deadline, which renders "还剩 7 个工作日"', async () => {
    const ctor = customElements.get('gk-deadline') as ElementClass | undefined;
    expect(ctor, 'gk-deadline defined').to.not.equal(undefined);
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    expect(ctor!.version).to.equal(pkg.version);

    const el = await fixture(html`<gk-deadline due="2024-10-12" today="2024-09-27"></gk-deadline>`);
    expect(el.getAttribute('state')).to.equal('ok');
    const status = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('还剩 7 个工作日');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal('7 working days left');
  });

  it('registers gk-catalogue, which validates and shows catalogue data under the strict CSP', async () => {
    const ctor = customElements.get('gk-catalogue') as ElementClass | undefined;
    expect(ctor, 'gk-catalogue defined').to.not.equal(undefined);
    const el = await fixture(html`<gk-catalogue></gk-catalogue>`);
    const item = {
      id: 'x-1',
      area: 'SOCIAL_ASSISTANCE',
      item1: '最低生活保障',
      item2: '低保办事指南',
      content: ['办理条件'],
      basis: ['《社会救助暂行办法》'],
      timeLimit: { text: '20个工作日内', rule: { kind: 'duration', text: '20个工作日内', amount: 20, unit: 'workday' } },
      subject: { text: '县民政局', units: ['civil-affairs'] },
      channels: ['GOV_WEBSITE'],
      channelsOther: [],
      audience: ['PUBLIC'],
      mode: ['PROACTIVE'],
      level: ['COUNTY'],
    };
    (el as HTMLElement & { catalogue: unknown }).catalogue = {
      issuer: '示例县人民政府',
      level: 'COUNTY',
      versionDate: '2024-03-01',
      items: [item, { ...item, id: 'x-2', timeLimit: '20个工作日内' }],
    };
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('#count')!.textContent).to.contain('共 1 项');
    expect(root.querySelector('[part~="issues"]')!.textContent).to.contain('第 2 项 (items[1])');
    expect(violations).to.deep.equal([]);
  });

  it('registers gk-task-board, which counts working days to an item deadline', async () => {
    expect(customElements.get('gk-task-board'), 'gk-task-board defined').to.not.equal(undefined);
    const el = await fixture(html`<gk-task-board today="2020-09-28"></gk-task-board>`);
    (el as HTMLElement & { plan: unknown }).plan = {
      title: '示例工作方案',
      issuer: '示例县人民政府办公室',
      issueDate: '2020-06-07',
      planYear: 2020,
      tasks: [
        {
          number: 1,
          title: '公开目录',
          items: [
            {
              id: '1.1',
              units: {
                text: '县财政局',
                resolved: ['county-finance'],
                lead: ['county-finance'],
                cooperating: [],
                unresolved: [],
                needsChoice: false,
              },
              requirements: ['编制目录'],
              deadline: { text: '2020年9月底前', rule: { kind: 'fixed', text: '2020年9月底前', date: '2020-09-30' } },
            },
          ],
        },
      ],
    };
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // 2020-09-29 (Tue) and 09-30 (Wed) are working days; 10-01..08 is the National Day holiday.
    expect(el.shadowRoot!.querySelector('[part~="chip"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('还剩 2 个工作日');
    expect(violations).to.deep.equal([]);
  });

  it('can be included twice, and next to the per-element entry, without errors', async () => {
    const ctor = customElements.get('gk-deadline');
    const pkg = (await (await fetch(new URL('../../package.json', import.meta.url))).json()) as { version: string };
    await import(embedUrl('gongkai.js'));
    await import(embedUrl(`gongkai-${pkg.version}.js`));
    await import(embedUrl('gk-deadline.js'));
    await import(embedUrl('gk-catalogue.js'));
    await import(embedUrl('gk-task-board.js'));
    expect(customElements.get('gk-deadline')).to.equal(ctor);
  });

  it('runs under a strict CSP and fetches nothing but its own modules', async () => {
    const start = performance.now();
    const el = await fixture(html`<gk-deadline due="2027-02-15" today="2027-02-05"></gk-deadline>`);
    el.shadowRoot!.querySelector('details')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    expect(resourcesSince(start), 'requests while rendering').to.deep.equal([]);
    expect(loadedByImport.length).to.be.greaterThan(1);
    for (const path of loadedByImport) expect(path).to.match(/\/dist\/embed\/(chunks\/)?[\w.-]+\.js$/);
  });

  it('is a production build without eval', async () => {
    const files = await bundleFiles('gongkai.js');
    expect(files.size).to.be.greaterThan(1);
    for (const [url, code] of files) {
      expect(code, url).to.not.match(/\beval\s*\(|new Function\b|\bFunction\s*\(/);
      expect(code, url).to.not.contain('Lit is in dev mode');
    }
  });
});
