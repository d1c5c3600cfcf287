import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseApplication, residentIdCheckChar, type Application } from '../src/index.js';

const person = () => ({
  applicant: { kind: 'natural-person', name: '张三' },
  identity: { type: 'resident-id', number: '11010519491231002X' },
  contact: { mobile: '13800138000' },
  information: { name: '2024 年示范县城乡低保资金发放情况' },
  delivery: { methods: ['electronic'], carriers: ['online'], acceptOtherForm: true },
  agency: { name: '示范县民政局' },
  consent: { given: false, noticeVersion: '2024-01' },
});
const org = () => ({
  applicant: {
    kind: 'organisation',
    organisationType: 'legal-services',
    name: '示范律师事务所',
    legalRepresentative: '李四',
    contactPerson: '王五',
  },
  identity: { type: 'credit-code', number: '91350100M000100Y43' },
  contact: { email: 'office@example.com', address: '示范县人民路 1 号', postcode: '350100' },
  information: { docNumber: '示政发〔2024〕3号' },
  delivery: { methods: ['paper'], carriers: ['post'], acceptOtherForm: false },
  purpose: '代理诉讼',
  assistance: { needed: true, needs: '大字版' },
  agency: { name: '示范县人民政府', id: 'county-gov' },
  consent: { given: true, noticeVersion: 'v3' },
});
const codes = (r: { ok: boolean; issues?: { code: string }[] }) =>
  r.ok ? [] : (r as { issues: { code: string }[] }).issues.map((i) => i.code);
const mod = <T>(x: T, f: (x: T) => void): T => {
  f(x);
  return x;
};

test('valid person and organisation applications parse; purpose is optional', () => {
  const a = parseApplication(person());
  assert.equal(a.ok, true);
  const b = parseApplication(org());
  assert.equal(b.ok, true);
  if (b.ok) {
    const v: Application = b.value;
    assert.equal(v.applicant.organisationType, 'legal-services');
    assert.equal(v.purpose, '代理诉讼');
  }
  assert.deepEqual(b.warnings, []);
});

test('schema errors are located by path with stable codes', () => {
  const r = parseApplication(mod(person() as Record<string, unknown>, (x) => delete x.agency));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.deepEqual(r.issues[0]?.path, ['agency']);
    assert.equal(r.issues[0]?.code, 'request.application.missing');
  }
  const bad = parseApplication(mod(person(), (x) => (x.applicant.kind = 'robot')));
  assert.ok(!bad.ok && bad.issues.some((i) => i.code === 'request.application.invalid-value' && i.path.join('.') === 'applicant.kind'));
  assert.deepEqual(codes(parseApplication('x')), ['request.application.not-object']);
});

test('cross-field rules: organisation type, identity document, contacts, address, information, consent', () => {
  const noType = parseApplication(mod(org(), (x) => delete (x.applicant as { organisationType?: string }).organisationType));
  assert.deepEqual(codes(noType), ['request.application.org-type-missing']);
  assert.ok(!noType.ok && noType.issues[0]!.path.join('.') === 'applicant.organisationType');
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.identity.type = 'credit-code')))), [
    'request.application.identity-type-mismatch',
    'id.credit.checksum',
  ]);
  const badId = parseApplication(mod(person(), (x) => (x.identity.number = '11010519491231002Y')));
  assert.ok(!badId.ok && badId.issues[0]!.code === 'id.resident.chars' && badId.issues[0]!.path.join('.') === 'identity.number');
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.identity = { type: 'passport', number: 'E12345678' })))), []);
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.contact = {} as never)))), ['request.application.contact-missing']);
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.contact = { landline: '0571-87654321' } as never)))), []);
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.contact.mobile = '23800138000')))), ['request.application.mobile']);
  assert.deepEqual(codes(parseApplication(mod(org(), (x) => delete (x.contact as { address?: string }).address))), [
    'request.application.address-missing',
  ]);
  assert.deepEqual(codes(parseApplication(mod(org(), (x) => (x.contact.postcode = '3501')))), ['request.application.postcode']);
  assert.deepEqual(codes(parseApplication(mod(org(), (x) => (x.contact.email = 'office@')))), ['request.application.email']);
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.information = {} as never)))), [
    'request.application.information-missing',
  ]);
  assert.deepEqual(
    codes(parseApplication(mod(person(), (x) => (x.information = { description: '2024 年示范县道路维修合同' } as never)))),
    [],
  );
  assert.deepEqual(codes(parseApplication(person(), { policy: { requireConsent: true } })), ['request.application.consent-missing']);
  assert.deepEqual(codes(parseApplication(org(), { policy: { requireConsent: true } })), []);
  assert.deepEqual(codes(parseApplication(mod(person(), (x) => (x.consent.noticeVersion = '')))), ['request.application.invalid-value']);
});

test('birth date checked against today when given', () => {
  const future = mod(person(), (x) => (x.identity.number = `11010520300101002${residentIdCheckChar('11010520300101002')}`));
  assert.equal(parseApplication(future).ok, true);
  assert.deepEqual(codes(parseApplication(future, { today: '2026-11-29' })), ['id.resident.birth-future']);
});

test('the request schemas convert to JSON Schema (as the build does)', async () => {
  const { toJSONSchema } = await import('zod/mini');
  const core = await import('../src/requests/index.js');
  const names = Object.keys(core).filter((n) => n.endsWith('Schema'));
  assert.ok(names.includes('ApplicationSchema') && names.includes('NotProcessedReasonSchema'));
  for (const n of names) {
    const j = toJSONSchema((core as unknown as Record<string, Parameters<typeof toJSONSchema>[0]>)[n]!, {
      io: 'input',
      unrepresentable: 'any',
    });
    assert.equal(typeof j, 'object', n);
  }
  const app = toJSONSchema(core.ApplicationSchema, { io: 'input', unrepresentable: 'any' }) as { required?: string[] };
  assert.ok(!app.required?.includes('purpose'), 'purpose is never required');
});
