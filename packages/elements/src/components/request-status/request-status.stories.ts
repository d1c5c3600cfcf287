// Storybook stories for <gk-request-status>: the empty form, results set through the `record`
// property (in correction, processing, due today, overdue, consulting, replied), each error state
// (served by the story's own fetch answers), English and large text.
import { html, nothing, type TemplateResult } from 'lit';
import './define.js';

const RECORDS = [
  'none',
  'awaiting-confirmation',
  'processing',
  'correction',
  'due-today',
  'overdue',
  'consulting',
  'extended',
  'replied',
  'withheld',
  'withdrawn',
  'invalid',
] as const;
type RecordSet = (typeof RECORDS)[number];

interface StatusArgs {
  /** Story only: the record passed to the `record` property ('none': the form). */
  record?: RecordSet;
  endpoint?: string;
  today?: string;
  code?: string;
  timeout?: string;
  lang?: string;
  'large-text'?: boolean;
  'heading-level'?: string;
}

interface Story {
  name?: string;
  args?: StatusArgs;
  decorators?: ((story: () => unknown) => TemplateResult)[];
  render?: (args: StatusArgs) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const AGENCY = {
  name: '示范县人民政府办公室',
  phone: '0537-1234567',
  address: '示范县人民路 1 号',
  email: 'gk@example.gov.cn',
  hours: '工作日 9:00–12:00，13:30–17:00',
};

// A valid tracking code (core's createTrackingCode with a Park–Miller generator seeded 1).
const CODE = '24LV-Y7HE-AA';
const SUBMITTED = { type: 'submitted', at: '2026-11-02T09:30:00+08:00', channel: 'online' };
const CONFIRMED = { type: 'confirmed', date: '2026-11-02' };
const CORRECTION = { type: 'correction-requested', date: '2026-11-05', correctBy: '2026-11-20' };
const CORRECTED = { type: 'corrected', date: '2026-11-10' };

function recordFor(set: RecordSet | undefined): unknown {
  switch (set) {
    case 'processing':
    case 'due-today':
    case 'overdue':
      return { trackingCode: CODE, agency: AGENCY, events: [SUBMITTED, CONFIRMED, CORRECTION, CORRECTED] };
    case 'correction':
      return { trackingCode: CODE, agency: AGENCY, events: [SUBMITTED, CONFIRMED, CORRECTION] };
    case 'awaiting-confirmation':
      return { trackingCode: CODE, agency: AGENCY, events: [SUBMITTED] };
    case 'extended':
      return {
        trackingCode: CODE,
        agency: AGENCY,
        events: [SUBMITTED, CONFIRMED, { type: 'extended', date: '2026-11-25', workdays: 20, approvedBy: '县政府办公室负责人' }],
      };
    case 'withheld':
      return {
        trackingCode: CODE,
        agency: AGENCY,
        events: [SUBMITTED, CONFIRMED, { type: 'replied', date: '2026-11-20', outcome: 'WITHHOLD', grounds: ['THIRD_PARTY_PRIVACY'] }],
      };
    case 'withdrawn':
      return { trackingCode: CODE, agency: AGENCY, events: [SUBMITTED, CONFIRMED, { type: 'withdrawn', date: '2026-11-06' }] };
    case 'consulting':
      return {
        trackingCode: CODE,
        agency: AGENCY,
        events: [SUBMITTED, CONFIRMED, { type: 'consultation-started', date: '2026-11-10', party: 'third-party' }],
      };
    case 'replied':
      return {
        trackingCode: '278S-XD2S-JN',
        agency: AGENCY,
        events: [
          { type: 'submitted', at: '2026-09-01T10:00:00+08:00', channel: 'online' },
          { type: 'confirmed', date: '2026-09-01' },
          { type: 'replied', date: '2026-09-20', outcome: 'DISCLOSE' },
        ],
      };
    case 'invalid':
      return { trackingCode: 5, events: 'nope' };
    default:
      return undefined;
  }
}

const render = (args: StatusArgs): TemplateResult =>
  html`<gk-request-status
    endpoint=${args.endpoint ?? nothing}
    today=${args.today ?? nothing}
    code=${args.code ?? nothing}
    timeout=${args.timeout ?? nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    ?large-text=${args['large-text'] ?? false}
    .record=${recordFor(args.record)}
  ></gk-request-status>`;

/**
 * Stories run without a back end: while a story of this file is shown, an endpoint under
 * `/story-status/<kind>` is answered in the browser before any request leaves it (a record, 404,
 * 500, an unreadable record, no connection, a server that never answers). Every other URL goes to
 * the network, and the real `fetch` is put back when the story is left (`beforeEach` cleanup).
 */
const STORY_PREFIX = '/story-status/';

function storyFetch(realFetch: typeof fetch): typeof fetch {
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.startsWith(STORY_PREFIX)) return realFetch(input, init);
    const json = (status: number, body: unknown) =>
      Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    switch (url.pathname.slice(STORY_PREFIX.length)) {
      case 'not-found':
        return json(404, { error: { code: 'request.protocol.not-found' } });
      case 'http':
        return json(500, { error: { code: 'request.protocol.server-error' } });
      case 'invalid':
        return json(200, { trackingCode: 5, events: 'nope' });
      case 'network':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'rate-limited':
        return json(429, { error: { code: 'request.protocol.rate-limited' } });
      case 'not-json':
        return Promise.resolve(new Response('<!doctype html><title>502 Bad Gateway</title>', { status: 200 }));
      case 'timeout':
        return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      default:
        return json(200, recordFor('processing'));
    }
  };
}

