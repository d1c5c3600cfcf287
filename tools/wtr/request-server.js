// An in-memory 依申请公开 endpoint that the elements' browser tests talk to over real HTTP (no stubbed fetch).
// Everything lives under /api/requests/<scenario>/; <scenario> picks a behaviour, state is kept per scenario:
//
//   POST   /api/requests/<s>/          submit: JSON body (the Application), or multipart/form-data with a part
//                                      `application` (JSON text) and file parts `identityProof`. Header
//                                      Idempotency-Key is required; a successful (201) answer is stored under the
//                                      key and replayed for the same body; another body with that key → 409.
//                                      Errors are not stored: a corrected form may be resent with the same key.
//   POST   /api/requests/<s>/status    status look-up: { trackingCode, secret } (last 4 phone digits, or the email).
//   GET    /api/requests/<s>/__log     what was received: { posts, lookups, created, lastHeaders, lastParts, lastApplication }.
//   DELETE /api/requests/<s>/__log     resets the scenario (records, keys, counters).
//
// Scenarios: ok · demo (like ok) · loose-issues (400 with issues on a file part and the agency) · fail-once (first POST per key → 500) · slow (?delay= ms, default 3000) · field-issues (always 400
// with two issues) · bad-receipt (201 with an invalid receipt) · not-json (200 text/html) · status-invalid ·
// status-500. The SEEDED_STATUS records answer look-ups in every scenario.
// Errors: { error: { code, message?, issues? } } as application/json; charset=utf-8.
import { createHash } from 'node:crypto';
import { createTrackingCode, matchesLookup, parseApplication } from '@gongkai/core';

/** @typedef {{ code: string; path: (string | number)[]; params: Record<string, unknown> }} Issue */
/** @typedef {{ status: number; type?: string; body?: string; allow?: string }} Reply */
/** @typedef {{ trackingCode: string; contact: { mobile?: string; email?: string }; events: object[] }} StatusRecord */
/** @typedef {{ name: string; filename?: string; type?: string; size?: number }} PartInfo */

const PREFIX = '/api/requests';
// `demo`: the demo portal's endpoint (apps/demo/serve.mjs), which behaves like `ok`.
const SCENARIOS = new Set([
  'ok',
  'demo',
  'loose-issues',
  'fail-once',
  'slow',
  'field-issues',
  'bad-receipt',
  'not-json',
  'status-invalid',
  'status-500',
]);
const MAX_BODY = 10 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

const RECEIPT_AGENCY = { phone: '0537-0000000', address: '示范县政务服务中心 3 楼', hours: '工作日 9:00–17:00' };
const STATUS_AGENCY = {
  name: '示范县人民政府办公室',
  phone: '0537-1234567',
  address: '示范县人民路 1 号',
  email: 'gk@example.gov.cn',
  hours: '工作日 9:00–12:00，13:30–17:00',
};

/** A deterministic generator for the seeded codes (Park–Miller). @param {number} seed */
function seeded(seed) {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

/**
 * Look-ups that succeed in every scenario. Secrets: the last 4 digits of `contact.mobile`, or `contact.email`.
 * @type {readonly (StatusRecord & { secrets: string[] })[]}
 */
export const SEEDED_STATUS = Object.freeze([
  {
    trackingCode: createTrackingCode(seeded(1)),
    contact: { mobile: '13800138000', email: 'zhang@example.com' },
    secrets: ['8000', 'zhang@example.com'],
    events: [
      { type: 'submitted', at: '2026-11-02T09:30:00+08:00', channel: 'online' },
      { type: 'confirmed', date: '2026-11-02' },
      { type: 'correction-requested', date: '2026-11-05', correctBy: '2026-11-20' },
      { type: 'corrected', date: '2026-11-10' },
    ],
  },
  {
    trackingCode: createTrackingCode(seeded(2)),
    contact: { mobile: '13900139001', email: 'li@example.com' },
    secrets: ['9001', 'li@example.com'],
    events: [
      { type: 'submitted', at: '2026-09-01T10:00:00+08:00', channel: 'online' },
      { type: 'confirmed', date: '2026-09-01' },
      { type: 'replied', date: '2026-09-20', outcome: 'DISCLOSE' },
    ],
  },
]);

/** @param {number} status @param {unknown} body @returns {Reply} */
const json = (status, body) => ({ status, type: JSON_TYPE, body: JSON.stringify(body) });
/** @param {number} status @param {string} code @param {Partial<{ message: string; issues: Issue[] }>} [extra] */
const fail = (status, code, extra = {}) => json(status, { error: { code, ...extra } });
const sha = (/** @type {string | Uint8Array} */ data) => createHash('sha256').update(data).digest('hex');

function newState() {
  return {
    posts: 0,
    lookups: 0,
    created: 0,
    lastHeaders: /** @type {Record<string, string | null>} */ ({}),
    lastParts: /** @type {PartInfo[]} */ ([]),
    lastApplication: /** @type {unknown} */ (null),
    /** @type {StatusRecord[]} */ records: [],
    /** @type {Map<string, { fingerprint: string; reply: Reply }>} */ keys: new Map(),
    /** @type {Set<string>} */ failedOnce: new Set(),
  };
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk); // past the limit, drain the rest so the connection stays usable
  }
  if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { tooLarge: true });
  return Buffer.concat(chunks);
}

