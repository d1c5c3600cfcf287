import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import {
  baseMessages,
  AUDIENCES,
  CATALOGUE_AREA_CODES,
  CATALOGUE_FACETS,
  CATALOGUE_LEVELS,
  catalogueItemCells,
  DISCLOSURE_MODES,
  catalogueMatches,
  catalogueMessages,
  catalogueToCsv,
  CHANNEL_CODES,
  catalogueDisplayOrder,
  createCatalogueIndex,
  formatDeadline,
  isHttpUrl,
  mergeCatalogues,
  queryCatalogue,
  validateCatalogue,
  type Catalogue,
  type CatalogueAreaCode,
  type CatalogueFacet,
  type CatalogueIndex,
  type CatalogueIssue,
  type CatalogueItem,
  type CatalogueMatch,
  type CatalogueQuery,
  type FacetCounts,
  type CatalogueSearchField,
  type MessageCode,
} from '@gongkai/core';
import { GkElement } from '../../base/gk-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import { PrintController } from '../../base/print-controller.js';
import type { GkCatalogueIssue } from '../../events.js';
import { boardLayoutStyles, controlStyles } from '../../styles/controls.js';
import { hostStyles } from '../../styles/tokens.js';
import { catalogueStyles } from './catalogue.styles.js';
import { buildTreeRows, itemKey, rowName, typeAhead, type GroupRow, type TreeRow } from './tree.js';
import { isOwnHashEntry, markHistoryState, readHashState, writeHashState, type HashState } from '../../base/url-state.js';

export type { GkCatalogueIssue, GkCatalogueLoadDetail, GkCatalogueSelectDetail } from '../../events.js';

/** The views of `<gk-catalogue>`. */
export type GkCatalogueView = 'tree' | 'table';

type Selection = Record<CatalogueFacet, string[]>;

/** A unit name for the subject facet: `{ id, name }` (a core Unit fits). */
export interface GkCatalogueUnitName {
  id: string;
  name: string;
  shortName?: string;
}

type LoadState = 'empty' | 'loading' | 'ready';

/** What the element shows: the matching items in order, and the facet counts once the index exists. */
interface ResultView {
  items: CatalogueItem[];
  total: number;
  facets: FacetCounts | undefined;
}

/** A problem fetching one source, still without display text. */
interface FetchProblem {
  url: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

/** The values each enum facet accepts (the unit facet takes any unit id). */
const KNOWN_VALUES: Partial<Record<CatalogueFacet, readonly string[]>> = {
  area: CATALOGUE_AREA_CODES,
  level: CATALOGUE_LEVELS,
  channel: CHANNEL_CODES,
  audience: AUDIENCES,
  mode: DISCLOSURE_MODES,
};

const emptySelection = (): Selection => ({ area: [], level: [], channel: [], audience: [], mode: [], unit: [] });

const TABLE_PAGE = 100;
/** Issues listed before the rest are folded away. */
const ISSUES_SHOWN = 20;

/** Runs `fn` when the main thread is idle (after the first paint), or after 200 ms at the latest. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 200 });
  else setTimeout(fn, 50);
}

/** `text` with the ranges in `ranges` wrapped in `<mark part="mark">`. Ranges may overlap. */
function highlight(text: string, ranges: readonly { start: number; end: number }[]): TemplateResult | string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: (string | TemplateResult)[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push(text.slice(pos, r.start));
    out.push(html`<mark part="mark">${text.slice(r.start, r.end)}</mark>`);
    pos = r.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return html`${out}`;
}

/**
 * The standard catalogue (政务公开事项标准目录) of a county or township, for citizens and
 * inspectors: a tree of area → 一级事项 → 二级事项 with item counts, every column of an item as
 * readable fields, facets with counts, search with highlighted matches, a table laid out like the
 * official catalogue, printing and CSV export. Thousands of items stay smooth: the tree is a
 * virtualized WAI-ARIA tree and filtering runs in the input handler, never in `render()`.
 *
 * Data comes from `src` (one or more catalogue JSON URLs, merged) or the `catalogue` property,
 * and is validated with core's schema: invalid items are listed with their position and the
 * problem, and every valid item stays usable. Nothing in the data is ever rendered as HTML, and
 * only http and https URLs become links.
 *
 * @tagname gk-catalogue
 * @summary The standard-catalogue browser: tree, facets, search, detail, table, print and CSV.
 *
 * @slot - Fallback content for browsers without web components (a link to the plain catalogue page); hidden once the element runs.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The title, version date and toolbar.
 * @csspart search - The search landmark (label, box, hint and result count).
 * @csspart toolbar - The view switch, print and CSV buttons.
 * @csspart filters - The facet filters.
 * @csspart tree - The scrolling tree (a virtualized list).
 * @csspart row - One row of the tree.
 * @csspart detail - The item detail.
 * @csspart chip - A channel, audience, mode or level label in the detail.
 * @csspart table - The table view (and the printed table).
 * @csspart issues - The list of problems in the data.
 * @csspart status - Loading, empty, no-results and network-error messages.
 * @csspart mark - A highlighted search match.
 *
 * @cssprop [--gk-font-family] - Font stack.
 * @cssprop [--gk-font-size-base=1rem] - Base text size.
 * @cssprop [--gk-font-size-large=1.125rem] - Text size in large-text mode (never below 18px).
 * @cssprop [--gk-line-height=1.7] - Line height.
 * @cssprop [--gk-target-size=2.75rem] - Minimum height of rows, buttons and boxes.
 * @cssprop [--gk-target-size-large=2.75rem] - The same in large-text mode (never below 44px).
 * @cssprop [--gk-space-1=0.25rem] - Smallest spacing step (also --gk-space-2 … --gk-space-4).
 * @cssprop [--gk-radius=0.25rem] - Corner radius.
 * @cssprop [--gk-border-width=0.0625rem] - Border width.
 * @cssprop [--gk-focus-width=0.1875rem] - Width of the focus ring.
 * @cssprop [--gk-color-text=#1f2328] - Text colour.
 * @cssprop [--gk-color-text-muted=#4b5563] - Secondary text (counts, hints).
 * @cssprop [--gk-color-surface=#ffffff] - Background.
 * @cssprop [--gk-color-surface-alt=#f5f7fa] - Background of panels, table headers and chips.
 * @cssprop [--gk-color-border=#6b7280] - Border colour.
 * @cssprop [--gk-color-primary=#0b57a4] - Links, the selected row and accents.
 * @cssprop [--gk-color-focus=#0b57a4] - Focus ring colour.
 * @cssprop [--gk-color-warning=#7a4a00] - Highlighted matches (with --gk-color-warning-surface).
 * @cssprop [--gk-color-danger=#b42318] - Errors (with --gk-color-danger-surface).
 * @cssprop [--gk-catalogue-tree-height=min(70vh, 40rem)] - Height of the scrolling tree.
 *
 * @event {CustomEvent<GkCatalogueLoadDetail>} gk-catalogue-load - Data was set or loaded and validated (also after a failed fetch). Bubbles and is composed.
 * @event {CustomEvent<GkCatalogueSelectDetail>} gk-catalogue-select - The user opened an item. Bubbles and is composed.
 */
export class GkCatalogue extends GkElement {
  static override styles = [hostStyles, boardLayoutStyles, controlStyles, catalogueStyles];
  static override catalogues = [catalogueMessages, baseMessages];

