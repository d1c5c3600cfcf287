import type { CatalogueIssue, CatalogueItem, DeadlineState, Issue, ProgressStatus, ProgressUpdate } from '@gongkai/core';

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
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-deadline-state-change': CustomEvent<GkDeadlineStateChangeDetail>;
    'gk-catalogue-load': CustomEvent<GkCatalogueLoadDetail>;
    'gk-catalogue-select': CustomEvent<GkCatalogueSelectDetail>;
    'gk-task-board-load': CustomEvent<GkTaskBoardLoadDetail>;
    'gk-progress-change': CustomEvent<GkProgressChangeDetail>;
  }
}
