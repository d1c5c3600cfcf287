// Storybook (web-components, CSF3) stories for <gk-request-form>, one per state a designer should
// review: paper mode (empty, errors after a submit, the filled 申请表), online mode (submitting, a
// receipt, the server's field issues, a failure and its retry), an organisation applicant,
// deflection to already-public items, a restored draft, English, large text and a 320px column.
//
// The form renders into light DOM, so `play` fills it through `el.querySelector`, as a user
// would: a value, then an input event. Stories run without a back end: the story's own fetch
// answers the endpoints under /story-requests/ (see installStoryFetch).
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { sampleCatalogue } from '@gongkai/core';
import type { GkRequestForm, GkRequestFormValues } from './request-form.js';
import './define.js';

const AGENCY = '示范县人民政府办公室';
const STORY_PREFIX = '/story-requests/';

/** Values a story puts into the form through the `formValues` property. */
const PRESETS = ['none', 'person', 'organisation'] as const;
type Preset = (typeof PRESETS)[number];

interface FormArgs {
  /** Story only: values set through the `formValues` property ('none': an empty form). */
  values?: Preset;
  agency?: string;
  endpoint?: string;
  'catalogue-src'?: string;
  'privacy-href'?: string;
  'require-consent'?: boolean;
  persist?: string;
  today?: string;
  timeout?: string;
  'max-file-mb'?: string;
  'max-files'?: string;
  'heading-level'?: string;
  lang?: string;
  'large-text'?: boolean;
}

/** What `play` receives (the part these stories use). */
interface PlayContext {
  canvasElement: HTMLElement;
}

type Decorator = (story: () => unknown) => TemplateResult;

/** The parts of a CSF3 story these stories use (no dependency on Storybook's types). */
interface Story {
  name?: string;
  args?: FormArgs;
  decorators?: Decorator[];
  render?: (args: FormArgs) => TemplateResult;
  beforeEach?: () => (() => void) | void;
  play?: (context: PlayContext) => Promise<void>;
}

// A valid resident ID (check character X) and a valid unified social credit code.
const PERSON: Partial<GkRequestFormValues> = {
  kind: 'natural-person',
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  mobile: '13800138000',
  address: '示范县城关镇人民路 8 号',
  postcode: '272500',
  description: '2025年本县城乡居民最低生活保障资金发放情况',
  methods: ['electronic'],
  carriers: ['online'],
};

const ORGANISATION: Partial<GkRequestFormValues> = {
  kind: 'organisation',
  organisationType: 'research',
  name: '示范县农业科学研究所',
  legalRepresentative: '王五',
  contactPerson: '赵六',
  idType: 'credit-code',
  idNumber: '91350100M000100Y43',
  landline: '0537-7654321',
  email: 'lab@example.com',
  infoName: '2025年度农业技术推广项目资金分配表',
  methods: ['paper', 'electronic'],
  carriers: ['post', 'email'],
  address: '示范县科技路 2 号',
  postcode: '272500',
};

function valuesFor(preset: Preset | undefined): Partial<GkRequestFormValues> | undefined {
  if (preset === 'person') return PERSON;
  if (preset === 'organisation') return ORGANISATION;
  return undefined;
}

const render = (args: FormArgs): TemplateResult => {
  const values = valuesFor(args.values);
  return html`<gk-request-form
    agency=${args.agency ?? AGENCY}
    endpoint=${args.endpoint || nothing}
    catalogue-src=${args['catalogue-src'] || nothing}
    privacy-href=${args['privacy-href'] || nothing}
    ?require-consent=${args['require-consent'] ?? false}
    persist=${args.persist || nothing}
    today=${args.today || nothing}
    timeout=${args.timeout || nothing}
    max-file-mb=${args['max-file-mb'] || nothing}
    max-files=${args['max-files'] || nothing}
    heading-level=${args['heading-level'] || nothing}
    lang=${args.lang || nothing}
    ?large-text=${args['large-text'] ?? false}
    ${ref((el) => {
      if (el && values) (el as GkRequestForm).formValues = values;
    })}
  ></gk-request-form>`;
};

// ---------------------------------------------------------------------------------------------
// The story back end

const RECEIPT_AGENCY = { name: AGENCY, phone: '0537-1234567', address: '示范县人民路 1 号', hours: '工作日 9:00–12:00，13:30–17:00' };
// A valid tracking code (core's createTrackingCode with a Park–Miller generator seeded 1).
const CODE = '24LV-Y7HE-AA';

