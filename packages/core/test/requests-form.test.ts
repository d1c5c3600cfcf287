import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateReplyBy, msg, normaliseApplicationInput, parseApplication, toHalfWidth } from '../src/index.js';

// An application as a browser form collects it: full-width digits from a Chinese input method,
// a lower-case x, spaces and dashes typed into numbers, stray blanks around every field.
const typed = () => ({
  applicant: { kind: 'natural-person', name: '  张三 ', legalRepresentative: '', contactPerson: '   ' },
  identity: { type: 'resident-id', number: ' １１０１０５１９４９１２３１００２x ' },
  contact: {
    mobile: '１３８ ００１３－８０００',
    landline: '',
    email: ' ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ ',
    address: '示范县人民路１号（东门）',
    postcode: '３５０ １００',
  },
  information: {
    name: '２０２４年示范县城乡低保资金发放情况',
    docNumber: '',
    description: '“三公”经费（含公务接待），２０２４年第一季度。',
  },
  delivery: { methods: ['electronic', 'paper'], carriers: ['post', 'email'], acceptOtherForm: false },
  purpose: '   ',
  agency: { name: '示范县民政局' },
  consent: { given: false, noticeVersion: ' 2024-01 ' },
});

type Typed = ReturnType<typeof typed>;
const norm = (x: unknown) => normaliseApplicationInput(x) as Typed & Record<string, unknown>;

test('toHalfWidth turns full-width ASCII and the ideographic space into half-width, nothing else', () => {
  assert.equal(toHalfWidth('１２３ＡＢｃ＠．－'), '123ABc@.-');
  assert.equal(toHalfWidth('甲\u3000乙'), '甲 乙');
  assert.equal(toHalfWidth('（０５７１）'), '(0571)');
  // CJK punctuation is not in the full-width ASCII block: it stays.
  assert.equal(toHalfWidth('、。《》“”〔〕'), '、。《》“”〔〕');
});

test('codes and numbers become half-width, compact and upper-case; the result then parses', () => {
  const raw = typed();
  assert.equal(parseApplication(raw).ok, false, 'the raw input is not a valid application');
  const n = norm(raw);
  assert.equal(n.identity.number, '11010519491231002X');
  assert.equal(n.contact.mobile, '13800138000');
  assert.equal(n.contact.postcode, '350100');
  assert.equal(n.contact.email, 'zhang@example.com');
  const r = parseApplication(n);
  assert.equal(r.ok, true, JSON.stringify(!r.ok && r.issues));
});

test('the identity number: lower-case x becomes X, credit-code letters capitals, inner blanks and dashes removed', () => {
  const n = norm({ identity: { type: 'resident-id', number: '110105 1949-1231 002x' } });
  assert.equal(n.identity.number, '11010519491231002X');
  const org = norm({ identity: { type: 'credit-code', number: '９１３５０１００ｍ０００１００ｙ４３' } });
  assert.equal(org.identity.number, '91350100M000100Y43');
});

test('a landline keeps its separators; only full-width characters and outer blanks change', () => {
  const n = norm({ contact: { landline: ' ０５７１－８７６５４３２１ ', mobile: '+86 138-0013-8000' } });
  assert.equal(n.contact.landline, '0571-87654321');
  assert.equal(n.contact.mobile, '+8613800138000');
  assert.equal(norm({ contact: { landline: '0571 8765 4321' } }).contact.landline, '0571 8765 4321');
});

test('every text is trimmed and an empty optional one is dropped, not sent as ""', () => {
  const n = norm(typed());
  assert.equal(n.applicant.name, '张三');
  assert.equal(Object.hasOwn(n.applicant, 'legalRepresentative'), false);
  assert.equal(Object.hasOwn(n.applicant, 'contactPerson'), false);
  assert.equal(Object.hasOwn(n.contact, 'landline'), false);
  assert.equal(Object.hasOwn(n.information, 'docNumber'), false);
  assert.equal(Object.hasOwn(n, 'purpose'), false);
  assert.equal(n.consent.noticeVersion, '2024-01');
});

test('names, addresses and descriptions keep their Chinese punctuation and characters', () => {
  const raw = typed();
  const n = norm(raw);
  assert.equal(n.information.description, raw.information.description);
  assert.equal(n.information.name, raw.information.name);
  assert.equal(n.contact.address, raw.contact.address);
});

test('arrays, booleans and nested objects are kept', () => {
  const n = norm({ ...typed(), assistance: { needed: true, needs: ' 大字版 ' } });
  assert.deepEqual(n.delivery, { methods: ['electronic', 'paper'], carriers: ['post', 'email'], acceptOtherForm: false });
  assert.equal(n.consent.given, false);
  assert.deepEqual(n['assistance'], { needed: true, needs: '大字版' });
});

test('the input is not changed in place', () => {
  const raw = typed();
  const copy = structuredClone(raw);
  normaliseApplicationInput(raw);
  assert.deepEqual(raw, copy);
});

