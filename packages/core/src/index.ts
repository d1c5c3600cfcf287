/**
 * @gongkai/core: the DOM-free domain library of Gongkai (公开).
 * Pure functions over validated data; no DOM, no I/O, no clock ("today" is an argument).
 */
export * from './errors.js';
export * from './calendar/index.js';
export * from './messages/index.js';
export * from './deadlines/index.js';
export * from './units/index.js';
export * from './plans/index.js';
export * from './disclosure/index.js';
export * from './catalogue/index.js';
export * from './requests/index.js';
/** True for an absolute http or https URL with a host: the only URLs any element turns into links. */
export { isHttpUrl } from './internal/values.js';
