import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  baseMessages,
  COUNTY_LEVEL_KINDS,
  createUnitDirectory,
  isHttpUrl,
  itemDeadlineText,
  parseCalendarDate,
  planMessages,
  planToCsv,
  planToIcs,
  planTable,
  progressToJson,
  PROGRESS_STATUSES,
  taskBoardMessages,
  taskStatusAt,
  todayInChina,
  unitMessages,
  TOWNSHIP_KINDS,
  validatePlan,
  validateProgress,
  type EscalationOptions,
  type Issue,
  type ItemStatus,
  type MessageCode,
  type Plan,
  type PlanStatus,
  type ProgressStatus,
  type ProgressUpdate,
  type Task,
  type TaskItem,
  type UnitKind,
} from '@gongkai/core';
import { GkElement } from '../../base/gk-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import { PrintController } from '../../base/print-controller.js';
import { isOwnHashEntry, markHistoryState, readHashState, writeHashState } from '../../base/url-state.js';
import type { GkTaskBoardIssue } from '../../events.js';
import { boardLayoutStyles, controlStyles } from '../../styles/controls.js';
import { hostStyles } from '../../styles/tokens.js';
import { taskBoardStyles } from './task-board.styles.js';

export type { GkProgressChangeDetail, GkTaskBoardIssue, GkTaskBoardLoadDetail } from '../../events.js';

/** The views of `<gk-task-board>`. */
export const TASK_BOARD_VIEWS = ['task', 'status', 'unit', 'month'] as const;
export type GkTaskBoardView = (typeof TASK_BOARD_VIEWS)[number];

/** A unit for names and groups: `{ id, name, shortName?, kind? }` (core's Unit fits). */
export interface GkTaskBoardUnit {
  id: string;
  name: string;
  shortName?: string;
  kind?: UnitKind | string;
}

