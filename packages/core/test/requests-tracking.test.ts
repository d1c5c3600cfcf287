import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTrackingCode, matchesLookup, seededRandom, statusLookupKey, TRACKING_ALPHABET, validateTrackingCode } from '../src/index.js';

test('tracking codes are deterministic in the random source, grouped, and valid', () => {
  const a = createTrackingCode(seededRandom(7));
  assert.equal(a, createTrackingCode(seededRandom(7)));
  assert.match(a, /^[2-9A-HJ-NP-Y]{4}-[2-9A-HJ-NP-Y]{4}-[2-9A-HJ-NP-Y]{2}$/);
  assert.equal(TRACKING_ALPHABET.length, 31);
  for (const ch of '0O1IZ') assert.ok(!TRACKING_ALPHABET.includes(ch));
  const rnd = seededRandom(1);
  for (let i = 0; i < 200; i++) assert.equal(validateTrackingCode(createTrackingCode(rnd)).ok, true);
  assert.equal(validateTrackingCode(createTrackingCode(() => 0)).ok, true);
  assert.equal(validateTrackingCode(createTrackingCode(() => 0.999999)).ok, true);
});

test('typing: case-insensitive, dashes and spaces optional', () => {
  const c = createTrackingCode(seededRandom(3));
  const r = validateTrackingCode(c.toLowerCase().replace(/-/g, ' '));
  assert.ok(r.ok && r.code === c);
  assert.ok(validateTrackingCode(c.replace(/-/g, '')).ok);
  assert.equal(validateTrackingCode('ABC').ok, false);
  const r2 = validateTrackingCode(`0${c.slice(1)}`);
  assert.ok(!r2.ok && r2.issues[0]!.code === 'request.tracking.chars');
});

test('every single-character substitution and every adjacent transposition is detected', () => {
  const rnd = seededRandom(11);
  for (let n = 0; n < 30; n++) {
    const code = createTrackingCode(rnd).replace(/-/g, '');
    for (let i = 0; i < code.length; i++) {
      for (const ch of TRACKING_ALPHABET) {
        if (ch === code[i]) continue;
        const bad = code.slice(0, i) + ch + code.slice(i + 1);
        assert.equal(validateTrackingCode(bad).ok, false, bad);
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        const r = validateTrackingCode(swapped);
        assert.ok(!r.ok && r.issues[0]!.code === 'request.tracking.check', swapped);
      }
    }
  }
});

test('status look-up: code plus last 4 phone digits, or the email (case-insensitive)', () => {
  const trackingCode = createTrackingCode(seededRandom(5));
  const app = { trackingCode, contact: { mobile: '13800138000', email: 'Zhang.San@Example.com' } };
  assert.deepEqual(statusLookupKey(app), { phoneLast4: ['8000'], email: 'zhang.san@example.com' });
  const typed = trackingCode.toLowerCase().replace(/-/g, '');
  assert.equal(matchesLookup(app, typed, '8000'), true);
  assert.equal(matchesLookup(app, typed, 'ZHANG.SAN@example.COM'), true);
  assert.equal(matchesLookup(app, typed, '8001'), false);
  assert.equal(matchesLookup(app, typed, 'other@example.com'), false);
  const other = createTrackingCode(seededRandom(6));
  assert.equal(matchesLookup(app, other, '8000'), false);
  assert.equal(matchesLookup({ contact: { landline: '0571-87654321' } }, typed, '4321'), false, 'no code recorded');
  assert.equal(matchesLookup({ trackingCode, contact: { landline: '0571-87654321' } }, typed, '4321'), true);
});
