// An independent, deliberately naive reading of the request clock's reply due date, and a
// generator of realistic random event logs. Used by the clock tests (as an oracle) and by
// bench/clock.bench.ts (as the baseline). It walks calendar days one at a time with isWorkday
// and never calls addWorkdays or workdaysBetween.

type Day = string;
type Ev = Record<string, unknown> & { type: string };

const MS = 86400000;
/** The next calendar day, by Date arithmetic in UTC. */
export const nextDay = (d: Day): Day => new Date(Date.parse(`${d}T00:00:00Z`) + MS).toISOString().slice(0, 10);
export const dayNumber = (d: Day): number => Math.round(Date.parse(`${d}T00:00:00Z`) / MS);
export const dayString = (n: number): Day => new Date(n * MS).toISOString().slice(0, 10);

/** The n-th working day after `from`, one calendar day at a time. */
function walk(from: Day, n: number, isWorkday: (d: Day) => boolean): Day {
  let d = from;
  while (n > 0) {
    d = nextDay(d);
    if (isWorkday(d)) n--;
  }
  return d;
}

const CONFIRM = new Set(['ordinary-post', 'online', 'fax']);

/** What the due date depends on, read naively from a valid log. */
export interface NaiveFacts {
  start: Day;
  /** 20 plus the extension days. */
  n: number;
  /** Working days d with from < d ≤ to do not count. */
  pauses: { from: Day; to: Day }[];
  manual?: Day;
}

/**
 * Reads a valid log: the period's start (receipt or corrected request), its length, the pauses
 * (sent → opinion, capped at the 15-working-day limit; unanswered: today or the closing day,
 * capped likewise) and an Art. 35 due date. Undefined when no period runs.
 */
export function naiveFacts(events: readonly Ev[], today: Day, isWorkday: (d: Day) => boolean): NaiveFacts | undefined {
  let channel: string | undefined;
  let start: Day | undefined;
  let pending = false;
  let ext = 0;
  let manual: Day | undefined;
  let closed: Day | undefined;
  const cons: { party: string; ref?: unknown; sent: Day; letter: Day; end?: Day }[] = [];
  for (const e of events) {
    const date = e.date as Day;
    switch (e.type) {
      case 'submitted':
        channel ??= e.channel as string;
        break;
      case 'received':
        channel = e.channel as string;
        if (start === undefined && !CONFIRM.has(channel)) start = date;
        break;
      case 'confirmed':
        if (start === undefined && (channel === undefined || CONFIRM.has(channel))) start = date;
        break;
      case 'correction-requested':
        pending = true;
        break;
      case 'corrected':
        pending = false;
        start = date;
        ext = 0;
        manual = undefined;
        break;
      case 'consultation-started':
        cons.push({ party: e.party as string, ref: e.ref, sent: date, letter: (e.letterReceived as Day | undefined) ?? date });
        break;
      case 'consultation-ended': {
        const c = cons.find(
          (x) => x.end === undefined && (e.ref !== undefined ? x.ref === e.ref : e.party === undefined || x.party === e.party),
        );
        if (c) c.end = date;
        break;
      }
      case 'extended':
        ext += e.workdays as number;
        break;
      case 'due-date-set':
        manual = e.due as Day;
        break;
      case 'replied':
      case 'not-processed':
      case 'withdrawn':
      case 'correction-lapsed':
      case 'archived':
        closed ??= date;
        break;
    }
  }
  if (start === undefined || pending) return undefined;
  const asOf = closed ?? today;
  const pauses = cons.map((c) => {
    const limit = walk(c.letter, 15, isWorkday);
    const end = c.end ?? asOf;
    return { from: c.sent, to: end < limit ? end : limit };
  });
  return manual === undefined ? { start, n: 20 + ext, pauses } : { start, n: 20 + ext, pauses, manual };
}

/** The n-th working day after start that lies in no pause, one calendar day at a time. */
export function naiveCount(f: NaiveFacts, isWorkday: (d: Day) => boolean): Day {
  let d = f.start;
  let left = f.n;
  while (left > 0) {
    d = nextDay(d);
    if (!isWorkday(d)) continue;
    if (f.pauses.some((p) => p.from < d && d <= p.to)) continue;
    left--;
  }
  return d;
}

