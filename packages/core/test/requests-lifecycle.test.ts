import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../src/disclosure/shared.js';
import {
  applyEvent,
  newRequest,
  REQUEST_EVENT_TYPES,
  requestClock,
  type RequestEvent,
  type RequestEventType,
  type RequestRecord,
} from '../src/index.js';

function run(events: unknown[]): { request: RequestRecord; rejected: { index: number; codes: string[] }[] } {
  let request = newRequest('r1');
  const rejected: { index: number; codes: string[] }[] = [];
  events.forEach((e, index) => {
    const r = applyEvent(request, e);
    if (r.ok) request = r.request;
    else rejected.push({ index, codes: r.issues.map((i) => i.code) });
  });
  return { request, rejected };
}

const rec = (date: string): RequestEvent => ({ type: 'received', date, channel: 'in-person' });

test('a normal lifecycle: received → correction → corrected → consultation → replied → archived', () => {
  const { request, rejected } = run([
    rec('2024-03-01'),
    { type: 'correction-requested', date: '2024-03-04' },
    { type: 'corrected', date: '2024-03-08' },
    { type: 'consultation-started', date: '2024-03-11', party: 'third-party' },
    { type: 'consultation-ended', date: '2024-03-20' },
    { type: 'replied', date: '2024-03-28', outcome: 'PARTIAL', grounds: ['THIRD_PARTY_PRIVACY'] },
    { type: 'archived', date: '2024-04-02' },
  ]);
  assert.deepEqual(rejected, []);
  assert.equal(request.state, 'archived');
  assert.equal(request.id, 'r1');
  assert.equal(request.events.length, 7);
});

test('state follows the clock phase', () => {
  let r = newRequest();
  assert.equal(r.state, 'awaiting-receipt');
  const step = (e: unknown) => {
    const x = applyEvent(r, e);
    assert.ok(x.ok, JSON.stringify(x));
    r = x.request;
    return r.state;
  };
  assert.equal(step({ type: 'submitted', at: '2024-05-06T10:00:00+08:00', channel: 'online' }), 'awaiting-confirmation');
  assert.equal(step({ type: 'confirmed', date: '2024-05-07' }), 'processing');
  assert.equal(step({ type: 'correction-requested', date: '2024-05-08' }), 'awaiting-correction');
  assert.equal(step({ type: 'correction-lapsed', date: '2024-05-30' }), 'abandoned');
  assert.equal(step({ type: 'archived', date: '2024-06-01' }), 'archived');
});

test('illegal transitions are rejected with a specific code', () => {
  const cases: [unknown[], string][] = [
    [[{ type: 'replied', date: '2024-03-01', outcome: 'DISCLOSE' }], 'request.transition.before-receipt'],
    [[rec('2024-03-01'), { type: 'corrected', date: '2024-03-02' }], 'request.transition.no-correction-pending'],
    [[rec('2024-03-01'), { type: 'correction-lapsed', date: '2024-03-02' }], 'request.transition.no-correction-pending'],
    [
      [rec('2024-03-01'), { type: 'replied', date: '2024-03-02', outcome: 'DISCLOSE' }, { type: 'withdrawn', date: '2024-03-03' }],
      'request.transition.closed',
    ],
    [
      [rec('2024-03-01'), { type: 'withdrawn', date: '2024-03-02' }, { type: 'replied', date: '2024-03-03', outcome: 'DISCLOSE' }],
      'request.transition.closed',
    ],
    [[rec('2024-03-01'), { type: 'archived', date: '2024-03-02' }], 'request.transition.not-closed'],
    [
      [
        rec('2024-03-01'),
        { type: 'not-processed', date: '2024-03-02', reason: 'OTHER' },
        { type: 'archived', date: '2024-03-03' },
        { type: 'archived', date: '2024-03-04' },
      ],
      'request.transition.archived',
    ],
    [[rec('2024-03-01'), { type: 'replied', date: '2024-03-02', outcome: 'WITHHOLD' }], 'request.transition.grounds-required'],
    [[rec('2024-03-01'), { type: 'replied', date: '2024-03-02', outcome: 'PARTIAL', grounds: [] }], 'request.transition.grounds-required'],
    [[rec('2024-03-01'), { type: 'not-processed', date: '2024-03-02', reason: '太多了' }], 'request.transition.reason-unknown'],
    [[rec('2024-03-01'), rec('2024-03-02')], 'request.transition.already-received'],
    [
      [
        rec('2024-03-01'),
        { type: 'correction-requested', date: '2024-03-02' },
        { type: 'replied', date: '2024-03-03', outcome: 'DISCLOSE' },
      ],
      'request.transition.awaiting-correction',
    ],
    [
      [
        rec('2024-03-01'),
        { type: 'correction-requested', date: '2024-03-02' },
        { type: 'corrected', date: '2024-03-03' },
        { type: 'correction-requested', date: '2024-03-04' },
      ],
      'request.transition.correction-twice',
    ],
    [[rec('2024-03-05'), { type: 'replied', date: '2024-03-01', outcome: 'DISCLOSE' }], 'clock.order'],
    [[rec('2024-03-01'), { type: 'replied', date: '2024-03-02', outcome: 'MAYBE' }], 'request.event.invalid-value'],
    [[{ type: 'replied' }], 'request.event.missing'],
  ];
  for (const [events, code] of cases) {
    const { rejected } = run(events);
    assert.equal(rejected.length, 1, `${code}: ${JSON.stringify(rejected)}`);
    assert.equal(rejected[0]!.index, events.length - 1, code);
    assert.ok(rejected[0]!.codes.includes(code), `${code}: got ${rejected[0]!.codes.join(', ')}`);
  }
  const bad = applyEvent(newRequest(), 'x');
  assert.ok(!bad.ok && bad.issues[0]!.code === 'request.event.not-object' && bad.issues[0]!.path[0] === 'event');
});