/**
 * While a story of this file is shown, URLs under /story-requests/ are answered in the browser:
 * `ok` (201 and a receipt), `field-issues` (400 with two located issues), `fail-once` (500 for
 * the first POST of each Idempotency-Key, then a receipt), `slow` (never answers: the submitting
 * state), `offline` (no connection), `invalid-receipt` (201 with a body that is no receipt),
 * `rate-limited` (429), `loose-issues` (400, one issue on a field and one on no field),
 * `catalogue.json` (the sample catalogue). Every other URL goes to the network, and the
 * real fetch is put back when the story is left.
 */
function storyFetch(realFetch: typeof fetch): typeof fetch {
  const failedOnce = new Set<string>();
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.startsWith(STORY_PREFIX)) return realFetch(input, init);
    const json = (status: number, body: unknown) =>
      Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    const receipt = () => {
      const submittedAt = new Date().toISOString();
      return json(201, {
        trackingCode: CODE,
        submittedAt,
        agency: RECEIPT_AGENCY,
        events: [{ type: 'submitted', at: submittedAt, channel: 'online' }],
      });
    };
    const key = new Headers(init?.headers).get('Idempotency-Key') ?? '';
    switch (url.pathname.slice(STORY_PREFIX.length).replace(/\/$/, '')) {
      case 'catalogue.json':
        return json(200, sampleCatalogue);
      case 'field-issues':
        return json(400, {
          error: {
            code: 'request.protocol.invalid-application',
            issues: [
              { code: 'id.resident.checksum', path: ['identity', 'number'], params: { expected: 'X' } },
              { code: 'request.application.mobile', path: ['contact', 'mobile'], params: { value: '13800138000' } },
            ],
          },
        });
      case 'fail-once':
        if (!failedOnce.has(key)) {
          failedOnce.add(key);
          return json(500, { error: { code: 'request.protocol.server-error' } });
        }
        return receipt();
      case 'slow':
        return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      case 'offline':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'invalid-receipt':
        return json(201, { ok: true, id: 42 });
      case 'rate-limited':
        return json(429, { error: { code: 'request.protocol.rate-limited' } });
      case 'loose-issues':
        // One issue on a field, one the form cannot place (it goes into the summary as text).
        return json(400, {
          error: {
            code: 'request.protocol.invalid-application',
            issues: [
              { code: 'request.application.mobile', path: ['contact', 'mobile'], params: { value: '13800138000' } },
              { code: 'request.protocol.bad-request', path: ['metadata', 'channel'], params: {} },
            ],
          },
        });
      default:
        return receipt();
    }
  };
}

/** Installs the story fetch and starts each story without a draft of an earlier one. */
function installStoryFetch(): () => void {
  clearDraft();
  const realFetch = globalThis.fetch;
  globalThis.fetch = storyFetch(realFetch.bind(globalThis));
  return () => {
    globalThis.fetch = realFetch;
  };
}

const draftKey = () => `gk-request-form:${location.pathname}:${AGENCY}`;

function clearDraft(): void {
  try {
    sessionStorage.removeItem(draftKey());
    localStorage.removeItem(draftKey());
  } catch {
    /* storage blocked: nothing to clear */
  }
}

// ---------------------------------------------------------------------------------------------
// Play helpers

async function formOf(canvasElement: HTMLElement): Promise<GkRequestForm | undefined> {
  const el = canvasElement.querySelector('gk-request-form') ?? undefined;
  await el?.updateComplete;
  return el;
}

