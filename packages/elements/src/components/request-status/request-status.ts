import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  baseMessages,
  clockMessages,
  dayInfo,
  formatDate,
  GkError,
  parseCalendarDate,
  parseProtocolError,
  parseStatusRecord,
  requestApplicationMessages,
  requestFormMessages,
  requestStatus,
  requestStatusMessages,
  todayInChina,
  toHalfWidth,
  validateTrackingCode,
  type CalendarDate,
  type Issue,
  type MessageCode,
  type RequestStatus,
  type StatusRecord,
} from '@gongkai/core';
import { GkElement } from '../../base/gk-element.js';
import { agencyContactList } from '../../base/agency-contact.js';
import { heading, headingLevel } from '../../base/heading.js';
import type { GkRequestStatusErrorDetail, GkRequestStatusErrorKind } from '../../events.js';
import { boardLayoutStyles, controlStyles } from '../../styles/controls.js';
import { hostStyles } from '../../styles/tokens.js';
import { requestStatusStyles } from './request-status.styles.js';

export type { GkRequestStatusErrorDetail, GkRequestStatusErrorKind, GkRequestStatusLoadDetail } from '../../events.js';

/** The fields of the look-up form. */
type Field = 'code' | 'secret';

/** A failed look-up, still without display text. */
interface Failure {
  kind: GkRequestStatusErrorKind;
  status?: number;
  /** Located problems of an unreadable record. */
  issues: Issue[];
  /** The server's own error code, when it is one of the protocol's and not just "not found". */
  serverCode?: string;
}

const DEFAULT_TIMEOUT = 15000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
/** An email address safe to put after `mailto:` (no query or fragment characters). */

/**
 * True when `code` has text in the request form's catalogue, which holds the protocol's error codes.
 * (Not core's `hasMessage`: that one holds every module's catalogue, which would all end up in this
 * element's bundle.)
 */
const isRequestUiCode = (code: string): boolean => Object.prototype.hasOwnProperty.call(requestFormMessages['zh-CN'], code);

/** The secret as the server expects it: half-width, trimmed. */
const cleanSecret = (value: string): string => toHalfWidth(value).trim();

/** The canonical tracking code of what was typed, or the problem with it. */
function checkCode(value: string): { code: string } | { issue: Issue } {
  const r = validateTrackingCode(toHalfWidth(value).trim());
  return r.ok ? { code: r.code } : { issue: r.issues[0]! };
}

function checkSecret(value: string): Issue | undefined {
  const s = cleanSecret(value);
  return /^\d{4}$/u.test(s) || EMAIL.test(s) ? undefined : { code: 'request.status.secret.invalid', path: [], params: {} };
}

/** A calendar day inside the calendar's range, or the problem with `value`. */
function readDay(value: string): CalendarDate | Issue {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) return parsed.issues[0]!;
  try {
    dayInfo(parsed.value);
    return parsed.value;
  } catch (error) {
    return error instanceof GkError
      ? { code: error.code, path: [], params: error.params }
      : { code: 'date.invalid', path: [], params: { value } };
  }
}