/**
 * Reads a submission body: the application JSON (or undefined when it is not readable), the parts and a fingerprint.
 * @param {string} contentType @param {Buffer} raw
 */
async function readSubmission(contentType, raw) {
  /** @type {PartInfo[]} */
  const parts = [];
  let text;
  const files = [];
  if (/^application\/([\w.-]+\+)?json\b/i.test(contentType)) {
    text = raw.toString('utf8');
  } else if (/^multipart\/form-data\b/i.test(contentType)) {
    const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    for (const [name, value] of form) {
      if (typeof value === 'string') {
        parts.push({ name });
        if (name === 'application' && text === undefined) text = value;
        continue;
      }
      const info = { name, filename: value.name, type: value.type, size: value.size };
      parts.push(info);
      if (name === 'application' && text === undefined) text = await value.text();
      else files.push({ ...info, hash: sha(new Uint8Array(await value.arrayBuffer())) });
    }
  } else {
    return { parts, problem: fail(415, 'request.protocol.unsupported-media-type', { message: `Content-Type ${contentType || '(none)'}` }) };
  }
  if (text === undefined) return { parts, problem: fail(400, 'request.protocol.bad-request', { message: 'no application part' }) };
  let application;
  try {
    application = JSON.parse(text);
  } catch {
    return { parts, problem: fail(400, 'request.protocol.bad-request', { message: 'the application is not JSON' }) };
  }
  return { parts, application, fingerprint: sha(JSON.stringify({ application, files })) };
}

/**
 * The protocol without a web framework: `handle(req)` answers a request under /api/requests, or returns undefined
 * for any other path. It never throws.
 */