test('a request whose state does not match its log is refused', () => {
  const r = applyEvent({ events: [rec('2024-03-01')], state: 'replied' }, { type: 'archived', date: '2024-03-02' });
  assert.ok(!r.ok && r.issues[0]!.code === 'request.state-mismatch');
  assert.deepEqual(r.ok ? undefined : r.issues[0]!.params, { state: 'replied', expected: 'processing' });
});

test('applyEvent is pure: the input request is not changed', () => {
  const r = newRequest('a');
  const x = applyEvent(r, rec('2024-03-01'));
  assert.ok(x.ok);
  assert.deepEqual(r, { id: 'a', events: [], state: 'awaiting-receipt' });
});

// Every event type of the clock's vocabulary.
const TYPES = REQUEST_EVENT_TYPES;
const OUTCOMES = ['DISCLOSE', 'WITHHOLD', 'PARTIAL', 'NOT_EXIST', 'REPEAT'] as const;

function makeEvent(type: RequestEventType, date: string, k: number): RequestEvent {
  switch (type) {
    case 'received':
      return { type, date, channel: k % 2 ? 'in-person' : 'ordinary-post' };
    case 'submitted':
      return { type, at: `${date}T09:00:00+08:00`, channel: k % 2 ? 'online' : 'in-person' };
    case 'consultation-started':
      return { type, date, party: k % 2 ? 'third-party' : 'agency' };
    case 'extended':
      return { type, date, workdays: 5 + (k % 20) };
    case 'due-date-set':
      return { type, date, due: addDays(date, 30), reason: 'Art. 35' };
    case 'replied': {
      const outcome = OUTCOMES[k % OUTCOMES.length]!;
      return k % 3 === 0 ? { type, date, outcome } : { type, date, outcome, grounds: ['PROCESS_INFO'] };
    }
    case 'not-processed':
      return { type, date, reason: k % 4 === 0 ? 'nonsense' : 'PETITION_COMPLAINT' };
    default:
      return { type, date };
  }
}

test('property: every log that applyEvent accepts gives requestClock a valid phase equal to the state', () => {
  const reached = new Set<string>();
  fc.assert(
    fc.property(
      fc.array(fc.record({ t: fc.constantFrom(...TYPES), gap: fc.integer({ min: 0, max: 12 }), k: fc.nat(100) }), { maxLength: 14 }),
      (steps) => {
        let request = newRequest();
        let date = '2024-01-02';
        for (const s of steps) {
          date = addDays(date, s.gap);
          const r = applyEvent(request, makeEvent(s.t, date, s.k));
          if (r.ok) request = r.request;
        }
        if (request.events.length === 0) return;
        const last = request.events
          .map((e) => (e.type === 'submitted' ? e.at.slice(0, 10) : e.date))
          .sort()
          .at(-1)!;
        const clock = requestClock(request.events, { today: last });
        assert.notEqual(clock.phase, 'invalid', JSON.stringify(clock.issues));
        assert.equal(clock.phase, request.state);
        reached.add(request.state);
      },
    ),
    { numRuns: 300 },
  );
  // The property is not vacuous: the random logs reach most states.
  assert.ok(reached.size >= 7, [...reached].join(', '));
});
