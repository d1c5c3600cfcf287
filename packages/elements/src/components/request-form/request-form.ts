import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  APPLICATION_PART,
  baseMessages,
  estimateReplyBy,
  IDEMPOTENCY_HEADER,
  IDENTITY_PROOF_PART,
  isHttpUrl,
  checkApplication,
  parseCalendarDate,
  parseProtocolError,
  parseSubmissionReceipt,
  protocolFieldIssues,
  PublishedIndex,
  receiptDueDate,
  requestApplicationMessages,
  requestFormMessages,
  todayInChina,
  validateCatalogue,
  type Application,
  type ApplicationIssue,
  type Issue,
  type MessageCatalogue,
  type PublishedSuggestion,
  type ReplyEstimate,
  type SubmissionReceipt,
} from '@gongkai/core';
import { agencyContactList } from '../../base/agency-contact.js';
import { GkElement } from '../../base/gk-element.js';
import { heading, headingLevel } from '../../base/heading.js';
import type { GkRequestErrorKind } from '../../events.js';
import { requestFormStyles } from './request-form.styles.js';

/** Where drafts are kept: `session` (the default: this tab only) or `none`. */
export type GkRequestFormPersist = 'session' | 'none';

/** The fields of the form, each bound to one control. */
export const REQUEST_FORM_FIELDS = [
  'kind',
  'organisationType',
  'name',
  'legalRepresentative',
  'contactPerson',
  'idType',
  'idNumber',
  'mobile',
  'landline',
  'email',
  'address',
  'postcode',
  'infoName',
  'docNumber',
  'description',
  'methods',
  'carriers',
  'acceptOtherForm',
  'purpose',
  'assistanceNeeded',
  'assistanceNeeds',
  'attachments',
  'consent',
] as const;
export type GkRequestFormField = (typeof REQUEST_FORM_FIELDS)[number];

/** What the user typed, as typed (normalised only when the application is built). */
export interface GkRequestFormValues {
  kind: 'natural-person' | 'organisation';
  organisationType: string;
  name: string;
  legalRepresentative: string;
  contactPerson: string;
  idType: string;
  idNumber: string;
  mobile: string;
  landline: string;
  email: string;
  address: string;
  postcode: string;
  infoName: string;
  docNumber: string;
  description: string;
  methods: string[];
  carriers: string[];
  acceptOtherForm: boolean;
  purpose: string;
  assistanceNeeded: boolean;
  assistanceNeeds: string;
  consent: boolean;
}

const emptyValues = (): GkRequestFormValues => ({
  kind: 'natural-person',
  organisationType: '',
  name: '',
  legalRepresentative: '',
  contactPerson: '',
  idType: 'resident-id',
  idNumber: '',
  mobile: '',
  landline: '',
  email: '',
  address: '',
  postcode: '',
  infoName: '',
  docNumber: '',
  description: '',
  methods: ['electronic'],
  carriers: ['online'],
  acceptOtherForm: true,
  purpose: '',
  assistanceNeeded: false,
  assistanceNeeds: '',
  consent: false,
});

// Core's application paths → the field that shows the issue. Group issues (no phone or email;
// no name, 文号 or description) sit on the group's first field and show only after a submit.
const PATH_FIELD: Record<string, GkRequestFormField> = {
  'applicant.kind': 'kind',
  'applicant.organisationType': 'organisationType',
  'applicant.name': 'name',
  'applicant.legalRepresentative': 'legalRepresentative',
  'applicant.contactPerson': 'contactPerson',
  identity: 'idNumber',
  'identity.type': 'idType',
  'identity.number': 'idNumber',
  contact: 'mobile',
  'contact.mobile': 'mobile',
  'contact.landline': 'landline',
  'contact.email': 'email',
  'contact.address': 'address',
  'contact.postcode': 'postcode',
  information: 'infoName',
  'information.name': 'infoName',
  'information.docNumber': 'docNumber',
  'information.description': 'description',
  delivery: 'methods',
  'delivery.methods': 'methods',
  'delivery.carriers': 'carriers',
  'delivery.acceptOtherForm': 'acceptOtherForm',
  purpose: 'purpose',
  assistance: 'assistanceNeeds',
  'assistance.needs': 'assistanceNeeds',
  'consent.given': 'consent',
  // Multipart file parts, as a server may locate a problem with an upload.
  identityProof: 'attachments',
  attachments: 'attachments',
};
const GROUP_PATHS = new Set(['contact', 'information']);

/** The field an issue belongs to (by its path, else by the first key of its path), if any. */
function fieldOf(issue: Issue): GkRequestFormField | undefined {
  const key = issue.path.join('.');
  if (key.startsWith('agency') || key.startsWith('consent.noticeVersion')) return undefined;
  return PATH_FIELD[key] ?? PATH_FIELD[String(issue.path[0])];
}

const PERSON_ID_TYPES = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-residence', 'other'];
const ORG_ID_TYPES = ['credit-code', 'other'];
const ORG_TYPES = ['commercial', 'research', 'public-interest', 'legal-services', 'other'];
const METHODS = ['paper', 'electronic', 'disc', 'on-site-reading'];
const CARRIERS = ['post', 'email', 'collect', 'fax', 'online'];
const FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
// The fields typed as text (inputs, text areas and the two selects); the rest are choices and files.
const TEXT_FIELDS = new Set<GkRequestFormField>(
  REQUEST_FORM_FIELDS.filter(
    (f) => !['kind', 'methods', 'carriers', 'acceptOtherForm', 'assistanceNeeded', 'attachments', 'consent'].includes(f),
  ),
);

interface Attachment {
  file: File;
  url?: string;
}

type Phase = 'edit' | 'submitting' | 'sheet' | 'receipt';

interface Failure {
  kind: GkRequestErrorKind;
  status?: number;
  seconds?: number;
}

interface DraftRecord {
  v: 1;
  values: Partial<GkRequestFormValues>;
  local: boolean;
  /** This tab only: the key of the last attempt, so a retry after a reload is still the same request. */
  idempotency?: { key: string; body: string };
}

let instances = 0;
let adopted: WeakSet<Document | ShadowRoot> | undefined;

/** Adopts the form's sheet into the document or shadow root the element sits in, once per root. */
function adoptStyles(root: Node, sheet: CSSResult): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  adopted ??= new WeakSet();
  if (adopted.has(root)) return;
  const constructed = sheet.styleSheet;
  if (constructed && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, constructed];
  } else {
    // Cores without constructable stylesheets (Chromium < 73, Safari < 16.4): a <style> element, as
    // Lit does for shadow roots. A CSP without 'unsafe-inline' for styles blocks it there (docs/browsers.md).
    const style = document.createElement('style');
    style.textContent = sheet.cssText;
    (root instanceof Document ? root.head : root).append(style);
  }
  adopted.add(root);
}

