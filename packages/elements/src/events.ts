import type { DeadlineState } from '@gongkai/core';

/** The states `<gk-deadline>` shows: core's deadline states, or `invalid` for bad attributes. */
export type GkDeadlineState = DeadlineState | 'invalid';

/** Detail of `gk-deadline-state-change`. */
export interface GkDeadlineStateChangeDetail {
  state: GkDeadlineState;
  previousState: GkDeadlineState;
}

/**
 * Every event a Gongkai element emits, with its detail type. Events bubble and are composed.
 * `GkElement.emit` only accepts these names, so a wrong detail fails to compile.
 */
export interface GkEventMap {
  'gk-deadline-state-change': GkDeadlineStateChangeDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-deadline-state-change': CustomEvent<GkDeadlineStateChangeDetail>;
  }
}