/**
 * 依申请公开 tracking without a login: the applicant types the tracking code they got when they
 * applied and the last 4 digits of their phone (or their email); the element asks the agency's
 * status endpoint and shows the request's status as core's request clock reads the returned log:
 * the phase, the reply due date with the working days left (or overdue), what has happened, how
 * the date was worked out, what happens next, what the applicant may do now (补正 by a date; wait;
 * 行政复议 or 行政诉讼 under Art. 51), and how to reach the agency.
 *
 * The look-up is a `POST` of `{ trackingCode, secret }` as JSON to `endpoint`, without cookies
 * (`credentials: 'omit'`), aborted after `timeout` ms. Every failure (not found, network, timeout,
 * HTTP error, unreadable record) keeps what was typed and offers a retry. Nothing in the record is
 * rendered as HTML.
 *
 * @tagname gk-request-status
 * @summary The status look-up of a request for government information (no login).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart form - The look-up form.
 * @csspart field - A field of the form (label, hint, input, error).
 * @csspart input - A text input.
 * @csspart error - The text of a field's error.
 * @csspart submit - The look-up button.
 * @csspart status - The loading message; also the configuration error.
 * @csspart problem - The alert of a failed look-up (with its retry button).
 * @csspart result - The status of the request.
 * @csspart due - The reply due date and the working days left or overdue.
 * @csspart milestones - The ordered list of what has happened.
 * @csspart explanation - The `<details>` with how the due date was worked out.
 * @csspart contact - The agency's contact details.
 *
 * @cssprop [--gk-font-family] - Font stack.
 * @cssprop [--gk-font-size-base=1rem] - Base text size.
 * @cssprop [--gk-font-size-large=1.125rem] - Text size in large-text mode (never below 18px).
 * @cssprop [--gk-line-height=1.7] - Line height.
 * @cssprop [--gk-target-size=2.75rem] - Minimum height of inputs and buttons.
 * @cssprop [--gk-target-size-large=2.75rem] - The same in large-text mode (never below 44px).
 * @cssprop [--gk-space-1=0.25rem] - Smallest spacing step (also --gk-space-2 … --gk-space-4).
 * @cssprop [--gk-radius=0.25rem] - Corner radius.
 * @cssprop [--gk-border-width=0.0625rem] - Border width.
 * @cssprop [--gk-focus-width=0.1875rem] - Width of the focus ring.
 * @cssprop [--gk-color-text=#1f2328] - Text colour.
 * @cssprop [--gk-color-text-muted=#4b5563] - Hints.
 * @cssprop [--gk-color-surface=#ffffff] - Background.
 * @cssprop [--gk-color-surface-alt=#f5f7fa] - Background of panels.
 * @cssprop [--gk-color-border=#6b7280] - Border colour.
 * @cssprop [--gk-color-primary=#0b57a4] - Buttons, links and accents.
 * @cssprop [--gk-color-focus=#0b57a4] - Focus ring colour.
 * @cssprop [--gk-color-ok=#1a6b32] - Working days left (with --gk-color-ok-surface).
 * @cssprop [--gk-color-urgent=#9a3412] - Due today (with --gk-color-urgent-surface).
 * @cssprop [--gk-color-danger=#b42318] - Errors and overdue (with --gk-color-danger-surface).
 *
 * @event {CustomEvent<GkRequestStatusLoadDetail>} gk-request-status-load - A record was looked up (or set through `record`) and is shown. Bubbles and is composed.
 * @event {CustomEvent<GkRequestStatusErrorDetail>} gk-request-status-error - A look-up failed, or the `record` set is invalid. Bubbles and is composed.
 */
export class GkRequestStatus extends GkElement {
  static override styles = [hostStyles, boardLayoutStyles, controlStyles, requestStatusStyles];
  static override catalogues = [baseMessages, clockMessages, requestApplicationMessages, requestFormMessages, requestStatusMessages];

  /** The status look-up URL: the element POSTs `{ trackingCode, secret }` there as JSON. Required for look-ups. */
  @property({ reflect: true })
  endpoint: string | null = null;

  /** The day to count to, `YYYY-MM-DD` (a day in China). Default: today in China. */
  @property({ reflect: true })
  today: string | null = null;

  /** A tracking code to prefill (for example from a link in a notification). */
  @property()
  code: string | null = null;

  /** How long to wait for the server, in milliseconds (default 15000). */
  @property({ type: Number })
  timeout = DEFAULT_TIMEOUT;

  /** The level of the title heading (2–6), to fit the page's outline; the result's headings are one below. */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string = 2;

  @state() private codeValue = '';
  @state() private secretValue = '';
  @state() private fieldErrors: Partial<Record<Field, Issue>> = {};
  @state() private loading = false;
  @state() private failure: Failure | undefined;
  @state() private shown: StatusRecord | undefined;
  @state() private status: RequestStatus | undefined;
  private controller: AbortController | undefined;
  private composing = false;
  /** Where focus goes after the next render. */
  private focusAfterRender: string | undefined;

  /**
   * The status record shown (core's StatusRecord: `{ trackingCode, agency, events }`). Set it to
   * show a record without a look-up (a back end that already has it, a demo); it is validated
   * at once, and an invalid one shows the located problems. Reading gives the valid record shown,
   * or undefined.
   */
  get record(): StatusRecord | undefined {
    return this.shown;
  }

  set record(value: unknown) {
    this.controller?.abort();
    this.loading = false;
    if (value === undefined || value === null) {
      this.shown = undefined;
      this.status = undefined;
      this.failure = undefined;
      return;
    }
    this.accept(value);
  }

  constructor() {
    super();
    // A page script may set `record` before the module defines the element: take that value over.
    if (Object.prototype.hasOwnProperty.call(this, 'record')) {
      const value = (this as { record?: unknown }).record;
      delete (this as { record?: unknown }).record;
      this.record = value;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code !== null && !this.loading) this.codeValue = this.code;
    if (changed.has('today') && this.shown) this.status = this.statusOf(this.shown);
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (target === undefined) return;
    this.focusAfterRender = undefined;
    const el = this.renderRoot.querySelector<HTMLElement>(target);
    if (!el) return;
    // A heading takes focus only programmatically, so screen readers start reading at the result.
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
  }

