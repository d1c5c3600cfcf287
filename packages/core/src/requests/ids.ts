/**
 * Identity-number checks for applicants (regulations §10.1, §10.2): the resident ID number
 * (GB 11643, ISO 7064 MOD 11-2) and the unified social credit code (GB 32100). Input is expected
 * already normalised by the form (trimmed, no spaces, upper case): a lower-case letter is an issue.
 */
import type { Issue } from '../errors.js';
import { readYmd } from '../calendar/date.js';

/** An issue of an identity check. `warning`s do not make the number invalid. */
export interface IdIssue extends Issue {
  severity: 'error' | 'warning';
  params: Record<string, unknown>;
}

/** The outcome of an identity check: `ok` when no issue is an error. */
export interface IdCheck {
  ok: boolean;
  issues: IdIssue[];
}

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_CHECK = '10X98765432';

/** The check character (GB 11643) of the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_WEIGHTS[i]!;
  return RESIDENT_CHECK[sum % 11]!;
}

function result(issues: IdIssue[]): IdCheck {
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}

const err = (code: string, params: Record<string, unknown> = {}): IdIssue => ({ code, path: [], params, severity: 'error' });

/**
 * Checks an 18-character resident ID number: 17 digits and a check character (digit or `X`),
 * the MOD 11-2 checksum, and a real birth date on or after 1900-01-01 and not after `today`.
 */
export function validateResidentId(s: unknown, options: { today?: string } = {}): IdCheck {
  if (typeof s !== 'string') return result([err('id.resident.not-string')]);
  if (/^\d{15}$/.test(s)) return result([err('id.resident.old-15')]);
  if (s.length !== 18) return result([err('id.resident.length', { length: s.length })]);
  if (!/^\d{17}$/.test(s.slice(0, 17))) return result([err('id.resident.chars')]);
  const last = s[17]!;
  if (last === 'x') return result([err('id.resident.lowercase-x')]);
  if (!/^[0-9X]$/.test(last)) return result([err('id.resident.chars')]);
  const issues: IdIssue[] = [];
  const expected = residentIdCheckChar(s);
  if (expected !== last) issues.push(err('id.resident.checksum', { expected, actual: last }));
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (readYmd(birth) < 0) issues.push(err('id.resident.birth-date', { date: birth }));
  else if (birth < '1900-01-01') issues.push(err('id.resident.birth-before-1900', { date: birth }));
  else if (options.today !== undefined && birth > options.today) {
    issues.push(err('id.resident.birth-future', { date: birth, today: options.today }));
  }
  return result(issues);
}

/** The 31 characters of GB 32100 (no I, O, S, V, Z). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The GB 32100 check character of the first 17 characters (all from the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** True when the embedded 9-character organisation code passes GB 11714 (digits and A–Z). */
function orgCodeValid(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i]!;
  }
  const v = 11 - (sum % 11);
  return code[8] === (v === 10 ? 'X' : v === 11 ? '0' : String(v));
}

/**
 * Checks an 18-character unified social credit code: the alphabet and the GB 32100 check
 * character. The embedded GB 11714 organisation code is not enforced: when it fails its own
 * check, a warning (`id.credit.org-code`) is given only.
 */
export function validateCreditCode(s: unknown): IdCheck {
  if (typeof s !== 'string') return result([err('id.credit.not-string')]);
  if (s.length !== 18) return result([err('id.credit.length', { length: s.length })]);
  for (let i = 0; i < 18; i++) {
    const c = s[i]!;
    if (CREDIT_CODE_ALPHABET.includes(c)) continue;
    if (CREDIT_CODE_ALPHABET.includes(c.toUpperCase())) return result([err('id.credit.lowercase', { position: i + 1, char: c })]);
    return result([err('id.credit.chars', { position: i + 1, char: c })]);
  }
  const expected = creditCodeCheckChar(s);
  if (expected !== s[17]) return result([err('id.credit.checksum', { expected, actual: s[17] })]);
  const issues: IdIssue[] = [];
  if (!orgCodeValid(s.slice(8, 17))) {
    issues.push({ code: 'id.credit.org-code', path: [], params: { value: s.slice(8, 17) }, severity: 'warning' });
  }
  return result(issues);
}
