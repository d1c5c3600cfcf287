import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  APPLICATION_PART,
  createTrackingCode,
  hasMessage,
  IDEMPOTENCY_HEADER,
  IDENTITY_PROOF_PART,
  msg,
  parseApplication,
  parseProtocolError,
  parseStatusRecord,
  parseSubmissionReceipt,
  receiptDueDate,
  protocolFieldIssues,
  REQUEST_EVENT_TYPES,
  RequestEventSchema,
  requestStatus,
  requestUiMessages,
  TRACKING_ALPHABET,
  type RequestEvent,
} from '../src/index.js';

// A fixed generator, so the code is the same on every run.
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s - 1) / 2147483646;
  };
}
const CODE = createTrackingCode(seeded(7));
/** The same code with its check character replaced by another symbol of the alphabet. */
const CORRUPT = CODE.slice(0, -1) + TRACKING_ALPHABET[(TRACKING_ALPHABET.indexOf(CODE.at(-1)!) + 1) % TRACKING_ALPHABET.length];

const agency = { name: '示范县人民政府办公室', phone: '0537-1234567', hours: '工作日 9:00–17:00' };
const receipt = () => ({
  trackingCode: CODE,
  submittedAt: '2026-09-16T10:00:00+08:00',
  agency: { ...agency },
  events: [{ type: 'submitted', at: '2026-09-16T10:00:00+08:00', channel: 'online' }],
});
const record = (events: unknown[]) => ({ trackingCode: CODE, agency: { ...agency }, events });

type Issues = { code: string; path: (string | number)[] }[];
const issuesOf = (r: { ok: boolean }): Issues => (r.ok ? [] : (r as unknown as { issues: Issues }).issues);
const has = (issues: Issues, code: string, path: (string | number)[]) =>
  issues.some((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));

test('the protocol constants name the header and the multipart parts', () => {
  assert.equal(IDEMPOTENCY_HEADER, 'Idempotency-Key');
  assert.equal(APPLICATION_PART, 'application');
  assert.equal(IDENTITY_PROOF_PART, 'identityProof');
});

test('a valid receipt parses, with and without its event log', () => {
  const r = parseSubmissionReceipt(receipt());
  assert.equal(r.ok, true);
  if (r.ok) {
    assert.equal(r.value.trackingCode, CODE);
    assert.equal(r.value.agency.name, '示范县人民政府办公室');
    assert.deepEqual(r.value.events, [{ type: 'submitted', at: '2026-09-16T10:00:00+08:00', channel: 'online' }]);
  }
  const { events: _events, ...bare } = receipt();
  const b = parseSubmissionReceipt(bare);
  assert.ok(b.ok && b.value.events === undefined);
});

test('a tracking code sent in lower case or without dashes comes back canonical', () => {
  const typed = ` ${CODE.replace(/-/g, '').toLowerCase()} `;
  const r = parseSubmissionReceipt({ ...receipt(), trackingCode: typed });
  assert.ok(r.ok && r.value.trackingCode === CODE);
  const s = parseStatusRecord({ ...record([]), trackingCode: typed });
  assert.ok(s.ok && s.value.trackingCode === CODE);
});

test('a receipt that is not one gives located issues with stable codes', () => {
  const missing = issuesOf(parseSubmissionReceipt({ submittedAt: '2026-09-16T10:00:00+08:00', agency: {} }));
  assert.ok(has(missing, 'request.protocol.receipt.missing', ['trackingCode']), JSON.stringify(missing));
  assert.ok(has(missing, 'request.protocol.receipt.missing', ['agency', 'name']), JSON.stringify(missing));
  const wrong = issuesOf(parseSubmissionReceipt({ ...receipt(), submittedAt: 42, agency: { name: '' } }));
  assert.ok(has(wrong, 'request.protocol.receipt.invalid-value', ['submittedAt']), JSON.stringify(wrong));
  assert.ok(has(wrong, 'request.protocol.receipt.invalid-value', ['agency', 'name']), JSON.stringify(wrong));
  for (const v of ['<html>oops</html>', null, 42, [receipt()]]) {
    assert.deepEqual(
      issuesOf(parseSubmissionReceipt(v)).map((i) => [i.code, i.path]),
      [['request.protocol.receipt.not-object', []]],
      JSON.stringify(v),
    );
  }
  // What tools/wtr/request-server.js sends in its bad-receipt scenario.
  assert.ok(has(issuesOf(parseSubmissionReceipt({ tracking: 42 })), 'request.protocol.receipt.missing', ['trackingCode']));
});