/** A problem reading a source, still without display text. */
interface FetchProblem {
  url: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

/** The unit groups a plan's expressions use ("县直各部门、单位", "各乡镇（街道）"), by unit kind. */
const GROUPS: { id: string; code: MessageCode; kinds: readonly string[] }[] = [
  { id: 'group:all-county', code: 'unit.group.all-county', kinds: COUNTY_LEVEL_KINDS },
  { id: 'group:all-townships', code: 'unit.group.all-townships', kinds: TOWNSHIP_KINDS },
];

const STATUS_FILTERS = ['', ...PROGRESS_STATUSES, 'overdue'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Tasks shown per page in the task view (and items per column in the status view). */
const PAGE = 20;

/** One item with its task and its computed status. */
interface Row {
  task: Task;
  item: TaskItem;
  status: ItemStatus;
  /** Latest update on or before today, for its note and evidence. */
  latest: ProgressUpdate | undefined;
}

/**
 * The implementation-plan board (工作方案推进情况): a county disclosure office sees at a glance
 * which tasks are late, which unit owes what, and by when. Views by task, by status, by unit and
 * by month; filters; opt-in editing that emits the update for the page to store; exports as
 * progress JSON, CSV and an ICS calendar; a print view in the plan's own table layout.
 *
 * Every status, deadline count and escalation colour comes from core's `taskStatusAt`; the
 * element only shows them (always with words, never by colour alone).
 *
 * @tagname gk-task-board
 * @summary The implementation-plan board: tasks, units, deadlines and progress.
 *
 * @slot - Fallback content for browsers without web components; hidden once the element runs.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - Title, plan details and summary.
 * @csspart toolbar - View switch, exports and print.
 * @csspart filters - The filter controls.
 * @csspart task - A task card (task view).
 * @csspart item - One item (every view).
 * @csspart chip - The deadline chip of an item.
 * @csspart column - A status column (status view).
 * @csspart editor - The progress form of an item (with `editable`).
 * @csspart table - The printed table.
 * @csspart issues - The list of problems in the data.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop [--gk-font-family] - Font stack.
 * @cssprop [--gk-font-size-base=1rem] - Base text size.
 * @cssprop [--gk-font-size-large=1.125rem] - Text size in large-text mode (never below 18px).
 * @cssprop [--gk-target-size=2.75rem] - Minimum height of buttons and fields.
 * @cssprop [--gk-space-1=0.25rem] - Smallest spacing step (also --gk-space-2 … --gk-space-4).
 * @cssprop [--gk-radius=0.25rem] - Corner radius.
 * @cssprop [--gk-border-width=0.0625rem] - Border width.
 * @cssprop [--gk-focus-width=0.1875rem] - Width of the focus ring.
 * @cssprop [--gk-color-text=#1f2328] - Text colour.
 * @cssprop [--gk-color-text-muted=#4b5563] - Secondary text.
 * @cssprop [--gk-color-surface=#ffffff] - Background.
 * @cssprop [--gk-color-surface-alt=#f5f7fa] - Background of cards and columns.
 * @cssprop [--gk-color-border=#6b7280] - Border colour.
 * @cssprop [--gk-color-primary=#0b57a4] - Links, buttons and the blue escalation level.
 * @cssprop [--gk-color-focus=#0b57a4] - Focus ring colour.
 * @cssprop [--gk-color-ok=#1a6b32] - Done items (with --gk-color-ok-surface).
 * @cssprop [--gk-color-warning=#7a4a00] - The yellow escalation level (with --gk-color-warning-surface).
 * @cssprop [--gk-color-danger=#b42318] - The red escalation level and errors (with --gk-color-danger-surface).
 *
 * @event {CustomEvent<GkTaskBoardLoadDetail>} gk-task-board-load - Plan or progress data was set or loaded and validated.
 * @event {CustomEvent<GkProgressChangeDetail>} gk-progress-change - Cancelable. Staff saved a progress update (with `editable`); the page stores it. Cancel it to refuse the update.
 */
export class GkTaskBoard extends GkElement {
  static override styles = [hostStyles, boardLayoutStyles, controlStyles, taskBoardStyles];
  static override catalogues = [taskBoardMessages, planMessages, unitMessages, baseMessages];

  /** URL of the plan JSON (core's Plan schema). Fetched without credentials. */
  @property({ reflect: true })
  src: string | null = null;

  /** URL of the progress JSON (a list of core's ProgressUpdate). */
  @property({ reflect: true, attribute: 'progress-src' })
  progressSrc: string | null = null;

  /**
   * URL of the county's unit directory (a JSON list of core's Unit), for unit names and the unit
   * groups; the same as setting the `units` property.
   */
  @property({ reflect: true, attribute: 'units-src' })
  unitsSrc: string | null = null;

  /** The day to count from, `YYYY-MM-DD`; defaults to the current day in China. */
  @property({ reflect: true })
  today: string | null = null;

  /** The view: `task`, `status`, `unit` or `month`. */
  @property({ reflect: true })
  view: GkTaskBoardView = 'task';

  /** Keep the view, unit, status filter and search in the hash, namespaced by the element's id. */
  @property({ type: Boolean, reflect: true, attribute: 'url-state' })
  urlState = false;

  /** Staff may set an item's status, note and evidence link; each save emits `gk-progress-change`. */
  @property({ type: Boolean, reflect: true })
  editable = false;

  /** The level of the title heading (2–6). */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string = 2;

  /** At or below this many working days left an item is due soon (core's default 3). */
  @property({ attribute: 'due-soon-workdays' })
  dueSoonWorkdays: number | string | null = null;

  /** Escalation: yellow at or below this many working days left (default: due-soon-workdays). */
  @property({ attribute: 'yellow-workdays' })
  yellowWorkdays: number | string | null = null;

  /** Escalation: red once overdue by at least this many working days (default 0: any overdue day). */
  @property({ attribute: 'red-overdue-workdays' })
  redOverdueWorkdays: number | string | null = null;

  /**
   * The unit (or group: `group:all-county`, `group:all-townships`) the board opens filtered to,
   * for a department's own page: "what does my department owe".
   */
  @property({ reflect: true })
  unit: string | null = null;

  /** Units of the county, for names and for the groups (县直各部门、单位, 各乡镇（街道）). */
  @property({ attribute: false })
  units: readonly GkTaskBoardUnit[] = [];

  @state() private planData: Plan | undefined;
  @state() private progressData: ProgressUpdate[] = [];
  @state() private issuesList: GkTaskBoardIssue[] = [];
  @state() private problems: FetchProblem[] = [];
  @state() private loading = false;
  @state() private unitFilter = '';
  @state() private statusFilter: StatusFilter = '';
  @state() private from = '';
  @state() private to = '';
  @state() private query = '';
  @state() private overdueOnly = false;
  @state() private limit = PAGE;
  @state() private announcement = '';
  @state() private editErrors: Record<string, { field: string; code: MessageCode; params?: Record<string, unknown> }[]> = {};
  private readonly printer = new PrintController(this);
  /** Items whose unit list is open (the list renders only then). */
  @state() private openUnits = new Set<string>();

  private status: PlanStatus | undefined;
  private rows: Row[] = [];
  private filtered: Row[] = [];
  private loadController: AbortController | undefined;
  private planFrom: 'src' | 'property' = 'src';
  /** The progress JSON as received, to check again when the plan changes. */
  private rawProgress: { json: unknown; source: string } | undefined;
  /** Updates saved in this element (accepted by the page), kept when progress data reloads. */
  private edits: ProgressUpdate[] = [];
  /** The day the statuses were counted for (shown in the header). */
  private countedDay = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Per item id: its searchable text, folded once per data change. */
  private searchText = new Map<string, string>();
  /** Unit id → display name. */
  private unitNames = new Map<string, string>();
  private progressFrom: 'src' | 'property' = 'src';
  private lastHash: string | undefined;

  /** The plan: set plan JSON (validated at once); reading gives the valid plan shown. */
  get plan(): Plan | undefined {
    return this.planData;
  }

  set plan(value: unknown) {
    this.planFrom = 'property';
    this.acceptPlan(value, '');
  }

  /** Progress updates: set a list (validated at once); reading gives the valid updates, edits included. */
  get progress(): readonly ProgressUpdate[] {
    return this.progressData;
  }

  set progress(value: unknown) {
    this.progressFrom = 'property';
    this.acceptProgress(value, '');
  }

  /** Every problem in the data, located. */
  get issues(): readonly GkTaskBoardIssue[] {
    return this.issuesList;
  }

  /** The computed status on `today` (core's PlanStatus), or undefined without a plan. */
  get planStatus(): PlanStatus | undefined {
    return this.status;
  }

  constructor() {
    super();
    for (const key of ['plan', 'progress'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        this[key] = value;
      }
    }
  }

  private readonly onHash = (): void => {
    if (!this.urlState || location.hash === this.lastHash) return;
    if (!isOwnHashEntry(location.hash, history.state, this.namespace)) {
      this.lastHash = location.hash; // a page anchor: keep what the visitor chose
      return;
    }
    this.applyHash();
  };

  /** The `view` the page authored, the default when the hash names none. */
  private authoredView: GkTaskBoardView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('popstate', this.onHash);
    this.authoredView ??= this.view;
    if (this.urlState) {
      // Mark the entry the page opened with, so Back to it restores the defaults.
      history.replaceState(markHistoryState(history.state, this.namespace), '', location.href);
      this.applyHash();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('popstate', this.onHash);
    this.loadController?.abort();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (changed.has('src') && this.src) ||
      (changed.has('progressSrc') && this.progressSrc) ||
      (changed.has('unitsSrc') && this.unitsSrc)
    ) {
      if (changed.has('src') && this.src) this.planFrom = 'src';
      if (changed.has('progressSrc') && this.progressSrc) this.progressFrom = 'src';
      void this.load();
    }
    if (changed.has('unit')) this.unitFilter = this.unit ?? '';
    if (changed.has('units')) this.unitNames = new Map(this.units.map((u) => [u.id, u.shortName ?? u.name]));
    if (
      changed.has('unit') ||
      changed.has('today') ||
      changed.has('dueSoonWorkdays') ||
      changed.has('yellowWorkdays') ||
      changed.has('redOverdueWorkdays') ||
      changed.has('units')
    ) {
      this.compute();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Data

  /** Fetches the `*-src` URLs; with `only`, just those (a retry of the ones that failed). */
  private async load(only?: ReadonlySet<string>): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const jobs: Promise<void>[] = [];
    this.loading = true;
    this.problems = only ? this.problems.filter((p) => !only.has(p.url)) : [];
    const read = async (url: string, accept: (json: unknown) => void) => {
      if (only && !only.has(url)) return;
      const r = await this.fetchJson(url, controller.signal);
      if (controller.signal.aborted) return;
      if ('problem' in r) this.problems = [...this.problems, r.problem];
      else accept(r.json);
    };
    if (this.src && this.planFrom === 'src') jobs.push(read(this.src, (json) => this.acceptPlan(json, this.src!)));
    if (this.unitsSrc) jobs.push(read(this.unitsSrc, (json) => this.acceptUnits(json, this.unitsSrc!)));
    if (this.progressSrc && this.progressFrom === 'src') {
      jobs.push(read(this.progressSrc, (json) => this.acceptProgress(json, this.progressSrc!)));
    }
    await Promise.all(jobs);
    if (!controller.signal.aborted) this.loading = false;
  }

  private async fetchJson(url: string, signal: AbortSignal): Promise<{ json: unknown } | { problem: FetchProblem }> {
    try {
      const response = await fetch(new URL(url, document.baseURI).href, { credentials: 'omit', mode: 'cors', signal });
      if (!response.ok) return { problem: { url, code: 'task-board.fetch.status', params: { url, status: response.status } } };
      const text = await response.text();
      try {
        return { json: JSON.parse(text) as unknown };
      } catch {
        return { problem: { url, code: 'task-board.fetch.json', params: { url } } };
      }
    } catch {
      return { problem: { url, code: 'task-board.fetch.network', params: { url } } };
    }
  }

  private acceptPlan(json: unknown, source: string): void {
    const r = validatePlan(json);
    this.planData = r.value;
    // Progress read before this plan is checked again against it (unknown item ids).
    if (this.rawProgress !== undefined) this.checkProgress(this.rawProgress.json, this.rawProgress.source);
    this.issuesList = [
      ...this.issuesList.filter((i) => i.kind !== 'plan'),
      ...r.issues.map((i) => ({ ...i, kind: 'plan' as const, source })),
    ];
    this.compute();
    this.emitLoad();
  }

  /** A unit directory from `units-src`: validated by core; its problems are listed like the others. */
  private acceptUnits(json: unknown, source: string): void {
    const r = createUnitDirectory(Array.isArray(json) ? json : [json]);
    this.issuesList = [
      ...this.issuesList.filter((i) => i.kind !== 'units'),
      ...(r.ok ? [] : r.issues).map((i) => ({ ...i, kind: 'units' as const, source })),
    ];
    if (r.ok) this.units = r.value.all();
  }

  private acceptProgress(json: unknown, source: string): void {
    this.rawProgress = { json, source };
    this.checkProgress(json, source);
    this.compute();
    this.emitLoad();
  }

  /** Validates a progress log against the current plan; the element's own edits are kept. */
  private checkProgress(json: unknown, source: string): void {
    const r = validateProgress(json, this.planData);
    this.progressData = [...(r.value ?? []), ...this.edits];
    this.issuesList = [
      ...this.issuesList.filter((i) => i.kind !== 'progress'),
      ...r.issues.map((i) => ({ ...i, kind: 'progress' as const, source })),
    ];
  }

  private emitLoad(): void {
    this.emit('gk-task-board-load', {
      tasks: this.planData?.tasks.length ?? 0,
      items: this.rows.length,
      updates: this.progressData.length,
      issues: this.issuesList.slice(),
    });
  }

  /** The day counted from: `today`, else the current day in China. */
  private get day(): string {
    if (this.today) {
      const r = parseCalendarDate(this.today);
      if (r.ok) return r.value;
    }
    return todayInChina(new Date());
  }

  private num(v: number | string | null): number | undefined {
    if (v === null || v === '') return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  }

  /** Runs core's taskStatusAt and the filters (in event handlers, never in render). */
  private compute(keepPage = false): void {
    const plan = this.planData;
    if (!plan) {
      this.status = undefined;
      this.rows = [];
      this.filtered = [];
      return;
    }
    const escalation: EscalationOptions = {};
    const yellow = this.num(this.yellowWorkdays);
    const red = this.num(this.redOverdueWorkdays);
    if (yellow !== undefined) escalation.yellowWorkdaysLeft = yellow;
    if (red !== undefined) escalation.redOverdueWorkdays = red;
    const soon = this.num(this.dueSoonWorkdays);
    const today = this.day;
    this.countedDay = today;
    this.status = taskStatusAt(plan, this.progressData, today, { ...(soon !== undefined ? { dueSoonWorkdays: soon } : {}), escalation });
    const byId = new Map(this.status.items.map((s) => [s.itemId, s]));
    const latest = new Map<string, ProgressUpdate>();
    for (const u of [...this.progressData].sort((a, b) => a.date.localeCompare(b.date))) if (u.date <= today) latest.set(u.itemId, u);
    this.rows = plan.tasks.flatMap((task) =>
      task.items.map((item) => ({ task, item, status: byId.get(item.id)!, latest: latest.get(item.id) })),
    );
    this.searchText = new Map(
      this.rows.map(({ task, item }) => [
        item.id,
        [task.title, item.units.text, item.deadline.text, ...item.requirements].join('\n').normalize('NFKC').toLowerCase(),
      ]),
    );
    this.applyFilters(keepPage);
  }

  /** The units of a filter value: one unit id, or every unit of a group. */
  private unitsOf(value: string): Set<string> | undefined {
    if (!value) return undefined;
    const group = GROUPS.find((g) => g.id === value);
    if (!group) return new Set([value]);
    return new Set(this.units.filter((u) => u.kind !== undefined && group.kinds.includes(u.kind)).map((u) => u.id));
  }

  private applyFilters(keepPage = false): void {
    const units = this.unitsOf(this.unitFilter);
    const q = this.query.trim().normalize('NFKC').toLowerCase();
    const terms = q ? q.split(/\s+/u) : [];
    this.filtered = this.rows.filter(({ item, status }) => {
      if (units && !status.units.some((u) => units.has(u))) return false;
      if (this.statusFilter === 'overdue' ? status.state !== 'overdue' : this.statusFilter && status.progress !== this.statusFilter)
        return false;
      if (this.overdueOnly && status.state !== 'overdue') return false;
      if ((this.from || this.to) && !status.due) return false;
      if (this.from && status.due! < this.from) return false;
      if (this.to && status.due! > this.to) return false;
      if (terms.length > 0) {
        const hay = this.searchText.get(item.id) ?? '';
        if (!terms.every((t) => hay.includes(t))) return false;
      }
      return true;
    });
    if (!keepPage) this.limit = PAGE;
  }

  private setFilter(patch: () => void, push = true): void {
    patch();
    this.applyFilters();
    // The count reaches screen readers after the visitor stops changing filters.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.t('task-board.results', { n: this.filtered.length, total: this.rows.length });
    }, 500);
    if (push) this.writeHash();
  }

