// Storybook stories for <gk-task-board>: every view, the seed plan of 汶上县 (2020) with the
// example progress log at three dates, empty and invalid data, editing, English and large text;
// loading from URLs and each network error, answered in the browser by the story fetch (no
// request of these stories leaves the browser).
import { html, nothing, type TemplateResult } from 'lit';
import { generatePlan, sampleProgress2020, seedUnitData, wenshangPlan2020 } from '@gongkai/core';
import './define.js';

const DATA_SETS = ['seed', 'generated-1000', 'empty-tasks', 'invalid', 'invalid-progress', 'none'] as const;
type DataSet = (typeof DATA_SETS)[number];

interface BoardArgs {
  /** Story only: URLs for `src`, `progress-src` and `units-src` (then no data set is passed as properties). */
  src?: string;
  'progress-src'?: string;
  'units-src'?: string;
  /** Story only: the data set passed to the `plan` property. */
  data?: DataSet;
  today?: string;
  view?: 'task' | 'status' | 'unit' | 'month';
  unit?: string;
  lang?: string;
  editable?: boolean;
  'large-text'?: boolean;
  'heading-level'?: string;
  'yellow-workdays'?: string;
  'red-overdue-workdays'?: string;
}

interface PlayContext {
  canvasElement: HTMLElement;
}

interface Story {
  name?: string;
  args?: BoardArgs;
  decorators?: ((story: () => unknown) => TemplateResult)[];
  render?: (args: BoardArgs) => TemplateResult;
  beforeEach?: () => (() => void) | void;
  play?: (context: PlayContext) => Promise<void>;
}

let generated: unknown;

function planFor(data: DataSet | undefined): unknown {
  switch (data) {
    case 'seed':
    case 'invalid-progress':
      return wenshangPlan2020;
    case 'generated-1000':
      return (generated ??= generatePlan(1000, 5, 1));
    case 'empty-tasks':
      return { ...wenshangPlan2020, tasks: [] };
    case 'invalid':
      // The seed with task 3's deadline and task 5's title broken, and one item without requirements.
      return {
        ...wenshangPlan2020,
        tasks: wenshangPlan2020.tasks.map((t) =>
          t.number === 3
            ? { ...t, items: t.items.map((i) => ({ ...i, deadline: { text: '尽快', rule: 'asap' } })) }
            : t.number === 5
              ? { ...t, title: '' }
              : t.number === 7
                ? { ...t, items: t.items.map((i) => ({ ...i, requirements: [] })) }
                : t,
        ),
      };
    default:
      return undefined;
  }
}

const render = (args: BoardArgs): TemplateResult =>
  args.src || args['progress-src'] || args['units-src']
    ? renderFromUrls(args)
    : html`<gk-task-board
        today=${args.today ?? nothing}
        view=${args.view ?? nothing}
        unit=${args.unit ?? nothing}
        lang=${args.lang || nothing}
        heading-level=${args['heading-level'] ?? nothing}
        yellow-workdays=${args['yellow-workdays'] ?? nothing}
        red-overdue-workdays=${args['red-overdue-workdays'] ?? nothing}
        ?editable=${args.editable ?? false}
        ?large-text=${args['large-text'] ?? false}
        .units=${seedUnitData}
        .plan=${planFor(args.data)}
        .progress=${progressFor(args.data)}
      ></gk-task-board>`;

/** The element as a page that loads everything from URLs writes it (no properties set). */
const renderFromUrls = (args: BoardArgs): TemplateResult => {
  installStoryFetch();
  return html`<gk-task-board
    src=${args.src || nothing}
    progress-src=${args['progress-src'] || nothing}
    units-src=${args['units-src'] || nothing}
    today=${args.today ?? nothing}
    view=${args.view ?? nothing}
    lang=${args.lang || nothing}
    ?large-text=${args['large-text'] ?? false}
  ></gk-task-board>`;
};