test('a tracking code with a wrong check character, or not a tracking code at all, is rejected', () => {
  assert.notEqual(CORRUPT, CODE);
  assert.ok(has(issuesOf(parseSubmissionReceipt({ ...receipt(), trackingCode: CORRUPT })), 'request.tracking.check', ['trackingCode']));
  assert.ok(has(issuesOf(parseStatusRecord({ ...record([]), trackingCode: CORRUPT })), 'request.tracking.check', ['trackingCode']));
  assert.ok(has(issuesOf(parseSubmissionReceipt({ ...receipt(), trackingCode: 'ABCD' })), 'request.tracking.length', ['trackingCode']));
  assert.ok(
    has(issuesOf(parseSubmissionReceipt({ ...receipt(), trackingCode: 'ABCD-EFGH-I0' })), 'request.tracking.chars', ['trackingCode']),
  );
});

test('events in a receipt or a status record are checked with the clock vocabulary', () => {
  const bad = issuesOf(
    parseSubmissionReceipt({ ...receipt(), events: [{ type: 'teleported' }, { type: 'confirmed', date: '2026-02-30' }] }),
  );
  assert.ok(has(bad, 'request.protocol.receipt.invalid-value', ['events', 0, 'type']), JSON.stringify(bad));
  assert.ok(has(bad, 'date.invalid', ['events', 1, 'date']), JSON.stringify(bad));
});

test('a status record parses; a broken one gives request.protocol.status.* issues', () => {
  const events = [
    { type: 'submitted', at: '2026-09-16T10:00:00+08:00', channel: 'online' },
    { type: 'confirmed', date: '2026-09-16', note: 'a back end may keep its own fields' },
  ];
  const r = parseStatusRecord(record(events));
  assert.ok(r.ok);
  if (r.ok) assert.deepEqual(r.value.events[1], { type: 'confirmed', date: '2026-09-16' });
  const missing = issuesOf(parseStatusRecord({ trackingCode: CODE, agency }));
  assert.ok(has(missing, 'request.protocol.status.missing', ['events']), JSON.stringify(missing));
  // What tools/wtr/request-server.js sends in its status-invalid scenario.
  const invalid = issuesOf(parseStatusRecord({ trackingCode: 5, events: 'nope' }));
  assert.ok(
    has(invalid, 'request.protocol.status.invalid-value', ['trackingCode']) || has(invalid, 'request.tracking.chars', ['trackingCode']),
  );
  assert.ok(has(invalid, 'request.protocol.status.invalid-value', ['events']), JSON.stringify(invalid));
  assert.ok(has(invalid, 'request.protocol.status.missing', ['agency']), JSON.stringify(invalid));
  assert.deepEqual(
    issuesOf(parseStatusRecord([])).map((i) => [i.code, i.path]),
    [['request.protocol.status.not-object', []]],
  );
});

test('parseProtocolError reads the error format and nothing else', () => {
  assert.deepEqual(parseProtocolError({ error: { code: 'request.protocol.not-found' } }), { code: 'request.protocol.not-found' });
  assert.deepEqual(parseProtocolError({ error: { code: 'request.protocol.server-error', message: 'db down' } }), {
    code: 'request.protocol.server-error',
    message: 'db down',
  });
  for (const v of [
    '<html>502 Bad Gateway</html>',
    null,
    { message: 'Not Found' },
    { error: 'not-found' },
    { error: {} },
    { error: { code: '' } },
    { error: { code: 'x', issues: [{ code: 'id.resident.checksum' }] } },
  ]) {
    assert.equal(parseProtocolError(v), undefined, JSON.stringify(v));
  }
});

