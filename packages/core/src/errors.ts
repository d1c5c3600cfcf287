/**
 * Issues and typed errors shared by every core module.
 *
 * Core never returns display text: an {@link Issue} carries a stable `code`, the `path` of the
 * offending value and the `params` a message needs. The zh-CN and en wording lives in
 * `messages`.
 */

/** A located problem with an input: stable code, path into the input, message parameters. */
export interface Issue {
  code: string;
  path: (string | number)[];
  params?: Record<string, unknown>;
}

/** The result of parsing input from outside: a value, or the issues that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Base class of core's typed errors. `code` is a message code; `params` fill its text. */
export class GkError extends Error {
  readonly code: string;
  readonly params: Record<string, unknown>;
  constructor(code: string, params: Record<string, unknown> = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'GkError';
    this.code = code;
    this.params = params;
  }
}

/** A date argument that is not a real `YYYY-MM-DD` day. */
export class InvalidDateError extends GkError {
  constructor(code: string, value: unknown) {
    super(code, { value: String(value) }, `${code}: ${JSON.stringify(String(value))}`);
    this.name = 'InvalidDateError';
  }
}

/** A date outside the calendar's supported range. The calendar never guesses. */
export class CalendarRangeError extends GkError {
  constructor(value: string, first: string, last: string) {
    super('calendar.out-of-range', { value, first, last }, `calendar.out-of-range: ${value} is outside ${first}..${last}`);
    this.name = 'CalendarRangeError';
  }
}

/** An argument of the wrong shape, such as a non-integer count of working days. */
export class InvalidArgumentError extends GkError {
  constructor(code: string, params: Record<string, unknown>) {
    super(code, params, `${code}: ${JSON.stringify(params)}`);
    this.name = 'InvalidArgumentError';
  }
}

/** Data given to a builder (a holiday notice, a closure list) failed validation. */
export class DataError extends GkError {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super('data.invalid', { count: issues.length }, `data.invalid: ${issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')}`);
    this.name = 'DataError';
    this.issues = issues;
  }
}
