import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  dayInfo,
  deadlineStatus,
  formatDate,
  GkError,
  holidayName,
  parseCalendarDate,
  todayInChina,
  workdaysBetweenDetailed,
  type CalendarDate,
  type DayInfo,
  type DeadlineStatus,
  type Issue,
  type WorkdaysBetweenDetail,
} from '@gongkai/core';
import { GkElement } from '../../base/gk-element.js';
import type { GkDeadlineState } from '../../events.js';
import { hostStyles } from '../../styles/tokens.js';
import { deadlineStyles } from './deadline.styles.js';

export type { GkDeadlineState, GkDeadlineStateChangeDetail } from '../../events.js';

/** A problem with one attribute, still without display text. */
type AttributeProblem = { name: string; missing: true } | { name: string; missing: false; value: string; reason: Issue };

type Model =
  | { valid: false; problems: AttributeProblem[] }
  | {
      valid: true;
      due: CalendarDate;
      today: CalendarDate;
      status: DeadlineStatus;
      /** The counted interval: (today, due] before the due date, (due, today] when overdue. */
      detail: WorkdaysBetweenDetail;
    };

/** How often an element without `today` checks whether the day in China has changed. */
const CLOCK_CHECK_MS = 10 * 60 * 1000;

function issueOf(error: unknown, value: string): Issue {
  if (error instanceof GkError) return { code: error.code, path: [], params: error.params };
  return { code: 'date.invalid', path: [], params: { value } };
}

/** A calendar date inside the calendar's range, or the problem with `value`. */
function readDate(name: string, value: string): CalendarDate | AttributeProblem {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) return { name, missing: false, value, reason: parsed.issues[0]! };
  try {
    dayInfo(parsed.value); // throws CalendarRangeError outside the supported years
    return parsed.value;
  } catch (error) {
    return { name, missing: false, value, reason: issueOf(error, value) };
  }
}

/** A property value as text (a script may set a number or a Date); null and undefined give ''. */
const asText = (value: unknown): string => (value == null ? '' : String(value));

const isProblem = (v: CalendarDate | AttributeProblem): v is AttributeProblem => typeof v !== 'string';

const ICONS: Record<GkDeadlineState, SVGTemplateResult> = {
  ok: svg`<circle cx="12" cy="12" r="9"></circle><path d="M7.5 12.5l3 3 6-6.5"></path>`,
  'due-soon': svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v5.5l3.5 2"></path>`,
  'due-today': svg`<path d="M12 3l9.5 17h-19z"></path><path d="M12 9.5v5"></path><path d="M12 17.2v.1"></path>`,
  overdue: svg`<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z"></path><path d="M12 7.5v5.5"></path><path d="M12 16.2v.1"></path>`,
  invalid: svg`<rect x="3.5" y="3.5" width="17" height="17" rx="2"></rect><path d="M8.5 8.5l7 7M15.5 8.5l-7 7"></path>`,
};