test('a 400 answer carries core application issues that map back onto the form fields', () => {
  const app = {
    applicant: { kind: 'natural-person', name: '张三' },
    identity: { type: 'resident-id', number: '110105194912310021' },
    contact: { mobile: '23800138000' },
    information: { name: '2024 年示范县城乡低保资金发放情况' },
    delivery: { methods: ['electronic'], carriers: ['online'], acceptOtherForm: true },
    agency: { name: '示范县民政局' },
    consent: { given: false, noticeVersion: '2024-01' },
  };
  const parsed = parseApplication(app);
  assert.ok(!parsed.ok);
  // The server sends what parseApplication found, as JSON.
  const body = JSON.parse(
    JSON.stringify({
      error: {
        code: 'request.protocol.invalid-application',
        issues: parsed.issues.map((i) => ({ code: i.code, path: i.path, params: i.params })),
      },
    }),
  );
  const fields = protocolFieldIssues(parseProtocolError(body));
  assert.deepEqual(
    fields.map((i) => [i.code, i.path.join('.')]),
    [
      ['id.resident.checksum', 'identity.number'],
      ['request.application.mobile', 'contact.mobile'],
    ],
  );
  assert.deepEqual(fields[1]!.params, { value: '23800138000' });
  // Issues without params get {}; no error, or no issues, gives none.
  assert.deepEqual(protocolFieldIssues({ code: 'x', issues: [{ code: 'request.application.email', path: ['contact', 'email'] }] }), [
    { code: 'request.application.email', path: ['contact', 'email'], params: {} },
  ]);
  assert.deepEqual(protocolFieldIssues(undefined), []);
  assert.deepEqual(protocolFieldIssues({ code: 'request.protocol.not-found' }), []);
});

// requestStatus. Dates counted by hand from the 2026 holiday notice: 中秋 25–27 September off,
// 国庆 1–7 October off, Sunday 20 September and Saturday 10 October make-up working days.
// Confirmed Wed 16 Sep 2026: working days after it are 17, 18, 20 (make-up), 21–24 (7), 28–30 (10),
// 8, 9, 10 Oct (13), 12–16 (18), 19, 20 (20): due Tue 20 October.
const submitted: RequestEvent = { type: 'submitted', at: '2026-09-16T10:00:00+08:00', channel: 'online' };
const confirmed: RequestEvent = { type: 'confirmed', date: '2026-09-16' };

test('online, submitted and confirmed: processing, due on the 20th working day after confirmation', () => {
  const s = requestStatus([submitted, confirmed], { today: '2026-10-12' });
  assert.equal(s.phase, 'processing');
  assert.equal(s.receiptDate, '2026-09-16');
  assert.equal(s.due, '2026-10-20');
  // Working days d with 12 Oct < d ≤ 20 Oct: 13, 14, 15, 16, 19, 20.
  assert.equal(s.workdaysLeft, 6);
  assert.equal(s.overdue, false);
  assert.equal(s.closed, false);
  assert.equal(s.provisional, false);
  assert.deepEqual(s.rights, { code: 'request.status.rights.wait', params: { date: '2026-10-20' } });
  assert.deepEqual(s.issues, []);
  assert.equal(s.nextStep.code, 'clock.next.reply');
  assert.ok(s.explanation.some((st) => st.code === 'clock.trace.due' && st.date === '2026-10-20'));
  // Seen on 30 September: 8, 9, 10, 12–16, 19, 20 October are left.
  assert.equal(requestStatus([submitted, confirmed], { today: '2026-09-30' }).workdaysLeft, 10);
  // On the due day: none left, not overdue.
  const last = requestStatus([submitted, confirmed], { today: '2026-10-20' });
  assert.equal(last.workdaysLeft, 0);
  assert.equal(last.overdue, false);
});

test('submitted online but not yet confirmed: no period runs', () => {
  const s = requestStatus([submitted], { today: '2026-09-16' });
  assert.equal(s.phase, 'awaiting-confirmation');
  assert.equal(s.due, undefined);
  assert.equal(s.receiptDate, undefined);
  assert.equal(s.rights.code, 'request.status.rights.await-confirmation');
});

test('in person: received on a working day after 国庆, due 20 working days later', () => {
  // Thu 8 Oct: 9, 10 (make-up) (2), 12–16 (7), 19–23 (12), 26–30 (17), 2–4 Nov (20).
  const s = requestStatus([{ type: 'received', date: '2026-10-08', channel: 'in-person' }], { today: '2026-10-08' });
  assert.equal(s.phase, 'processing');
  assert.equal(s.due, '2026-11-04');
  assert.equal(s.workdaysLeft, 20);
});