function installStoryFetch(): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = storyFetch(realFetch.bind(globalThis));
  return () => {
    globalThis.fetch = realFetch;
  };
}

/** Fills the form of the story's element with a valid code and secret and submits it. */
async function submitForm(context: { canvasElement: HTMLElement }): Promise<void> {
  await submitWith(context, CODE, '8000');
}

/** Types `code` and `secret` into the form (as a user does) and submits it. */
async function submitWith({ canvasElement }: { canvasElement: HTMLElement }, code: string, secret: string): Promise<void> {
  const el = canvasElement.querySelector('gk-request-status');
  if (!el) return;
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [id, value] of [
    ['code', code],
    ['secret', secret],
  ] as const) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

export default {
  title: 'Components/Request status (gk-request-status)',
  component: 'gk-request-status',
  tags: ['autodocs'],
  render,
  beforeEach: installStoryFetch,
  args: { endpoint: `${STORY_PREFIX}ok`, today: '2026-11-29' },
  argTypes: {
    record: { description: 'Story only: the record passed to the `record` property.', control: 'select', options: RECORDS },
    endpoint: { control: 'text' },
    today: { control: 'text' },
    code: { control: 'text' },
    timeout: { control: 'text' },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    'large-text': { control: 'boolean' },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
  },
};

/** The empty form: the tracking code and the last 4 phone digits or the email. */
export const Idle: Story = {};

/** The form with the code prefilled from a link. */
export const Prefilled: Story = { name: 'Code prefilled', args: { code: CODE } };

/** The look-up of the story endpoint, answered with a request being processed (type anything valid: 24LV-Y7HE-AA, 8000). */
export const LookUp: Story = { name: 'Look-up (story endpoint)', play: submitForm };

/** Processing after a correction: 7 working days left on 2026-11-29. */
export const Result: Story = { name: 'Result: processing', args: { record: 'processing', today: '2026-11-29' } };

/** The agency asked for a correction by 2026-11-20: no reply period runs. */
export const CorrectionPending: Story = { name: 'Result: correction pending', args: { record: 'correction', today: '2026-11-10' } };

/** The last working day. */
export const DueToday: Story = { name: 'Result: due today', args: { record: 'due-today', today: '2026-12-08' } };

/** Past the due date: the Art. 51 remedies. */
export const Overdue: Story = { name: 'Result: overdue', args: { record: 'overdue', today: '2026-12-18' } };

/** A third party is consulted: the clock pauses and the date moves. */
export const Consulting: Story = { name: 'Result: consulting (date moves)', args: { record: 'consulting', today: '2026-11-20' } };

/** Replied (予以公开): no running clock; how to challenge the reply. */
export const Replied: Story = { name: 'Result: replied', args: { record: 'replied', today: '2026-11-29' } };

/** Not found (404). */
export const NotFound: Story = { name: 'Error: not found', args: { endpoint: `${STORY_PREFIX}not-found` }, play: submitForm };

/** The server cannot be reached. */
export const NetworkError: Story = { name: 'Error: network', args: { endpoint: `${STORY_PREFIX}network` }, play: submitForm };

/** The server does not answer within `timeout` (here 1 s). */
export const Timeout: Story = { name: 'Error: timeout', args: { endpoint: `${STORY_PREFIX}timeout`, timeout: '1000' }, play: submitForm };