/** Types into fields as a user does (value, then an input event). */
async function fill(el: GkRequestForm, values: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const control = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field=${field}]`);
    if (!control) continue;
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

const VALID = {
  name: '张三',
  idNumber: '11010519491231002X',
  mobile: '13800138000',
  description: '2025年本县城乡居民最低生活保障资金发放情况',
};

/** A small PNG made on a canvas (a mock 身份证 copy), as a File. */
async function samplePng(name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = 150;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#e8eef5';
  g.fillRect(0, 0, 240, 150);
  g.strokeStyle = '#6b7280';
  g.strokeRect(4, 4, 232, 142);
  g.fillStyle = '#1f2328';
  g.font = '16px sans-serif';
  g.fillText('居民身份证（示例）', 20, 40);
  g.fillText('姓名 张三', 20, 80);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b ?? new Blob()), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Chooses files in the attachment field, as the file picker would. */
async function chooseFiles(el: GkRequestForm, files: File[]): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) return;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function clickSubmit(el: GkRequestForm): void {
  el.querySelector<HTMLButtonElement>('.gk-submit')?.click();
}

/** Fills a valid application and submits it. */
async function fillAndSubmit({ canvasElement }: PlayContext): Promise<void> {
  const el = await formOf(canvasElement);
  if (!el) return;
  await fill(el, VALID);
  clickSubmit(el);
}

/** Submits what the form holds (the preset values, or an empty form). */
async function submitAsIs({ canvasElement }: PlayContext): Promise<void> {
  const el = await formOf(canvasElement);
  if (!el) return;
  clickSubmit(el);
}

export default {
  title: 'Components/Request form (gk-request-form)',
  component: 'gk-request-form',
  tags: ['autodocs'],
  render,
  beforeEach: installStoryFetch,
  args: { today: '2026-03-25', agency: AGENCY },
  argTypes: {
    values: { description: 'Story only: values set through the `formValues` property.', control: 'select', options: PRESETS },
    agency: { control: 'text' },
    endpoint: { control: 'text' },
    'catalogue-src': { control: 'text' },
    'privacy-href': { control: 'text' },
    'require-consent': { control: 'boolean' },
    persist: { control: 'inline-radio', options: ['session', 'none'] },
    today: { control: 'text' },
    timeout: { control: 'text' },
    'max-file-mb': { control: 'text' },
    'max-files': { control: 'text' },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    'large-text': { control: 'boolean' },
  },
};

/** Paper mode (no endpoint), empty: the guidance (Art. 29, 39), the estimate and 生成申请表. */
export const PaperEmpty: Story = { name: 'Paper mode, empty' };

/** Online mode, empty: 提交申请 and the Art. 31 receipt note. */
export const Online: Story = { name: 'Online mode', args: { endpoint: `${STORY_PREFIX}ok` } };

/** An empty form submitted: the focused error summary, its links and each field's message. */
export const ErrorsAfterSubmit: Story = { name: 'Errors after submit (summary)', play: submitAsIs };

/** The server found two problems (400): under the 证件号码 and 手机号码 fields and in the summary. */
export const ServerFieldIssues: Story = {
  name: 'Server field issues (400)',
  args: { endpoint: `${STORY_PREFIX}field-issues` },
  play: fillAndSubmit,
};

/** The server failed (500): the alert with 重试; everything typed is kept. 重试 then succeeds. */
export const FailureAndRetry: Story = {
  name: 'Failure and retry (500, then OK)',
  args: { endpoint: `${STORY_PREFIX}fail-once` },
  play: fillAndSubmit,
};

/** Waiting for the server: 正在提交…, the button aria-disabled. */
export const Submitting: Story = {
  name: 'Submitting',
  args: { endpoint: `${STORY_PREFIX}slow`, timeout: '600000' },
  play: fillAndSubmit,
};

/** Accepted: the printable receipt with the tracking code and the expected reply date. */
export const Receipt: Story = { name: 'Receipt', args: { endpoint: `${STORY_PREFIX}ok` }, play: fillAndSubmit };

/** Paper mode, submitted: the filled, printable 申请表 (A4), the JSON download and 返回修改. */
export const PaperSheet: Story = { name: 'Paper sheet (申请表)', args: { values: 'person' }, play: submitAsIs };

/** An organisation applicant: organisation type, legal representative, contact person, credit code. */
export const Organisation: Story = { name: 'Organisation applicant', args: { values: 'organisation' } };

/** The same organisation on the 申请表. */
export const OrganisationSheet: Story = { name: 'Organisation applicant, sheet', args: { values: 'organisation' }, play: submitAsIs };

/** The description names an item already public: the form suggests it, with its link. */
export const Deflection: Story = {
  name: 'Deflection (already public)',
  args: { 'catalogue-src': `${STORY_PREFIX}catalogue.json` },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    if (el) await fill(el, { description: '2026年政府预算 一般公共预算收支预算表' });
  },
};

/** A draft left in this tab is restored, and the restore is announced. */
export const DraftRestored: Story = {
  name: 'Draft restored',
  beforeEach: () => {
    const values = { ...PERSON, idNumber: '', description: '本县2025年农村公路建设项目的招标公告' };
    sessionStorage.setItem(draftKey(), JSON.stringify({ v: 1, values, local: false }));
    return clearDraft;
  },
};

/** English interface. */
export const English: Story = { args: { lang: 'en' } };

/** English, errors after a submit. */
export const EnglishErrors: Story = { name: 'English, errors', args: { lang: 'en' }, play: submitAsIs };

/** Large-text mode for elderly readers: text ≥ 18px, targets ≥ 44px. */
export const LargeText: Story = { name: 'Large text', args: { 'large-text': true } };

/** Large text, errors after a submit. */
export const LargeTextErrors: Story = { name: 'Large text, errors', args: { 'large-text': true }, play: submitAsIs };

/** In a 320px column (a phone): fields, choices and the summary wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (320px)',
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%;">${story()}</div>`],
  play: submitAsIs,
};