test('a correction requested with a date: the applicant must correct by it, and no due date runs', () => {
  const asked: RequestEvent = { type: 'correction-requested', date: '2026-09-18', correctBy: '2026-09-30' };
  const s = requestStatus([submitted, confirmed, asked], { today: '2026-09-22' });
  assert.equal(s.phase, 'awaiting-correction');
  assert.equal(s.due, undefined);
  assert.deepEqual(s.rights, { code: 'request.status.rights.correct-by', date: '2026-09-30', params: { date: '2026-09-30' } });
  assert.match(msg('zh-CN', s.rights.code, s.rights.params), /2026年9月30日/);
  assert.match(msg('en', s.rights.code, s.rights.params), /30 Sep 2026/);
  const noDate = requestStatus([submitted, confirmed, { type: 'correction-requested', date: '2026-09-18' }], { today: '2026-09-22' });
  assert.deepEqual(noDate.rights, { code: 'request.status.rights.correct', params: {} });
  // Corrected on Mon 28 Sep: the period restarts. 29, 30 (2), 8, 9, 10 Oct (5), 12–16 (10), 19–23 (15), 26–30 (20).
  const again = requestStatus([submitted, confirmed, asked, { type: 'corrected', date: '2026-09-28' }], { today: '2026-09-28' });
  assert.equal(again.phase, 'processing');
  assert.equal(again.due, '2026-10-30');
});

test('an open consultation: the due date moves with each working day it lasts', () => {
  const asked: RequestEvent = { type: 'consultation-started', date: '2026-09-21', party: 'third-party' };
  // Paused working days d with 21 Sep < d ≤ 23 Sep: 22, 23; due moves from 20 Oct by two working days to 22 Oct.
  const s = requestStatus([submitted, confirmed, asked], { today: '2026-09-23' });
  assert.equal(s.phase, 'consulting');
  assert.equal(s.pauseOpen, true);
  assert.equal(s.due, '2026-10-22');
  assert.equal(s.rights.code, 'request.status.rights.wait');
});

test('past the due date: overdue, with the working days late, and the Art. 51 remedies', () => {
  // Working days d with 20 Oct < d ≤ 22 Oct: 21, 22.
  const s = requestStatus([submitted, confirmed], { today: '2026-10-22' });
  assert.equal(s.overdue, true);
  assert.equal(s.workdaysOverdue, 2);
  assert.deepEqual(s.rights, { code: 'request.status.rights.overdue', params: { days: 2 } });
  assert.match(msg('zh-CN', s.rights.code, s.rights.params), /2 个工作日.*行政复议.*行政诉讼.*第五十一条/);
  assert.match(msg('en', s.rights.code, s.rights.params), /2 working days late/);
});

test('replied: closed, and the applicant may challenge the reply', () => {
  const replied: RequestEvent = { type: 'replied', date: '2026-10-09', outcome: 'DISCLOSE' };
  const s = requestStatus([submitted, confirmed, replied], { today: '2026-10-12' });
  assert.equal(s.phase, 'replied');
  assert.equal(s.closed, true);
  assert.equal(s.overdue, false);
  assert.equal(s.due, '2026-10-20');
  assert.deepEqual(s.rights, { code: 'request.status.rights.challenge', params: { date: '2026-10-09' } });
  const np = requestStatus([submitted, confirmed, { type: 'not-processed', date: '2026-10-09', reason: 'ART39_PETITION' }], {
    today: '2026-10-12',
  });
  assert.equal(np.phase, 'not-processed');
  assert.equal(np.closed, true);
  assert.equal(np.rights.code, 'request.status.rights.challenge');
});

test('withdrawn, abandoned and archived requests are closed; a new request is the next step', () => {
  const cases: [RequestEvent[], string][] = [
    [[submitted, confirmed, { type: 'withdrawn', date: '2026-09-18' }], 'withdrawn'],
    [
      [
        submitted,
        confirmed,
        { type: 'correction-requested', date: '2026-09-18', correctBy: '2026-09-30' },
        { type: 'correction-lapsed', date: '2026-10-08' },
      ],
      'abandoned',
    ],
    [[submitted, confirmed, { type: 'withdrawn', date: '2026-09-18' }, { type: 'archived', date: '2026-09-21' }], 'archived'],
  ];
  for (const [events, phase] of cases) {
    const s = requestStatus(events, { today: '2026-10-12' });
    assert.equal(s.phase, phase);
    assert.equal(s.closed, true, phase);
    assert.equal(s.rights.code, 'request.status.rights.new-request', phase);
  }
});