function randomKey(): string {
  const c = window.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function storage(kind: 'session' | 'local'): Storage | undefined {
  try {
    const s = kind === 'session' ? window.sessionStorage : window.localStorage;
    return s ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * `<gk-request-form>`: the 依申请公开 application form (条例 Art. 29).
 *
 * Fields follow core's `ApplicationSchema`; input is normalised with core's
 * `normaliseApplicationInput` and checked with `parseApplication`, and every message comes from
 * core's messages. Errors show once a field the user changed loses focus, or after a submit
 * attempt; a failed submit focuses an error summary whose links focus each field.
 *
 * Without `endpoint` it runs in paper mode: the submit button makes a filled, printable 申请表
 * (A4) and a JSON download — a written application is valid (Art. 29). With `endpoint` it POSTs
 * the application (multipart when files are attached) with an `Idempotency-Key`, and shows a
 * printable receipt.
 *
 * The form renders into light DOM so browser autofill and password managers work, and each
 * identity field carries its `autocomplete` token (ADR 0014). It is form-associated: inside a
 * host `<form>` it renders no form of its own and contributes the application JSON under its
 * `name`, with its validity.
 *
 * @tagname gk-request-form
 * @summary The 依申请公开 application form: online submission or a printable paper 申请表.
 *
 * @event {CustomEvent<GkRequestSubmitDetail>} gk-request-submit - Cancelable; before any network call or paper form. Detail: the application and the mode. Bubbles and is composed.
 * @event {CustomEvent<GkRequestSuccessDetail>} gk-request-success - The server accepted the application. Detail: the application and the receipt. Bubbles and is composed.
 * @event {CustomEvent<GkRequestErrorDetail>} gk-request-error - The submission failed. Detail: kind, HTTP status, the server's issues. Bubbles and is composed.
 * @event {CustomEvent<GkRequestDraftDetail>} gk-request-draft - A draft was restored or cleared. Detail: the action. Bubbles and is composed.
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
 * @cssprop [--gk-color-surface=#ffffff] - Background of fields and the sheet.
 * @cssprop [--gk-color-surface-alt=#f5f7fa] - Background of panels.
 * @cssprop [--gk-color-border=#6b7280] - Border colour.
 * @cssprop [--gk-color-primary=#0b57a4] - Buttons, links and accents.
 * @cssprop [--gk-color-focus=#0b57a4] - Focus ring colour.
 * @cssprop [--gk-color-ok=#1a6b32] - The receipt (with --gk-color-ok-surface).
 * @cssprop [--gk-color-warning=#7a4a00] - Notes that need attention.
 * @cssprop [--gk-color-danger=#b42318] - Errors and the error summary (with --gk-color-danger-surface).
 */
export class GkRequestForm extends GkElement {
  static override catalogues: readonly MessageCatalogue[] = [baseMessages, requestApplicationMessages, requestFormMessages];
  static formAssociated = true;
  // Light DOM: the sheet is adopted by the root node (see adoptStyles); no shadow styles.
  static override styles = [];

  /** The receiving agency's name (受理机关). Required: it is part of the application. */
  @property() agency = '';

  /** Online submission URL. Without it the form runs in paper mode. */
  @property() endpoint = '';

  /** URL of the agency's standard catalogue (JSON); turns on suggestions of already-public items. */
  @property({ attribute: 'catalogue-src' }) catalogueSrc = '';

  /** Link to the agency's privacy notice (个人信息保护告知书). */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** The notice version recorded with the consent; defaults to `privacy-href`. */
  @property({ attribute: 'privacy-version' }) privacyVersion = '';

  /** The agency relies on consent (ADR 0009): the consent box becomes required. */
  @property({ type: Boolean, attribute: 'require-consent' }) requireConsent = false;

  /** Draft storage: `session` (default, this tab only) or `none`. The user may also keep it on the device. */
  @property() persist: string = 'session';

  /** The day the form counts from, 'YYYY-MM-DD'; defaults to today in China. */
  @property() today = '';

  /** Milliseconds to wait for the server. */
  @property({ type: Number }) timeout = 30000;

  /** Largest attachment, in MB. */
  @property({ type: Number, attribute: 'max-file-mb' }) maxFileMb = 5;

  /** Most attachments. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles = 3;

  /** Level of the form's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Name under which a host `<form>` receives the application JSON. */
  @property({ reflect: true }) name = '';

  @state() private values: GkRequestFormValues = emptyValues();
  @state() private attachments: Attachment[] = [];
  @state() private attachmentError: string | undefined;
  @state() private phase: Phase = 'edit';
  @state() private shown = new Set<GkRequestFormField>();
  @state() private submitted = false;
  @state() private serverIssues: Issue[] = [];
  @state() private failure: Failure | undefined;
  @state() private receipt: SubmissionReceipt | undefined;
  @state() private sheetApplication: Application | undefined;
  @state() private suggestions: PublishedSuggestion[] = [];
  @state() private localDraft = false;
  @state() private announcement = '';
  @state() private summaryShown = false;
  @state() private draftRestored = false;

  private readonly uid = ++instances;
  private readonly internals: ElementInternals | undefined;
  private dirty = new Set<GkRequestFormField>();
  private composing = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private idempotency: { key: string; body: string } | undefined;
  private inFlight = false;
  private index: PublishedIndex | undefined;
  private catalogueAbort: AbortController | undefined;
  private restored = false;
  private focusSummary = false;
  private nested = false;

  constructor() {
    super();
    try {
      this.internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    } catch {
      this.internals = undefined;
    }
  }

  protected override createRenderRoot(): HTMLElement {
    // Fallback content a webmaster put inside the tag (a link, a phone number) is for browsers
    // that cannot run the element; once it runs, the form replaces it. (Not replaceChildren():
    // Chrome 86; the embed runs on Chromium 69+.)
    this.textContent = '';
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode(), requestFormStyles);
    this.nested = this.parentElement?.closest('form') !== null && this.parentElement !== null;
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.restored) {
      this.restored = true;
      this.restoreDraft();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.saveDraftNow();
    this.catalogueAbort?.abort();
    clearTimeout(this.suggestTimer);
    this.setPrinting(false);
    for (const a of this.attachments) if (a.url) URL.revokeObjectURL(a.url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogueSrc')) void this.loadCatalogue();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.updateFormValue();
    this.setPrinting(this.phase === 'sheet' || this.phase === 'receipt');
    if (this.focusSummary) {
      this.focusSummary = false;
      // After this update, not in it: focus leaves a field, and its blur may change state.
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.gk-summary')?.focus());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Public API

  /** The normalised application if it is valid now, else undefined. */
  get application(): Application | undefined {
    const r = this.check();
    return r.ok ? r.value : undefined;
  }

  /** The values as typed (a copy). */
  get formValues(): GkRequestFormValues {
    return structuredCloneValues(this.values);
  }

  /** Replaces the values (for a back end or a story that prefills the form). */
  set formValues(values: Partial<GkRequestFormValues>) {
    this.values = { ...emptyValues(), ...sanitiseValues(values) };
  }

  /** The host `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The element's validity in the host form (custom error while the application is not valid). */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** The first problem, in the page's language ('' when valid). */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** True when the application is valid now; shows nothing. */
  checkValidity(): boolean {
    return this.check().ok;
  }

  /** Checks the form as a submit would, shows every error and the summary; true when valid. */
  reportValidity(): boolean {
    this.submitted = true;
    const ok = this.check().ok;
    if (!ok) {
      this.summaryShown = true;
      this.focusSummary = true;
    }
    return ok;
  }

  /** Clears every field, the attachments and the drafts. */
  reset(): void {
    for (const a of this.attachments) if (a.url) URL.revokeObjectURL(a.url);
    this.values = emptyValues();
    this.attachments = [];
    this.attachmentError = undefined;
    this.shown = new Set();
    this.dirty = new Set();
    this.submitted = false;
    this.summaryShown = false;
    this.serverIssues = [];
    this.failure = undefined;
    this.receipt = undefined;
    this.sheetApplication = undefined;
    this.suggestions = [];
    this.phase = 'edit';
    this.idempotency = undefined;
    this.draftRestored = false;
  }

  // Form-associated callbacks (a host <form>).
  formResetCallback(): void {
    this.reset();
    this.clearDrafts();
  }

  formStateRestoreCallback(stateValue: unknown): void {
    if (typeof stateValue !== 'string') return;
    try {
      const parsed = JSON.parse(stateValue) as { values?: Partial<GkRequestFormValues> };
      if (parsed.values) this.values = { ...emptyValues(), ...sanitiseValues(parsed.values) };
    } catch {
      /* a state we did not write: ignore */
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Model

  private get online(): boolean {
    return this.endpoint.trim() !== '';
  }

  private todayValue(): string {
    const t = this.today.trim();
    if (t !== '' && parseCalendarDate(t).ok) return t;
    return todayInChina(new Date());
  }

  private get noticeVersion(): string {
    return this.privacyVersion.trim() || this.privacyHref.trim() || 'gongkai-default-notice';
  }

  private rawApplication(): Record<string, unknown> {
    const v = this.values;
    const org = v.kind === 'organisation';
    return {
      applicant: {
        kind: v.kind,
        ...(org
          ? { organisationType: v.organisationType, legalRepresentative: v.legalRepresentative, contactPerson: v.contactPerson }
          : {}),
        name: v.name,
      },
      identity: { type: v.idType, number: v.idNumber },
      contact: { mobile: v.mobile, landline: v.landline, email: v.email, address: v.address, postcode: v.postcode },
      information: { name: v.infoName, docNumber: v.docNumber, description: v.description },
      delivery: { methods: v.methods, carriers: v.carriers, acceptOtherForm: v.acceptOtherForm },
      purpose: v.purpose,
      ...(v.assistanceNeeded ? { assistance: { needed: true, needs: v.assistanceNeeds } } : {}),
      agency: { name: this.agency },
      consent: { given: v.consent, noticeVersion: this.noticeVersion },
    };
  }

  private checkMemo: { key: unknown[]; result: ReturnType<typeof checkApplication> } | undefined;

  /** Core's check of the current values; computed once per change of what it reads. */
  private check(): ReturnType<typeof checkApplication> {
    const key = [this.values, this.agency, this.today, this.requireConsent, this.privacyHref, this.privacyVersion];
    const memo = this.checkMemo;
    if (memo && memo.key.every((k, i) => k === key[i])) return memo.result;
    const result = checkApplication(this.rawApplication(), {
      today: this.todayValue(),
      policy: { requireConsent: this.requireConsent },
    });
    this.checkMemo = { key, result };
    return result;
  }

  /** Every current error per field (core's issues, then the server's), first one per field. */
  private fieldErrors(): Map<GkRequestFormField | 'agency', { issue: Issue; group: boolean }> {
    const out = new Map<GkRequestFormField | 'agency', { issue: Issue; group: boolean }>();
    const r = this.check();
    const issues: Issue[] = [...(r.ok ? [] : r.issues), ...this.serverIssues];
    for (const issue of issues) {
      const key = issue.path.join('.');
      if (key.startsWith('agency') || key.startsWith('consent.noticeVersion')) {
        if (!out.has('agency')) out.set('agency', { issue, group: false });
        continue;
      }
      const field = fieldOf(issue);
      if (field && !out.has(field)) out.set(field, { issue, group: GROUP_PATHS.has(key) });
    }
    if (this.attachmentError !== undefined && !out.has('attachments')) {
      out.set('attachments', { issue: { code: '', path: ['attachments'], params: { text: this.attachmentError } }, group: false });
    }
    return out;
  }

  private visibleErrors(): Map<GkRequestFormField | 'agency', string> {
    const out = new Map<GkRequestFormField | 'agency', string>();
    for (const [field, { issue, group }] of this.fieldErrors()) {
      const show =
        field === 'agency' ||
        field === 'attachments' ||
        this.submitted ||
        (!group && this.shown.has(field as GkRequestFormField)) ||
        this.serverIssues.includes(issue);
      if (!show) continue;
      out.set(field, issue.code === '' ? String(issue.params?.text ?? '') : this.issueText(issue));
    }
    return out;
  }

  /** The server's issues that point at no field of the form (an attachment part, the agency, an unknown path). */
  private looseServerIssues(): Issue[] {
    return this.serverIssues.filter((i) => fieldOf(i) === undefined);
  }

  private warnings(): ApplicationIssue[] {
    return this.check().warnings;
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  private fid(part: string): string {
    return `gk-rf${this.uid}-${part}`;
  }

  /**
   * Inside a host `<form>`, the native controls name a form that does not exist, so they have no
   * form owner: the host form gets the application from the element (ElementInternals) once, and
   * never the raw controls, their validation or their reset.
   */
  private get detachedForm(): string | typeof nothing {
    return this.nested ? this.fid('no-form') : nothing;
  }

  private setValue<K extends keyof GkRequestFormValues>(field: K, value: GkRequestFormValues[K]): void {
    this.values = { ...this.values, [field]: value };
    this.dirty.add(field as GkRequestFormField);
    if (this.serverIssues.length > 0) {
      const paths = Object.entries(PATH_FIELD)
        .filter(([, f]) => f === field)
        .map(([p]) => p);
      this.serverIssues = this.serverIssues.filter((i) => !paths.includes(i.path.join('.')));
    }
    this.scheduleSave();
  }

  private readonly onText = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const field = target.dataset.field as GkRequestFormField | undefined;
    if (!field || !TEXT_FIELDS.has(field)) return;
    // While an input method composes, the text in the box (pinyin, a candidate) is not final: it
    // stays in the box, but the model, its errors and the suggestions wait for compositionend.
    if (this.composing || (e as InputEvent).isComposing) return;
    this.setValue(field as 'name', target.value);
    if (field === 'description' || field === 'infoName') this.scheduleSuggest();
    if (target instanceof HTMLSelectElement) this.show(field);
  };

  private readonly onBlur = (e: FocusEvent): void => {
    const target = e.target as HTMLElement;
    const field = target.dataset.field as GkRequestFormField | undefined;
    // A field that loses focus because it is being removed (the 申请表 or the receipt replaces the
    // form, or the applicant kind changes) is not one the user left: nothing to show, and a state
    // change here would land in the middle of that render.
    if (!target.isConnected || this.phase === 'sheet' || this.phase === 'receipt') return;
    // A composition that never ended (the keyboard closed): take the text as it stands.
    if (this.composing) {
      this.composing = false;
      if (field && TEXT_FIELDS.has(field)) this.setValue(field as 'name', (target as HTMLInputElement).value);
    }
    if (field && this.dirty.has(field)) this.show(field);
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (e: CompositionEvent): void => {
    this.composing = false;
    const target = e.target as HTMLInputElement;
    const field = target.dataset.field as GkRequestFormField | undefined;
    if (!field || !TEXT_FIELDS.has(field)) return;
    this.setValue(field as 'name', target.value);
    if (field === 'description' || field === 'infoName') this.scheduleSuggest();
  };

  private show(field: GkRequestFormField): void {
    if (this.shown.has(field)) {
      this.requestUpdate();
      return;
    }
    this.shown = new Set([...this.shown, field]);
  }

  private onKind(kind: 'natural-person' | 'organisation'): void {
    const v = this.values;
    const idType =
      kind === 'organisation'
        ? ORG_ID_TYPES.includes(v.idType)
          ? v.idType
          : 'credit-code'
        : PERSON_ID_TYPES.includes(v.idType)
          ? v.idType
          : 'resident-id';
    this.values = { ...v, kind, idType };
    this.dirty.add('kind');
    this.scheduleSave();
  }

  private toggleIn(field: 'methods' | 'carriers', value: string, on: boolean): void {
    const list = this.values[field].filter((x) => x !== value);
    if (on) list.push(value);
    const order = field === 'methods' ? METHODS : CARRIERS;
    list.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.setValue(field, list);
    this.show(field);
  }

  private onFiles(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const errors: string[] = [];
    const next = [...this.attachments];
    for (const file of files) {
      const type = fileType(file);
      if (type === undefined) {
        errors.push(this.t('request.form.attachments.type', { name: file.name }));
        continue;
      }
      if (file.size > this.maxFileMb * 1024 * 1024) {
        errors.push(this.t('request.form.attachments.size', { name: file.name, maxMb: this.maxFileMb }));
        continue;
      }
      if (next.length >= this.maxFiles) {
        errors.push(this.t('request.form.attachments.count', { max: this.maxFiles }));
        break;
      }
      next.push(type.startsWith('image/') ? { file, url: URL.createObjectURL(file) } : { file });
    }
    this.attachments = next;
    this.attachmentError = errors.length > 0 ? errors.join('；') : undefined;
  }

  private removeFile(index: number): void {
    const a = this.attachments[index];
    if (a?.url) URL.revokeObjectURL(a.url);
    this.attachments = this.attachments.filter((_, i) => i !== index);
    this.attachmentError = undefined;
    this.querySelector<HTMLInputElement>(`#${this.fid('attachments')}`)?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Deflection

  private async loadCatalogue(): Promise<void> {
    this.catalogueAbort?.abort();
    this.index = undefined;
    this.suggestions = [];
    const src = this.catalogueSrc.trim();
    if (src === '') return;
    const ctrl = new AbortController();
    this.catalogueAbort = ctrl;
    try {
      const response = await fetch(new URL(src, document.baseURI).href, { credentials: 'omit', signal: ctrl.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json: unknown = await response.json();
      const r = validateCatalogue(json);
      if (ctrl.signal.aborted) return;
      this.index = new PublishedIndex({ items: r.value?.items ?? [] });
      this.scheduleSuggest(0);
    } catch (err) {
      if (ctrl.signal.aborted) return;
      // The form works without suggestions; the webmaster sees why in the console.
      console.warn(`[Gongkai] <gk-request-form> catalogue-src "${src}" could not be used: ${String(err)}`);
    }
  }

  private scheduleSuggest(delay = 250): void {
    clearTimeout(this.suggestTimer);
    this.suggestTimer = setTimeout(() => {
      const text = `${this.values.infoName} ${this.values.description}`.trim();
      const before = this.suggestions.length;
      this.suggestions = this.index && text.length >= 2 ? this.index.suggest(text, { limit: 3 }) : [];
      if (this.suggestions.length > 0 && this.suggestions.length !== before) {
        this.announcement = this.t('request.form.deflect.count', { count: this.suggestions.length });
      }
    }, delay);
  }

  // ---------------------------------------------------------------------------------------------
  // Drafts

  private get draftKey(): string {
    return `gk-request-form:${location.pathname}:${this.agency}`;
  }

  private get persistOn(): boolean {
    return this.persist !== 'none';
  }

  private restoreDraft(): void {
    if (!this.persistOn) return;
    const read = (s: Storage | undefined): DraftRecord | undefined => {
      try {
        const raw = s?.getItem(this.draftKey);
        if (!raw) return undefined;
        const d = JSON.parse(raw) as DraftRecord;
        return d && d.v === 1 && typeof d.values === 'object' ? d : undefined;
      } catch {
        return undefined;
      }
    };
    const d = read(storage('session')) ?? read(storage('local'));
    if (!d) return;
    this.values = { ...emptyValues(), ...sanitiseValues(d.values) };
    this.localDraft = d.local === true;
    const key = d.idempotency;
    if (key && typeof key.key === 'string' && typeof key.body === 'string') this.idempotency = { key: key.key, body: key.body };
    this.draftRestored = true;
    // Announced after the first render: a live region that appears with its text is not read out.
    void this.updateComplete.then(() => {
      this.announcement = this.t('request.form.draft.restored');
    });
    this.emit('gk-request-draft', { action: 'restored', local: this.localDraft });
  }

  private scheduleSave(): void {
    if (!this.persistOn) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraftNow(), 250);
  }

  private readonly onPageHide = (): void => {
    this.saveDraftNow();
  };

  private saveDraftNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.persistOn || this.phase === 'receipt') return;
    const values = this.values;
    // Nothing typed (or everything deleted): no draft, so the next visit announces no 已恢复.
    if (JSON.stringify(values) === JSON.stringify(emptyValues())) {
      this.clearDrafts();
      return;
    }
    const write = (s: Storage | undefined, record: DraftRecord) => {
      try {
        s?.setItem(this.draftKey, JSON.stringify(record));
      } catch {
        /* storage full or blocked: the draft is a convenience */
      }
    };
    const session: DraftRecord = { v: 1, values, local: this.localDraft };
    if (this.idempotency) session.idempotency = this.idempotency;
    write(storage('session'), session);
    if (this.localDraft) {
      // On the device: never the identity number, never files.
      write(storage('local'), { v: 1, values: { ...values, idNumber: '' }, local: true });
    }
  }

  private clearDrafts(): void {
    clearTimeout(this.saveTimer);
    for (const s of [storage('session'), storage('local')]) {
      try {
        s?.removeItem(this.draftKey);
      } catch {
        /* ignore */
      }
    }
  }

  private onLocalDraft(on: boolean): void {
    this.localDraft = on;
    if (!on) {
      try {
        storage('local')?.removeItem(this.draftKey);
      } catch {
        /* ignore */
      }
    }
    this.saveDraftNow();
  }

  private clearDraftClicked(): void {
    this.clearDrafts();
    this.reset();
    this.localDraft = false;
    this.announcement = this.t('request.form.draft.cleared');
    this.emit('gk-request-draft', { action: 'cleared', local: false });
  }

  // ---------------------------------------------------------------------------------------------
  // Submit

  private readonly onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.submit();
  };

  private onEnter(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    // Enter that confirms an input method's candidate is not a submit. Safari fires compositionend
    // first, so its Enter arrives with isComposing false but keyCode 229: that one must not submit.
    if (e.isComposing) return;
    if (e.keyCode === 229) {
      if (e.target instanceof HTMLInputElement) e.preventDefault();
      return;
    }
    // Inside a host <form> there is no form of ours: Enter in a text field submits ours, not theirs.
    if (!this.nested) return;
    const t = e.target as HTMLElement;
    if (t instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(t.type)) {
      e.preventDefault();
      void this.submit();
    }
  }

  /** Submits as the button does: validates, then makes the paper form or POSTs the application. */
  async submit(): Promise<void> {
    if (this.inFlight || this.phase !== 'edit') return;
    this.serverIssues = [];
    this.failure = undefined;
    this.submitted = true;
    const r = this.check();
    if (!r.ok || this.attachmentError !== undefined) {
      this.summaryShown = true;
      this.focusSummary = true;
      this.requestUpdate();
      return;
    }
    this.summaryShown = false;
    const application = r.value;
    const mode = this.online ? 'online' : 'paper';
    const proceed = this.dispatchEvent(
      new CustomEvent('gk-request-submit', {
        detail: { application, mode, files: this.attachments.length },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!proceed) return;
    if (mode === 'paper') {
      this.sheetApplication = application;
      this.phase = 'sheet';
      await this.updateComplete;
      this.querySelector<HTMLElement>('.gk-sheet-heading')?.focus();
      return;
    }
    await this.post(application);
  }

  private async post(application: Application): Promise<void> {
    this.inFlight = true;
    this.phase = 'submitting';
    const body = JSON.stringify(application);
    if (!this.idempotency || this.idempotency.body !== body) {
      this.idempotency = { key: randomKey(), body };
      // Kept with the tab's draft: if the page is reloaded after a lost answer, the retry is the same request.
      this.saveDraftNow();
    }
    const headers: Record<string, string> = { Accept: 'application/json', [IDEMPOTENCY_HEADER]: this.idempotency.key };
    let payload: BodyInit;
    if (this.attachments.length > 0) {
      const fd = new FormData();
      fd.append(APPLICATION_PART, new Blob([body], { type: 'application/json' }), 'application.json');
      for (const a of this.attachments) fd.append(IDENTITY_PROOF_PART, a.file, a.file.name);
      payload = fd;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = body;
    }
    const ctrl = new AbortController();
    const ms = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 30000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, ms);
    try {
      const response = await fetch(new URL(this.endpoint, document.baseURI).href, {
        method: 'POST',
        credentials: 'omit',
        headers,
        body: payload,
        signal: ctrl.signal,
      });
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        json = undefined;
      }
      if (response.ok) {
        const receipt = parseSubmissionReceipt(json);
        if (!receipt.ok) {
          this.fail({ kind: 'invalid', status: response.status }, receipt.issues);
          return;
        }
        this.succeed(application, receipt.value);
        return;
      }
      const error = parseProtocolError(json);
      const issues = protocolFieldIssues(error);
      if (response.status === 400 && issues.length > 0) {
        this.serverIssues = issues;
        this.submitted = true;
        this.phase = 'edit';
        this.failure = { kind: 'fields', status: 400 };
        this.summaryShown = true;
        this.focusSummary = true;
        this.emit('gk-request-error', { kind: 'fields', status: 400, issues, code: error?.code ?? '' });
        return;
      }
      this.fail({ kind: 'http', status: response.status }, [], error?.code ?? '');
    } catch {
      this.fail(timedOut ? { kind: 'timeout', seconds: Math.round(ms / 100) / 10 } : { kind: 'network' }, []);
    } finally {
      clearTimeout(timer);
      this.inFlight = false;
    }
  }

  private fail(failure: Failure, issues: Issue[], code = ''): void {
    this.failure = failure;
    this.phase = 'edit';
    const detail: { kind: GkRequestErrorKind; issues: Issue[]; code: string; status?: number } = { kind: failure.kind, issues, code };
    if (failure.status !== undefined) detail.status = failure.status;
    this.emit('gk-request-error', detail);
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.gk-failure')?.focus());
  }

  private succeed(application: Application, receipt: SubmissionReceipt): void {
    this.receipt = receipt;
    this.phase = 'receipt';
    this.idempotency = undefined;
    this.clearDrafts();
    this.localDraft = false;
    this.emit('gk-request-success', { application, receipt });
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.gk-receipt-heading')?.focus());
  }

  private printPage(): void {
    this.setPrinting(true);
    window.print();
  }

  /**
   * While the sheet or the receipt shows, only it prints: `<html>` gets a class, and every
   * ancestor of the element is marked, so the print sheet can take everything else out of the
   * layout (`display: none`, not `visibility`, which would keep its height and add blank pages).
   */
  private setPrinting(on: boolean): void {
    if (on === this.hasAttribute('data-gk-print')) return;
    this.toggleAttribute('data-gk-print', on);
    for (let node: Element | null = this.parentElement; node; node = node.parentElement) {
      const marks = Number(node.getAttribute('data-gk-print-path') ?? 0) + (on ? 1 : -1);
      if (marks > 0) node.setAttribute('data-gk-print-path', String(marks));
      else node.removeAttribute('data-gk-print-path');
    }
    // Another form on the page may still show its sheet or receipt.
    const any = on || document.querySelector('gk-request-form[data-gk-print]') !== null;
    document.documentElement.classList.toggle('gk-request-form-printing', any);
  }

  private download(application: Application): void {
    const blob = new Blob([`${JSON.stringify(application, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `政府信息公开申请-${this.todayValue()}.json`;
    a.hidden = true;
    this.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private backToEdit(): void {
    this.phase = 'edit';
    this.sheetApplication = undefined;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('button[type=submit], .gk-submit')?.focus());
  }

  private startNew(): void {
    this.reset();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.fid('title')}`)?.focus());
  }

  private updateFormValue(): void {
    const internals = this.internals;
    if (!internals || typeof internals.setFormValue !== 'function') return;
    const r = this.check();
    const stateValue = JSON.stringify({ values: { ...this.values, idNumber: '' } });
    let value: FormData | null = null;
    if (r.ok) {
      // The protocol's multipart shape: the JSON under `name` (default `application`), the files
      // under `identityProof` (`<name>.identityProof` when a name is set).
      const key = this.name.trim() || APPLICATION_PART;
      value = new FormData();
      value.append(key, JSON.stringify(r.value));
      const fileKey = this.name.trim() ? `${key}.${IDENTITY_PROOF_PART}` : IDENTITY_PROOF_PART;
      for (const a of this.attachments) value.append(fileKey, a.file, a.file.name);
    }
    internals.setFormValue(value, stateValue);
    if (r.ok) internals.setValidity({});
    else {
      const first = r.issues[0]!;
      const anchor = this.querySelector<HTMLElement>(`#${this.controlId(fieldOf(first) ?? 'name')}`) ?? undefined;
      internals.setValidity({ customError: true }, this.issueText(first), anchor);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    return html`<div class="gk-rf" @keydown=${this.onEnter}>
      <p class="gk-live" role="status" aria-live="polite">${this.announcement}</p>
      ${
        this.phase === 'sheet' && this.sheetApplication
          ? this.renderSheet(this.sheetApplication)
          : this.phase === 'receipt' && this.receipt
            ? this.renderReceipt(this.receipt)
            : this.renderEdit()
      }
    </div>`;
  }

  /** A heading `depth` levels below the form's title (`heading-level`), focusable so focus can move to it. */
  private headingEl(id: string, text: string, cls = 'gk-title', depth = 0): TemplateResult {
    return heading(headingLevel(this.headingLevel) + depth, id, cls, text, true);
  }

  private renderEdit(): TemplateResult {
    const errors = this.visibleErrors();
    const content = html`
      ${this.renderSummary(errors)} ${this.renderFailure()} ${this.renderApplicant(errors)} ${this.renderContact(errors)}
      ${this.renderInformation(errors)} ${this.renderDelivery(errors)} ${this.renderOther(errors)} ${this.renderSubmitRow()}
    `;
    return html`
      ${this.headingEl(this.fid('title'), this.t('request.form.title'))}
      <p>${this.t('request.form.intro', { agency: this.agency })}</p>
      ${errors.has('agency') ? html`<p class="gk-alert" role="alert">${this.t('request.form.config.agency')}</p>` : nothing}
      ${
        this.draftRestored
          ? html`<div class="gk-note gk-restored">
              <p>${this.t('request.form.draft.restored')}</p>
              <div class="gk-actions">
                <button type="button" class="gk-button gk-secondary gk-clear-draft" @click=${this.clearDraftClicked}>
                  ${this.t('request.form.draft.clear')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${this.renderGuidance()}
      ${
        this.nested
          ? html`<div class="gk-form" role="form" aria-labelledby=${this.fid('title')}>${content}</div>`
          : html`<form class="gk-form" novalidate aria-labelledby=${this.fid('title')} @submit=${this.onSubmit}>${content}</form>`
      }
    `;
  }

  private estimateMemo: [key: string, value: ReplyEstimate | undefined] | undefined;

  /** The guidance's expected reply date: the clock runs once per day and mode, not on every keystroke. */
  private estimate(): ReplyEstimate | undefined {
    const today = this.todayValue();
    const channel = this.online ? 'online' : 'in-person';
    if (this.estimateMemo?.[0] !== today + channel) this.estimateMemo = [today + channel, estimateReplyBy(today, { channel })];
    return this.estimateMemo[1];
  }

  private renderGuidance(): TemplateResult {
    const estimate = this.estimate();
    return html`<section class="gk-box" aria-labelledby=${this.fid('guidance')}>
      ${heading(headingLevel(this.headingLevel) + 1, this.fid('guidance'), 'gk-h', this.t('request.form.guidance.heading'))}
      <ul>
        <li>${this.t('request.form.guidance.one-matter')}</li>
        <li>${this.t('request.form.guidance.petition')}</li>
        <li>
          ${this.online ? this.t('request.form.guidance.online-receipt') : this.t('request.form.guidance.paper', { agency: this.agency })}
        </li>
      </ul>
      ${
        estimate
          ? html`<p class="gk-estimate">${this.t('request.form.estimate', { due: estimate.due, receipt: estimate.receiptDate })}</p>
              ${estimate.provisional ? html`<p class="gk-hint">${this.t('request.form.estimate-provisional')}</p>` : nothing}`
          : nothing
      }
    </section>`;
  }

  private renderSummary(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult | typeof nothing {
    const list = [...errors].filter(([f]) => f !== 'agency');
    const loose = this.looseServerIssues();
    const count = list.length + loose.length;
    if (!this.summaryShown || count === 0) return nothing;
    return html`<div class="gk-summary" role="region" tabindex="-1" aria-labelledby=${this.fid('summary')}>
      ${heading(headingLevel(this.headingLevel) + 1, this.fid('summary'), 'gk-h', this.t('request.form.summary', { count }))}
      ${this.failure?.kind === 'fields' ? html`<p>${this.t('request.form.failed.fields')}</p>` : nothing}
      <ul>
        ${loose.map((issue) => html`<li class="gk-error">${this.issueText(issue)}</li>`)}
        ${list.map(
          ([field, message]) =>
            html`<li>
              <a
                href=${`#${this.controlId(field as GkRequestFormField)}`}
                @click=${(e: Event) => this.focusField(e, field as GkRequestFormField)}
                >${message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private controlId(field: GkRequestFormField): string {
    if (field === 'kind') return this.fid('kind-natural-person');
    if (field === 'methods') return this.fid(`methods-${METHODS[0]}`);
    if (field === 'carriers') return this.fid(`carriers-${CARRIERS[0]}`);
    return this.fid(field);
  }

  private focusField(e: Event, field: GkRequestFormField): void {
    e.preventDefault();
    const el = this.querySelector<HTMLElement>(`#${this.controlId(field)}`);
    if (!el) return;
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const f = this.failure;
    if (!f || f.kind === 'fields') return nothing;
    const reason =
      f.kind === 'timeout'
        ? this.t('request.form.failed.timeout', { seconds: f.seconds ?? 0 })
        : f.kind === 'network'
          ? this.t('request.form.failed.network')
          : f.kind === 'invalid'
            ? this.t('request.form.failed.invalid')
            : this.t('request.form.failed.http', { status: f.status ?? 0 });
    return html`<div class="gk-alert gk-failure" role="alert" tabindex="-1">
      <p><strong>${this.t('request.form.failed')}</strong> ${reason}</p>
      <div class="gk-actions">
        <button type="button" class="gk-button gk-retry" @click=${() => void this.submit()}>${this.t('request.form.retry')}</button>
      </div>
    </div>`;
  }

  private tag(required: boolean): TemplateResult {
    return required
      ? html`<span class="gk-tag gk-req">${this.t('request.form.required')}</span>`
      : html`<span class="gk-tag">${this.t('request.form.optional')}</span>`;
  }

  private input(
    field: GkRequestFormField & keyof GkRequestFormValues,
    label: string,
    errors: Map<GkRequestFormField | 'agency', string>,
    o: {
      required?: boolean;
      hint?: string;
      autocomplete: string;
      type?: string;
      inputmode?: string;
      multiline?: boolean;
      short?: boolean;
      maxlength?: number;
    },
  ): TemplateResult {
    const id = this.fid(field);
    const error = errors.get(field);
    const warning =
      this.shown.has(field) || this.submitted ? this.warnings().find((w) => PATH_FIELD[w.path.join('.')] === field) : undefined;
    const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : '', warning ? `${id}-warning` : ''].filter(Boolean).join(' ');
    const value = String(this.values[field] ?? '');
    const common = {
      id,
      cls: `gk-input${o.short ? ' gk-short' : ''}`,
    };
    return html`<div class="gk-field ${error ? 'gk-field--error' : ''}">
      <label class="gk-label" for=${id}>${label}${this.tag(o.required === true)}</label>
      ${o.hint ? html`<p class="gk-hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
      ${error ? html`<p class="gk-error" id=${`${id}-error`}>${error}</p>` : nothing}
      ${
        o.multiline
          ? html`<textarea
              form=${this.detachedForm}
              id=${common.id}
              class=${common.cls}
              data-field=${field}
              rows="4"
              maxlength=${o.maxlength ?? 2000}
              autocomplete=${o.autocomplete}
              aria-required=${o.required ? 'true' : 'false'}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              .value=${value}
              @input=${this.onText}
              @blur=${this.onBlur}
              @compositionstart=${this.onCompositionStart}
              @compositionend=${this.onCompositionEnd}
            ></textarea>`
          : html`<input
              form=${this.detachedForm}
              id=${common.id}
              class=${common.cls}
              data-field=${field}
              type=${o.type ?? 'text'}
              inputmode=${o.inputmode ?? nothing}
              maxlength=${o.maxlength ?? 200}
              autocomplete=${o.autocomplete}
              spellcheck=${o.autocomplete === 'off' || o.type === 'email' ? 'false' : nothing}
              aria-required=${o.required ? 'true' : 'false'}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
              .value=${value}
              @input=${this.onText}
              @blur=${this.onBlur}
              @compositionstart=${this.onCompositionStart}
              @compositionend=${this.onCompositionEnd}
            />`
      }
      ${warning ? html`<p class="gk-hint gk-warn" id=${`${id}-warning`}>${this.issueText(warning)}</p>` : nothing}
    </div>`;
  }

  private select(
    field: 'organisationType' | 'idType',
    label: string,
    options: readonly string[],
    prefix: string,
    errors: Map<GkRequestFormField | 'agency', string>,
  ): TemplateResult {
    const id = this.fid(field);
    const error = errors.get(field);
    const value = this.values[field];
    return html`<div class="gk-field ${error ? 'gk-field--error' : ''}">
      <label class="gk-label" for=${id}>${label}${this.tag(true)}</label>
      ${error ? html`<p class="gk-error" id=${`${id}-error`}>${error}</p>` : nothing}
      <select
        form=${this.detachedForm}
        id=${id}
        class="gk-input"
        data-field=${field}
        autocomplete="off"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${this.onText}
        @blur=${this.onBlur}
      >
        ${field === 'organisationType' ? html`<option value="" ?selected=${value === ''}>${this.t('request.form.choose')}</option>` : nothing}
        ${options.map((o) => html`<option value=${o} ?selected=${value === o}>${this.t(`${prefix}.${o}` as 'request.form.choose')}</option>`)}
      </select>
    </div>`;
  }

  private renderApplicant(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    const v = this.values;
    const org = v.kind === 'organisation';
    const idHint =
      v.idType === 'resident-id'
        ? this.t('request.form.id-number.hint.resident-id')
        : v.idType === 'credit-code'
          ? this.t('request.form.id-number.hint.credit-code')
          : undefined;
    return html`<fieldset class="gk-section">
      <legend>${this.t('request.form.section.applicant')}</legend>
      <fieldset class="gk-group">
        <legend>${this.t('request.form.kind')}${this.tag(true)}</legend>
        <div class="gk-choices">
          ${(['natural-person', 'organisation'] as const).map(
            (k) =>
              html`<label class="gk-choice">
                <input
                  form=${this.detachedForm}
                  type="radio"
                  id=${this.fid(`kind-${k}`)}
                  name=${this.fid('kind')}
                  value=${k}
                  .checked=${v.kind === k}
                  @change=${() => this.onKind(k)}
                />${this.t(`request.form.kind.${k}`)}</label
              >`,
          )}
        </div>
      </fieldset>
      ${org ? this.select('organisationType', this.t('request.form.org-type'), ORG_TYPES, 'request.form.org-type', errors) : nothing}
      ${this.input('name', org ? this.t('request.form.name.organisation') : this.t('request.form.name.person'), errors, {
        required: true,
        autocomplete: org ? 'organization' : 'name',
      })}
      ${
        org
          ? html`${this.input('legalRepresentative', this.t('request.form.legal-representative'), errors, { autocomplete: 'off' })}
            ${this.input('contactPerson', this.t('request.form.contact-person'), errors, { autocomplete: 'name' })}`
          : nothing
      }
      ${this.select('idType', this.t('request.form.id-type'), org ? ORG_ID_TYPES : PERSON_ID_TYPES, 'request.form.id-type', errors)}
      ${this.input('idNumber', this.t('request.form.id-number'), errors, {
        required: true,
        autocomplete: 'off',
        ...(idHint ? { hint: idHint } : {}),
        maxlength: 40,
      })}
      ${this.renderAttachments(errors)}
    </fieldset>`;
  }

  private renderAttachments(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    // A paper application travels with a copy of the document, not with uploads.
    if (!this.online) return html`<p class="gk-note">${this.t('request.form.attachments.paper')}</p>`;
    const id = this.fid('attachments');
    const error = errors.get('attachments');
    return html`<div class="gk-field ${error ? 'gk-field--error' : ''}">
      <label class="gk-label" for=${id}>${this.t('request.form.attachments')}${this.tag(false)}</label>
      <p class="gk-hint" id=${`${id}-hint`}>${this.t('request.form.attachments.hint', { maxMb: this.maxFileMb, max: this.maxFiles })}</p>
      ${error ? html`<p class="gk-error" id=${`${id}-error`} role="alert">${error}</p>` : nothing}
      <input
        form=${this.detachedForm}
        id=${id}
        class="gk-input"
        type="file"
        accept=${FILE_TYPES.join(',')}
        multiple
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @change=${this.onFiles}
      />
      ${
        this.attachments.length > 0
          ? html`<ul class="gk-files">
              ${this.attachments.map(
                (a, i) =>
                  html`<li class="gk-file">
                    ${a.url ? html`<img src=${a.url} alt=${a.file.name} />` : html`<span>${this.t('request.form.attachments.pdf')}</span>`}
                    <span>${a.file.name}</span>
                    <button type="button" class="gk-button gk-secondary" @click=${() => this.removeFile(i)}>
                      ${this.t('request.form.attachments.remove', { name: a.file.name })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderContact(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    const org = this.values.kind === 'organisation';
    const post = this.values.carriers.includes('post');
    return html`<fieldset class="gk-section">
      <legend>${this.t('request.form.section.contact')}</legend>
      <p class="gk-hint">${this.t('request.form.contact.hint')}</p>
      ${this.input('mobile', this.t('request.form.mobile'), errors, {
        autocomplete: 'mobile tel',
        type: 'tel',
        inputmode: 'tel',
        short: true,
        maxlength: 20,
      })}
      ${this.input('landline', this.t('request.form.landline'), errors, {
        autocomplete: org ? 'work tel' : 'home tel',
        type: 'tel',
        inputmode: 'tel',
        short: true,
        maxlength: 30,
      })}
      ${this.input('email', this.t('request.form.email'), errors, {
        autocomplete: 'email',
        type: 'email',
        inputmode: 'email',
        required: this.values.carriers.includes('email'),
        maxlength: 200,
      })}
      ${this.input('address', this.t('request.form.address'), errors, { autocomplete: 'street-address', required: post, maxlength: 300 })}
      ${this.input('postcode', this.t('request.form.postcode'), errors, {
        autocomplete: 'postal-code',
        inputmode: 'numeric',
        short: true,
        maxlength: 10,
      })}
    </fieldset>`;
  }

  private renderInformation(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    return html`<fieldset class="gk-section">
      <legend>${this.t('request.form.section.information')}</legend>
      <p class="gk-hint">${this.t('request.form.information.hint')}</p>
      ${this.input('infoName', this.t('request.form.info-name'), errors, { autocomplete: 'off', maxlength: 500 })}
      ${this.input('docNumber', this.t('request.form.doc-number'), errors, { autocomplete: 'off', maxlength: 100 })}
      ${this.input('description', this.t('request.form.description'), errors, { autocomplete: 'off', multiline: true })}
      ${this.renderSuggestions()}
    </fieldset>`;
  }

  private renderSuggestions(): TemplateResult | typeof nothing {
    if (this.suggestions.length === 0) return nothing;
    return html`<section class="gk-deflect" aria-labelledby=${this.fid('deflect')} aria-live="polite">
      ${heading(headingLevel(this.headingLevel) + 2, this.fid('deflect'), 'gk-h', this.t('request.form.deflect.heading'))}
      <ul>
        ${this.suggestions.map(({ item }) => {
          const link = (item.links ?? []).find((l) => isHttpUrl(l.url.trim()));
          const name = [item.item1, item.item2, item.item3].filter(Boolean).join(' › ');
          return html`<li>
            ${
              link
                ? html`<a href=${link.url.trim()} target="_blank" rel="noopener noreferrer">${name}</a>`
                : html`${name} <span class="gk-hint">（${this.t('request.form.deflect.no-link')}）</span>`
            }
          </li>`;
        })}
      </ul>
      <p class="gk-hint">${this.t('request.form.deflect.note')}</p>
    </section>`;
  }

  private choiceGroup(
    field: 'methods' | 'carriers',
    legend: string,
    options: readonly string[],
    prefix: string,
    errors: Map<GkRequestFormField | 'agency', string>,
  ): TemplateResult {
    const error = errors.get(field);
    const errId = this.fid(`${field}-error`);
    return html`<fieldset class="gk-group ${error ? 'gk-group--error' : ''}" aria-describedby=${error ? errId : nothing}>
      <legend>${legend}${this.tag(true)}</legend>
      ${error ? html`<p class="gk-error" id=${errId}>${error}</p>` : nothing}
      <div class="gk-choices">
        ${options.map(
          (o) =>
            html`<label class="gk-choice">
              <input
                form=${this.detachedForm}
                type="checkbox"
                id=${this.fid(`${field}-${o}`)}
                value=${o}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? errId : nothing}
                .checked=${this.values[field].includes(o)}
                @change=${(e: Event) => this.toggleIn(field, o, (e.target as HTMLInputElement).checked)}
              />${this.t(`${prefix}.${o}` as 'request.form.choose')}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  private checkbox(
    field: 'acceptOtherForm' | 'assistanceNeeded' | 'consent',
    label: TemplateResult | string,
    error?: string,
  ): TemplateResult {
    const id = this.fid(field);
    return html`<div class="gk-field ${error ? 'gk-field--error' : ''}">
      ${error ? html`<p class="gk-error" id=${`${id}-error`}>${error}</p>` : nothing}
      <label class="gk-choice gk-choice--block">
        <input
          form=${this.detachedForm}
          type="checkbox"
          id=${id}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          .checked=${this.values[field]}
          @change=${(e: Event) => {
            this.setValue(field, (e.target as HTMLInputElement).checked);
            this.show(field);
          }}
        /><span>${label}</span></label
      >
    </div>`;
  }

  private renderDelivery(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    return html`<fieldset class="gk-section">
      <legend>${this.t('request.form.section.delivery')}</legend>
      ${this.choiceGroup('methods', this.t('request.form.methods'), METHODS, 'request.form.method', errors)}
      ${this.choiceGroup('carriers', this.t('request.form.carriers'), CARRIERS, 'request.form.carrier', errors)}
      ${this.checkbox('acceptOtherForm', this.t('request.form.accept-other'))}
    </fieldset>`;
  }

  private renderOther(errors: Map<GkRequestFormField | 'agency', string>): TemplateResult {
    const privacy = this.privacyHref.trim();
    return html`<fieldset class="gk-section">
      <legend>${this.t('request.form.section.other')}</legend>
      ${this.input('purpose', this.t('request.form.purpose'), errors, {
        autocomplete: 'off',
        hint: this.t('request.form.purpose.hint'),
        multiline: true,
        maxlength: 1000,
      })}
      ${this.checkbox('assistanceNeeded', this.t('request.form.assistance'))}
      ${
        this.values.assistanceNeeded
          ? this.input('assistanceNeeds', this.t('request.form.assistance-needs'), errors, { autocomplete: 'off', maxlength: 500 })
          : nothing
      }
      ${
        privacyUrl(privacy) !== undefined
          ? html`<p>
              <a href=${privacy} target=${privacy.startsWith('#') ? nothing : '_blank'} rel="noopener"
                >${this.t('request.form.privacy-link')}</a
              >
            </p>`
          : html`<p class="gk-note">${this.t('request.form.privacy-default', { agency: this.agency })}</p>`
      }
      ${this.checkbox('consent', html`${this.t('request.form.consent')}${this.tag(this.requireConsent)}`, errors.get('consent'))}
      ${
        this.persistOn
          ? html`<div class="gk-field">
              <p class="gk-hint">${this.t('request.form.draft.session')}</p>
              <label class="gk-choice gk-choice--block">
                <input
                  form=${this.detachedForm}
                  type="checkbox"
                  id=${this.fid('local-draft')}
                  .checked=${this.localDraft}
                  @change=${(e: Event) => this.onLocalDraft((e.target as HTMLInputElement).checked)}
                /><span>${this.t('request.form.draft.local')}</span></label
              >
              ${
                this.localDraft && !this.draftRestored
                  ? html`<div class="gk-actions">
                      <button type="button" class="gk-button gk-secondary gk-clear-draft" @click=${this.clearDraftClicked}>
                        ${this.t('request.form.draft.clear')}
                      </button>
                    </div>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderSubmitRow(): TemplateResult {
    const busy = this.phase === 'submitting';
    const label = busy
      ? this.t('request.form.submitting')
      : this.online
        ? this.t('request.form.submit.online')
        : this.t('request.form.submit.paper');
    return html`<div class="gk-actions">
      <button
        type=${this.nested ? 'button' : 'submit'}
        class="gk-button gk-submit"
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${(e: Event) => {
          if (this.nested || busy) {
            e.preventDefault();
            if (!busy) void this.submit();
          }
        }}
      >
        ${label}
      </button>
      ${busy ? html`<span role="status">${this.t('request.form.submitting')}</span>` : nothing}
    </div>`;
  }

  private renderReceipt(receipt: SubmissionReceipt): TemplateResult {
    const due = receiptDueDate(receipt, { today: this.todayValue() });
    const time = formatInstant(receipt.submittedAt, this.resolvedLang);
    const a = receipt.agency;
    return html`<section class="gk-print-area" aria-labelledby=${this.fid('receipt')}>
      ${this.headingEl(this.fid('receipt'), this.t('request.form.receipt.title'), 'gk-title gk-receipt-heading')}
      <dl class="gk-facts">
        <dt>${this.t('request.form.receipt.code')}</dt>
        <dd class="gk-code" translate="no">${receipt.trackingCode}</dd>
        <dt>${this.t('request.form.receipt.time')}</dt>
        <dd>${time}</dd>
        <dt>${this.t('request.form.receipt.agency')}</dt>
        <dd>${a.name}</dd>
        ${
          due
            ? html`<dt>${this.t('request.form.receipt.due')}</dt>
                <dd>${this.t('request.form.receipt.due-value', { due })}</dd>`
            : nothing
        }
      </dl>
      <p>${this.t('request.form.receipt.next', { agency: a.name })}</p>
      ${
        a.phone || a.email || a.address || a.hours
          ? html`${heading(headingLevel(this.headingLevel) + 1, this.fid('receipt-contact'), 'gk-h', this.t('request.form.receipt.contact'))}
            ${agencyContactList(a, (code) => this.t(code), 'gk-facts')}`
          : nothing
      }
      <div class="gk-actions gk-no-print">
        <button type="button" class="gk-button" @click=${this.printPage}>${this.t('request.form.print')}</button>
        <button type="button" class="gk-button gk-secondary" @click=${this.startNew}>${this.t('request.form.new')}</button>
      </div>
    </section>`;
  }

  private renderSheet(app: Application): TemplateResult {
    const t = (code: string, p?: Record<string, unknown>) => this.t(code as 'request.form.title', p);
    const org = app.applicant.kind === 'organisation';
    const kindText =
      t(`request.form.kind.${app.applicant.kind}`) +
      (org && app.applicant.organisationType ? `（${t(`request.form.org-type.${app.applicant.organisationType}`)}）` : '');
    const yes = this.t('request.form.sheet.yes');
    const no = this.t('request.form.sheet.no');
    const list = (values: readonly string[], prefix: string) => values.map((v) => t(`${prefix}.${v}`)).join('、');
    const row = (label: string, value: string | undefined) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>${value ?? ''}</td>
      </tr>`;
    return html`<div class="gk-no-print gk-note" role="status">
        <p>${this.t('request.form.sheet.ready')}</p>
      </div>
      <div class="gk-actions gk-no-print">
        <button type="button" class="gk-button" @click=${this.printPage}>${this.t('request.form.sheet.print')}</button>
        <button type="button" class="gk-button gk-secondary" @click=${() => this.download(app)}>
          ${this.t('request.form.sheet.download')}
        </button>
        <button type="button" class="gk-button gk-secondary" @click=${this.backToEdit}>${this.t('request.form.sheet.edit')}</button>
      </div>
      <section class="gk-print-area" aria-labelledby=${this.fid('sheet')}>
        ${this.headingEl(this.fid('sheet'), this.t('request.form.sheet.title'), 'gk-title gk-sheet-heading')}
        <table class="gk-sheet">
          <colgroup>
            <col class="gk-col-group" />
            <col class="gk-col-label" />
            <col />
          </colgroup>
          <tbody>
            <tr>
              <th scope="row" colspan="2">${this.t('request.form.sheet.agency')}</th>
              <td>${app.agency.name}</td>
            </tr>
          </tbody>
          <tbody>
            <tr>
              <th scope="rowgroup" rowspan=${org ? 11 : 9}>${this.t('request.form.sheet.applicant')}</th>
              <th scope="row">${this.t('request.form.kind')}</th>
              <td>${kindText}</td>
            </tr>
            ${row(org ? this.t('request.form.name.organisation') : this.t('request.form.name.person'), app.applicant.name)}
            ${
              org
                ? html`${row(this.t('request.form.legal-representative'), app.applicant.legalRepresentative)}
                  ${row(this.t('request.form.contact-person'), app.applicant.contactPerson)}`
                : nothing
            }
            ${row(this.t('request.form.id-type'), t(`request.form.id-type.${app.identity.type}`))}
            ${row(this.t('request.form.id-number'), app.identity.number)} ${row(this.t('request.form.mobile'), app.contact.mobile)}
            ${row(this.t('request.form.landline'), app.contact.landline)} ${row(this.t('request.form.email'), app.contact.email)}
            ${row(this.t('request.form.address'), app.contact.address)} ${row(this.t('request.form.postcode'), app.contact.postcode)}
          </tbody>
          <tbody>
            <tr>
              <th scope="rowgroup" rowspan="4">${this.t('request.form.sheet.information')}</th>
              <th scope="row">${this.t('request.form.info-name')}</th>
              <td>${app.information.name ?? ''}</td>
            </tr>
            ${row(this.t('request.form.doc-number'), app.information.docNumber)}
            ${row(this.t('request.form.description'), app.information.description)} ${row(this.t('request.form.purpose'), app.purpose)}
          </tbody>
          <tbody>
            <tr>
              <th scope="rowgroup" rowspan="4">${this.t('request.form.sheet.delivery')}</th>
              <th scope="row">${this.t('request.form.methods')}</th>
              <td>${list(app.delivery.methods, 'request.form.method')}</td>
            </tr>
            ${row(this.t('request.form.carriers'), list(app.delivery.carriers, 'request.form.carrier'))}
            ${row(this.t('request.form.accept-other'), app.delivery.acceptOtherForm ? yes : no)}
            ${row(this.t('request.form.assistance'), app.assistance?.needed ? `${yes}${app.assistance.needs ? `：${app.assistance.needs}` : ''}` : no)}
          </tbody>
        </table>
        <p class="gk-sign">
          <span class="gk-sign-label">${this.t('request.form.sheet.signature')}</span><span aria-hidden="true"></span>
          <span class="gk-sign-label">${this.t('request.form.sheet.date')}</span><span aria-hidden="true"></span>
        </p>
        <p class="gk-hint">${this.t('request.form.sheet.filed', { date: this.todayValue() })}</p>
      </section>`;
  }
}

/**
 * The accepted type of a chosen file: its MIME type, or, when the picker gave none (some Windows
 * and Android pickers do), the one its extension names. Undefined for any other file.
 */
function fileType(file: File): string | undefined {
  if (FILE_TYPES.includes(file.type)) return file.type;
  if (file.type !== '') return undefined;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'png' ? 'image/png' : ext === 'pdf' ? 'application/pdf' : undefined;
}

/** The privacy notice's absolute URL when it is http(s) (a bad value is not a link, and never throws). */
function privacyUrl(href: string): string | undefined {
  if (href === '') return undefined;
  try {
    const url = new URL(href, document.baseURI).href;
    return isHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The instant in China time, in the reader's language: 2026年11月2日 09:30 / 2 Nov 2026, 09:30 (UTC+8). */
function formatInstant(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: lang === 'en' ? 'short' : 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return `${f.format(d)}${lang === 'en' ? ' (UTC+8)' : '（北京时间）'}`;
  } catch {
    return iso;
  }
}

function structuredCloneValues(v: GkRequestFormValues): GkRequestFormValues {
  return { ...v, methods: [...v.methods], carriers: [...v.carriers] };
}

/** Keeps only known fields of the right type (drafts and properties come from outside). */
function sanitiseValues(input: Partial<GkRequestFormValues> | Record<string, unknown>): Partial<GkRequestFormValues> {
  const out: Record<string, unknown> = {};
  const base = emptyValues() as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(input ?? {})) {
    if (!(k in base)) continue;
    const want = base[k];
    if (Array.isArray(want)) {
      if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    } else if (typeof v === typeof want) out[k] = v;
  }
  if (out.kind !== undefined && out.kind !== 'natural-person' && out.kind !== 'organisation') delete out.kind;
  return out as Partial<GkRequestFormValues>;
}