  /**
   * URL(s) of catalogue JSON (core's Catalogue schema), separated by white space: a county's
   * catalogue and its townships' are merged, and each item keeps its origin. Fetched without
   * credentials; relative URLs resolve against the page.
   */
  @property({ reflect: true, noAccessor: true })
  get src(): string | null {
    return this.srcValue;
  }

  set src(value: string | null) {
    const old = this.srcValue;
    this.srcValue = value;
    // The latest of `src` and `catalogue` wins, whichever order they are set in.
    if (value !== old) this.dataFrom = 'src';
    this.requestUpdate('src', old);
  }

  private srcValue: string | null = null;

  /** The view: `tree` (tree plus detail) or `table` (the official table layout). */
  @property({ reflect: true })
  view: GkCatalogueView = 'tree';

  /**
   * Keep the search, filters, open item and view in the location hash, namespaced by the
   * element's `id` (`#<id>.q=…`), so links can be shared and back/forward restore them.
   */
  @property({ type: Boolean, reflect: true, attribute: 'url-state' })
  urlState = false;

  /** The level of the title heading (2–6), to fit the page's outline. */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string = 2;

  /** Unit names for the 公开主体 facet (`{ id, name }`, for example core's Units). */
  @property({ attribute: false })
  units: readonly GkCatalogueUnitName[] = [];

  @state() private loadState: LoadState = 'empty';
  @state() private fetchProblems: FetchProblem[] = [];
  @state() private dataIssues: GkCatalogueIssue[] = [];
  @state() private data: Catalogue | undefined;
  /** The text in the search box (it may be mid-composition). */
  @state() private text = '';
  /** The search text of the query shown (what counts, highlights and the hash describe). */
  private queryText = '';
  @state() private selection: Selection = emptySelection();
  @state() private result: ResultView | undefined;
  @state() private rows: TreeRow[] = [];
  @state() private activeKey = '';
  @state() private selectedId = '';
  @state() private tableLimit = TABLE_PAGE;
  private readonly printer = new PrintController(this);
  @state() private openFacets = new Set<CatalogueFacet>();
  @state() private announcement = '';
  /** The rows the virtualizer has in the DOM (first..last); none until it has laid out. */
  private rendered = { first: 0, last: -1 };
  /** Whether the data shown came from `src` or the `catalogue` property (the later write wins). */
  private dataFrom: 'src' | 'property' = 'src';
  /** Per `src` URL: its valid catalogue and issues once read, or the problem reading it. */
  private sources = new Map<string, { catalogue?: Catalogue; issues: CatalogueIssue[]; problem?: FetchProblem }>();
  @state() private retrying = false;
  private itemsById = new Map<string, CatalogueItem>();
  private rowIndexByKey = new Map<string, number>();
  private index: CatalogueIndex | undefined;
  private collapsed = new Set<string>();
  private fetchController: AbortController | undefined;
  private composing = false;
  private typeBuffer = '';
  private typeTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private matchCache = new Map<string, CatalogueMatch[]>();
  private unitNames = new Map<string, string>();
  private hashTimer: ReturnType<typeof setTimeout> | undefined;
  private applyingHash = false;

  /**
   * The catalogue: set it to catalogue JSON (an object in core's Catalogue schema) to show it;
   * it is validated at once. Reading it gives the valid catalogue shown (invalid items left
   * out; several sources merged), or undefined.
   */
  get catalogue(): Catalogue | undefined {
    return this.data;
  }

  set catalogue(value: unknown) {
    this.fetchController?.abort();
    this.dataFrom = 'property';
    this.sources.clear();
    this.fetchProblems = [];
    if (value === undefined || value === null) {
      this.setData(undefined, []);
      return;
    }
    const r = validateCatalogue(value);
    this.setData(
      r.value,
      r.issues.map((issue) => ({ ...issue, source: '' })),
    );
  }

  constructor() {
    super();
    // A page script may set `catalogue` before the module defines the element; that value sits
    // in an own property that shadows the accessor. Take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'catalogue')) {
      const value = (this as { catalogue?: unknown }).catalogue;
      delete (this as { catalogue?: unknown }).catalogue;
      this.catalogue = value;
    }
  }

  /** Every problem found in the data (all sources), located; empty when the data is valid. */
  get issues(): readonly GkCatalogueIssue[] {
    return this.dataIssues;
  }

  /** The items matching the current search and filters, in the catalogue's order. */
  get results(): readonly CatalogueItem[] {
    return this.result?.items ?? [];
  }

  /**
   * Back/Forward and hash changes. Entries without our keys are applied only when we marked them
   * (the entry we started on); any other one is a page anchor (`#footer`), which must not wipe
   * what the visitor typed. `popstate` and `hashchange` both fire on one traversal: the second
   * sees the same hash and does nothing.
   */
  private readonly onHashChange = (): void => {
    if (!this.urlState || location.hash === this.lastHash) return;
    if (!isOwnHashEntry(location.hash, history.state, this.namespace)) {
      this.lastHash = location.hash;
      return;
    }
    this.applyHash();
  };

  /** The last hash this element wrote or applied. */
  private lastHash: string | undefined;
  /** The `view` the page authored, which the hash leaves out. */
  private authoredView: GkCatalogueView | undefined;