function progressFor(data: DataSet | undefined): unknown {
  switch (data) {
    case 'seed':
    case 'invalid':
      return sampleProgress2020;
    case 'invalid-progress':
      // An unknown item, an impossible date and an evidence link that is not http(s).
      return [
        ...sampleProgress2020,
        { itemId: '99.1', date: '2020-07-01', status: 'done' },
        { itemId: '1.1', date: '2020-02-30', status: 'in-progress' },
        { itemId: '2.1', date: '2020-07-10', status: 'done', evidence: [{ url: 'javascript:alert(1)' }] },
      ];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The story back end

/** URLs under this path are answered in the browser while a story of this file is shown. */
const STORY_PREFIX = '/story-board/';
let realFetch: typeof fetch | undefined;

/**
 * `plan.json`, `progress.json`, `units.json`: the seed plan, its example progress and the county's
 * units; `slow.json` never answers (the loading state); `missing.json` is a 404; `offline.json`
 * cannot be reached; `not-json.json` is an HTML error page. Every other URL goes to the real fetch.
 */
function storyFetch(real: typeof fetch): typeof fetch {
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin !== location.origin || !url.pathname.startsWith(STORY_PREFIX)) return real(input, init);
    const json = (status: number, body: unknown) =>
      Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    switch (url.pathname.slice(STORY_PREFIX.length)) {
      case 'plan.json':
        return json(200, wenshangPlan2020);
      case 'progress.json':
        return json(200, sampleProgress2020);
      case 'units.json':
        return json(200, seedUnitData);
      case 'slow.json':
        return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      case 'offline.json':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'not-json.json':
        return Promise.resolve(new Response('<!doctype html><title>502 Bad Gateway</title>', { status: 200 }));
      default:
        return json(404, { error: 'not found' });
    }
  };
}