export function createRequestHandler() {
  /** @type {Map<string, ReturnType<typeof newState>>} */
  const states = new Map();
  const state = (/** @type {string} */ scenario) => states.get(scenario) ?? states.set(scenario, newState()).get(scenario);

  /** @param {ReturnType<typeof newState>} st @param {string} scenario @param {import('node:http').IncomingMessage} req @param {URL} url */
  async function submit(st, scenario, req, url) {
    st.posts += 1;
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
    const contentType = req.headers['content-type'] ?? '';
    st.lastHeaders = { 'idempotency-key': key ?? null, 'content-type': contentType || null };
    st.lastParts = [];
    st.lastApplication = null;
    const raw = await readBody(req);
    const sub = await readSubmission(contentType, raw).catch(() => ({ parts: [], problem: fail(400, 'request.protocol.bad-request') }));
    st.lastParts = sub.parts;
    st.lastApplication = sub.application ?? null;
    if (scenario === 'slow') {
      const delay = Number(url.searchParams.get('delay') ?? 3000);
      await new Promise((resolve) => setTimeout(resolve, Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 60000) : 3000));
    }
    if (key === undefined || key.trim() === '') return fail(400, 'request.protocol.idempotency-key-missing');
    if (scenario === 'field-issues') {
      const mobile = /** @type {any} */ (sub.application)?.contact?.mobile;
      return fail(400, 'request.protocol.invalid-application', {
        issues: [
          { code: 'id.resident.checksum', path: ['identity', 'number'], params: { expected: 'X' } },
          { code: 'request.application.mobile', path: ['contact', 'mobile'], params: { value: typeof mobile === 'string' ? mobile : '' } },
        ],
      });
    }
    if (scenario === 'loose-issues') {
      // Issues on a file part and on the agency: the form has no text field for either.
      return json(400, {
        error: {
          code: 'request.protocol.invalid-application',
          issues: [
            { code: 'request.protocol.too-large', path: ['identityProof', 0], params: {} },
            { code: 'request.application.missing', path: ['agency', 'name'], params: { field: 'agency.name' } },
          ],
        },
      });
    }
    if (scenario === 'bad-receipt') return json(201, { tracking: 42 });
    if (scenario === 'not-json') return { status: 200, type: 'text/html; charset=utf-8', body: '<html>oops</html>' };
    if (scenario === 'fail-once' && !st.failedOnce.has(key)) {
      st.failedOnce.add(key);
      return fail(500, 'request.protocol.server-error');
    }
    if (sub.problem) return sub.problem;
    // From here on nothing awaits, so two concurrent requests with one key cannot both create a record.
    const stored = st.keys.get(key);
    if (stored) return stored.fingerprint === sub.fingerprint ? stored.reply : fail(409, 'request.protocol.idempotency-conflict');
    const parsed = parseApplication(sub.application);
    if (!parsed.ok) {
      const issues = parsed.issues.map((i) => ({ code: i.code, path: i.path, params: i.params ?? {} }));
      return fail(400, 'request.protocol.invalid-application', { issues });
    }
    const taken = new Set([...st.records, ...SEEDED_STATUS].map((r) => r.trackingCode));
    let trackingCode = createTrackingCode(Math.random);
    while (taken.has(trackingCode)) trackingCode = createTrackingCode(Math.random);
    const submittedAt = new Date().toISOString();
    const events = [{ type: 'submitted', at: submittedAt, channel: 'online' }];
    st.records.push({ trackingCode, contact: parsed.value.contact, events, application: { ...parsed.value, trackingCode } });
    st.created += 1;
    const reply = json(201, { trackingCode, submittedAt, agency: { name: parsed.value.agency.name, ...RECEIPT_AGENCY }, events });
    st.keys.set(key, { fingerprint: /** @type {string} */ (sub.fingerprint), reply });
    return reply;
  }

  /** @param {ReturnType<typeof newState>} st @param {string} scenario @param {import('node:http').IncomingMessage} req */
  async function lookUp(st, scenario, req) {
    st.lookups += 1;
    const raw = await readBody(req);
    if (scenario === 'status-500') return fail(500, 'request.protocol.server-error');
    if (scenario === 'status-invalid') return json(200, { trackingCode: 5, events: 'nope' });
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return fail(400, 'request.protocol.bad-request');
    }
    if (typeof body?.trackingCode !== 'string' || typeof body?.secret !== 'string') return fail(400, 'request.protocol.bad-request');
    const found = [...st.records, ...SEEDED_STATUS].find((r) => matchesLookup(r, body.trackingCode, body.secret));
    if (!found) return fail(404, 'request.protocol.not-found');
    return json(200, { trackingCode: found.trackingCode, agency: STATUS_AGENCY, events: found.events });
  }

  /** @param {import('node:http').IncomingMessage} req @returns {Promise<Reply | undefined>} */
  return async function handle(req) {
    const url = URL.canParse(req.url ?? '', 'http://local') ? new URL(req.url ?? '', 'http://local') : undefined;
    if (!url || (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`))) return undefined;
    try {
      const [scenario = '', rest = '', ...more] = url.pathname.slice(PREFIX.length + 1).split('/');
      if (!SCENARIOS.has(scenario) || more.some((s) => s !== '') || !['', 'status', '__log'].includes(rest)) {
        return fail(404, 'request.protocol.not-found', { message: `no such endpoint: ${url.pathname}` });
      }
      const allowed = rest === '__log' ? ['GET', 'DELETE'] : ['POST'];
      if (!allowed.includes(req.method ?? '')) return { ...fail(405, 'request.protocol.method-not-allowed'), allow: allowed.join(', ') };
      const st = state(scenario);
      if (rest === '__log') {
        if (req.method === 'DELETE') states.delete(scenario);
        const { posts, lookups, created, lastHeaders, lastParts, lastApplication } = req.method === 'DELETE' ? newState() : st;
        return json(200, { posts, lookups, created, lastHeaders, lastParts, lastApplication });
      }
      return rest === 'status' ? await lookUp(st, scenario, req) : await submit(st, scenario, req, url);
    } catch (e) {
      if (/** @type {any} */ (e)?.tooLarge) return fail(413, 'request.protocol.too-large');
      return fail(500, 'request.protocol.server-error', { message: String(/** @type {any} */ (e)?.message ?? e) });
    }
  };
}

/**
 * Koa middleware for @web/test-runner's `middleware` option: answers /api/requests, passes everything else on.
 * (Not a plugin: dev-server-core composes the Koa stack before `serverStart`, so `app.use` there has no effect.)
 * @param {(req: import('node:http').IncomingMessage) => Promise<Reply | undefined>} [handle]
 */
export function requestServerMiddleware(handle = createRequestHandler()) {
  /** @param {any} ctx @param {() => Promise<unknown>} next */
  return async function requestServer(ctx, next) {
    const reply = await handle(ctx.req);
    if (!reply) return next();
    ctx.status = reply.status;
    if (reply.allow) ctx.set('Allow', reply.allow);
    ctx.set('Cache-Control', 'no-store');
    if (reply.type) ctx.set('Content-Type', reply.type);
    ctx.body = reply.body ?? '';
  };
}

/**
 * Connect-style (req, res, next) middleware for a plain `http.createServer` or Vite's `server.middlewares`.
 * @param {(req: import('node:http').IncomingMessage) => Promise<Reply | undefined>} [handle]
 */
export function requestServerConnect(handle = createRequestHandler()) {
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {() => void} next */
  return (req, res, next) => {
    void handle(req).then((reply) => {
      if (!reply) return next();
      if (res.destroyed || res.headersSent) return;
      const headers = {
        'Cache-Control': 'no-store',
        ...(reply.type && { 'Content-Type': reply.type }),
        ...(reply.allow && { Allow: reply.allow }),
      };
      res.writeHead(reply.status, headers).end(reply.body ?? '');
    });
  };
}