/** The 申请表 in a 320px column. */
export const NarrowSheet: Story = {
  name: 'Narrow (320px), sheet',
  args: { values: 'person' },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%;">${story()}</div>`],
  play: submitAsIs,
};

/** No connection: the alert with 重试; everything typed is kept. */
export const NetworkFailure: Story = {
  name: 'Network failure',
  args: { endpoint: `${STORY_PREFIX}offline` },
  play: fillAndSubmit,
};

/** The server does not answer within `timeout` (here 1.5 s): first 正在提交…, then the timeout alert. */
export const Timeout: Story = {
  name: 'Timeout (1.5 s)',
  args: { endpoint: `${STORY_PREFIX}slow`, timeout: '1500' },
  play: fillAndSubmit,
};

/** The server says 201 but sends something that is not a receipt: the alert, never a false success. */
export const InvalidReceipt: Story = {
  name: 'Server answer unreadable',
  args: { endpoint: `${STORY_PREFIX}invalid-receipt` },
  play: fillAndSubmit,
};

/** Too many requests (429): the HTTP status in the alert, with 重试. */
export const RateLimited: Story = {
  name: 'HTTP error (429)',
  args: { endpoint: `${STORY_PREFIX}rate-limited` },
  play: fillAndSubmit,
};

/** The server's issues (400): one under its field, one the form cannot place, listed as text in the summary. */
export const ServerLooseIssues: Story = {
  name: 'Server issues not on a field (400)',
  args: { endpoint: `${STORY_PREFIX}loose-issues` },
  play: fillAndSubmit,
};

/** No `agency`: a configuration error for the webmaster, at the top of the form. */
export const MissingAgency: Story = { name: 'Configuration error (no agency)', args: { agency: '' } };

/** An agency that relies on consent, with its privacy notice: the consent box is required (shown after a submit). */
export const ConsentRequired: Story = {
  name: 'Consent required, errors',
  args: { 'require-consent': true, 'privacy-href': 'https://www.example.gov.cn/privacy.html', endpoint: `${STORY_PREFIX}ok` },
  play: submitAsIs,
};

/** Online mode with an ID copy (PNG preview) and a PDF attached. */
export const Attachments: Story = {
  name: 'Attachments (image and PDF)',
  args: { endpoint: `${STORY_PREFIX}ok` },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    if (!el) return;
    const pdf = new File(['%PDF-1.4\n%示例\n'], '户口簿.pdf', { type: 'application/pdf' });
    await chooseFiles(el, [await samplePng('身份证.png'), pdf]);
  },
};

/** A Word file, a file over `max-file-mb` (1 MB here) and one file too many: the error names each. */
export const AttachmentErrors: Story = {
  name: 'Attachments, errors',
  args: { endpoint: `${STORY_PREFIX}ok`, 'max-file-mb': '1', 'max-files': '1' },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    if (!el) return;
    const word = new File(['x'], '申请说明.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const big = new File([new Uint8Array(1024 * 1024 + 1)], '扫描件.pdf', { type: 'application/pdf' });
    await chooseFiles(el, [await samplePng('身份证.png'), word, big, await samplePng('身份证背面.png')]);
  },
};

/**
 * Inside a portal's own `<form>`: the element renders no form of its own and gives the host form
 * the application JSON (form-associated). Only the element is shown; the host form's button is the page's.
 */
export const InHostForm: Story = {
  name: 'Inside a host form',
  args: { values: 'person' },
  render: (args) =>
    html`<form aria-label="门户网站的表单 (host form)" @submit=${(e: Event) => e.preventDefault()}>
      ${render(args)}
      <p><button type="submit">门户网站自己的提交按钮 (the host page's button)</button></p>
    </form>`,
};

/** English receipt. */
export const EnglishReceipt: Story = {
  name: 'English, receipt',
  args: { lang: 'en', endpoint: `${STORY_PREFIX}ok` },
  play: fillAndSubmit,
};

/** English 申请表 (the sheet's labels in English; what the applicant typed stays as typed). */
export const EnglishSheet: Story = { name: 'English, sheet', args: { lang: 'en', values: 'person' }, play: submitAsIs };

/** Large text, the receipt. */
export const LargeTextReceipt: Story = {
  name: 'Large text, receipt',
  args: { 'large-text': true, endpoint: `${STORY_PREFIX}ok` },
  play: fillAndSubmit,
};

/** The receipt in a 320px column. */
export const NarrowReceipt: Story = {
  name: 'Narrow (320px), receipt',
  args: { endpoint: `${STORY_PREFIX}ok` },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%;">${story()}</div>`],
  play: fillAndSubmit,
};