/** An HTTP error (500). */
export const HttpError: Story = { name: 'Error: HTTP 500', args: { endpoint: `${STORY_PREFIX}http` }, play: submitForm };

/** The server's record cannot be read: the located problems. */
export const InvalidData: Story = { name: 'Error: invalid record', args: { endpoint: `${STORY_PREFIX}invalid` }, play: submitForm };

/** No endpoint: a configuration error, never a blank. */
export const NoEndpoint: Story = { name: 'Error: no endpoint', args: { endpoint: '' } };

/** An invalid record set through the `record` property: the located problems. */
export const InvalidRecord: Story = { name: 'Error: invalid record (property)', args: { record: 'invalid' } };

/** An invalid `today`: a located error; the element counts to the real day. */
export const InvalidToday: Story = { name: 'Error: invalid today', args: { today: '2026-13-01' } };

/** English interface. */
export const English: Story = { args: { lang: 'en' } };

/** English, a result. */
export const EnglishResult: Story = { name: 'English, result', args: { lang: 'en', record: 'processing', today: '2026-11-29' } };

/** Large-text mode for elderly readers. */
export const LargeText: Story = { name: 'Large text', args: { 'large-text': true } };

/** Large text, a result. */
export const LargeTextResult: Story = { name: 'Large text, result', args: { 'large-text': true, record: 'overdue', today: '2026-12-18' } };

/** Sent but not yet confirmed by the agency: no reply period runs yet. */
export const AwaitingConfirmation: Story = {
  name: 'Result: awaiting confirmation',
  args: { record: 'awaiting-confirmation', today: '2026-11-03' },
};

/** The reply period was extended by 20 working days (Art. 33). */
export const Extended: Story = { name: 'Result: extended', args: { record: 'extended', today: '2026-11-29' } };

/** Replied, not disclosed (不予公开, third-party privacy): the grounds and the Art. 51 remedies. */
export const Withheld: Story = { name: 'Result: replied, withheld', args: { record: 'withheld', today: '2026-11-29' } };

/** The applicant withdrew the request: closed, no clock. */
export const Withdrawn: Story = { name: 'Result: withdrawn', args: { record: 'withdrawn', today: '2026-11-29' } };

/** Submitted empty: each field's error, and focus on the first. */
export const FieldErrorsEmpty: Story = { name: 'Form errors (empty)', play: async (context) => submitWith(context, '', '') };

/** A code with a wrong check character and a secret that is neither 4 digits nor an email. */
export const FieldErrorsInvalid: Story = {
  name: 'Form errors (wrong check character)',
  play: async (context) => submitWith(context, 'ABCD-EFGH-JK', '12'),
};

/** Waiting for the server: the loading message (the story's server never answers here). */
export const LookingUp: Story = {
  name: 'Looking up (loading)',
  args: { endpoint: `${STORY_PREFIX}timeout`, timeout: '600000' },
  play: submitForm,
};

/** Too many look-ups (429): the status and the server's reason, with 重试. */
export const RateLimited: Story = {
  name: 'Error: HTTP 429 (rate limited)',
  args: { endpoint: `${STORY_PREFIX}rate-limited` },
  play: submitForm,
};

/** The server answers with an HTML page instead of JSON. */
export const NotJson: Story = { name: 'Error: not JSON', args: { endpoint: `${STORY_PREFIX}not-json` }, play: submitForm };

/** English, not found. */
export const EnglishNotFound: Story = {
  name: 'English, not found',
  args: { lang: 'en', endpoint: `${STORY_PREFIX}not-found` },
  play: submitForm,
};

/** English, form errors. */
export const EnglishFieldErrors: Story = {
  name: 'English, form errors',
  args: { lang: 'en' },
  play: async (context) => submitWith(context, 'ABCD-EFGH-JK', '12'),
};

/** Large text, a failed look-up (network). */
export const LargeTextError: Story = {
  name: 'Large text, network error',
  args: { 'large-text': true, endpoint: `${STORY_PREFIX}network` },
  play: submitForm,
};

/** The form in a 320px column (a phone). */
export const Narrow: Story = {
  name: 'Narrow (320px)',
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%;">${story()}</div>`],
};

/** A result in a 320px column: the summary list stacks (a container query). */
export const NarrowResult: Story = {
  name: 'Narrow (320px), result',
  args: { record: 'overdue', today: '2026-12-18' },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%;">${story()}</div>`],
};
