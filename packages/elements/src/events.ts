import type {
  Application,
  CatalogueIssue,
  CatalogueItem,
  DeadlineState,
  Issue,
  ProgressStatus,
  ProgressUpdate,
  RequestClockResult,
  SubmissionReceipt,
} from '@gongkai/core';

/** The states `<gk-deadline>` shows: core's deadline states, or `invalid` for bad attributes. */
export type GkDeadlineState = DeadlineState | 'invalid';

/** Detail of `gk-deadline-state-change`. */
export interface GkDeadlineStateChangeDetail {
  state: GkDeadlineState;
  previousState: GkDeadlineState;
}

/** A problem in catalogue data, with the URL of the source it came from ('' for a single source). */
export interface GkCatalogueIssue extends CatalogueIssue {
  source: string;
}

/** Detail of `gk-catalogue-load`: the data was set or loaded and validated. */
export interface GkCatalogueLoadDetail {
  /** The number of valid items shown. */
  items: number;
  /** Every problem found in the data, located (item number, path, column). */
  issues: GkCatalogueIssue[];
  /** The `src` URLs that could not be fetched or read. */
  failedSources: string[];
}

/** Detail of `gk-catalogue-select`: the user opened an item. */
export interface GkCatalogueSelectDetail {
  id: string;
  item: CatalogueItem;
}

/** A problem in task-board data: which data (plan or progress), from which URL ('' for a property). */
export interface GkTaskBoardIssue extends Issue {
  kind: 'plan' | 'progress' | 'units';
  source: string;
}

/** Detail of `gk-task-board-load`: plan or progress data was set or loaded and validated. */
export interface GkTaskBoardLoadDetail {
  tasks: number;
  items: number;
  updates: number;
  issues: GkTaskBoardIssue[];
}

/**
 * Detail of the cancelable `gk-progress-change`: a progress update staff saved. The element shows
 * it unless the event is canceled; it never stores anything itself.
 */
export interface GkProgressChangeDetail {
  update: ProgressUpdate;
  /** The item's progress status before the update. */
  previous: ProgressStatus;
}

/** Detail of the cancelable `gk-request-submit`: fired before any network call or paper form. */
export interface GkRequestSubmitDetail {
  /** The normalised application, valid under core's `parseApplication`. */
  application: Application;
  /** `online` (an `endpoint` is set) or `paper`. */
  mode: 'online' | 'paper';
  /** The number of attached files. */
  files: number;
}

/** Detail of `gk-request-success`: the server accepted the application. */
export interface GkRequestSuccessDetail {
  application: Application;
  receipt: SubmissionReceipt;
}

/** Why a submission failed: the server's field issues, HTTP error, no answer in time, no network, or an unreadable answer. */
export type GkRequestErrorKind = 'fields' | 'http' | 'timeout' | 'network' | 'invalid';

/** Detail of `gk-request-error`. */
export interface GkRequestErrorDetail {
  kind: GkRequestErrorKind;
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The server's error code (`request.protocol.*`), or ''. */
  code: string;
  /** Located issues: the server's (kind `fields`) or why its answer could not be read (kind `invalid`). */
  issues: Issue[];
}

/** Detail of `gk-request-draft`: a saved draft was restored into the form, or the user cleared it. */
export interface GkRequestDraftDetail {
  action: 'restored' | 'cleared';
  /** The draft was kept on the device (localStorage) rather than for this tab only. */
  local: boolean;
}

/** Why a status look-up failed. */
export type GkRequestStatusErrorKind = 'not-found' | 'network' | 'timeout' | 'http' | 'invalid';

/** Detail of `gk-request-status-load`: a look-up succeeded. */
export interface GkRequestStatusLoadDetail {
  trackingCode: string;
  phase: RequestClockResult['phase'];
}

/** Detail of `gk-request-status-error`. */
export interface GkRequestStatusErrorDetail {
  kind: GkRequestStatusErrorKind;
  status?: number;
}

/**
 * Every event a Gongkai element emits, with its detail type. Events bubble and are composed.
 * `GkElement.emit` only accepts these names, so a wrong detail fails to compile.
 */
export interface GkEventMap {
  'gk-deadline-state-change': GkDeadlineStateChangeDetail;
  'gk-catalogue-load': GkCatalogueLoadDetail;
  'gk-catalogue-select': GkCatalogueSelectDetail;
  'gk-task-board-load': GkTaskBoardLoadDetail;
  'gk-progress-change': GkProgressChangeDetail;
  'gk-request-submit': GkRequestSubmitDetail;
  'gk-request-success': GkRequestSuccessDetail;
  'gk-request-error': GkRequestErrorDetail;
  'gk-request-draft': GkRequestDraftDetail;
  'gk-request-status-load': GkRequestStatusLoadDetail;
  'gk-request-status-error': GkRequestStatusErrorDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-deadline-state-change': CustomEvent<GkDeadlineStateChangeDetail>;
    'gk-catalogue-load': CustomEvent<GkCatalogueLoadDetail>;
    'gk-catalogue-select': CustomEvent<GkCatalogueSelectDetail>;
    'gk-task-board-load': CustomEvent<GkTaskBoardLoadDetail>;
    'gk-progress-change': CustomEvent<GkProgressChangeDetail>;
    'gk-request-submit': CustomEvent<GkRequestSubmitDetail>;
    'gk-request-success': CustomEvent<GkRequestSuccessDetail>;
    'gk-request-error': CustomEvent<GkRequestErrorDetail>;
    'gk-request-draft': CustomEvent<GkRequestDraftDetail>;
    'gk-request-status-load': CustomEvent<GkRequestStatusLoadDetail>;
    'gk-request-status-error': CustomEvent<GkRequestStatusErrorDetail>;
  }
}
