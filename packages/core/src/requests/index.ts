/**
 * 依申请公开 requests (regulations §1.4, §3.2–3.3, §10): identity checks, the request form,
 * tracking codes, the lifecycle over the clock's event log, and annual-report tables 三 and 四.
 */
export * from './ids.js';
export * from './application.js';
export * from './tracking.js';
export * from './lifecycle.js';
export * from './report.js';
export * from './generate.js';
export * from './form.js';
export * from './protocol.js';