  // -------------------------------------------------------------------------------------------
  // Data

  /** The day counted to: `today` when valid, else the current day in China. */
  private get day(): CalendarDate {
    if (this.today) {
      const d = readDay(this.today);
      if (typeof d === 'string') return d;
    }
    return todayInChina(new Date());
  }

  /** The problem with `today`, when it is set and invalid. */
  private get todayProblem(): Issue | undefined {
    if (this.today === null || this.today === '') return undefined;
    const d = readDay(this.today);
    return typeof d === 'string' ? undefined : d;
  }

  private statusOf(record: StatusRecord): RequestStatus {
    return requestStatus(record.events, { today: this.day });
  }

  /** Validates a record from the server or the `record` property, and shows it or its problems. */
  private accept(json: unknown, status?: number): void {
    const r = parseStatusRecord(json);
    if (!r.ok) {
      this.fail({ kind: 'invalid', issues: r.issues, ...(status === undefined ? {} : { status }) });
      return;
    }
    this.failure = undefined;
    this.shown = r.value;
    this.status = this.statusOf(r.value);
    this.focusAfterRender = '#result-heading';
    this.emit('gk-request-status-load', { trackingCode: r.value.trackingCode, phase: this.status.phase });
  }

  private fail(failure: Failure): void {
    this.failure = failure;
    const detail: GkRequestStatusErrorDetail = { kind: failure.kind };
    if (failure.status !== undefined) detail.status = failure.status;
    this.emit('gk-request-status-error', detail);
  }

  /** Validates the form and, when it is complete, looks the request up. */
  private async submit(): Promise<void> {
    if (this.loading || !this.endpoint) return;
    const code = checkCode(this.codeValue);
    const secretIssue = checkSecret(this.secretValue);
    const errors: Partial<Record<Field, Issue>> = {};
    if ('issue' in code) errors.code = code.issue;
    if (secretIssue) errors.secret = secretIssue;
    this.fieldErrors = errors;
    if ('issue' in code || secretIssue) {
      this.focusAfterRender = errors.code ? '#code' : '#secret';
      return;
    }
    await this.lookUp(code.code, cleanSecret(this.secretValue));
  }

