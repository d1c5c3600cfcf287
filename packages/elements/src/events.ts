import type { CatalogueIssue, CatalogueItem, DeadlineState } from '@gongkai/core';

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

/**
 * Every event a Gongkai element emits, with its detail type. Events bubble and are composed.
 * `GkElement.emit` only accepts these names, so a wrong detail fails to compile.
 */
export interface GkEventMap {
  'gk-deadline-state-change': GkDeadlineStateChangeDetail;
  'gk-catalogue-load': GkCatalogueLoadDetail;
  'gk-catalogue-select': GkCatalogueSelectDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-deadline-state-change': CustomEvent<GkDeadlineStateChangeDetail>;
    'gk-catalogue-load': CustomEvent<GkCatalogueLoadDetail>;
    'gk-catalogue-select': CustomEvent<GkCatalogueSelectDetail>;
  }
}