  /** `history.state` with this element's mark added. */
  private markedState(): unknown {
    return markHistoryState(history.state, this.namespace);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    this.authoredView ??= this.view;
    if (this.urlState) this.startUrlState();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    this.fetchController?.abort();
    clearTimeout(this.typeTimer);
    clearTimeout(this.announceTimer);
    this.flushTyping();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.dataFrom === 'src') {
      if (this.src && this.src.trim() !== '') void this.load(false);
      else {
        this.fetchController?.abort();
        this.sources.clear();
        this.fetchProblems = [];
        this.setData(undefined, []);
      }
    }
    if (changed.has('units')) this.nameUnits();
    // The live region speaks the current language after a switch.
    if (changed.has('resolvedLang' as keyof GkCatalogue) && this.announcement) this.announcement = this.countText();
    if (changed.has('urlState') && this.urlState && this.isConnected && changed.get('urlState') !== undefined) this.startUrlState();
  }

  // -------------------------------------------------------------------------------------------
  // Data

  /**
   * Fetches the `src` URLs (with `retry`, only those that failed), validates each, and merges the
   * valid ones. During a retry the data already shown stays.
   */
  private async load(retry: boolean): Promise<void> {
    this.fetchController?.abort();
    const controller = new AbortController();
    this.fetchController = controller;
    const urls = [...new Set((this.src ?? '').split(/\s+/u).filter((u) => u !== ''))];
    if (!retry) {
      this.sources.clear();
      this.loadState = 'loading';
      this.fetchProblems = [];
    } else this.retrying = true;
    const todo = urls.filter((u) => !retry || !this.sources.get(u) || this.sources.get(u)!.problem);
    const results = await Promise.all(todo.map((url) => this.fetchOne(url, controller.signal)));
    if (controller.signal.aborted) return;
    this.retrying = false;
    results.forEach((r, k) => {
      const url = todo[k]!;
      if ('problem' in r) this.sources.set(url, { issues: [], problem: r.problem });
      else {
        const v = validateCatalogue(r.json);
        this.sources.set(url, { catalogue: v.value, issues: v.issues });
      }
    });
    const issues: GkCatalogueIssue[] = [];
    const catalogues: Catalogue[] = [];
    const problems: FetchProblem[] = [];
    for (const url of urls) {
      const got = this.sources.get(url);
      if (!got) continue;
      if (got.problem) problems.push(got.problem);
      for (const issue of got.issues) issues.push({ ...issue, source: urls.length > 1 ? url : '' });
      if (got.catalogue) catalogues.push(got.catalogue);
    }
    this.fetchProblems = problems;
    const merged = catalogues.length === 0 ? undefined : catalogues.length === 1 ? catalogues[0] : mergeCatalogues(catalogues);
    this.setData(merged, issues, retry);
  }

  private async fetchOne(url: string, signal: AbortSignal): Promise<{ json: unknown } | { problem: FetchProblem }> {
    let href: URL;
    try {
      href = new URL(url, document.baseURI);
    } catch {
      return { problem: { url, code: 'catalogue.ui.fetch.url', params: { url } } };
    }
    // A failed cross-origin fetch may be CORS; the browser does not say which, so name both.
    const failed: FetchProblem = {
      url,
      code: href.origin === location.origin ? 'catalogue.ui.fetch.network' : 'catalogue.ui.fetch.cors',
      params: { url },
    };
    let response: Response;
    let body: string;
    try {
      response = await fetch(href.href, { credentials: 'omit', mode: 'cors', signal });
      if (!response.ok) return { problem: { url, code: 'catalogue.ui.fetch.status', params: { url, status: response.status } } };
      body = await response.text();
    } catch {
      return { problem: failed };
    }
    try {
      return { json: JSON.parse(body) as unknown };
    } catch {
      return { problem: { url, code: 'catalogue.ui.fetch.json', params: { url } } };
    }
  }

  private setData(data: Catalogue | undefined, issues: GkCatalogueIssue[], keepView = false): void {
    this.data = data;
    this.dataIssues = issues;
    this.index = undefined;
    this.itemsById = new Map((data?.items ?? []).map((it) => [it.id, it]));
    this.loadState = data || issues.length > 0 || this.fetchProblems.length > 0 ? 'ready' : 'empty';
    if (!keepView) this.collapsed = new Set();
    this.tableLimit = TABLE_PAGE;
    this.nameUnits();
    this.runQuery();
    if (this.selectedId && !this.itemsById.has(this.selectedId) && !this.urlState) this.selectedId = '';
    this.emit('gk-catalogue-load', {
      items: data?.items.length ?? 0,
      issues: issues.slice(),
      failedSources: this.fetchProblems.map((p) => p.url),
    });
  }

  /** Unit id → name: the `units` property, else the subject text of an item naming only that unit. */
  private nameUnits(): void {
    const names = new Map<string, string>();
    for (const u of this.units) names.set(u.id, u.shortName ?? u.name);
    for (const it of this.data?.items ?? []) {
      const [only] = it.subject.units;
      if (it.subject.units.length === 1 && only && !names.has(only) && it.subject.text.trim() !== '')
        names.set(only, it.subject.text.trim());
    }
    this.unitNames = names;
  }

  // -------------------------------------------------------------------------------------------
  // Query (runs in event handlers, never during render)

  private get filtered(): boolean {
    return this.queryText.trim() !== '' || CATALOGUE_FACETS.some((f) => this.selection[f].length > 0);
  }

  private get query(): CatalogueQuery {
    return { text: this.queryText, highlight: false, ...this.selection } as CatalogueQuery;
  }

  /** The search index, built on first need (a few hundred ms at 50,000 items). */
  private ensureIndex(data: Catalogue): CatalogueIndex {
    this.index ??= createCatalogueIndex(data);
    return this.index;
  }

  private runQuery(): void {
    this.queryText = this.text;
    this.matchCache.clear();
    const data = this.data;
    if (!data) {
      this.result = undefined;
      this.setRows([]);
      return;
    }
    if (!this.filtered && !this.index) {
      // First render: the whole catalogue in its stable order, without waiting for the index,
      // which is built when the page is idle (or at once, by the first search or filter).
      const items = catalogueDisplayOrder(data.items);
      this.result = { items, total: items.length, facets: undefined };
      whenIdle(() => this.fillFacets(data));
    } else {
      const r = queryCatalogue(this.ensureIndex(data), this.query);
      this.result = { items: r.items, total: r.total, facets: r.facets };
    }
    this.setRows(buildTreeRows(this.result.items, this.collapsed));
    this.tableLimit = TABLE_PAGE;
    this.scheduleAnnouncement();
  }

  /** The visible rows, their index by key, and an active row that is one of them. */
  private setRows(rows: TreeRow[]): void {
    this.rows = rows;
    this.rowIndexByKey = new Map(rows.map((r, i) => [r.key, i]));
    if (!this.rowIndexByKey.has(this.activeKey)) this.activeKey = rows[0]?.key ?? '';
  }

  /** Adds the facet counts to a result shown before the index existed. */
  private fillFacets(data: Catalogue): void {
    if (this.data !== data || !this.result || this.result.facets) return;
    const r = queryCatalogue(this.ensureIndex(data), { ...this.query, limit: 0 });
    this.result = { ...this.result, facets: r.facets };
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
    }, 500);
  }

  private countText(): string {
    const r = this.result;
    if (!r) return '';
    return this.filtered
      ? this.t('catalogue.ui.results.filtered', { n: r.total, total: this.data?.items.length ?? 0 })
      : this.t('catalogue.ui.results', { n: r.total });
  }

  private matchesOf(item: CatalogueItem): CatalogueMatch[] {
    if (this.queryText.trim() === '') return [];
    let m = this.matchCache.get(item.id);
    if (!m) {
      m = catalogueMatches(item, this.queryText);
      this.matchCache.set(item.id, m);
    }
    return m;
  }

  private marked(item: CatalogueItem, field: CatalogueSearchField, text: string, index?: number): TemplateResult | string {
    return highlight(
      text,
      this.matchesOf(item).filter((m) => m.field === field && m.index === index),
    );
  }

  private onSearchInput(e: InputEvent): void {
    const input = e.target as HTMLInputElement;
    this.text = input.value;
    if (this.composing || e.isComposing) return;
    this.collapsed.clear();
    this.runQuery();
    this.pushHash(false);
  }

  private onCompositionStart(): void {
    this.composing = true;
  }

  private onCompositionEnd(e: CompositionEvent): void {
    this.composing = false;
    this.text = (e.target as HTMLInputElement).value;
    this.collapsed.clear();
    this.runQuery();
    this.pushHash(false);
  }

  private onFacetChange(facet: CatalogueFacet, value: string, checked: boolean): void {
    this.flushTyping();
    const list = this.selection[facet].filter((v) => v !== value);
    if (checked) list.push(value);
    this.selection = { ...this.selection, [facet]: list };
    this.collapsed.clear();
    this.runQuery();
    this.pushHash(true);
  }

  /** Clears the search and every filter. */
  reset(): void {
    this.flushTyping();
    this.text = '';
    this.selection = emptySelection();
    this.collapsed.clear();
    this.runQuery();
    this.pushHash(true);
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  private clearSearch(): void {
    this.flushTyping();
    this.text = '';
    this.runQuery();
    this.pushHash(true);
    this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  }

  // -------------------------------------------------------------------------------------------
  // URL state

  private get namespace(): string {
    return this.id || 'gk-catalogue';
  }

  private hashState(): HashState {
    const s: HashState = { q: this.queryText.trim() };
    for (const f of CATALOGUE_FACETS) s[f] = this.selection[f].join(',');
    s.item = this.selectedId;
    s.view = this.view === (this.authoredView ?? 'tree') ? '' : this.view;
    return s;
  }

  /** Writes the state into the hash: a new history entry for choices, a replaced one while typing. */
  private pushHash(push: boolean): void {
    if (!this.urlState || this.applyingHash) return;
    clearTimeout(this.hashTimer);
    this.hashTimer = undefined;
    if (push) this.writeHash(true);
    else this.hashTimer = setTimeout(() => this.flushTyping(), 300);
  }

  /**
   * Writes search text not yet in the hash, as the current entry. Called before a choice changes
   * the state, so "back" from the choice returns to the search as typed.
   */
  private flushTyping(): void {
    if (this.hashTimer === undefined) return;
    clearTimeout(this.hashTimer);
    this.hashTimer = undefined;
    this.writeHash(false);
  }

  private writeHash(asNew: boolean): void {
    const hash = writeHashState(location.hash, this.namespace, this.hashState());
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (asNew) history.pushState(this.markedState(), '', url);
    else history.replaceState(this.markedState(), '', url);
    this.lastHash = location.hash;
  }

  /** Marks the entry the page opened with as ours (so Back to it resets), then reads the hash. */
  private startUrlState(): void {
    history.replaceState(this.markedState(), '', location.href);
    this.applyHash();
  }

  private applyHash(): void {
    const s = readHashState(location.hash, this.namespace);
    this.applyingHash = true;
    try {
      this.text = s.q ?? '';
      const sel = emptySelection();
      // Only values a facet knows: a hand-edited link cannot leave an invisible filter on.
      for (const f of CATALOGUE_FACETS) {
        const known = KNOWN_VALUES[f];
        sel[f] = (s[f] ?? '').split(',').filter((v) => v !== '' && (!known || known.includes(v)));
      }
      this.selection = sel;
      this.selectedId = s.item ?? '';
      this.view = s.view === 'table' || s.view === 'tree' ? s.view : (this.authoredView ?? 'tree');
      this.lastHash = location.hash;
      this.collapsed.clear();
      this.runQuery();
      if (this.selectedId) this.activeKey = itemKey(this.selectedId);
    } finally {
      this.applyingHash = false;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Tree

  private areaName = (code: CatalogueAreaCode): string => this.t(`catalogue.area.${code}` as MessageCode);

  private get tree(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.tree');
  }

  private rowIndex(key: string): number {
    return this.rowIndexByKey.get(key) ?? -1;
  }

  /** Makes row `i` the active row, scrolls it into view and focuses it. */
  private async focusRow(i: number): Promise<void> {
    const row = this.rows[i];
    if (!row) return;
    this.activeKey = row.key;
    const tree = this.tree;
    tree?.[virtualizerRef]?.element(i)?.scrollIntoView({ block: 'nearest' });
    await this.updateComplete;
    for (let attempt = 0; attempt < 10; attempt++) {
      const el = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((r) => r.dataset.key === row.key);
      if (el) {
        el.focus({ preventScroll: false });
        return;
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  private toggle(row: GroupRow, open: boolean): void {
    if (open) this.collapsed.delete(row.key);
    else this.collapsed.add(row.key);
    this.setRows(buildTreeRows(this.result?.items ?? [], this.collapsed));
  }

  private select(item: CatalogueItem): void {
    this.flushTyping();
    this.selectedId = item.id;
    this.activeKey = itemKey(item.id);
    this.pushHash(true);
    this.emit('gk-catalogue-select', { id: item.id, item });
    // Stacked layout: bring the detail into view.
    void this.updateComplete.then(() => {
      const detail = this.renderRoot.querySelector<HTMLElement>('.detail');
      if (detail && detail.getBoundingClientRect().top > window.innerHeight) detail.scrollIntoView({ block: 'start' });
    });
  }

  private onRowClick(row: TreeRow): void {
    this.activeKey = row.key;
    if (row.kind === 'item') this.select(row.item);
    else this.toggle(row, !row.expanded);
  }

  private onTreeKeydown(e: KeyboardEvent): void {
    const i = Math.max(0, this.rowIndex(this.activeKey));
    const row = this.rows[i];
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        void this.focusRow(Math.min(i + 1, this.rows.length - 1));
        break;
      case 'ArrowUp':
        void this.focusRow(Math.max(i - 1, 0));
        break;
      case 'Home':
        void this.focusRow(0);
        break;
      case 'End':
        void this.focusRow(this.rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.kind !== 'item') {
          if (!row.expanded) this.toggle(row, true);
          else void this.focusRow(i + 1);
        }
        break;
      case 'ArrowLeft':
        if (row.kind !== 'item' && row.expanded) this.toggle(row, false);
        else if (row.parent) void this.focusRow(this.rowIndex(row.parent));
        break;
      case 'Enter':
      case ' ':
        this.onRowClick(row);
        break;
      case '*':
        for (const r of this.rows) if (r.kind !== 'item' && r.parent === row.parent) this.collapsed.delete(r.key);
        this.setRows(buildTreeRows(this.result?.items ?? [], this.collapsed));
        break;
      default:
        handled = e.key.length === 1 && e.key !== ' ' ? this.typeAheadKey(e.key, i) : false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  private typeAheadKey(ch: string, from: number): boolean {
    clearTimeout(this.typeTimer);
    this.typeTimer = setTimeout(() => (this.typeBuffer = ''), 700);
    this.typeBuffer += ch;
    const name = (r: TreeRow) => rowName(r, this.areaName);
    // Typing the same character again moves on to the next row that starts with it.
    const repeated = [...this.typeBuffer].every((c) => c === ch);
    const prefix = repeated ? ch : this.typeBuffer;
    const start = repeated || this.typeBuffer.length === 1 ? from : from - 1;
    const hit = typeAhead(this.rows, start, prefix, name);
    if (hit >= 0) void this.focusRow(hit);
    return true;
  }

  private activeRendered(): boolean {
    const i = this.rowIndex(this.activeKey);
    return i >= this.rendered.first && i <= this.rendered.last;
  }

  private onTreeFocusIn(e: FocusEvent): void {
    const key = (e.target as HTMLElement).dataset?.key;
    if (key) this.activeKey = key;
    else if (this.rowIndex(this.activeKey) < 0 && this.rows[0]) this.activeKey = this.rows[0].key;
  }

  /**
   * The virtualizer only renders rows near the viewport, so the active row (tabindex 0) may not be
   * in the DOM, and Tab would skip the tree. Then the tree itself takes the tab stop and hands
   * focus to the active row, scrolling it into view. When the active row scrolls away while focus
   * is elsewhere, the first rendered row becomes the active one.
   */
  private onRangeChanged(e: Event & { first?: number; last?: number }): void {
    const first = e.first ?? 0;
    const last = e.last ?? -1;
    const wasRendered = this.activeRendered();
    this.rendered = { first, last };
    if (this.activeRendered() !== wasRendered) this.requestUpdate();
    const i = this.rowIndex(this.activeKey);
    const root = this.renderRoot as ShadowRoot;
    const focusInside = !!root.activeElement && !!this.tree?.contains(root.activeElement);
    if ((i < first || i > last) && !focusInside && this.rows[first] && last >= first) this.activeKey = this.rows[first].key;
  }

  private onTreeFocus(e: FocusEvent): void {
    if (e.target !== e.currentTarget) return;
    const i = this.rowIndex(this.activeKey);
    void this.focusRow(i < 0 ? 0 : i);
  }

  // -------------------------------------------------------------------------------------------
  // Actions

  private setView(view: GkCatalogueView): void {
    if (this.view === view) return;
    this.flushTyping();
    this.view = view;
    this.pushHash(true);
  }

  private exportCsv(): void {
    const items = this.result?.items ?? [];
    const csv = catalogueToCsv(items, this.resolvedLang);
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.t('catalogue.ui.csv-filename', { date: this.data?.versionDate ?? '' });
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** Retries the sources that failed to load. */
  retry(): void {
    if (this.dataFrom === 'src' && this.src) void this.load(true);
  }

  // -------------------------------------------------------------------------------------------
  // Render

  /** The title's heading level from `heading-level` (2–6). */
  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  override render(): TemplateResult {
    const data = this.data;
    return html`<div part="base" class="base" lang=${this.resolvedLang}>
      <div part="header" class="header">
        ${heading(this.level, 'title', 'title', this.t('catalogue.ui.title', { issuer: data?.issuer ?? '' }))}
        ${data ? html`<p class="version">${this.t('catalogue.ui.version', { date: data.versionDate })}</p>` : nothing}
      </div>
      ${this.renderProblems()} ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.loadState === 'loading') {
      return html`<p part="status" class="status" role="status">${this.t('catalogue.ui.loading')}</p>`;
    }
    if (this.loadState === 'empty') {
      return html`<p part="status" class="status">${this.t('catalogue.ui.no-data')}</p>`;
    }
    if (!this.data) return nothing;
    if (this.data.items.length === 0) {
      return html`<p part="status" class="status">${this.t('catalogue.ui.empty')}</p>`;
    }
    const r = this.result!;
    return html`${this.renderSearch()} ${this.renderToolbar()} ${this.renderFilters(r)}
      <div class="live" role="status" aria-live="polite">${this.announcement}</div>
      ${r.total === 0 ? this.renderNoResults() : this.view === 'table' ? this.renderTable(r.items, false) : this.renderTreeView()}
      ${this.printer.printing ? html`<div class="print-only">${this.renderTable(r.items, true)}</div>` : nothing}`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const fetchProblems = this.fetchProblems;
    const issues = this.dataIssues;
    if (fetchProblems.length === 0 && issues.length === 0) return nothing;
    const shown = issues.slice(0, ISSUES_SHOWN);
    const rest = issues.slice(ISSUES_SHOWN);
    const item = (issue: GkCatalogueIssue) =>
      html`<li>
        ${this.issueText(issue)}${issue.source ? html`<span class="source">${this.t('catalogue.ui.issues.source', { url: issue.source })}</span>` : nothing}
      </li>`;
    return html`${
      fetchProblems.length > 0
        ? html`<div part="status" class="problem" role="alert">
            <ul>
              ${fetchProblems.map((p) => html`<li>${this.t(p.code, p.params)}</li>`)}
            </ul>
            <p class="retry-row">
              <button type="button" class="button" aria-describedby="retrying" @click=${() => this.retry()}>
                ${this.t('catalogue.ui.retry')}
              </button>
              <span id="retrying" class="muted">${this.retrying ? this.t('catalogue.ui.retrying') : ''}</span>
            </p>
          </div>`
        : nothing
    }
    ${
      issues.length > 0
        ? html`<section part="issues" class="issues" aria-labelledby="issues-heading">
            ${heading(this.level + 1, 'issues-heading', 'issues-heading', this.t('catalogue.ui.issues.heading', { n: issues.length }))}
            ${this.data && this.data.items.length > 0 ? html`<p>${this.t('catalogue.ui.issues.kept', { n: this.data.items.length })}</p>` : nothing}
            <ul>
              ${shown.map(item)}
            </ul>
            ${
              rest.length > 0
                ? html`<details>
                    <summary class="summary">${this.t('catalogue.ui.issues.more', { n: rest.length })}</summary>
                    <ul>
                      ${rest.map(item)}
                    </ul>
                  </details>`
                : nothing
            }
          </section>`
        : nothing
    }`;
  }

  private renderSearch(): TemplateResult {
    return html`<div part="search" class="search" role="search" aria-label=${this.t('catalogue.ui.search.label')}>
      <label for="q" class="label">${this.t('catalogue.ui.search.label')}</label>
      <div class="search-row">
        <input
          id="q"
          type="search"
          class="input"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="q-hint count"
          .value=${this.text}
          @input=${this.onSearchInput}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
        />
        ${
          this.text
            ? html`<button type="button" class="button secondary" @click=${() => this.clearSearch()}>
                ${this.t('catalogue.ui.clear-search')}
              </button>`
            : nothing
        }
      </div>
      <p id="q-hint" class="hint">${this.t('catalogue.ui.search.hint')}</p>
      <p id="count" class="count">${this.countText()}</p>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const viewButton = (v: GkCatalogueView, code: MessageCode) =>
      html`<button type="button" class="button toggle" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.setView(v)}>
        ${this.t(code)}
      </button>`;
    return html`<div part="toolbar" class="toolbar">
      <div class="views" role="group" aria-label=${this.t('catalogue.ui.view.label')}>
        ${viewButton('tree', 'catalogue.ui.view.tree')} ${viewButton('table', 'catalogue.ui.view.table')}
      </div>
      <button type="button" class="button secondary" @click=${() => void this.printer.print()}>${this.t('catalogue.ui.print')}</button>
      <button type="button" class="button secondary" @click=${() => this.exportCsv()}>${this.t('catalogue.ui.export-csv')}</button>
    </div>`;
  }

  private facetLabel(facet: CatalogueFacet, value: string): string {
    if (facet === 'unit') return this.unitNames.get(value) ?? value;
    return this.t(`catalogue.${facet}.${value}` as MessageCode);
  }

  private renderFilters(r: ResultView): TemplateResult {
    const any = CATALOGUE_FACETS.some((f) => this.selection[f].length > 0);
    return html`<div part="filters" class="filters" role="group" aria-label=${this.t('catalogue.ui.filters')}>
      ${CATALOGUE_FACETS.map((f) => {
        const counts = r.facets?.[f] ?? {};
        const selected = this.selection[f];
        const open = this.openFacets.has(f);
        const values = Object.keys(counts).filter((v) => counts[v]! > 0 || selected.includes(v));
        return html`<details
          class="facet"
          ?open=${open}
          @toggle=${(e: Event) => {
            const next = new Set(this.openFacets);
            if (this.data) this.fillFacets(this.data);
            if ((e.target as HTMLDetailsElement).open) next.add(f);
            else next.delete(f);
            this.openFacets = next;
          }}
        >
          <summary class="summary">
            ${this.t(`catalogue.facet.${f}` as MessageCode)}${
              selected.length > 0
                ? html` <span class="badge"
                    ><span aria-hidden="true">${selected.length}</span
                    ><span class="vh">${this.t('catalogue.ui.selected', { n: selected.length })}</span></span
                  >`
                : nothing
            }
          </summary>
          ${
            open
              ? html`<fieldset class="options">
                  <legend class="vh">${this.t(`catalogue.facet.${f}` as MessageCode)}</legend>
                  ${values.map(
                    (v) =>
                      html`<label class="option"
                        ><input
                          type="checkbox"
                          .checked=${selected.includes(v)}
                          @change=${(e: Event) => this.onFacetChange(f, v, (e.target as HTMLInputElement).checked)}
                        /><span>${this.facetLabel(f, v)}</span><span class="n">(${counts[v]})</span></label
                      >`,
                  )}
                </fieldset>`
              : nothing
          }
        </details>`;
      })}
      ${any || this.text ? html`<button type="button" class="button secondary" @click=${() => this.reset()}>${this.t('catalogue.ui.reset')}</button>` : nothing}
    </div>`;
  }

  private renderNoResults(): TemplateResult {
    return html`<div part="status" class="status no-results">
      <p class="strong">${this.t('catalogue.ui.no-results')}</p>
      <p>${this.t('catalogue.ui.no-results.hint')}</p>
      <button type="button" class="button" @click=${() => this.reset()}>${this.t('catalogue.ui.reset')}</button>
    </div>`;
  }

  private renderTreeView(): TemplateResult {
    const active = this.rowIndex(this.activeKey) >= 0 ? this.activeKey : (this.rows[0]?.key ?? '');
    return html`<div class="layout">
      <div
        part="tree"
        class="tree"
        role="tree"
        aria-label=${this.t('catalogue.ui.tree.label')}
        tabindex=${this.activeRendered() ? -1 : 0}
        @focus=${this.onTreeFocus}
        @focusin=${this.onTreeFocusIn}
        @rangeChanged=${this.onRangeChanged}
      >
        <div virtualizer-sizer aria-hidden="true"></div>
        ${virtualize({
          items: this.rows,
          // The virtualizer may ask for rows past the end while a list shrinks (lit/lit#4833).
          keyFunction: (row: TreeRow | undefined, i: number) => row?.key ?? `gone:${i}`,
          renderItem: (row: TreeRow | undefined) => (row ? this.renderRow(row, row.key === active) : html``),
          scroller: true,
          layout: flow(),
        })}
      </div>
      ${this.renderDetail()}
    </div>`;
  }

  private renderRow(row: TreeRow, active: boolean): TemplateResult {
    const label =
      row.kind === 'item'
        ? this.marked(row.item, 'item2', row.item.item2)
        : row.kind === 'area'
          ? this.areaName(row.area)
          : this.marked(row.first, 'item1', row.item1);
    const selected = row.kind === 'item' && row.item.id === this.selectedId;
    // treeitem takes its name from its content (ARIA 1.2), which the rule cannot see.
    // eslint-disable-next-line lit-a11y/accessible-name
    return html`<div
      part="row"
      class="row level-${row.level} ${row.kind}"
      role="treeitem"
      data-key=${row.key}
      aria-level=${row.level}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${row.kind === 'item' ? nothing : row.expanded ? 'true' : 'false'}
      aria-selected=${row.kind === 'item' ? (selected ? 'true' : 'false') : nothing}
      tabindex=${active ? 0 : -1}
      @click=${() => this.onRowClick(row)}
      @keydown=${this.onTreeKeydown}
    >
      ${row.kind === 'item' ? nothing : html`<span class="twisty" aria-hidden="true"></span>`}
      <span class="name">${label}</span>
      ${
        row.kind === 'item'
          ? nothing
          : html`<span class="n"
              ><span aria-hidden="true">${row.count}</span><span class="vh">${this.t('catalogue.ui.count', { n: row.count })}</span></span
            >`
      }
    </div>`;
  }

  private renderDetail(): TemplateResult {
    const item = this.selectedId ? this.itemsById.get(this.selectedId) : undefined;
    if (!item) {
      return html`<section part="detail" class="detail" aria-label=${this.t('catalogue.ui.detail.label')}>
        <p class="hint">${this.t('catalogue.ui.detail.empty')}</p>
      </section>`;
    }
    const lang = this.resolvedLang;
    const col = (c: string) => this.t(`catalogue.column.${c}` as MessageCode);
    const notGiven = html`<span class="muted">${this.t('catalogue.ui.detail.not-given')}</span>`;
    const list = (field: 'content' | 'basis', values: readonly string[]) =>
      values.length === 0
        ? notGiven
        : html`<ul class="list">
            ${values.map((v, i) => html`<li>${this.marked(item, field, v, i)}</li>`)}
          </ul>`;
    const chips = (labels: readonly string[]) =>
      labels.length === 0
        ? notGiven
        : html`<ul class="chips">
            ${labels.map((l) => html`<li part="chip" class="chip">${l}</li>`)}
          </ul>`;
    const links = item.links ?? [];
    return html`<section part="detail" class="detail" aria-labelledby="detail-heading">
      <p class="crumbs">${this.areaName(item.area)} › ${this.marked(item, 'item1', item.item1)}</p>
      ${heading(this.level + 1, 'detail-heading', 'detail-title', this.marked(item, 'item2', item.item2))}
      <dl class="fields">
        ${
          item.item3
            ? html`<dt>${col('item3')}</dt>
                <dd>${this.marked(item, 'item3', item.item3)}</dd>`
            : nothing
        }
        <dt>${col('content')}</dt>
        <dd>${list('content', item.content)}</dd>
        <dt>${col('basis')}</dt>
        <dd>${list('basis', item.basis)}</dd>
        <dt>${col('timeLimit')}</dt>
        <dd>
          ${item.timeLimit.text || notGiven}
          <p class="meaning">${this.t('catalogue.ui.detail.meaning', { text: formatDeadline(item.timeLimit.rule, lang) })}</p>
        </dd>
        <dt>${col('subject')}</dt>
        <dd>${item.subject.text || notGiven} ${this.unitChips(item)}</dd>
        <dt>${col('channels')}</dt>
        <dd>${chips([...item.channels.map((c) => this.t(`catalogue.channel.${c}` as MessageCode)), ...item.channelsOther])}</dd>
        <dt>${col('audience')}</dt>
        <dd>${chips(item.audience.map((a) => this.t(`catalogue.audience.${a}` as MessageCode)))}</dd>
        <dt>${col('mode')}</dt>
        <dd>${chips(item.mode.map((m) => this.t(`catalogue.mode.${m}` as MessageCode)))}</dd>
        <dt>${col('level')}</dt>
        <dd>${chips(item.level.map((l) => this.t(`catalogue.level.${l}` as MessageCode)))}</dd>
        ${
          item.reason
            ? html`<dt>${col('reason')}</dt>
                <dd>${item.reason}</dd>`
            : nothing
        }
        <dt>${col('links')}</dt>
        <dd>
          ${
            links.length === 0
              ? html`<span class="muted">${this.t('catalogue.ui.detail.no-links')}</span>`
              : html`<ul class="list">
                  ${links.map(
                    (l) =>
                      html`<li>
                        ${isHttpUrl(l.url.trim()) ? html`<a href=${l.url.trim()}>${l.title}</a>` : html`${l.title} ${l.url}`}
                        ${l.date ? html`<span class="muted">${this.t('catalogue.ui.detail.link-date', { date: l.date })}</span>` : nothing}
                        ${l.indexNo ? html`<span class="muted">${this.t('catalogue.ui.detail.index-no', { indexNo: l.indexNo })}</span>` : nothing}
                      </li>`,
                  )}
                </ul>`
          }
        </dd>
        ${
          item.origin
            ? html`<dt>${col('origin')}</dt>
                <dd>${item.origin.issuer}</dd>`
            : nothing
        }
        <dt>${col('id')}</dt>
        <dd>${item.sourceId ? this.t('catalogue.ui.detail.source-id', { id: item.id, sourceId: item.sourceId }) : item.id}</dd>
      </dl>
    </section>`;
  }

  /** The subject's units as chips, unless they only repeat the subject text. */
  private unitChips(item: CatalogueItem): TemplateResult | typeof nothing {
    const names = item.subject.units.map((u) => this.unitNames.get(u) ?? u);
    if (names.length === 0 || names.join('、') === item.subject.text.trim()) return nothing;
    return html`<ul class="chips">
      ${names.map((n) => html`<li part="chip" class="chip">${n}</li>`)}
    </ul>`;
  }

  /** List separators of the display language (typography only). */
  private get separators(): { list: string; clause: string; label: string } {
    return this.resolvedLang === 'en' ? { list: ', ', clause: '; ', label: ': ' } : { list: '、', clause: '；', label: '：' };
  }

  /** The search words and filters in force, as one line for the printed table ('' when none). */
  private queryDescription(): string {
    const { list, clause, label } = this.separators;
    const parts: string[] = [];
    if (this.queryText.trim()) parts.push(this.t('catalogue.ui.print.words', { q: this.queryText.trim() }));
    for (const f of CATALOGUE_FACETS) {
      const values = this.selection[f];
      if (values.length > 0)
        parts.push(`${this.t(`catalogue.facet.${f}` as MessageCode)}${label}${values.map((v) => this.facetLabel(f, v)).join(list)}`);
    }
    return parts.length === 0 ? '' : this.t('catalogue.ui.print.query', { text: parts.join(clause) });
  }

  /**
   * The official catalogue table (regulations §5.1): 序号, 公开事项 over 一级/二级事项, the text
   * columns, tick columns for 公开对象, 公开方式 and 公开层级, and 备注; one `tbody` per area
   * headed by the area's name, with each 一级事项 cell merged down its rows.
   */
  private renderTable(items: readonly CatalogueItem[], print: boolean): TemplateResult {
    const shown = print ? items : items.slice(0, this.tableLimit);
    const col = (c: string) => this.t(`catalogue.column.${c}` as MessageCode);
    const lang = this.resolvedLang;
    const ticks: [string, (it: CatalogueItem) => boolean][] = [
      ...AUDIENCES.map((a): [string, (it: CatalogueItem) => boolean] => [`catalogue.audience.${a}`, (it) => it.audience.includes(a)]),
      ...DISCLOSURE_MODES.map((m): [string, (it: CatalogueItem) => boolean] => [`catalogue.mode.${m}`, (it) => it.mode.includes(m)]),
      ...CATALOGUE_LEVELS.map((l): [string, (it: CatalogueItem) => boolean] => [`catalogue.level.${l}`, (it) => it.level.includes(l)]),
    ];
    const columns = 8 + ticks.length + 1;
    // Areas as runs of rows (display order keeps each area, and each 一级事项, together).
    const areas: { area: CatalogueItem['area']; rows: CatalogueItem[] }[] = [];
    for (const it of shown) {
      const last = areas[areas.length - 1];
      if (last && last.area === it.area) last.rows.push(it);
      else areas.push({ area: it.area, rows: [it] });
    }
    const tick = html`<span aria-hidden="true">√</span><span class="vh">${this.t('catalogue.ui.tick')}</span>`;
    const query = print ? this.queryDescription() : '';
    const body = (rows: CatalogueItem[]) => {
      const span = new Array<number>(rows.length).fill(0);
      for (let k = 0; k < rows.length;) {
        let m = k;
        while (m < rows.length && rows[m]!.item1 === rows[k]!.item1) m++;
        span[k] = m - k;
        k = m;
      }
      return rows.map((it, i) => {
        const cells = catalogueItemCells(it, lang);
        return html`<tr>
          <td class="num">${i + 1}</td>
          ${span[i]! > 0 ? html`<th scope="row" rowspan=${span[i]!}>${this.marked(it, 'item1', it.item1)}</th>` : nothing}
          <th scope="row">
            ${
              print
                ? it.item2
                : html`<button type="button" class="link" @click=${() => this.openFromTable(it)}>
                    ${this.marked(it, 'item2', it.item2)}
                  </button>`
            }
            ${it.item3 ? html`<div class="muted">${this.marked(it, 'item3', it.item3)}</div>` : nothing}
          </th>
          <td>${it.content.map((c, k) => html`<div>${this.marked(it, 'content', c, k)}</div>`)}</td>
          <td>${it.basis.map((b, k) => html`<div>${this.marked(it, 'basis', b, k)}</div>`)}</td>
          <td>${cells.timeLimit}</td>
          <td>${cells.subject}</td>
          <td>${cells.channels}</td>
          ${ticks.map(([, has]) => html`<td class="tick">${has(it) ? tick : nothing}</td>`)}
          <td>${it.reason ? html`<div>${it.reason}</div>` : nothing}${it.origin ? html`<div>${it.origin.issuer}</div>` : nothing}</td>
        </tr>`;
      });
    };
    return html`<div
        class=${print ? 'table-wrap' : 'table-wrap screen-only'}
        tabindex=${print ? nothing : 0}
        role=${print ? nothing : 'region'}
        aria-labelledby=${print ? nothing : 'table-caption'}
      >
        <table part="table" class="table">
          <caption id=${print ? 'print-caption' : 'table-caption'}>
            ${this.t('catalogue.ui.title', { issuer: this.data?.issuer ?? '' })} · ${this.countText()}
            ${query ? html`<div class="query">${query}</div>` : nothing}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowspan="2">${this.t('catalogue.ui.table.number')}</th>
              <th scope="colgroup" colspan="2">${this.t('catalogue.ui.table.items')}</th>
              <th scope="col" rowspan="2">${col('content')}</th>
              <th scope="col" rowspan="2">${col('basis')}</th>
              <th scope="col" rowspan="2">${col('timeLimit')}</th>
              <th scope="col" rowspan="2">${col('subject')}</th>
              <th scope="col" rowspan="2">${col('channels')}</th>
              <th scope="colgroup" colspan=${AUDIENCES.length}>${col('audience')}</th>
              <th scope="colgroup" colspan=${DISCLOSURE_MODES.length}>${col('mode')}</th>
              <th scope="colgroup" colspan=${CATALOGUE_LEVELS.length}>${col('level')}</th>
              <th scope="col" rowspan="2">${this.t('catalogue.ui.table.remarks')}</th>
            </tr>
            <tr>
              <th scope="col">${col('item1')}</th>
              <th scope="col">${col('item2')}</th>
              ${ticks.map(([code]) => html`<th scope="col">${this.t(code as MessageCode)}</th>`)}
            </tr>
          </thead>
          ${areas.map(
            (a) =>
              html`<tbody>
                <tr>
                  <th scope="rowgroup" colspan=${columns} class="area-row">${this.areaName(a.area)}</th>
                </tr>
                ${body(a.rows)}
              </tbody>`,
          )}
        </table>
      </div>
      ${
        !print && shown.length < items.length
          ? html`<p class="more">
              <span class="muted">${this.t('catalogue.ui.table.showing', { shown: shown.length, n: items.length })}</span>
              <button type="button" class="button secondary" @click=${() => this.showMore()}>
                ${this.t('catalogue.ui.table.more', { n: items.length - shown.length })}
              </button>
            </p>`
          : nothing
      }`;
  }

  /** Shows the next page of the table; focus goes to the first new row's item button. */
  private showMore(): void {
    const first = this.tableLimit;
    this.tableLimit += TABLE_PAGE;
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.screen-only tbody .link');
      buttons[first]?.focus();
    });
  }

  private openFromTable(item: CatalogueItem): void {
    this.view = 'tree';
    this.select(item);
    void this.updateComplete.then(() => {
      const i = this.rowIndex(itemKey(item.id));
      if (i >= 0) void this.focusRow(i);
    });
  }
}
