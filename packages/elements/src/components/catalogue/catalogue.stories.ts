// Storybook (web-components, CSF3) stories for <gk-catalogue>, one per state a designer should
// review. Argument tables come from custom-elements.json; each story sets the attributes a
// webmaster would write, and the data set comes from @gongkai/core (`data` below picks one).
//
// Interactive states (an open item, a checked filter, a search) are reached in `play` through
// the element's shadow root, as a user would: clicking rows and typing into the search box.
// Large data sets are generated lazily, on first render, and cached, so this file loads fast.
import { html, nothing, type TemplateResult } from 'lit';
import {
  badCatalogueItems,
  CATALOGUE_FACETS,
  generateCatalogue,
  sampleCatalogue,
  sampleUnitData,
  type Catalogue,
  type CatalogueFacet,
} from '@gongkai/core';
import type { GkCatalogue } from './catalogue.js';
import './define.js';

/** The data sets a story can show through the `catalogue` property. */
const DATA_SETS = ['sample', 'generated-250', 'generated-10000', 'with-bad-items', 'bad-top-level', 'empty', 'none'] as const;
type DataSet = (typeof DATA_SETS)[number];

interface CatalogueArgs {
  /** Which data set goes into the `catalogue` property ('none': neither `catalogue` nor data). */
  data?: DataSet;
  src?: string;
  view?: 'tree' | 'table';
  lang?: string;
  'large-text'?: boolean;
  'heading-level'?: string;
  'url-state'?: boolean;
}

/** What `play` receives (the part these stories use). */
interface PlayContext {
  canvasElement: HTMLElement;
}

type Decorator = (story: () => unknown) => TemplateResult;

/** The parts of a CSF3 story these stories use (no dependency on Storybook's types). */
interface Story {
  name?: string;
  args?: CatalogueArgs;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: CatalogueArgs) => TemplateResult;
  beforeEach?: () => (() => void) | void;
  play?: (context: PlayContext) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Data, built on first use

const cache = new Map<string, unknown>();

