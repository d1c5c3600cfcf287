/**
 * @gongkai/elements: classes and types only. Importing this module registers nothing;
 * import `@gongkai/elements/all.js` or a component's `define.js` to register tags.
 */
export { GkElement, defineElement, LARGE_TEXT_HOST_ATTRIBUTE } from './base/gk-element.js';
export { GkDeadline } from './components/deadline/deadline.js';
export { GkCatalogue, type GkCatalogueView, type GkCatalogueUnitName } from './components/catalogue/catalogue.js';
export { GkTaskBoard, TASK_BOARD_VIEWS, type GkTaskBoardView, type GkTaskBoardUnit } from './components/task-board/task-board.js';
export {
  GkRequestForm,
  REQUEST_FORM_FIELDS,
  type GkRequestFormField,
  type GkRequestFormPersist,
  type GkRequestFormValues,
} from './components/request-form/request-form.js';
export { GkRequestStatus } from './components/request-status/request-status.js';
export type {
  GkCatalogueIssue,
  GkCatalogueLoadDetail,
  GkCatalogueSelectDetail,
  GkDeadlineState,
  GkDeadlineStateChangeDetail,
  GkEventMap,
  GkProgressChangeDetail,
  GkRequestDraftDetail,
  GkRequestErrorDetail,
  GkRequestErrorKind,
  GkRequestStatusErrorDetail,
  GkRequestStatusErrorKind,
  GkRequestStatusLoadDetail,
  GkRequestSubmitDetail,
  GkRequestSuccessDetail,
  GkTaskBoardIssue,
  GkTaskBoardLoadDetail,
} from './events.js';
export { TOKEN_DEFAULTS, type TokenName } from './styles/tokens.js';
export { VERSION } from './version.js';