/** Installs the story fetch (idempotent; the render calls it too, for Docs pages). */
function installStoryFetch(): () => void {
  if (!realFetch) {
    realFetch = globalThis.fetch;
    globalThis.fetch = storyFetch(realFetch.bind(globalThis));
  }
  return () => {
    if (realFetch) globalThis.fetch = realFetch;
    realFetch = undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Play helpers

async function boardIn(canvasElement: HTMLElement): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  for (let i = 0; i < 120; i++) {
    const el = canvasElement.querySelector('gk-task-board');
    if (el?.shadowRoot?.querySelector('.filters')) {
      await el.updateComplete;
      return el;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error('gk-task-board story: the board did not render');
}

/** Types into the board's search box as a user would. */
async function searchFor(canvasElement: HTMLElement, text: string): Promise<void> {
  const el = await boardIn(canvasElement);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  await el.updateComplete;
}

export default {
  title: 'Components/Task board (gk-task-board)',
  component: 'gk-task-board',
  tags: ['autodocs'],
  render,
  beforeEach: installStoryFetch,
  args: { data: 'seed', today: '2020-08-15' },
  argTypes: {
    src: { description: 'URL of the plan JSON (the story fetch answers /story-board/…).', control: 'text' },
    'progress-src': { control: 'text' },
    'units-src': { control: 'text' },
    data: { description: 'Story only: the data set passed to the `plan` property.', control: 'select', options: DATA_SETS },
    today: { control: 'text' },
    view: { control: 'inline-radio', options: ['task', 'status', 'unit', 'month'] },
    unit: { control: 'text' },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    editable: { control: 'boolean' },
    'large-text': { control: 'boolean' },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    'yellow-workdays': { control: 'text' },
    'red-overdue-workdays': { control: 'text' },
  },
};

/** The seed plan with the example progress on 2020-08-15: by task. */
export const ByTask: Story = { name: 'By task (seed plan, 2020-08-15)' };

/** The four progress columns; overdue items are marked in every column. */
export const ByStatus: Story = { name: 'By status', args: { view: 'status' } };

/** Pick a unit or a group (县直各部门、单位) to see what it owes, by deadline. */
export const ByUnit: Story = { name: 'By unit (县财政局)', args: { view: 'unit', unit: 'county-finance' } };

/** A group: every item any county department owes, once, with how many of them owe it. */
export const ByUnitGroup: Story = { name: 'By unit, a group (县直各部门、单位)', args: { view: 'unit', unit: 'group:all-county' } };

/** A timeline of deadlines by month. */
export const ByMonth: Story = { name: 'By month', args: { view: 'month' } };

/** The seed plan on 2020-06-01, just after it was issued: everything ahead. */
export const Seed20200601: Story = { name: 'Seed plan on 2020-06-01', args: { today: '2020-06-01' } };

/** The seed plan on 2020-12-01: the end-of-year deadlines come close, earlier ones are overdue or done. */
export const Seed20201201: Story = { name: 'Seed plan on 2020-12-01', args: { today: '2020-12-01', view: 'status' } };

/** Staff mode: each item has an "update progress" form; saving emits the cancelable gk-progress-change. */
export const Editable: Story = { args: { editable: true } };

/** English interface (the plan's own text stays as written). */
export const English: Story = { args: { lang: 'en' } };

/** English, by unit. */
export const EnglishByUnit: Story = { name: 'English, by unit', args: { lang: 'en', view: 'unit', unit: 'county-finance' } };

/** A stricter escalation: yellow from 10 working days left, red only after 5 working days overdue. */
export const CustomEscalation: Story = { name: 'Custom escalation', args: { 'yellow-workdays': '10', 'red-overdue-workdays': '5' } };

/** No plan at all: the element says what to set. */
export const NoData: Story = { name: 'No data', args: { data: 'none' } };

/** A plan whose task list is empty. */
export const EmptyPlan: Story = { name: 'Empty plan', args: { data: 'empty-tasks' } };

/** Invalid tasks are listed with their location; the valid tasks still show. */
export const InvalidData: Story = { name: 'Invalid data', args: { data: 'invalid' } };

/** A generated plan of 1,000 tasks (5,000 items), shown 50 tasks at a time. */
export const LargePlan: Story = { name: 'Large plan (1,000 tasks)', args: { data: 'generated-1000', today: '2024-06-01' } };

/** Large-text mode for elderly readers. */
export const LargeText: Story = { name: 'Large text', args: { 'large-text': true } };

/** Everything from URLs, as most portals embed it: `src`, `progress-src` and `units-src`. */
export const FromUrls: Story = {
  name: 'Loaded from URLs (src, progress-src, units-src)',
  args: { src: `${STORY_PREFIX}plan.json`, 'progress-src': `${STORY_PREFIX}progress.json`, 'units-src': `${STORY_PREFIX}units.json` },
};

/** Waiting for the plan: the loading message (the story's server never answers). */
export const Loading: Story = { name: 'Loading', args: { src: `${STORY_PREFIX}slow.json` } };

/** The plan answers 404 and the progress log cannot be reached: both URLs named, with 重试. */
export const NetworkErrors: Story = {
  name: 'Network errors (404, unreachable)',
  args: { src: `${STORY_PREFIX}missing.json`, 'progress-src': `${STORY_PREFIX}offline.json` },
};

/** The plan loads, the progress log is an HTML error page: the plan shows, the problem is named with 重试. */
export const ProgressNotJson: Story = {
  name: 'Progress log is not JSON',
  args: { src: `${STORY_PREFIX}plan.json`, 'progress-src': `${STORY_PREFIX}not-json.json`, 'units-src': `${STORY_PREFIX}units.json` },
};

/** English network errors. */
export const EnglishNetworkErrors: Story = {
  name: 'English, network errors',
  args: { src: `${STORY_PREFIX}missing.json`, 'progress-src': `${STORY_PREFIX}offline.json`, lang: 'en' },
};

/** Wrong attributes (`today`, `view`, `yellow-workdays`): located errors; the board falls back to the defaults. */
export const InvalidAttributes: Story = {
  name: 'Invalid attributes',
  args: { today: '2020-13-01', view: 'calendar' as BoardArgs['view'], 'yellow-workdays': 'x' },
};

/** A progress log with an unknown item, an impossible date and a javascript: link: each located; the rest still counts. */
export const InvalidProgress: Story = { name: 'Invalid progress log', args: { data: 'invalid-progress' } };

/** A search with no match: the message and 重置筛选. */
export const NoResults: Story = { name: 'No results', play: async ({ canvasElement }) => searchFor(canvasElement, 'zzzz') };

/** A search that narrows the board to the items about 政策解读 (policy interpretation). */
export const Search: Story = { name: 'Search', play: async ({ canvasElement }) => searchFor(canvasElement, '政策解读') };

/** Staff mode, the first item's form opened and saved with an ftp:// evidence link: the error under the field. */
export const EditorError: Story = {
  name: 'Editable, save with an invalid link',
  args: { editable: true },
  play: async ({ canvasElement }) => {
    const el = await boardIn(canvasElement);
    const editor = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.editor')!;
    editor.querySelector<HTMLElement>('summary')!.click();
    const evidence = editor.querySelector<HTMLInputElement>('input[name="evidence"]')!;
    evidence.value = 'ftp://example.gov.cn/报告.pdf';
    editor.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  },
};

/** A 360px column (a phone): cards, filters and the toolbar stack. */
export const Narrow: Story = {
  name: 'Narrow (360px)',
  decorators: [(story) => html`<div style="inline-size: 360px; max-inline-size: 100%;">${story()}</div>`],
};

/** The status columns in a 360px column: one column under another. */
export const NarrowByStatus: Story = {
  name: 'Narrow (360px), by status',
  args: { view: 'status' },
  decorators: [(story) => html`<div style="inline-size: 360px; max-inline-size: 100%;">${story()}</div>`],
};

/** Large text, by status. */
export const LargeTextByStatus: Story = { name: 'Large text, by status', args: { 'large-text': true, view: 'status' } };

/** English with invalid data: the located problems in English. */
export const EnglishInvalidData: Story = { name: 'English, invalid data', args: { lang: 'en', data: 'invalid' } };
