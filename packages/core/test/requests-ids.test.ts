import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, residentIdCheckChar, validateCreditCode, validateResidentId } from '../src/index.js';

const RESIDENT = ['11010519491231002X', '510104199001010019'];
const CREDIT = ['91350100M000100Y43', '91510100MA0000000H'];
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

test('resident ID test vectors of regulations §10.1 are valid', () => {
  for (const id of RESIDENT) {
    const r = validateResidentId(id, { today: '2026-01-01' });
    assert.equal(r.ok, true, id);
    assert.deepEqual(r.issues, []);
    assert.equal(residentIdCheckChar(id), id[17]);
  }
});

test('EVERY single-character corruption of a valid resident ID is rejected (all positions × all other characters)', () => {
  const alphabet = '0123456789X';
  let tried = 0;
  for (const id of RESIDENT) {
    for (let pos = 0; pos < 18; pos++) {
      for (const c of alphabet) {
        if (c === id[pos]) continue;
        const bad = id.slice(0, pos) + c + id.slice(pos + 1);
        assert.equal(validateResidentId(bad).ok, false, bad);
        tried++;
      }
    }
  }
  assert.equal(tried, 2 * 18 * 10);
});

test('the checksum alone catches every single-digit substitution (birth date kept real)', () => {
  for (const id of RESIDENT) {
    for (const pos of [0, 1, 2, 3, 4, 5, 14, 15, 16, 17]) {
      for (const c of pos === 17 ? '0123456789X' : '0123456789') {
        if (c === id[pos]) continue;
        const bad = id.slice(0, pos) + c + id.slice(pos + 1);
        assert.deepEqual(codes(validateResidentId(bad)), ['id.resident.checksum'], bad);
      }
    }
  }
});

test('resident ID: specific codes for each problem', () => {
  assert.deepEqual(codes(validateResidentId('11010519491231002x')), ['id.resident.lowercase-x']);
  assert.deepEqual(codes(validateResidentId('110105491231002')), ['id.resident.old-15']);
  assert.deepEqual(codes(validateResidentId('1101051949123100')), ['id.resident.length']);
  assert.deepEqual(codes(validateResidentId('11010519491231002X ')), ['id.resident.length']);
  assert.deepEqual(codes(validateResidentId('1101051949123100AX')), ['id.resident.chars']);
  assert.deepEqual(codes(validateResidentId(42)), ['id.resident.not-string']);
  const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
  assert.deepEqual(codes(validateResidentId(withCheck('11010519490230002'))), ['id.resident.birth-date']);
  assert.deepEqual(codes(validateResidentId(withCheck('11010518991231002'))), ['id.resident.birth-before-1900']);
  assert.equal(validateResidentId(withCheck('11010519000101002')).ok, true);
  const future = withCheck('11010520300101002');
  assert.equal(validateResidentId(future).ok, true, 'no today: no future check');
  assert.deepEqual(codes(validateResidentId(future, { today: '2026-11-29' })), ['id.resident.birth-future']);
  assert.equal(validateResidentId(withCheck('11010520261129002'), { today: '2026-11-29' }).ok, true, 'born today');
  assert.deepEqual(validateResidentId('11010519491231002X').issues[0], undefined);
  const r = validateResidentId('110105194912310021');
  assert.deepEqual(r.issues[0]?.params, { expected: 'X', actual: '1' });
});

test('credit code test vectors of regulations §10.2 are valid; the second one only warns about GB 11714', () => {
  const a = validateCreditCode(CREDIT[0]);
  assert.equal(a.ok, true);
  const b = validateCreditCode(CREDIT[1]);
  assert.equal(b.ok, true);
  for (const r of [a, b]) for (const i of r.issues) assert.equal(i.severity, 'warning');
  assert.deepEqual(codes(b), ['id.credit.org-code']);
  for (const c of CREDIT) assert.equal(creditCodeCheckChar(c), c[17]);
});

test('EVERY single-character corruption of a valid credit code is rejected (all positions × all other alphabet characters)', () => {
  let tried = 0;
  for (const code of CREDIT) {
    for (let pos = 0; pos < 18; pos++) {
      for (const c of CREDIT_CODE_ALPHABET) {
        if (c === code[pos]) continue;
        const bad = code.slice(0, pos) + c + code.slice(pos + 1);
        const r = validateCreditCode(bad);
        assert.equal(r.ok, false, bad);
        assert.deepEqual(codes(r), ['id.credit.checksum'], bad);
        tried++;
      }
    }
  }
  assert.equal(tried, 2 * 18 * 30);
});

test('credit code: excluded letters, lower case and length have their own codes', () => {
  for (const c of 'IOSVZ') {
    const r = validateCreditCode(`${c}1350100M000100Y43`);
    assert.deepEqual(codes(r), ['id.credit.chars'], c);
    assert.deepEqual(r.issues[0]?.params, { position: 1, char: c });
  }
  assert.deepEqual(codes(validateCreditCode('91350100m000100Y43')), ['id.credit.lowercase']);
  assert.deepEqual(codes(validateCreditCode('91350100M000100Y4')), ['id.credit.length']);
  assert.deepEqual(codes(validateCreditCode(null)), ['id.credit.not-string']);
});