  private async lookUp(trackingCode: string, secret: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.failure = undefined;
    const ms = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    let response: Response;
    let body: string;
    try {
      response = await fetch(new URL(this.endpoint ?? '', document.baseURI).href, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ trackingCode, secret }),
        signal: controller.signal,
      });
      body = await response.text();
    } catch {
      clearTimeout(timer);
      if (this.controller !== controller) return;
      this.loading = false;
      // An abort that is not ours (a new look-up, `record` set, disconnection) shows nothing.
      if (controller.signal.aborted && !timedOut) return;
      this.fail({ kind: timedOut ? 'timeout' : 'network', issues: [] });
      return;
    }
    clearTimeout(timer);
    if (this.controller !== controller) return;
    this.loading = false;
    let json: unknown;
    try {
      json = JSON.parse(body) as unknown;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const error = parseProtocolError(json);
      if (response.status === 404 || error?.code === 'request.protocol.not-found') {
        this.fail({ kind: 'not-found', status: response.status, issues: [] });
        return;
      }
      const known = error && error.code.startsWith('request.protocol.') && isRequestUiCode(error.code) ? error.code : undefined;
      this.fail({ kind: 'http', status: response.status, issues: [], ...(known ? { serverCode: known } : {}) });
      return;
    }
    if (json === undefined) {
      this.fail({ kind: 'invalid', status: response.status, issues: [] });
      return;
    }
    this.accept(json, response.status);
  }

  // -------------------------------------------------------------------------------------------
  // Form events

  private onInput(field: Field, e: InputEvent): void {
    const value = (e.target as HTMLInputElement).value;
    if (field === 'code') this.codeValue = value;
    else this.secretValue = value;
    // Only a field already marked wrong is checked while typing (so the mark goes as soon as it is
    // right); never in the middle of an IME composition.
    if (this.composing || e.isComposing) return;
    if (this.fieldErrors[field]) this.validateField(field);
  }

  private onCompositionStart(): void {
    this.composing = true;
  }

  private onCompositionEnd(field: Field, e: CompositionEvent): void {
    this.composing = false;
    const value = (e.target as HTMLInputElement).value;
    if (field === 'code') this.codeValue = value;
    else this.secretValue = value;
    if (this.fieldErrors[field]) this.validateField(field);
  }

  private onBlur(field: Field): void {
    this.composing = false;
    // Chromium blurs a focused input that a render removes (the result replacing the form).
    if (this.shown) return;
    const value = field === 'code' ? this.codeValue : this.secretValue;
    // An empty field is not an error until the form is submitted.
    if (value.trim() === '' && !this.fieldErrors[field]) return;
    this.validateField(field);
  }

  private onKeyDown(e: KeyboardEvent): void {
    // Enter that confirms an IME candidate must not submit (Safari fires compositionend first).
    if (e.key === 'Enter' && (e.isComposing || e.keyCode === 229)) e.preventDefault();
  }

  private validateField(field: Field): void {
    const value = field === 'code' ? this.codeValue : this.secretValue;
    let issue: Issue | undefined;
    if (field === 'code') {
      const r = checkCode(value);
      issue = 'issue' in r ? r.issue : undefined;
    } else issue = checkSecret(value);
    const was = this.fieldErrors[field];
    if (was?.code === issue?.code && JSON.stringify(was?.params) === JSON.stringify(issue?.params)) return;
    const next = { ...this.fieldErrors };
    if (issue) next[field] = issue;
    else delete next[field];
    this.fieldErrors = next;
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    void this.submit();
  }

  private another(): void {
    this.controller?.abort();
    this.loading = false;
    this.shown = undefined;
    this.status = undefined;
    this.failure = undefined;
    this.fieldErrors = {};
    this.codeValue = '';
    this.secretValue = '';
    this.focusAfterRender = '#code';
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  private date(d: string, weekday = false): string {
    return formatDate(d, this.resolvedLang, { weekday });
  }

  override render(): TemplateResult {
    const todayProblem = this.todayProblem;
    return html`<div part="base" class="base">
      ${heading(this.level, 'title', 'title', this.t('request.status.title'))}
      ${
        todayProblem
          ? html`<p part="status" class="problem">
              ${this.t('attr.invalid', { name: 'today', value: this.today, reason: this.issueText(todayProblem) })}
            </p>`
          : nothing
      }
      ${this.shown && this.status ? this.renderResult(this.shown, this.status) : this.renderForm()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    if (!this.endpoint) {
      return html`<p part="status" class="problem" role="alert">${this.t('attr.missing', { name: 'endpoint' })}</p>`;
    }
    return html`<p class="intro">${this.t('request.status.intro')}</p>
      <form part="form" class="form" novalidate @submit=${this.onSubmit}>
        ${this.renderField('code')} ${this.renderField('secret')}
        <div class="actions">
          <button
            part="submit"
            class="button"
            type="submit"
            aria-disabled=${this.loading ? 'true' : 'false'}
            aria-describedby=${this.loading ? 'loading' : nothing}
          >
            ${this.t('request.status.submit')}
          </button>
        </div>
      </form>
      <p id="loading" part="status" class=${this.loading ? 'status' : 'vh'} role="status">
        ${this.loading ? this.t('request.status.loading') : ''}
      </p>
      <div role="alert" class="alert">${this.failure ? this.renderFailure(this.failure) : nothing}</div>`;
  }

  private renderField(field: Field): TemplateResult {
    const error = this.fieldErrors[field];
    const isCode = field === 'code';
    const label = this.t(isCode ? 'request.status.code' : 'request.status.secret');
    const hint = this.t(isCode ? 'request.status.code.hint' : 'request.status.secret.hint');
    const describedBy = error ? `${field}-error ${field}-hint` : `${field}-hint`;
    return html`<div part="field" class=${error ? 'field invalid' : 'field'}>
      <label class="label" for=${field}>${label}</label>
      <span class="hint" id="${field}-hint">${hint}</span>
      <input
        part="input"
        class="input"
        id=${field}
        name=${field}
        type="text"
        inputmode="text"
        autocomplete="off"
        autocapitalize=${isCode ? 'characters' : 'none'}
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${isCode ? this.codeValue : this.secretValue}
        @input=${(e: InputEvent) => this.onInput(field, e)}
        @compositionstart=${this.onCompositionStart}
        @compositionend=${(e: CompositionEvent) => this.onCompositionEnd(field, e)}
        @blur=${() => this.onBlur(field)}
        @keydown=${this.onKeyDown}
      />
      ${error ? html`<p part="error" class="error" id="${field}-error">${this.issueText(error)}</p>` : nothing}
    </div>`;
  }

  private failureText(f: Failure): string {
    switch (f.kind) {
      case 'not-found':
        return this.t('request.protocol.not-found');
      case 'network':
        return this.t('request.form.failed.network');
      case 'timeout': {
        const ms = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT;
        return this.t('request.form.failed.timeout', { seconds: Math.round(ms / 100) / 10 });
      }
      case 'http': {
        const http = this.t('request.form.failed.http', { status: f.status ?? 0 });
        return f.serverCode ? `${http} ${this.t(f.serverCode as MessageCode)}` : http;
      }
      default:
        return f.issues.length > 0 ? this.t('request.status.invalid-data') : this.t('request.form.failed.invalid');
    }
  }

  private renderFailure(f: Failure): TemplateResult {
    return html`<div part="problem" class="problem" data-kind=${f.kind}>
      <p class="failed">${this.t('request.status.failed')}</p>
      <p class="reason">${this.failureText(f)}</p>
      ${
        f.issues.length > 0
          ? html`<ul class="issues-list">
              ${f.issues.map((i) => html`<li>${this.issueText(i)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.endpoint
          ? html`<button type="button" class="button secondary retry" @click=${() => void this.submit()}>
              ${this.t('request.form.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderDue(s: RequestStatus): TemplateResult {
    if (s.closed || s.due === undefined) {
      return html`<dd part="due" class="due none">${this.t('request.status.no-clock')}</dd>`;
    }
    let note: TemplateResult;
    if (s.overdue)
      note = html`<strong class="state overdue">${this.t('request.status.overdue', { days: s.workdaysOverdue ?? 0 })}</strong>`;
    else if (s.workdaysLeft === 0) note = html`<strong class="state due-today">${this.t('request.status.due-today')}</strong>`;
    else if (s.workdaysLeft !== undefined)
      note = html`<span class="state ok">${this.t('request.status.left', { days: s.workdaysLeft })}</span>`;
    else note = html``;
    return html`<dd part="due" class="due">
      <span class="due-date">${this.date(s.due, true)}</span>
      ${note} ${s.pauseOpen ? html`<p class="pause-open">${this.t('request.status.pause-open')}</p>` : nothing}
    </dd>`;
  }

  private renderResult(record: StatusRecord, s: RequestStatus): TemplateResult {
    const h = this.level + 1;
    const agency = record.agency;
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      ${heading(
        h,
        'result-heading',
        'result-heading',
        html`${this.t('request.status.code')} <span class="code" translate="no">${record.trackingCode}</span>`,
      )}
      <dl class="summary">
        <dt>${this.t('request.status.phase')}</dt>
        <dd class="phase">${this.t(`clock.phase.${s.phase}` as MessageCode)}</dd>
        <dt>${this.t('request.status.due')}</dt>
        ${this.renderDue(s)}
      </dl>
      ${
        s.issues.length > 0
          ? html`<ul class="issues">
              ${s.issues.map((i) => html`<li>${this.issueText(i)}</li>`)}
            </ul>`
          : nothing
      }
      <section class="block" aria-labelledby="rights-heading">
        ${heading(h + 1, 'rights-heading', 'block-heading', this.t('request.status.rights-heading'))}
        <p class="rights">${this.t(s.rights.code as MessageCode, s.rights.params)}</p>
      </section>
      <section class="block" aria-labelledby="next-heading">
        ${heading(h + 1, 'next-heading', 'block-heading', this.t('request.status.next'))}
        <p class="next">${this.t(s.nextStep.code as MessageCode, s.nextStep.params)}</p>
      </section>
      <section class="block" aria-labelledby="milestones-heading">
        ${heading(h + 1, 'milestones-heading', 'block-heading', this.t('request.status.milestones'))}
        <ol part="milestones" class="milestones">
          ${s.milestones.map((m) => {
            const day = m.date;
            return html`<li>
              ${day ? html`<time class="when" datetime=${day}>${this.date(day)}</time>` : nothing}
              <span class="what">${this.t(m.code as MessageCode, m.params)}</span>
            </li>`;
          })}
        </ol>
      </section>
      ${
        s.explanation.length > 0
          ? html`<details part="explanation" class="explanation">
              <summary>${this.t('request.status.explain')}</summary>
              <ol>
                ${s.explanation.map((step) => html`<li>${this.t(step.code as MessageCode, step.params)}</li>`)}
              </ol>
            </details>`
          : nothing
      }
      <section part="contact" class="block contact" aria-labelledby="contact-heading">
        ${heading(h + 1, 'contact-heading', 'block-heading', this.t('request.status.contact'))}
        <p class="agency">${agency.name}</p>
        ${agencyContactList(agency, (code) => this.t(code), 'contact-list')}
      </section>
      ${
        this.endpoint
          ? html`<div class="actions">
              <button type="button" class="button secondary again" @click=${this.another}>${this.t('request.status.again')}</button>
            </div>`
          : nothing
      }
    </section>`;
  }
}