test('non-objects are returned as they are, for parseApplication to report', () => {
  for (const v of ['x', 42, null, undefined, true]) assert.equal(normaliseApplicationInput(v), v);
  const arr = [' a '];
  assert.equal(normaliseApplicationInput(arr), arr);
  assert.deepEqual(
    (parseApplication(normaliseApplicationInput('x')) as { issues: { code: string }[] }).issues.map((i) => i.code),
    ['request.application.not-object'],
  );
});

test('a form left blank is still reported field by field after normalising', () => {
  const n = norm({ ...typed(), information: { name: ' ', docNumber: '', description: '\u3000' } });
  assert.deepEqual(n.information, {});
  const r = parseApplication(n);
  assert.ok(!r.ok && r.issues.some((i) => i.code === 'request.application.information-missing' && i.path.join('.') === 'information'));
});

// estimateReplyBy. Expected dates counted by hand from the 2026 holiday notice
// (国办发明电〔2025〕7号, data/holiday-cn/2026.json): 清明 4–6 April off; 中秋 25–27 September off;
// 国庆 1–7 October off; Sunday 20 September and Saturday 10 October are make-up working days.

test('a weekday filing: due on the 20th working day after it (across 中秋 and 国庆 2026)', () => {
  // Wed 16 Sep 2026. Working days after it: 17, 18, Sun 20 (make-up), 21, 22, 23, 24 (7);
  // 25–27 中秋 off; 28, 29, 30 (10); 1–7 Oct 国庆 off; 8, 9, Sat 10 (make-up) (13); 12–16 (18); 19, 20 (20).
  assert.deepEqual(estimateReplyBy('2026-09-16'), {
    receiptDate: '2026-09-16',
    due: '2026-10-20',
    estimate: true,
    provisional: false,
  });
});

test('a Saturday filing is taken as received on the Monday (or a make-up working day)', () => {
  // Sat 7 Mar 2026 → Mon 9 Mar. After it: 10–13 (4), 16–20 (9), 23–27 (14), 30, 31 (16),
  // 1–3 Apr (19); 4–6 Apr 清明 off; Tue 7 Apr (20).
  const r = estimateReplyBy('2026-03-07');
  assert.equal(r?.receiptDate, '2026-03-09');
  assert.equal(r?.due, '2026-04-07');
  // Sat 19 Sep 2026 → Sun 20 Sep, a make-up working day. After it: 21–24 (4); 28–30 (7);
  // 8, 9, 10 Oct (10); 12–16 (15); 19–23 (20).
  const s = estimateReplyBy('2026-09-19');
  assert.equal(s?.receiptDate, '2026-09-20');
  assert.equal(s?.due, '2026-10-23');
});

test('a filing during a holiday is taken as received on the first working day after it', () => {
  // Sat 3 Oct 2026 (国庆) → Thu 8 Oct. After it: 9, Sat 10 (make-up) (2); 12–16 (7); 19–23 (12);
  // 26–30 (17); 2–4 Nov (20).
  const r = estimateReplyBy('2026-10-03', { channel: 'online' });
  assert.equal(r?.receiptDate, '2026-10-08');
  assert.equal(r?.due, '2026-11-04');
});

test('every channel gives the same estimate: the filing day, or the next working day, is the receipt date', () => {
  for (const channel of ['in-person', 'registered-post', 'ordinary-post', 'online', 'fax'] as const) {
    assert.deepEqual(
      estimateReplyBy('2026-09-16', { channel }),
      { receiptDate: '2026-09-16', due: '2026-10-20', estimate: true, provisional: false },
      channel,
    );
  }
  assert.equal(estimateReplyBy('2026-10-03', { channel: 'in-person' })?.due, '2026-11-04');
});

test('a period that runs into a year without a holiday notice is provisional', () => {
  // data/holiday-cn/2027.json is an empty placeholder: 2026 is the last year with a notice.
  assert.equal(estimateReplyBy('2026-06-01')?.provisional, false);
  assert.equal(estimateReplyBy('2026-12-15')?.provisional, true);
});

test('no estimate for a text that is not a calendar day', () => {
  for (const d of ['', 'tomorrow', '2026-02-30', '2026-13-01', '2026/09/16', '16-09-2026']) {
    assert.equal(estimateReplyBy(d), undefined, d);
  }
});

test('the estimate renders with both dates in each language', () => {
  const r = estimateReplyBy('2026-09-16')!;
  const zh = msg('zh-CN', 'request.form.estimate', { due: r.due, receipt: r.receiptDate });
  assert.match(zh, /2026年10月20日/);
  assert.match(zh, /2026年9月16日/);
  assert.match(zh, /估算/);
  const en = msg('en', 'request.form.estimate', { due: r.due, receipt: r.receiptDate });
  assert.match(en, /20 Oct 2026/);
  assert.match(en, /16 Sep 2026/);
  assert.match(msg('en', 'request.form.receipt.due-value', { due: r.due }), /20 Oct 2026 \(estimate\)/);
});
