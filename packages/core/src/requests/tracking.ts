/**
 * Tracking codes for applicants: 9 random characters and a check character from a 31-symbol
 * alphabet without 0/O/1/I (and without Z, which reads like 2), grouped `XXXX-XXXX-XX`.
 *
 * Check: weights 2…10 on the data characters, 1 on the check character, and the weighted sum
 * ≡ 0 (mod 31). As 31 is prime and the weights are distinct and non-zero mod 31, every single
 * substitution and every transposition of two adjacent characters changes the sum: detected.
 */
import type { Issue } from '../errors.js';
import type { Application } from './application.js';

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXY';
const N = TRACKING_ALPHABET.length; // 31, prime
const DATA_LENGTH = 9;

function checkChar(data: string): string {
  let sum = 0;
  for (let i = 0; i < DATA_LENGTH; i++) sum += TRACKING_ALPHABET.indexOf(data[i]!) * (i + 2);
  return TRACKING_ALPHABET[(N - (sum % N)) % N]!;
}

const group = (c: string) => `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;

/** A new tracking code from `random` (values in [0, 1), e.g. a seeded generator). */
export function createTrackingCode(random: () => number): string {
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) {
    const k = Math.min(N - 1, Math.max(0, Math.floor(random() * N)));
    data += TRACKING_ALPHABET[k];
  }
  return group(data + checkChar(data));
}

/** The canonical form (upper case, grouped) of a tracking code as typed, or undefined when it is not valid. */
export function normaliseTrackingCode(code: string): string | undefined {
  const r = validateTrackingCode(code);
  return r.ok ? r.code : undefined;
}

/** Checks a typed tracking code: case-insensitive, dashes and spaces optional. */
export function validateTrackingCode(code: unknown): { ok: true; code: string; issues: [] } | { ok: false; issues: Issue[] } {
  if (typeof code !== 'string') return { ok: false, issues: [{ code: 'request.tracking.chars', path: [], params: { value: '' } }] };
  const c = code.replace(/[\s-]/g, '').toUpperCase();
  if (c.length !== DATA_LENGTH + 1) {
    return { ok: false, issues: [{ code: 'request.tracking.length', path: [], params: { length: c.length } }] };
  }
  for (const ch of c) {
    if (!TRACKING_ALPHABET.includes(ch))
      return { ok: false, issues: [{ code: 'request.tracking.chars', path: [], params: { value: ch } }] };
  }
  if (checkChar(c.slice(0, DATA_LENGTH)) !== c[DATA_LENGTH]) {
    return { ok: false, issues: [{ code: 'request.tracking.check', path: [], params: {} }] };
  }
  return { ok: true, code: group(c), issues: [] };
}

/** What a status look-up accepts besides the code: the last 4 digits of each phone given, and the email. */
export interface LookupKey {
  phoneLast4: string[];
  email?: string;
}

const last4 = (phone: string): string | undefined => {
  const d = phone.replace(/\D/g, '');
  return d.length >= 4 ? d.slice(-4) : undefined;
};

/** The secrets that, with the tracking code, open the application's status. */
export function statusLookupKey(application: Pick<Application, 'contact'>): LookupKey {
  const phones = [application.contact.mobile, application.contact.landline].flatMap((p) => (p === undefined ? [] : [last4(p)]));
  const key: LookupKey = { phoneLast4: phones.filter((p): p is string => p !== undefined) };
  if (application.contact.email !== undefined) key.email = application.contact.email.trim().toLowerCase();
  return key;
}

/**
 * True when `code` is the application's tracking code (typed in any case, dashes optional) and
 * `secret` is the last 4 digits of a phone the applicant gave, or their email (case-insensitive).
 */
export function matchesLookup(application: Pick<Application, 'contact' | 'trackingCode'>, code: string, secret: string): boolean {
  if (application.trackingCode === undefined) return false;
  const a = normaliseTrackingCode(application.trackingCode);
  const b = normaliseTrackingCode(code);
  if (a === undefined || b === undefined || a !== b) return false;
  const key = statusLookupKey(application);
  const s = secret.trim();
  if (/^\d{4}$/.test(s)) return key.phoneLast4.includes(s);
  return key.email !== undefined && s.toLowerCase() === key.email;
}