test('a log the clock cannot read: phase invalid, located issues, no dates', () => {
  const outOfOrder = requestStatus([submitted, confirmed, { type: 'replied', date: '2026-09-10', outcome: 'DISCLOSE' }], {
    today: '2026-10-12',
  });
  assert.equal(outOfOrder.phase, 'invalid');
  assert.ok(outOfOrder.issues.length > 0);
  assert.ok(outOfOrder.issues.every((i) => i.path[0] === 'events'));
  assert.equal(outOfOrder.due, undefined);
  assert.equal(outOfOrder.closed, false);
  assert.equal(outOfOrder.rights.code, 'request.status.rights.contact');
  const badTime = requestStatus([{ type: 'submitted', at: 'yesterday', channel: 'online' } as RequestEvent], { today: '2026-10-12' });
  assert.equal(badTime.phase, 'invalid');
  assert.ok(badTime.issues.some((i) => JSON.stringify(i.path) === '["events",0,"at"]'));
  // Warnings are not issues: a late reply still reads.
  const late = requestStatus([submitted, confirmed, { type: 'replied', date: '2026-10-22', outcome: 'DISCLOSE' }], { today: '2026-10-22' });
  assert.equal(late.phase, 'replied');
  assert.deepEqual(late.issues, []);
});

test('one milestone per event, in order, with its date and what the message needs', () => {
  const events: RequestEvent[] = [
    submitted,
    confirmed,
    { type: 'correction-requested', date: '2026-09-18', correctBy: '2026-09-30' },
    { type: 'corrected', date: '2026-09-28' },
    { type: 'consultation-started', date: '2026-09-29', party: 'agency' },
    { type: 'consultation-ended', date: '2026-10-09', party: 'agency' },
    { type: 'extended', date: '2026-10-20', workdays: 10, approvedBy: '王主任' },
    { type: 'replied', date: '2026-11-10', outcome: 'PARTIAL', grounds: 'THIRD_PARTY_PRIVACY' },
    { type: 'archived', date: '2026-11-12' },
  ];
  const s = requestStatus(events, { today: '2026-11-13' });
  assert.equal(s.phase, 'archived');
  assert.deepEqual(s.milestones, [
    { code: 'request.status.milestone.submitted', date: '2026-09-16', params: { channel: 'online', at: '2026-09-16T10:00:00+08:00' } },
    { code: 'request.status.milestone.confirmed', date: '2026-09-16', params: {} },
    { code: 'request.status.milestone.correction-requested', date: '2026-09-18', params: { correctBy: '2026-09-30' } },
    { code: 'request.status.milestone.corrected', date: '2026-09-28', params: {} },
    { code: 'request.status.milestone.consultation-started', date: '2026-09-29', params: { party: 'agency' } },
    { code: 'request.status.milestone.consultation-ended', date: '2026-10-09', params: {} },
    { code: 'request.status.milestone.extended', date: '2026-10-20', params: { workdays: 10 } },
    { code: 'request.status.milestone.replied', date: '2026-11-10', params: { outcome: 'PARTIAL' } },
    { code: 'request.status.milestone.archived', date: '2026-11-12', params: {} },
  ]);
  const zh = s.milestones.map((m) => msg('zh-CN', m.code, m.params));
  assert.match(zh[0]!, /互联网|网上|在线/);
  assert.match(zh[2]!, /2026年9月30日/);
  assert.match(zh[6]!, /10 个工作日/);
  const en = s.milestones.map((m) => msg('en', m.code, m.params));
  assert.match(en[6]!, /10 working days/);
  for (const t of [...zh, ...en]) assert.doesNotMatch(t, /clock\.|undefined|PARTIAL|third-party/);
  for (const t of zh) assert.doesNotMatch(t, /[a-z]{3,}/, t);
  // Even an invalid log lists what it says happened.
  assert.equal(requestStatus([confirmed, submitted], { today: '2026-10-12' }).milestones.length, 2);
});

// Messages. messages.test.ts already renders every code of the merged catalogue in both languages
// (and the type of `en` forces the same keys); these check what the status and protocol rely on.

test('every event type of the clock has a milestone message', () => {
  const types = RequestEventSchema.def.options.map((o) => (o.def.shape.type as unknown as { def: { values: string[] } }).def.values[0]);
  assert.deepEqual([...types].sort(), [...REQUEST_EVENT_TYPES].sort());
  for (const t of REQUEST_EVENT_TYPES) assert.ok(hasMessage(`request.status.milestone.${t}`), t);
});