  // -------------------------------------------------------------------------------------------
  // URL state

  private get namespace(): string {
    return this.id || 'gk-task-board';
  }

  private applyHash(): void {
    const s = readHashState(location.hash, this.namespace);
    this.lastHash = location.hash;
    // Keys left out of the hash mean the defaults.
    this.view = (TASK_BOARD_VIEWS as readonly string[]).includes(s.view ?? '')
      ? (s.view as GkTaskBoardView)
      : (this.authoredView ?? 'task');
    this.unitFilter = s.unit ?? '';
    this.statusFilter = (STATUS_FILTERS as readonly string[]).includes(s.status ?? '') ? ((s.status ?? '') as StatusFilter) : '';
    this.query = s.q ?? '';
    this.from = parseCalendarDate(s.from ?? '').ok ? s.from! : '';
    this.to = parseCalendarDate(s.to ?? '').ok ? s.to! : '';
    this.overdueOnly = s.overdue === '1';
    this.applyFilters();
  }

  private writeHash(): void {
    if (!this.urlState) return;
    const hash = writeHashState(location.hash, this.namespace, {
      view: this.view === (this.authoredView ?? 'task') ? '' : this.view,
      unit: this.unitFilter,
      status: this.statusFilter,
      q: this.query.trim(),
      from: this.from,
      to: this.to,
      overdue: this.overdueOnly ? '1' : '',
    });
    if (hash === location.hash) return;
    history.pushState(markHistoryState(history.state, this.namespace), '', `${location.pathname}${location.search}${hash}`);
    this.lastHash = location.hash;
  }