function cached<T>(key: string, build: () => T): T {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

/** The sample items with every bad fixture spread among them, so the issues point at varied rows. */
function withBadItems(): unknown {
  const items: unknown[] = [...sampleCatalogue.items];
  const step = Math.max(1, Math.floor(items.length / (badCatalogueItems.length + 1)));
  badCatalogueItems.forEach((bad, k) => items.splice((k + 1) * step + k, 0, bad));
  return { ...sampleCatalogue, items };
}

function catalogueFor(data: DataSet | undefined): unknown {
  switch (data) {
    case 'sample':
      return sampleCatalogue;
    case 'generated-250':
      return cached(data, () => generateCatalogue(250, 2));
    case 'generated-10000':
      return cached(data, () => generateCatalogue(10000, 1));
    case 'with-bad-items':
      return cached(data, withBadItems);
    case 'bad-top-level':
      return { items: 'x' };
    case 'empty':
      return { ...sampleCatalogue, items: [] };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The story back end: no request of these stories leaves the browser

/** Same-origin story URLs start with this; the story fetch answers them. */
const STORY_PREFIX = '/story-catalogue/';
/** A cross-origin portal URL that the story fetch refuses, as an unreachable server or a missing CORS header would. */
const FOREIGN_URL = 'https://data.example.gov.cn/gongkai/catalogue.json';

let realFetch: typeof window.fetch | undefined;
/** Idempotency keys do not exist here: `fail-once.json` fails the first request of each page view. */
let failedOnce = false;

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** A pending answer that rejects when the request is aborted (an element removed or retried). */
function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise<Response>((_resolve, reject) => {
    if (signal?.aborted) reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

function half(which: 'county' | 'township'): Catalogue {
  const cut = Math.ceil(sampleCatalogue.items.length / 2);
  return which === 'county'
    ? { ...sampleCatalogue, issuer: '示范县人民政府', level: 'COUNTY', items: sampleCatalogue.items.slice(0, cut) }
    : { ...sampleCatalogue, issuer: '城关镇人民政府', level: 'TOWNSHIP', items: sampleCatalogue.items.slice(cut) };
}

/**
 * Answers the story URLs in the browser: under /story-catalogue/, `slow.json` never answers
 * (the loading state), `missing.json` is a 404, `offline.json` cannot be reached, `not-json.json`
 * is an HTML error page, `fail-once.json` is a 503 and then the sample, `county.json` and
 * `township.json` are the two halves of the sample; {@link FOREIGN_URL} is refused as a network
 * or CORS failure. Every other URL goes to the real fetch.
 */
function storyFetch(real: typeof window.fetch): typeof window.fetch {
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const href = requestUrl(input);
    if (href === FOREIGN_URL) return Promise.reject(new TypeError('Failed to fetch'));
    const url = new URL(href, document.baseURI);
    if (url.origin !== location.origin || !url.pathname.startsWith(STORY_PREFIX)) return real.call(window, input, init);
    const json = (status: number, body: unknown) =>
      Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
    switch (url.pathname.slice(STORY_PREFIX.length)) {
      case 'slow.json':
        return never(init?.signal);
      case 'missing.json':
        return json(404, { error: 'not found' });
      case 'offline.json':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'not-json.json':
        return Promise.resolve(
          new Response('<!doctype html><title>502 Bad Gateway</title><h1>502 Bad Gateway</h1>', {
            status: 200,
            headers: { 'Content-Type': 'text/html' },
          }),
        );
      case 'fail-once.json':
        if (!failedOnce) {
          failedOnce = true;
          return json(503, { error: 'unavailable' });
        }
        return json(200, sampleCatalogue);
      case 'county.json':
        return json(200, half('county'));
      case 'township.json':
        return json(200, half('township'));
      default:
        return json(404, { error: 'not found' });
    }
  };
}

/**
 * Installs the story fetch (idempotent). Called from `beforeEach` and again from the render,
 * because Docs pages render stories too; the cleanup that `beforeEach` returns puts the real
 * fetch back when the story is left.
 */
function installStoryFetch(): void {
  if (realFetch) return;
  realFetch = window.fetch;
  window.fetch = storyFetch(realFetch);
}

function uninstallStoryFetch(): void {
  if (!realFetch) return;
  window.fetch = realFetch;
  realFetch = undefined;
  failedOnce = false;
}

/** Story settings for a story whose `src` the story fetch answers. */
const withStoryFetch = {
  beforeEach: () => {
    installStoryFetch();
    return uninstallStoryFetch;
  },
  render: (args: CatalogueArgs) => {
    installStoryFetch();
    return render(args);
  },
};

// ---------------------------------------------------------------------------------------------
// Render and play helpers

/**
 * With `src`, the `catalogue` property is not bound at all: the element lets the latest of `src`
 * and `catalogue` win, so even `.catalogue=${undefined}` after `src` would replace the URL's data
 * with "no data".
 */
const render = (args: CatalogueArgs): TemplateResult =>
  args.src
    ? html`<gk-catalogue
        src=${args.src}
        view=${args.view ?? nothing}
        lang=${args.lang || nothing}
        heading-level=${args['heading-level'] ?? nothing}
        ?large-text=${args['large-text'] ?? false}
        ?url-state=${args['url-state'] ?? false}
        .units=${sampleUnitData}
      ></gk-catalogue>`
    : html`<gk-catalogue
        view=${args.view ?? nothing}
        lang=${args.lang || nothing}
        heading-level=${args['heading-level'] ?? nothing}
        ?large-text=${args['large-text'] ?? false}
        ?url-state=${args['url-state'] ?? false}
        .units=${sampleUnitData}
        .catalogue=${catalogueFor(args.data)}
      ></gk-catalogue>`;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Polls (once a frame, for about two seconds) until `find` returns something. */
async function waitFor<T>(what: string, find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 120; i++) {
    const found = find();
    if (found) return found;
    await frame();
  }
  throw new Error(`gk-catalogue story: ${what} did not appear`);
}

async function catalogueIn(canvasElement: HTMLElement): Promise<GkCatalogue> {
  const el = await waitFor('<gk-catalogue>', () => canvasElement.querySelector('gk-catalogue'));
  await el.updateComplete;
  return el;
}

function shadow(el: GkCatalogue): ShadowRoot {
  if (!el.shadowRoot) throw new Error('gk-catalogue story: no shadow root');
  return el.shadowRoot;
}

/** Types `text` into the search box as a user would (value plus an input event). */
async function search(canvasElement: HTMLElement, text: string): Promise<void> {
  const el = await catalogueIn(canvasElement);
  const input = await waitFor('the search box', () => shadow(el).querySelector<HTMLInputElement>('input[type="search"]'));
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  await el.updateComplete;
}

/** Opens the facet `facet` by its summary and checks its first value. */
async function checkFirstValue(canvasElement: HTMLElement, facet: CatalogueFacet): Promise<void> {
  const el = await catalogueIn(canvasElement);
  const details = await waitFor(
    `the ${facet} facet`,
    () => shadow(el).querySelectorAll<HTMLDetailsElement>('details.facet')[CATALOGUE_FACETS.indexOf(facet)],
  );
  if (!details.open) details.querySelector<HTMLElement>('summary')?.click();
  const box = await waitFor(`a ${facet} checkbox`, () => details.querySelector<HTMLInputElement>('input[type="checkbox"]'));
  if (!box.checked) box.click();
  await el.updateComplete;
}

/** Clicks the first item row of the tree (rows appear once the virtualizer has laid out). */
async function openFirstItem(canvasElement: HTMLElement): Promise<void> {
  const el = await catalogueIn(canvasElement);
  const row = await waitFor('an item row', () => shadow(el).querySelector<HTMLElement>('[role="treeitem"].item'));
  row.click();
  await el.updateComplete;
}

// ---------------------------------------------------------------------------------------------

export default {
  title: 'Components/Catalogue (gk-catalogue)',
  component: 'gk-catalogue',
  tags: ['autodocs'],
  render,
  args: { data: 'sample' },
  argTypes: {
    data: {
      description: 'Story only: the data set passed to the `catalogue` property (ignored when `src` is set).',
      control: 'select',
      options: DATA_SETS,
    },
    src: { control: 'text' },
    view: { control: 'inline-radio', options: ['tree', 'table'] },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    'large-text': { control: 'boolean' },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    'url-state': { control: 'boolean' },
  },
};

/** The sample county's catalogue (164 items) with its units' names, in the toolbar's language (zh-CN by default). */
export const Default: Story = {};

/** The same catalogue with `lang="en"` on the element: the interface is English, the data stays as written. */
export const English: Story = { args: { lang: 'en' } };

/** English, with an item open and a search: detail labels, the meaning of the time limit, highlights. */
export const EnglishItemOpen: Story = {
  name: 'English, search and item open',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await search(canvasElement, '补贴');
    await openFirstItem(canvasElement);
  },
};

/** English table view: the official layout with English headers. */
export const EnglishTable: Story = { name: 'English, table view', args: { lang: 'en', view: 'table' } };

/** English with invalid items: the located problems in English. */
export const EnglishInvalidItems: Story = { name: 'English, invalid data', args: { lang: 'en', data: 'with-bad-items' } };

/**
 * `url-state` on: the search, filters, open item and view go into the hash as `catalogue-story.q=…`
 * (see the address of the preview frame); Back and Forward restore them.
 */
export const UrlState: Story = {
  name: 'URL state (hash)',
  render: (args) => html`<div id="url-state-story">${render({ ...args, 'url-state': true })}</div>`,
  play: async ({ canvasElement }) => {
    const el = await catalogueIn(canvasElement);
    el.id = 'catalogue-story';
    await search(canvasElement, '救助');
  },
};

/** An item opened from the tree: its detail shows every column as readable fields. */
export const ItemOpen: Story = {
  name: 'Item open (detail)',
  play: async ({ canvasElement }) => openFirstItem(canvasElement),
};

/** The 层级 (level) facet opened and its first value checked: counts, badge, reset button. */
export const FilterChecked: Story = {
  name: 'Facet open, filter checked',
  play: async ({ canvasElement }) => checkFirstValue(canvasElement, 'level'),
};

/** Searching 补贴: matching rows only, the matches highlighted (part="mark"), and the count. */
export const SearchMatches: Story = {
  name: 'Search with matches',
  play: async ({ canvasElement }) => {
    await search(canvasElement, '补贴');
    await openFirstItem(canvasElement);
  },
};

/** Searching zzzz: the no-results message with a way back. */
export const NoResults: Story = {
  name: 'No results',
  play: async ({ canvasElement }) => search(canvasElement, 'zzzz'),
};

/** The official table layout, area and 一级事项 cells merged down their rows. */
export const TableView: Story = { args: { view: 'table' } };

/** 250 generated items in the table: the first 100 rows, then "显示更多". */
export const TableShowMore: Story = {
  name: 'Table view, more than 100 items',
  args: { view: 'table', data: 'generated-250' },
};

/** 10,000 generated items (generated on first render): the tree stays smooth because it is virtualized. */
export const LargeDataset: Story = {
  name: 'Large dataset (10,000 items)',
  args: { data: 'generated-10000' },
};

/** The sample with the bad fixtures mixed in: a located list of problems, and every valid item still browsable. */
export const InvalidItems: Story = {
  name: 'Invalid data (some items)',
  args: { data: 'with-bad-items' },
};

/** Data that is not a catalogue at all (`{ items: 'x' }`): the problems, nothing to browse. */
export const InvalidTopLevel: Story = {
  name: 'Invalid data (top level)',
  args: { data: 'bad-top-level' },
};

/** A valid catalogue with no items. */
export const Empty: Story = {
  name: 'Empty catalogue',
  args: { data: 'empty' },
};

/** Neither `src` nor `catalogue`: what a page shows before it gives the element data. */
export const NoData: Story = {
  name: 'No data',
  args: { data: 'none' },
};

/**
 * Loading: `src` points at `gk-storybook/slow.json`, and for this story window.fetch is wrapped
 * so that URLs ending in `/slow.json` never answer (other requests pass through). The wrapper is
 * installed in `beforeEach` (and again by the render, for Docs pages) and removed by the cleanup
 * that `beforeEach` returns, when the story is left.
 */
export const Loading: Story = {
  args: { data: 'none', src: `${STORY_PREFIX}slow.json` },
  ...withStoryFetch,
};

/** A URL that answers 404: the error names the URL and status, with a 重试 (retry) button. */
export const NetworkError404: Story = {
  name: 'Network error (404)',
  args: { data: 'none', src: `${STORY_PREFIX}missing.json` },
  ...withStoryFetch,
};

/**
 * Another site's server that cannot be reached or sends no CORS header (the browser does not
 * say which, so the message names both), with a 重试 button. The story fetch refuses the URL.
 */
export const NetworkErrorUnreachable: Story = {
  name: 'Network error (unreachable / CORS)',
  args: { data: 'none', src: FOREIGN_URL },
  ...withStoryFetch,
};

/** The portal's own server cannot be reached (offline, or the connection dropped). */
export const NetworkErrorOffline: Story = {
  name: 'Network error (same site, offline)',
  args: { data: 'none', src: `${STORY_PREFIX}offline.json` },
  ...withStoryFetch,
};

/** The URL answers, but with an HTML error page instead of JSON: the located problem. */
export const NotJson: Story = {
  name: 'Network error (not JSON)',
  args: { data: 'none', src: `${STORY_PREFIX}not-json.json` },
  ...withStoryFetch,
};

/** A `src` that is not a URL at all: the attribute and its value are named. */
export const BadUrl: Story = {
  name: 'Invalid src (not a URL)',
  args: { data: 'none', src: 'http://[政务公开' },
};

/** The first load fails (503); 重试 is clicked and the catalogue loads. */
export const RetrySucceeds: Story = {
  name: 'Network error, then retry succeeds',
  args: { data: 'none', src: `${STORY_PREFIX}fail-once.json` },
  ...withStoryFetch,
  play: async ({ canvasElement }) => {
    const el = await catalogueIn(canvasElement);
    const retry = await waitFor('the 重试 button', () => shadow(el).querySelector<HTMLButtonElement>('.problem button'));
    retry.click();
    await waitFor('the tree', () => shadow(el).querySelector('[role="tree"]'));
  },
};

/** Two sources, the township's missing (404): the county's items stay browsable, the failed source is named with 重试. */
export const OneSourceFails: Story = {
  name: 'Two sources, one fails',
  args: { data: 'none', src: `${STORY_PREFIX}county.json ${STORY_PREFIX}missing.json` },
  ...withStoryFetch,
};

/** English network error. */
export const EnglishNetworkError: Story = {
  name: 'English, network error (404)',
  args: { data: 'none', src: `${STORY_PREFIX}missing.json`, lang: 'en' },
  ...withStoryFetch,
};

/**
 * Two sources in `src`, merged: 示范县人民政府 (county) and 城关镇人民政府 (township), each half of
 * the sample, answered by the story fetch. Each item's detail names its 来源 (origin).
 */
export const TwoSourcesMerged: Story = {
  name: 'Two sources merged',
  args: { data: 'none', src: `${STORY_PREFIX}county.json ${STORY_PREFIX}township.json` },
  ...withStoryFetch,
  play: async ({ canvasElement }) => openFirstItem(canvasElement),
};

/** Large-text mode (适老化, 长者模式): text ≥ 18px, targets ≥ 44px. */
export const LargeText: Story = { args: { 'large-text': true } };

/**
 * Themed through the documented --gk-* tokens only, set on a wrapper: a red government
 * palette (#8a1f11 is 9.2:1 on white; every text colour here is at least 4.5:1 on its background).
 * The wrapper is a white column of its own, so it keeps its palette under any 主题 of the toolbar
 * (a dark site theme would otherwise put this dark text on a dark page).
 */
export const Themed: Story = {
  decorators: [
    (story) =>
      html`<div
        style="--gk-color-primary: #8a1f11; --gk-color-focus: #8a1f11; --gk-color-text: #2b1b17; --gk-color-text-muted: #5c4a45; --gk-color-surface: #ffffff; --gk-color-surface-alt: #fbf3f1; --gk-color-border: #7f6a64; --gk-radius: 0; background: #ffffff; color: #2b1b17; padding: 1rem;"
      >
        ${story()}
      </div>`,
  ],
};

/** The table view in a 360px column: the table scrolls inside its own region, the page does not. */
export const NarrowTable: Story = {
  name: 'Narrow (360px), table view',
  args: { view: 'table' },
  decorators: [(story) => html`<div style="inline-size: 360px; max-inline-size: 100%;">${story()}</div>`],
};

/** Large text in a 360px column (长者模式 on a phone), with an item open. */
export const LargeTextNarrow: Story = {
  name: 'Large text, narrow (360px)',
  args: { 'large-text': true },
  decorators: [(story) => html`<div style="inline-size: 360px; max-inline-size: 100%;">${story()}</div>`],
  play: async ({ canvasElement }) => openFirstItem(canvasElement),
};

/** A search whose matches are then narrowed by a facet: the result count, the facet badge and 重置. */
export const SearchAndFilter: Story = {
  name: 'Search and a filter together',
  play: async ({ canvasElement }) => {
    await search(canvasElement, '公开');
    await checkFirstValue(canvasElement, 'level');
  },
};

/** In a 360px column the tree and the detail stack (a container query, not the viewport). */
export const Narrow: Story = {
  name: 'Narrow (stacked layout)',
  decorators: [(story) => html`<div style="inline-size: 360px; max-inline-size: 100%;">${story()}</div>`],
  play: async ({ canvasElement }) => openFirstItem(canvasElement),
};