test('every next legal step requestStatus can give has a message', () => {
  const source = readFileSync(fileURLToPath(new URL('../src/requests/protocol.ts', import.meta.url)), 'utf8');
  const written = [...source.matchAll(/`\$\{RIGHTS\}\.([a-z-]+)`/g)].map((m) => `request.status.rights.${m[1]!}`);
  assert.deepEqual([...new Set(written)].sort(), [
    'request.status.rights.await-confirmation',
    'request.status.rights.challenge',
    'request.status.rights.contact',
    'request.status.rights.correct',
    'request.status.rights.correct-by',
    'request.status.rights.new-request',
    'request.status.rights.overdue',
    'request.status.rights.wait',
  ]);
  for (const code of written) {
    assert.ok(hasMessage(code), code);
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = msg(lang, code, { date: '2026-10-20', days: 3 });
      assert.ok(t.length > 0 && !/undefined|\[object/.test(t), `${lang} ${code}`);
    }
  }
});

test('every protocol error code a server sends has a message in both languages', () => {
  const codes = [
    'request.protocol.bad-request',
    'request.protocol.invalid-application',
    'request.protocol.idempotency-key-missing',
    'request.protocol.idempotency-conflict',
    'request.protocol.not-found',
    'request.protocol.method-not-allowed',
    'request.protocol.unsupported-media-type',
    'request.protocol.too-large',
    'request.protocol.rate-limited',
    'request.protocol.server-error',
  ];
  for (const code of codes) {
    assert.ok(hasMessage(code), code);
    assert.match(msg('zh-CN', code), /[\u4e00-\u9fff]/, code);
    assert.ok(msg('en', code).length > 0, code);
  }
  // The codes the reference test server uses are among them.
  const server = readFileSync(fileURLToPath(new URL('../../../tools/wtr/request-server.js', import.meta.url)), 'utf8');
  for (const m of server.matchAll(/'(request\.protocol\.[a-z-]+)'/g)) assert.ok(codes.includes(m[1]!), m[1]);
});

test('the request form, status and protocol messages render with realistic parameters', () => {
  const params = {
    agency: '示范县民政局',
    due: '2026-10-20',
    receipt: '2026-09-16',
    date: '2026-09-16',
    days: 1,
    count: 1,
    seconds: 30,
    status: 502,
    name: 'id.jpg',
    max: 3,
    maxMb: 5,
    field: 'trackingCode',
    value: '42',
    channel: 'online',
    correctBy: '2026-09-30',
    party: 'third-party',
    workdays: 1,
    outcome: 'DISCLOSE',
  };
  const own = ['request.form.', 'request.status.', 'request.protocol.', 'request.contact.'];
  const codes = Object.keys(requestUiMessages['zh-CN']);
  assert.ok(codes.length > 150, `${codes.length}`);
  for (const code of codes) {
    assert.ok(
      own.some((p) => code.startsWith(p)),
      code,
    );
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = msg(lang, code, params);
      assert.ok(t.length > 0, `${lang} ${code}`);
      assert.doesNotMatch(t, /undefined|\[object|NaN|\d{4}-\d{2}-\d{2}/, `${lang} ${code}: ${t}`);
    }
  }
  assert.equal(msg('en', 'request.status.left', { days: 1 }), '1 working day left');
  assert.equal(msg('zh-CN', 'request.status.left', { days: 6 }), '还剩 6 个工作日');
});

test('receiptDueDate: the clock’s due date once receipt is confirmed, else the online estimate from the submission day', () => {
  // Confirmed Monday 2026-11-02: the 20th working day after it is Monday 2026-11-30 (no holiday in November).
  const confirmed = receiptDueDate(
    {
      submittedAt: '2026-11-02T09:30:00+08:00',
      events: [
        { type: 'submitted', at: '2026-11-02T09:30:00+08:00', channel: 'online' },
        { type: 'confirmed', date: '2026-11-02' },
      ],
    },
    { today: '2026-11-02' },
  );
  assert.equal(confirmed, '2026-11-30');
  // Submitted on Saturday 2026-11-28 (China time; 02:00 UTC) and not yet confirmed: taken as received
  // on Monday 2026-11-30, so due on the 20th working day after it, Monday 2026-12-28.
  const pending = {
    submittedAt: '2026-11-28T02:00:00Z',
    events: [{ type: 'submitted' as const, at: '2026-11-28T02:00:00Z', channel: 'online' as const }],
  };
  assert.equal(receiptDueDate(pending, { today: '2026-11-28' }), '2026-12-28');
  assert.equal(receiptDueDate({ submittedAt: '2026-11-28T02:00:00Z' }, { today: '2026-11-28' }), '2026-12-28');
});