  // -------------------------------------------------------------------------------------------
  // Editing

  private unitName(id: string): string {
    return this.unitNames.get(id) ?? id;
  }

  private onSave(e: SubmitEvent, row: Row): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const status = String(data.get('status') ?? '') as ProgressStatus;
    const note = String(data.get('note') ?? '').trim();
    const url = String(data.get('evidence') ?? '').trim();
    const update: ProgressUpdate = {
      itemId: row.item.id,
      date: this.day,
      status: (PROGRESS_STATUSES as readonly string[]).includes(status) ? status : row.status.progress,
      ...(note ? { note } : {}),
      ...(url ? { evidence: [{ url }] } : {}),
    };
    // Core's progress schema decides what is valid (http/https evidence, the note's length); its
    // issues are put on the field they name. What was typed stays in the form.
    const errors = validateProgress([update], this.planData).issues.map((issue) => {
      const field = issue.path[2] === 'note' || issue.path[2] === 'evidence' ? issue.path[2] : 'status';
      const code: MessageCode =
        field === 'note'
          ? 'plan.progress.note-too-long'
          : field === 'evidence'
            ? 'plan.progress.evidence-url'
            : (issue.code as MessageCode);
      return { field, code, params: issue.params };
    });
    this.editErrors = { ...this.editErrors, [row.item.id]: errors };
    if (errors.length > 0) {
      void this.updateComplete.then(() => form.querySelector<HTMLElement>(`[name="${errors[0]!.field}"]`)?.focus());
      return;
    }
    const accepted = this.dispatchEvent(
      new CustomEvent('gk-progress-change', {
        detail: { update, previous: row.status.progress },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (accepted) {
      this.edits = [...this.edits, update];
      this.progressData = [...this.progressData, update];
      this.compute(true);
      form.reset();
      this.announcement = this.t('task-board.edit.saved', { id: row.item.id });
      // The item may have moved (another status column): focus it where it is now.
      void this.updateComplete.then(() => {
        const article = this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(row.item.id)}`)?.closest('article');
        article?.querySelector<HTMLElement>('[part~="editor"] > summary')?.focus();
        article?.scrollIntoView({ block: 'nearest' });
      });
    } else {
      this.announcement = this.t('task-board.edit.canceled', { id: row.item.id });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Exports

  private download(text: string, type: string, ext: string): void {
    const blob = new Blob([text], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.t('task-board.export.filename', { date: this.day, ext });
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  private exportJson(): void {
    this.download(progressToJson(this.progressData), 'application/json;charset=utf-8', 'json');
  }

  private exportCsv(): void {
    if (!this.planData || !this.status) return;
    this.download(planToCsv(this.planData, this.status, this.resolvedLang), 'text/csv;charset=utf-8', 'csv');
  }

  private exportIcs(): void {
    if (!this.planData || !this.status) return;
    const ics = planToIcs(this.planData, this.status, { stamp: new Date().toISOString(), lang: this.resolvedLang });
    // An iCalendar needs at least one event (RFC 5545); say so instead of writing an empty one.
    if (ics.events.length === 0) this.announcement = this.t('task-board.export.ics-empty');
    else this.download(ics.ics, 'text/calendar;charset=utf-8', 'ics');
  }

  // -------------------------------------------------------------------------------------------
  // Render

  /** The title's heading level from `heading-level` (2–6). */
  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  override render(): TemplateResult {
    const plan = this.planData;
    const status = this.status;
    const invalidToday = this.today !== null && this.today !== '' && !parseCalendarDate(this.today).ok;
    return html`<div part="base" class="base" lang=${this.resolvedLang}>
      <div part="header" class="header">
        ${heading(this.level, 'title', 'title', this.t('task-board.title', { title: plan?.title ?? '' }))}
        ${plan ? html`<p class="muted">${this.t('task-board.meta', { issuer: plan.issuer, date: plan.issueDate, today: this.countedDay || this.day })}</p>` : nothing}
        ${this.progressData.some((u) => u.example) ? html`<p class="example">${this.t('task-board.example')}</p>` : nothing}
        ${
          status
            ? html`<p class="summary">
                ${this.t('task-board.summary', {
                  tasks: plan!.tasks.length,
                  items: status.items.length,
                  done: status.items.filter((i) => i.progress === 'done').length,
                  overdue: status.items.filter((i) => i.state === 'overdue').length,
                })}
              </p>`
            : nothing
        }
        ${invalidToday ? html`<p part="status" class="problem" role="alert">${this.t('task-board.attr.today', { value: this.today })}</p>` : nothing}
        ${this.renderAttributeProblems()}
      </div>
      ${this.renderProblems()} ${this.renderBody()}
      <div class="live" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** Located errors for attributes with values the element cannot use (it falls back to the default). */
  private renderAttributeProblems(): TemplateResult | typeof nothing {
    const problems: string[] = [];
    const numeric: [string, number | string | null][] = [
      ['due-soon-workdays', this.dueSoonWorkdays],
      ['yellow-workdays', this.yellowWorkdays],
      ['red-overdue-workdays', this.redOverdueWorkdays],
    ];
    for (const [name, value] of numeric) {
      if (value !== null && value !== '' && this.num(value) === undefined) {
        problems.push(this.t('attr.invalid', { name, value, reason: this.t('attr.not-integer', { value }) }));
      }
    }
    if (!(TASK_BOARD_VIEWS as readonly string[]).includes(this.view)) {
      problems.push(this.t('attr.invalid', { name: 'view', value: this.view, reason: this.t('task-board.attr.view') }));
    }
    return problems.length === 0
      ? nothing
      : html`<div part="status" class="problem" role="alert">
          <ul>
            ${problems.map((p) => html`<li>${p}</li>`)}
          </ul>
        </div>`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    const issues = this.issuesList;
    return html`${
      this.problems.length > 0
        ? html`<div part="status" class="problem" role="alert">
            <ul>
              ${this.problems.map((p) => html`<li>${this.t(p.code, p.params)}</li>`)}
            </ul>
            <button type="button" class="button" @click=${() => void this.load(new Set(this.problems.map((p) => p.url)))}>
              ${this.t('task-board.retry')}
            </button>
          </div>`
        : nothing
    }
    ${
      issues.length > 0
        ? html`<section part="issues" class="issues" aria-labelledby="issues-heading">
            ${heading(this.level + 1, 'issues-heading', 'issues-heading', this.t('task-board.issues.heading', { n: issues.length }))}
            ${this.planData ? html`<p>${this.t('task-board.issues.kept')}</p>` : nothing}
            <ul>
              ${issues.map((i: Issue) => html`<li>${this.issueText(i)}</li>`)}
            </ul>
          </section>`
        : nothing
    }`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.loading && !this.planData) return html`<p part="status" class="status" role="status">${this.t('task-board.loading')}</p>`;
    if (!this.planData)
      return this.issuesList.length > 0 ? nothing : html`<p part="status" class="status">${this.t('task-board.no-data')}</p>`;
    return html`${this.renderToolbar()} ${this.renderFilters()}
      <p class="count" id="count">${this.t('task-board.results', { n: this.filtered.length, total: this.rows.length })}</p>
      ${
        this.filtered.length === 0 && this.view !== 'unit'
          ? html`<div part="status" class="status">
              <p>${this.t('task-board.no-results')}</p>
              <button type="button" class="button secondary" @click=${() => this.resetFilters()}>
                ${this.t('task-board.filter.reset')}
              </button>
            </div>`
          : this.view === 'status'
            ? this.renderByStatus()
            : this.view === 'unit'
              ? this.renderByUnit()
              : this.view === 'month'
                ? this.renderByMonth()
                : this.renderByTask()
      }
      ${this.printer.printing ? this.renderPrint() : nothing}`;
  }

  private resetFilters(): void {
    this.setFilter(() => {
      this.unitFilter = '';
      this.statusFilter = '';
      this.from = '';
      this.to = '';
      this.query = '';
      this.overdueOnly = false;
    });
  }

  private renderToolbar(): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <div class="views" role="group" aria-label=${this.t('task-board.view.label')}>
        ${TASK_BOARD_VIEWS.map(
          (v) =>
            html`<button
              type="button"
              class="button toggle"
              aria-pressed=${this.view === v ? 'true' : 'false'}
              @click=${() => {
                this.view = v;
                this.limit = PAGE;
                this.writeHash();
              }}
            >
              ${this.t(`task-board.view.${v}` as MessageCode)}
            </button>`,
        )}
      </div>
      <div class="exports" role="group" aria-label=${this.t('task-board.export.label')}>
        <button type="button" class="button secondary" @click=${() => this.exportJson()}>${this.t('task-board.export.json')}</button>
        <button type="button" class="button secondary" @click=${() => this.exportCsv()}>${this.t('task-board.export.csv')}</button>
        <button type="button" class="button secondary" @click=${() => this.exportIcs()}>${this.t('task-board.export.ics')}</button>
        <button type="button" class="button secondary" @click=${() => void this.printer.print()}>${this.t('task-board.print')}</button>
      </div>
    </div>`;
  }

  /** The unit options: the groups (when units with kinds are given), then each unit in the plan. */
  private unitOptions(): TemplateResult {
    const ids = [...new Set(this.rows.flatMap((r) => r.status.units))].sort((a, b) =>
      this.unitName(a).localeCompare(this.unitName(b), 'zh-CN'),
    );
    const groups = GROUPS.filter((g) => this.units.some((u) => u.kind !== undefined && g.kinds.includes(u.kind)));
    return html`${
        groups.length > 0
          ? html`<optgroup label=${this.t('task-board.groups')}>
              ${groups.map((g) => html`<option value=${g.id} ?selected=${this.unitFilter === g.id}>${this.t(g.code)}</option>`)}
            </optgroup>`
          : nothing
      }
      <optgroup label=${this.t('task-board.units')}>
        ${ids.map((id) => html`<option value=${id} ?selected=${this.unitFilter === id}>${this.unitName(id)}</option>`)}
      </optgroup>`;
  }

  private renderFilters(): TemplateResult {
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${this.t('task-board.filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <label class="field">
        <span class="label">${this.t('task-board.filter.search')}</span>
        <input
          class="input"
          type="search"
          name="q"
          .value=${this.query}
          @input=${(e: InputEvent) => {
            if (e.isComposing) return;
            this.setFilter(() => (this.query = (e.target as HTMLInputElement).value), false);
          }}
          @compositionend=${(e: CompositionEvent) => this.setFilter(() => (this.query = (e.target as HTMLInputElement).value), false)}
          @change=${() => this.writeHash()}
        />
      </label>
      <label class="field">
        <span class="label">${this.t('task-board.filter.unit')}</span>
        <select
          class="input"
          name="unit"
          .value=${this.unitFilter}
          @change=${(e: Event) => this.setFilter(() => (this.unitFilter = (e.target as HTMLSelectElement).value))}
        >
          <option value="" ?selected=${this.unitFilter === ''}>${this.t('task-board.filter.unit.all')}</option>
          ${this.unitOptions()}
        </select>
      </label>
      <label class="field">
        <span class="label">${this.t('task-board.filter.status')}</span>
        <select
          class="input"
          name="status"
          .value=${this.statusFilter}
          @change=${(e: Event) => this.setFilter(() => (this.statusFilter = (e.target as HTMLSelectElement).value as StatusFilter))}
        >
          ${STATUS_FILTERS.map(
            (f) =>
              html`<option value=${f} ?selected=${this.statusFilter === f}>
                ${
                  f === ''
                    ? this.t('task-board.filter.status.all')
                    : f === 'overdue'
                      ? this.t('task-board.filter.status.overdue')
                      : this.t(`plan.progress.status.${f}` as MessageCode)
                }
              </option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span class="label">${this.t('task-board.filter.from')}</span>
        <input
          class="input"
          type="date"
          name="from"
          .value=${this.from}
          @change=${(e: Event) => this.setFilter(() => (this.from = (e.target as HTMLInputElement).value))}
        />
      </label>
      <label class="field">
        <span class="label">${this.t('task-board.filter.to')}</span>
        <input
          class="input"
          type="date"
          name="to"
          .value=${this.to}
          @change=${(e: Event) => this.setFilter(() => (this.to = (e.target as HTMLInputElement).value))}
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="overdue"
          .checked=${this.overdueOnly}
          @change=${(e: Event) => this.setFilter(() => (this.overdueOnly = (e.target as HTMLInputElement).checked))}
        />
        <span>${this.t('task-board.filter.overdue-only')}</span>
      </label>
      <button type="button" class="button secondary" @click=${() => this.resetFilters()}>${this.t('task-board.filter.reset')}</button>
    </form>`;
  }

  /** The deadline chip: words from core's messages, the escalation level as text and shape. */
  private chip(s: ItemStatus): TemplateResult {
    const text = itemDeadlineText(s, this.resolvedLang);
    const level = s.escalation ?? (s.progress === 'done' ? 'done' : 'none');
    return html`<span part="chip" class="chip ${level}" data-state=${s.state}>
      <span class="dot" aria-hidden="true"></span
      >${text}${s.escalation ? html`<span class="vh"> ${this.t(`plan.escalation.${s.escalation}` as MessageCode)}</span>` : nothing}
    </span>`;
  }

  private renderItem(row: Row, compact = false): TemplateResult {
    const { item, status, latest } = row;
    const units = item.units;
    const errors = this.editErrors[item.id] ?? [];
    const errorFor = (field: string) => errors.find((e) => e.field === field);
    const fieldId = (f: string) => `edit-${item.id}-${f}`;
    return html`<article part="item" class="item ${status.escalation ?? ''}" aria-labelledby="item-${item.id}">
      <p class="item-head">
        <span id="item-${item.id}" class="item-id">${this.t('task-board.item.label', { id: item.id })}</span>
        ${this.chip(status)}
        <span class="progress-status">${this.t(`plan.progress.status.${status.progress}` as MessageCode)}</span>
      </p>
      ${compact ? html`<p class="task-title">${row.task.number}. ${row.task.title}</p>` : nothing}
      <ol class="requirements">
        ${item.requirements.map((r) => html`<li>${r}</li>`)}
      </ol>
      <dl class="facts">
        <dt>${this.t('task-board.filter.unit')}</dt>
        <dd>
          ${units.text}
          ${
            units.resolved.length > 1 || units.text !== units.resolved.map((u) => this.unitName(u)).join('、')
              ? html`<details class="units" ?open=${this.openUnits.has(item.id)} @toggle=${(e: Event) => this.toggleUnits(item.id, e)}>
                  <summary>${this.t('task-board.units.expand', { n: units.resolved.length })}</summary>
                  ${this.openUnits.has(item.id) ? this.unitList(item) : nothing}
                </details>`
              : nothing
          }
        </dd>

        <dt>${this.t('task-board.deadline')}</dt>
        <dd>${item.deadline.text}${status.due ? html` <span class="muted">(${status.due})</span>` : nothing}</dd>
        ${
          latest?.note
            ? html`<dt>${this.t('task-board.progress.note')}</dt>
                <dd>${latest.note}</dd>`
            : nothing
        }
        ${
          latest?.evidence?.length
            ? html`<dt>${this.t('task-board.progress.evidence')}</dt>
                <dd>
                  ${latest.evidence.map((ev) =>
                    isHttpUrl(ev.url.trim())
                      ? html`<a href=${ev.url.trim()}>${ev.title ?? ev.url}</a> `
                      : html`<span>${ev.title ?? ev.url}</span> `,
                  )}
                </dd>`
            : nothing
        }
        ${
          latest
            ? html`<dt class="vh">${this.t('task-board.progress')}</dt>
                <dd class="muted">${this.t('task-board.progress.latest', { date: latest.date })}</dd>`
            : nothing
        }
      </dl>
      ${
        this.editable
          ? html`<details part="editor" class="editor">
              <summary class="button secondary">${this.t('task-board.edit.open', { id: item.id })}</summary>
              <form @submit=${(e: SubmitEvent) => this.onSave(e, row)} novalidate>
                <label class="field" for=${fieldId('status')}>
                  <span class="label">${this.t('task-board.edit.status')}</span>
                </label>
                <select class="input" id=${fieldId('status')} name="status">
                  ${PROGRESS_STATUSES.map(
                    (p) =>
                      html`<option value=${p} ?selected=${p === status.progress}>
                        ${this.t(`plan.progress.status.${p}` as MessageCode)}
                      </option>`,
                  )}
                </select>
                <label class="field" for=${fieldId('note')}><span class="label">${this.t('task-board.edit.note')}</span></label>
                <textarea
                  class="input"
                  id=${fieldId('note')}
                  name="note"
                  rows="3"
                  aria-invalid=${errorFor('note') ? 'true' : 'false'}
                  aria-describedby=${errorFor('note') ? fieldId('note-error') : nothing}
                ></textarea>
                ${
                  errorFor('note')
                    ? html`<p class="error" id=${fieldId('note-error')}>${this.t(errorFor('note')!.code, errorFor('note')!.params)}</p>`
                    : nothing
                }
                <label class="field" for=${fieldId('evidence')}><span class="label">${this.t('task-board.edit.evidence')}</span></label>
                <input
                  class="input"
                  id=${fieldId('evidence')}
                  name="evidence"
                  type="url"
                  inputmode="url"
                  aria-invalid=${errorFor('evidence') ? 'true' : 'false'}
                  aria-describedby=${errorFor('evidence') ? `${fieldId('evidence-error')} ${fieldId('evidence-hint')}` : fieldId('evidence-hint')}
                />
                <p class="hint" id=${fieldId('evidence-hint')}>${this.t('task-board.edit.evidence.hint')}</p>
                ${errorFor('evidence') ? html`<p class="error" id=${fieldId('evidence-error')}>${this.t(errorFor('evidence')!.code, errorFor('evidence')!.params)}</p>` : nothing}
                <button type="submit" class="button">${this.t('task-board.edit.save')}</button>
              </form>
            </details>`
          : nothing
      }
    </article>`;
  }

  private toggleUnits(id: string, e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === this.openUnits.has(id)) return;
    const next = new Set(this.openUnits);
    if (open) next.add(id);
    else next.delete(id);
    this.openUnits = next;
  }

  /** The resolved units of an item, with their role when the text names a lead unit. */
  private unitList(item: TaskItem): TemplateResult {
    const units = item.units;
    const roles = units.lead.length > 0 && units.lead.length < units.resolved.length;
    return html`<ul class="unit-list">
        ${units.resolved.map(
          (u) =>
            html`<li>
              ${this.unitName(u)}${
                roles
                  ? html` <span class="muted"
                      >(${this.t(units.lead.includes(u) ? 'task-board.role.lead' : 'task-board.role.cooperating')})</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${
        units.unresolved.length > 0
          ? html`<p class="muted">
              ${this.t('task-board.units.unresolved', { names: units.unresolved.join(this.resolvedLang === 'en' ? ', ' : '、') })}
            </p>`
          : nothing
      }`;
  }

  private more(shown: number, total: number): TemplateResult | typeof nothing {
    return shown < total
      ? html`<button type="button" class="button secondary more" @click=${() => (this.limit += PAGE)}>
          ${this.t('task-board.more', { n: total - shown })}
        </button>`
      : nothing;
  }

  private renderByTask(): TemplateResult {
    const tasks: { task: Task; rows: Row[] }[] = [];
    for (const row of this.filtered) {
      const last = tasks[tasks.length - 1];
      if (last && last.task === row.task) last.rows.push(row);
      else tasks.push({ task: row.task, rows: [row] });
    }
    const shown = tasks.slice(0, this.limit);
    return html`<div class="tasks">
      ${shown.map(({ task, rows }) => {
        const rollup = this.status!.byTask.find((t) => t.number === task.number)!;
        return html`<section part="task" class="task" aria-labelledby="task-${task.number}">
          ${heading(
            this.level + 1,
            `task-${task.number}`,
            'task-title-heading',
            html`<span class="task-number">${task.number}</span> ${task.title}`,
          )}
          <p class="muted">${this.t('plan.rollup.share', { done: rollup.done, items: rollup.items })}</p>
          ${repeat(
            rows,
            (r) => r.item.id,
            (r) => this.renderItem(r),
          )}
        </section>`;
      })}
      ${this.more(shown.length, tasks.length)}
    </div>`;
  }

  private renderByStatus(): TemplateResult {
    return html`<div class="columns">
      ${PROGRESS_STATUSES.map((p) => {
        const rows = this.filtered.filter((r) => r.status.progress === p);
        const shown = rows.slice(0, this.limit);
        return html`<section part="column" class="column" aria-labelledby="col-${p}">
          ${heading(this.level + 1, `col-${p}`, 'column-title', html`${this.t(`plan.progress.status.${p}` as MessageCode)} (${rows.length})`)}
          ${repeat(
            shown,
            (r) => r.item.id,
            (r) => this.renderItem(r, true),
          )}
          ${this.more(shown.length, rows.length)}
        </section>`;
      })}
    </div>`;
  }

  private renderByUnit(): TemplateResult {
    const picked = this.unitFilter;
    const units = this.unitsOf(picked);
    let body: TemplateResult;
    if (!units) body = html`<p class="status" part="status">${this.t('task-board.unit.none')}</p>`;
    else {
      // Every item any of the units owes, once, by due date; items with no due date last.
      const owed = this.filtered
        .map((r) => ({ r, n: r.status.units.filter((u) => units.has(u)).length }))
        .filter((x) => x.n > 0)
        .sort(
          (a, b) =>
            (a.r.status.due ?? '9999-99-99').localeCompare(b.r.status.due ?? '9999-99-99') ||
            a.r.item.id.localeCompare(b.r.item.id, 'en', { numeric: true }),
        );
      const open = owed.filter((x) => x.r.status.progress !== 'done');
      const nextDue = open.find((x) => x.r.status.due)?.r.status.due;
      body =
        owed.length === 0
          ? html`<p class="status" part="status">${this.t('task-board.unit.nothing')}</p>`
          : html`<p class="muted">
                ${this.t('task-board.unit.open', { n: open.length })}${nextDue ? html` · ${this.t('task-board.unit.next-due', { date: nextDue })}` : nothing}
              </p>
              ${owed.map(
                ({ r, n }) =>
                  html`${units.size > 1 ? html`<p class="muted owed">${this.t('task-board.unit.owed-by', { n })}</p>` : nothing}${this.renderItem(r, true)}`,
              )}`;
    }
    return html`<section class="by-unit" aria-label=${this.t('task-board.view.unit')}>${body}</section>`;
  }

  private renderByMonth(): TemplateResult {
    // By due date, items without one last; a page of items at a time, like the other views.
    const sorted = [...this.filtered].sort((a, b) => (a.status.due ?? '9999').localeCompare(b.status.due ?? '9999'));
    const page = sorted.slice(0, this.limit * 5);
    const months = new Map<string, Row[]>();
    const none: Row[] = [];
    for (const r of page) {
      if (!r.status.due) none.push(r);
      else {
        const key = r.status.due.slice(0, 7);
        const list = months.get(key);
        if (list) list.push(r);
        else months.set(key, [r]);
      }
    }
    return html`<ol class="timeline">
        ${[...months.entries()].map(
          ([m, rows]) =>
            html`<li class="month">
              ${heading(this.level + 1, `month-${m}`, 'month-title', this.t('task-board.month.label', { year: m.slice(0, 4), month: Number(m.slice(5, 7)) }))}
              ${repeat(
                rows,
                (r) => r.item.id,
                (r) => this.renderItem(r, true),
              )}
            </li>`,
        )}
        ${
          none.length > 0
            ? html`<li class="month">
                ${heading(this.level + 1, 'month-none', 'month-title', this.t('task-board.month.none'))}
                ${repeat(
                  none,
                  (r) => r.item.id,
                  (r) => this.renderItem(r, true),
                )}
              </li>`
            : nothing
        }
      </ol>
      ${this.more(page.length, sorted.length)}`;
  }

  /**
   * The plan as the official table (core's planTable): 序号 and 工作任务 merged down each task's
   * rows, as in the plan document, plus the progress column; the caption says how many items the
   * filters left.
   */
  private renderPrint(): TemplateResult {
    const [head, ...rows] = planTable(this.planData!, this.status!, this.resolvedLang);
    const ids = new Set(this.filtered.map((r) => r.item.id));
    const items = this.rows.map((r) => r.item.id);
    const body = rows.filter((_, i) => ids.has(items[i]!));
    const span = new Array<number>(body.length).fill(0);
    for (let k = 0; k < body.length;) {
      let m = k;
      while (m < body.length && body[m]![0] === body[k]![0]) m++;
      span[k] = m - k;
      k = m;
    }
    return html`<div class="print-only">
      <table part="table" class="table">
        <caption>
          ${this.planData!.title} · ${this.t('task-board.results', { n: this.filtered.length, total: this.rows.length })}
        </caption>
        <thead>
          <tr>
            ${head!.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${body.map(
            (r, k) =>
              html`<tr>
                ${
                  span[k]! > 0
                    ? html`<td rowspan=${span[k]!}>${r[0]}</td>
                        <th scope="row" rowspan=${span[k]!}>${r[1]}</th>`
                    : nothing
                }
                ${r.slice(2).map((c) => html`<td>${c}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