function icon(state: GkDeadlineState): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[state]}</svg>`;
}

/**
 * A deadline counted in China's working days (工作日): the due date with its weekday, how many
 * working days are left (or how many it is overdue), and an expandable explanation of the
 * rest days skipped and the make-up working days counted. Every rule and every word comes
 * from @gongkai/core, so a back end shows the same answer.
 *
 * Invalid attributes never give a blank box: the element shows which attribute is wrong and why.
 *
 * @tagname gk-deadline
 * @summary A working-day deadline with its state and an explanation of how it was counted.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart date - The due date, with its weekday.
 * @csspart status - The state text and its icon; also the box that shows attribute errors.
 * @csspart explanation - The `<details>` element that explains the count.
 * @csspart provisional - The visible note that the count uses provisional calendar data (years without a State Council notice).
 *
 * @cssprop [--gk-font-family] - Font stack.
 * @cssprop [--gk-font-size-base=1rem] - Base text size.
 * @cssprop [--gk-font-size-large=1.125rem] - Text size in large-text mode (never below 18px).
 * @cssprop [--gk-line-height=1.7] - Line height.
 * @cssprop [--gk-target-size=2.75rem] - Minimum height of the explanation toggle.
 * @cssprop [--gk-target-size-large=2.75rem] - The same in large-text mode (never below 44px).
 * @cssprop [--gk-space-1=0.25rem] - Smallest spacing step (also --gk-space-2 … --gk-space-4).
 * @cssprop [--gk-radius=0.25rem] - Corner radius.
 * @cssprop [--gk-border-width=0.0625rem] - Border width.
 * @cssprop [--gk-focus-width=0.1875rem] - Width of the focus ring.
 * @cssprop [--gk-color-text=#1f2328] - Text colour.
 * @cssprop [--gk-color-text-muted=#4b5563] - Secondary text colour.
 * @cssprop [--gk-color-surface=#ffffff] - Background.
 * @cssprop [--gk-color-surface-alt=#f5f7fa] - Background of the explanation.
 * @cssprop [--gk-color-border=#6b7280] - Border colour.
 * @cssprop [--gk-color-focus=#0b57a4] - Focus ring colour.
 * @cssprop [--gk-color-ok=#1a6b32] - Text colour of the `ok` state (with --gk-color-ok-surface).
 * @cssprop [--gk-color-warning=#7a4a00] - Text colour of `due-soon` (with --gk-color-warning-surface).
 * @cssprop [--gk-color-urgent=#9a3412] - Text colour of `due-today` (with --gk-color-urgent-surface).
 * @cssprop [--gk-color-danger=#b42318] - Text colour of `overdue` and of errors (with --gk-color-danger-surface).
 *
 * @event {CustomEvent<GkDeadlineStateChangeDetail>} gk-deadline-state-change - The state changed
 * after the first render (new attributes, or a new day). Bubbles and is composed.
 */
export class GkDeadline extends GkElement {
  static override styles = [hostStyles, deadlineStyles];

  /** The due date, `YYYY-MM-DD` (a calendar day in China). Required. */
  @property({ reflect: true })
  due: string | null = null;

  /**
   * The day to count from, `YYYY-MM-DD`. Defaults to the current day in China (UTC+8),
   * whatever the visitor's time zone, and follows the clock while the page stays open.
   */
  @property({ reflect: true })
  today: string | null = null;

  /** At or below this many working days left, the state is `due-soon`. A whole number ≥ 0. */
  @property({ attribute: 'due-soon-workdays' })
  dueSoonWorkdays: number | string | null = 3;

  /**
   * The computed state, reflected for styling: `ok`, `due-soon`, `due-today`, `overdue`, or
   * `invalid` when an attribute is missing or wrong. Set by the element; read-only.
   */
  @property({ reflect: true })
  state: GkDeadlineState | undefined;

  private model: Model = { valid: false, problems: [] };
  private clockTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopClock();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.model = this.compute();
    this.state = this.model.valid ? this.model.status.state : 'invalid';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const previous = changed.get('state');
    if (changed.has('state') && previous !== undefined && this.state !== undefined) {
      this.emit('gk-deadline-state-change', { state: this.state, previousState: previous });
    }
    this.stopClock();
    if (asText(this.today).trim() === '') this.startClock();
  }

  private startClock(): void {
    const shown = this.model.valid ? this.model.today : null;
    this.clockTimer = setTimeout(() => {
      this.clockTimer = undefined;
      if (todayInChina(new Date()) !== shown) this.requestUpdate();
      else this.startClock();
    }, CLOCK_CHECK_MS);
  }

  private stopClock(): void {
    if (this.clockTimer !== undefined) clearTimeout(this.clockTimer);
    this.clockTimer = undefined;
  }

  private compute(): Model {
    const problems: AttributeProblem[] = [];

    const dueRaw = asText(this.due);
    let due: CalendarDate | undefined;
    if (dueRaw.trim() === '') {
      problems.push({ name: 'due', missing: true });
    } else {
      const r = readDate('due', dueRaw);
      if (isProblem(r)) problems.push(r);
      else due = r;
    }

    const todayRaw = asText(this.today);
    let today: CalendarDate | undefined;
    if (todayRaw.trim() === '') {
      today = todayInChina(new Date());
    } else {
      const r = readDate('today', todayRaw);
      if (isProblem(r)) problems.push(r);
      else today = r;
    }

    const soonRaw = this.dueSoonWorkdays ?? 3;
    let dueSoonWorkdays: number | undefined;
    if (typeof soonRaw === 'number' && Number.isSafeInteger(soonRaw) && soonRaw >= 0) {
      dueSoonWorkdays = soonRaw;
    } else if (typeof soonRaw === 'string' && /^\s*\d{1,9}\s*$/.test(soonRaw)) {
      dueSoonWorkdays = Number(soonRaw);
    } else {
      const value = String(soonRaw);
      problems.push({
        name: 'due-soon-workdays',
        missing: false,
        value,
        reason: { code: 'attr.not-integer', path: [], params: { value } },
      });
    }

    if (problems.length > 0 || due === undefined || today === undefined || dueSoonWorkdays === undefined) {
      return { valid: false, problems };
    }
    try {
      const status = deadlineStatus(due, today, { dueSoonWorkdays });
      const detail = status.state === 'overdue' ? workdaysBetweenDetailed(due, today) : workdaysBetweenDetailed(today, due);
      return { valid: true, due, today, status, detail };
    } catch (error) {
      // Not expected after the checks above; still show a located error, never a blank box.
      return { valid: false, problems: [{ name: 'due', missing: false, value: dueRaw, reason: issueOf(error, dueRaw) }] };
    }
  }

  private problemText(p: AttributeProblem): string {
    if (p.missing) return this.t('attr.missing', { name: p.name });
    return this.t('attr.invalid', {
      name: p.name,
      value: p.value,
      reason: this.issueText(p.reason),
    });
  }

  private statusText(status: DeadlineStatus): string {
    switch (status.state) {
      case 'due-today':
        return this.t('deadline.due-today');
      case 'overdue':
        return this.t('deadline.overdue', { n: status.workdaysOverdue });
      default:
        return status.workdaysLeft > 0 ? this.t('deadline.left', { n: status.workdaysLeft }) : this.t('deadline.last-workday');
    }
  }

  private renderDay(day: DayInfo): TemplateResult {
    const lang = this.resolvedLang;
    return html`<li class="day">
      <span class="day-date">${formatDate(day.date, lang, { weekday: true })}</span>
      <span class="day-kind">${this.t(`day.kind.${day.kind}`)}</span>
      ${day.holiday ? html`<span class="day-name">${holidayName(day.holiday, lang)}</span>` : nothing}
    </li>`;
  }

  private renderExplanation(due: CalendarDate, today: CalendarDate, status: DeadlineStatus, detail: WorkdaysBetweenDetail) {
    if (status.state === 'due-today') return nothing;
    const lang = this.resolvedLang;
    const [from, to] = status.state === 'overdue' ? [due, today] : [today, due];
    const provisional = status.provisional || detail.provisional;
    return html`<details part="explanation" class="explanation">
      <summary class="summary">
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 5l7 7-7 7"></path></svg>
        <span>${this.t('deadline.explain.toggle')}</span>
      </summary>
      <div class="explanation-body">
        <p>
          ${this.t('deadline.explain.range', {
            from: formatDate(from, lang, { weekday: true }),
            to: formatDate(to, lang, { weekday: true }),
            n: Math.abs(detail.count),
          })}
        </p>
        ${
          detail.skipped.length > 0
            ? html`<p class="list-title">${this.t('deadline.explain.skipped', { n: detail.skipped.length })}</p>
                <ul class="days skipped">
                  ${detail.skipped.map((d) => this.renderDay(d))}
                </ul>`
            : html`<p>${this.t('deadline.explain.none-skipped')}</p>`
        }
        ${
          detail.adjusted.length > 0
            ? html`<p class="list-title">${this.t('deadline.explain.adjusted', { n: detail.adjusted.length })}</p>
                <ul class="days adjusted">
                  ${detail.adjusted.map((d) => this.renderDay(d))}
                </ul>`
            : nothing
        }
        ${provisional ? html`<p class="provisional">${this.t('calendar.provisional')}</p>` : nothing}
      </div>
    </details>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const m = this.model;
    // One template for every state, so the live region stays in place and state changes
    // (invalid included) are announced.
    let content: TemplateResult;
    if (m.valid) {
      content = html`<p class="status-text">${this.statusText(m.status)}</p>`;
    } else {
      const texts = m.problems.map((p) => this.problemText(p));
      content =
        texts.length === 1
          ? html`<p class="status-text">${texts[0]}</p>`
          : html`<ul class="status-text errors">
              ${texts.map((text) => html`<li>${text}</li>`)}
            </ul>`;
    }
    return html`<div part="base" class="base" lang=${lang}>
      ${
        m.valid
          ? html`<p part="date" class="date">${this.t('deadline.due-on', { date: formatDate(m.due, lang, { weekday: true }) })}</p>`
          : nothing
      }
      <div part="status" class="status" aria-live="polite" aria-atomic="true">${icon(m.valid ? m.status.state : 'invalid')} ${content}</div>
      ${
        m.valid && (m.status.provisional || m.detail.provisional)
          ? html`<p part="provisional" class="provisional-note">${this.t('deadline.provisional-note')}</p>`
          : nothing
      }
      ${m.valid ? this.renderExplanation(m.due, m.today, m.status, m.detail) : nothing}
    </div>`;
  }
}