/** The reply due date of a valid log, the naive way (undefined when no period runs). */
export function naiveDue(events: readonly Ev[], today: Day, isWorkday: (d: Day) => boolean): Day | undefined {
  const f = naiveFacts(events, today, isWorkday);
  if (f === undefined) return undefined;
  return f.manual ?? naiveCount(f, isWorkday);
}

// ---------------------------------------------------------------------------------------------
// Realistic random logs

const CHANNELS = ['in-person', 'registered-post', 'ordinary-post', 'online', 'fax'] as const;
const OUTCOMES = ['DISCLOSE', 'ALREADY_PUBLIC', 'NOT_EXIST', 'NOT_OUR_INFO', 'PARTIAL', 'WITHHOLD'] as const;

/** mulberry32: a seeded generator, the same logs on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid log as an office would record it: submission and receipt by one of the five channels,
 * sometimes a correction (rarely lapsed), up to two consultations (sometimes overlapping, some
 * unanswered), sometimes an approved extension or an Art. 35 due date, often a reply, sometimes
 * archived. Receipt dates fall in 2010–2027 (2027 is provisional).
 */
export function randomLog(rand: () => number): { events: Ev[]; today: Day } {
  const int = (n: number) => Math.floor(rand() * n);
  let t = dayNumber('2010-01-04') + int(dayNumber('2027-10-01') - dayNumber('2010-01-04'));
  const d = () => dayString(t);
  const adv = (max: number) => (t += int(max));
  const events: Ev[] = [];
  const channel = CHANNELS[int(CHANNELS.length)]!;
  events.push({ type: 'submitted', at: `${d()}T${String(8 + int(10)).padStart(2, '0')}:15:00+08:00`, channel });
  if (channel === 'in-person' || channel === 'registered-post') {
    if (channel === 'registered-post') adv(4);
    events.push({ type: 'received', date: d(), channel });
  } else {
    if (channel === 'ordinary-post') {
      adv(4);
      events.push({ type: 'received', date: d(), channel });
    } else adv(3);
    events.push({ type: 'confirmed', date: d() });
  }
  const finish = (extra: number) => ({ events, today: dayString(t + int(extra)) });
  if (rand() < 0.25) {
    adv(12);
    events.push({ type: 'correction-requested', date: d() });
    adv(20);
    if (rand() < 0.15) {
      events.push({ type: 'correction-lapsed', date: d() });
      return finish(20);
    }
    events.push({ type: 'corrected', date: d() });
  }
  let open: string[] = [];
  let extended = false;
  const steps = int(5);
  for (let k = 0; k < steps; k++) {
    adv(9);
    const r = rand();
    if (r < 0.4 && open.length < 2) {
      const party = open.includes('third-party')
        ? 'agency'
        : open.includes('agency')
          ? 'third-party'
          : rand() < 0.7
            ? 'third-party'
            : 'agency';
      const ev: Ev = { type: 'consultation-started', date: d(), party };
      if (rand() < 0.5) {
        adv(4); // the letter arrives a few days after it was sent
        ev.letterReceived = d();
      }
      events.push(ev);
      open.push(party);
    } else if (r < 0.7 && open.length > 0) {
      const party = open[int(open.length)]!;
      events.push({ type: 'consultation-ended', date: d(), party });
      open = open.filter((p) => p !== party);
    } else if (r < 0.9 && !extended) {
      events.push({ type: 'extended', date: d(), workdays: 1 + int(20), approvedBy: '办公室主任' });
      extended = true;
    } else if (r >= 0.97) {
      events.push({ type: 'due-date-set', date: d(), due: dayString(t + 30 + int(60)), reason: '申请数量明显超过合理范围' });
    }
  }
  const r = rand();
  if (r < 0.55) {
    adv(15);
    const outcome = OUTCOMES[int(OUTCOMES.length)]!;
    const reply: Ev = { type: 'replied', date: d(), outcome };
    if (outcome === 'WITHHOLD' || outcome === 'PARTIAL') reply.grounds = ['THIRD_PARTY_PRIVACY'];
    events.push(reply);
    if (rand() < 0.3) {
      adv(10);
      events.push({ type: 'archived', date: d() });
    }
  } else if (r < 0.6) {
    adv(10);
    events.push({ type: 'withdrawn', date: d() });
  } else if (r < 0.63) {
    adv(10);
    events.push({ type: 'not-processed', date: d(), reason: '信访举报投诉类申请' });
  }
  return finish(40);
}
