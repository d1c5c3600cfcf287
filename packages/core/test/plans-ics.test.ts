import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  escapeIcsText,
  foldIcsLine,
  GkError,
  icsUtcStamp,
  parseDeadline,
  planToIcs,
  sampleProgress2020,
  taskStatusAt,
  wenshangPlan2020,
  type Plan,
} from '../src/index.js';

// ---- A small RFC 5545 reader, independent of the code under test ----

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  props: Prop[];
  children: Component[];
}

/** Unfolds (CRLF + one space or tab is removed), splits content lines and builds the component tree. */
function parseIcs(text: string): Component {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'CRLF line ends only');
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const root: Component = { name: '', props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `content line: ${line}`);
    const [name, ...rawParams] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const params = Object.fromEntries(rawParams.map((p) => p.split('=') as [string, string]));
    const top = stack.at(-1)!;
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      top.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      assert.equal(top.name, value, 'END matches BEGIN');
      stack.pop();
    } else top.props.push({ name: name!, params, value });
  }
  assert.equal(stack.length, 1, 'every component closed');
  assert.equal(root.children.length, 1);
  return root.children[0]!;
}

/** TEXT unescaping: \\ \; \, \n \N. */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const text = (c: Component, name: string) => unescapeText(prop(c, name)!.value);
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const plan = wenshangPlan2020;
const status = taskStatusAt(plan, sampleProgress2020, '2020-08-15');
const STAMP = '2026-11-29T08:00:00Z';

test('planToIcs: the calendar header and one event per item with a due date', () => {
  const r = planToIcs(plan, status, { stamp: STAMP });
  const cal = parseIcs(r.ics);
  assert.equal(cal.name, 'VCALENDAR');
  assert.deepEqual(
    cal.props.map((p) => [p.name, p.value]),
    [
      ['VERSION', '2.0'],
      ['PRODID', '-//Gongkai//Task board//ZH'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['X-WR-CALNAME', '汶上县2020年推进基层政务公开标准化规范化工作实施方案（重点任务表）'],
    ],
  );
  const ids = [
    '1.1',
    '2.1',
    '3.1',
    '4.1',
    '5.1',
    '6.1',
    '7.1',
    '8.1',
    '8.2',
    '9.1',
    '9.2',
    '10.1',
    '11.1',
    '11.2',
    '12.1',
    '12.2',
    '13.1',
    '13.2',
    '13.3',
  ];
  assert.deepEqual(r.events, ids);
  assert.deepEqual(r.skipped, []);
  assert.equal(cal.children.length, 19);
  assert.ok(cal.children.every((c) => c.name === 'VEVENT'));
  assert.deepEqual(
    cal.children.map((e) => prop(e, 'UID')!.value),
    ids.map((id) => `2020-${id}@gongkai.invalid`),
  );
  for (const e of cal.children) {
    assert.equal(prop(e, 'DTSTAMP')!.value, '20261129T080000Z');
    assert.equal(prop(e, 'STATUS')!.value, 'CONFIRMED');
    assert.deepEqual(prop(e, 'DTSTART')!.params, { VALUE: 'DATE' });
    assert.deepEqual(prop(e, 'DTEND')!.params, { VALUE: 'DATE' });
    assert.equal(e.children.length, 1);
    const alarm = e.children[0]!;
    assert.equal(alarm.name, 'VALARM');
    assert.equal(prop(alarm, 'ACTION')!.value, 'DISPLAY');
    assert.equal(prop(alarm, 'TRIGGER')!.value, '-P3D');
  }
  // Due days (the months' ends as written in the plan) and the day after each.
  const days = Object.fromEntries(
    cal.children.map((e) => [prop(e, 'UID')!.value.slice(5, -16), [prop(e, 'DTSTART')!.value, prop(e, 'DTEND')!.value]]),
  );
  assert.deepEqual(days['1.1'], ['20200930', '20201001']);
  assert.deepEqual(days['8.1'], ['20200731', '20200801']);
  assert.deepEqual(days['9.2'], ['20201130', '20201201']);
  assert.deepEqual(days['11.1'], ['20200630', '20200701']);
});

test('planToIcs: summary, description and alarm text of the events, read back', () => {
  const cal = parseIcs(planToIcs(plan, status, { stamp: STAMP }).ics);
  const ev = (id: string) => cal.children.find((e) => prop(e, 'UID')!.value === `2020-${id}@gongkai.invalid`)!;
  assert.equal(text(ev('8.1'), 'SUMMARY'), '任务8.1 拓宽公开渠道');
  const d81 = text(ev('8.1'), 'DESCRIPTION').split('\n');
  assert.deepEqual(d81.slice(0, 2), ['主体责任单位：县直各部门、单位；', '各乡镇（街道）']);
  assert.ok(d81[2]!.startsWith('具体要求：要综合利用政务微博'));
  assert.deepEqual(d81.slice(3), ['完成时限：2020年7月底前', '进展情况：已完成']);
  // 1.1 on 2020-08-15 (a Saturday): in progress, 34 working days to 2020-09-30 (11 in August,
  // 23 in September counting Sunday 27th, a make-up working day).
  assert.equal(text(ev('1.1'), 'DESCRIPTION').split('\n').at(-1), '进展情况：推进中；还剩 34 个工作日');
  assert.equal(text(ev('6.1'), 'DESCRIPTION').split('\n').at(-1), '进展情况：受阻；还剩 34 个工作日');
  // Several requirements: numbered on their own lines.
  const d21 = text(ev('2.1'), 'DESCRIPTION').split('\n');
  assert.equal(d21[2], '具体要求：');
  assert.ok(d21[3]!.startsWith('（1）实行政府信息全生命周期管理'));
  assert.ok(d21[5]!.startsWith('（3）建立健全'));
  assert.equal(text(ev('8.1').children[0]!, 'DESCRIPTION'), '3 天后到期：任务8.1 拓宽公开渠道');
  // Raw: the line break of the units cell is the two characters \n.
  assert.match(prop(ev('8.1'), 'DESCRIPTION')!.value, /^主体责任单位：县直各部门、单位；\\n各乡镇（街道）\\n具体要求：/);
});

test('planToIcs: English text, options, and UIDs stable across exports', () => {
  const later = taskStatusAt(plan, sampleProgress2020, '2020-10-12');
  const r = planToIcs(plan, later, {
    stamp: '2026-11-29T16:30:05+08:00',
    lang: 'en',
    uidDomain: 'wenshang.example.org',
    reminderDays: 1,
    calendarName: 'Wenshang 2020; key tasks, board',
  });
  const cal = parseIcs(r.ics);
  assert.equal(text(cal, 'X-WR-CALNAME'), 'Wenshang 2020; key tasks, board');
  assert.match(r.ics, /\r\nX-WR-CALNAME:Wenshang 2020\\; key tasks\\, board\r\n/);
  const e = cal.children.find((c) => prop(c, 'UID')!.value === '2020-3.1@wenshang.example.org')!;
  assert.equal(prop(e, 'DTSTAMP')!.value, '20261129T083005Z');
  assert.equal(text(e, 'SUMMARY'), 'Task 3.1 建立完善基层行政决策公众参与机制');
  assert.equal(text(e, 'DESCRIPTION').split('\n').at(-1), 'Progress: In progress; overdue by 3 working days');
  assert.equal(prop(e.children[0]!, 'TRIGGER')!.value, '-P1D');
  assert.equal(text(e.children[0]!, 'DESCRIPTION'), 'Due in 1 day: task 3.1 建立完善基层行政决策公众参与机制');
  // Same UIDs as the first export.
  const first = parseIcs(planToIcs(plan, status, { stamp: STAMP, uidDomain: 'wenshang.example.org' }).ics);
  assert.deepEqual(
    first.children.map((c) => prop(c, 'UID')!.value),
    cal.children.map((c) => prop(c, 'UID')!.value),
  );
  // No reminder.
  const quiet = parseIcs(planToIcs(plan, status, { stamp: STAMP, reminderDays: false }).ics);
  assert.ok(quiet.children.every((c) => c.children.length === 0));
});

test('planToIcs: every physical line is at most 75 octets and never splits a character', () => {
  const r = planToIcs(plan, status, { stamp: STAMP });
  const physical = r.ics.slice(0, -2).split('\r\n');
  assert.ok(physical.length > 19 * 12);
  for (const line of physical) {
    assert.ok(octets(line) <= 75, `${octets(line)}: ${line}`);
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
    assert.doesNotMatch(line, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
  // Long Chinese lines were folded: some continuation lines exist, each starting with one space.
  const continued = physical.filter((l) => l.startsWith(' '));
  assert.ok(continued.length > 50);
});

/** A one-task plan with the given texts, due 2020-12-31 (the year rolls over in DTEND). */
function hostilePlan(title: string, units: string, requirements: string[]): Plan {
  const rule = parseDeadline('2020年12月31日前');
  return {
    title,
    issuer: '某县人民政府办公室',
    issueDate: '2020-06-07',
    planYear: 2020,
    tasks: [
      {
        number: 1,
        title,
        items: [
          {
            id: '1.1',
            units: { text: units, resolved: [], lead: [], cooperating: [], unresolved: [], needsChoice: false },
            requirements,
            deadline: { text: '2020年12月31日前', rule },
          },
          {
            id: '1.2',
            units: { text: '县政府办公室', resolved: [], lead: [], cooperating: [], unresolved: [], needsChoice: false },
            requirements: ['长期坚持'],
            deadline: { text: '长期', rule: parseDeadline('长期') },
          },
        ],
      },
    ],
  };
}

test('planToIcs: hostile strings survive escaping and folding exactly', () => {
  const title = 'a,b;c\\d\ne\\,f;;,,\\n 😀👩‍👩‍👧 “引号”' + '政务公开'.repeat(30);
  const units = '县财政局,县审计局;县税务局\\\r\n各乡镇（街道）🏛️';
  const requirements = ['第一条：含,逗号;分号\\反斜杠', '第二条\n换行'];
  const p = hostilePlan(title, units, requirements);
  const r = planToIcs(p, taskStatusAt(p, [], '2020-12-01'), { stamp: STAMP, calendarName: title });
  assert.deepEqual(r.events, ['1.1']);
  assert.deepEqual(r.skipped, ['1.2']); // 长期: no due date
  const cal = parseIcs(r.ics);
  assert.equal(text(cal, 'X-WR-CALNAME'), title);
  assert.equal(cal.children.length, 1);
  const e = cal.children[0]!;
  assert.equal(text(e, 'SUMMARY'), `任务1.1 ${title}`);
  assert.equal(
    text(e, 'DESCRIPTION'),
    [
      '主体责任单位：县财政局,县审计局;县税务局\\',
      '各乡镇（街道）🏛️',
      '具体要求：',
      '（1）第一条：含,逗号;分号\\反斜杠',
      '（2）第二条',
      '换行',
      '完成时限：2020年12月31日前',
      // 2020-12-01 to 2020-12-31: 22 working days (23 in December, less the 1st).
      '进展情况：未开始；还剩 22 个工作日',
    ].join('\n'),
  );
  assert.deepEqual([prop(e, 'DTSTART')!.value, prop(e, 'DTEND')!.value], ['20201231', '20210101']);
  // Raw, unfolded: every special character escaped, no bare one left.
  const unfolded = r.ics.replace(/\r\n[ \t]/g, '');
  const summary = unfolded.split('\r\n').find((l) => l.startsWith('SUMMARY:'))!;
  assert.ok(summary.startsWith('SUMMARY:任务1.1 a\\,b\\;c\\\\d\\ne\\\\\\,f\\;\\;\\,\\,\\\\n 😀'));
  assert.doesNotMatch(summary.slice('SUMMARY:'.length).replace(/\\[\\;,n]/g, ''), /[\\;,]/);
  for (const line of r.ics.slice(0, -2).split('\r\n')) assert.ok(octets(line) <= 75);
});

test('escapeIcsText and foldIcsLine by hand', () => {
  assert.equal(escapeIcsText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  assert.equal(escapeIcsText('tab\there\u0000\u0007\u007f'), 'tab\there');
  const ascii75 = `X:${'a'.repeat(73)}`;
  assert.equal(foldIcsLine(ascii75), ascii75);
  assert.equal(foldIcsLine(`${ascii75}b`), `${ascii75}\r\n b`);
  // 'X:' + 25 × 中 = 2 + 75 octets: 24 characters fit on the first line (74 octets), the 25th
  // would make 77.
  assert.equal(foldIcsLine(`X:${'中'.repeat(25)}`), `X:${'中'.repeat(24)}\r\n 中`);
  // 'X:' + 72 ASCII + an emoji (4 octets): 74 + 4 > 75, so the emoji moves whole.
  assert.equal(foldIcsLine(`X:${'a'.repeat(72)}😀z`), `X:${'a'.repeat(72)}\r\n 😀z`);
  // Continuation lines hold 74 octets after their space.
  const long = foldIcsLine(`X:${'a'.repeat(73 + 74 + 5)}`).split('\r\n');
  assert.deepEqual(
    long.map((l) => l.length),
    [75, 75, 6],
  );
});

test('icsUtcStamp: ISO instants to UTC basic format; anything else throws', () => {
  assert.equal(icsUtcStamp('2026-11-29T08:00:00Z'), '20261129T080000Z');
  assert.equal(icsUtcStamp('2026-11-29T08:00:00.123Z'), '20261129T080000Z');
  assert.equal(icsUtcStamp('2026-01-01T05:00:00+08:00'), '20251231T210000Z');
  assert.equal(icsUtcStamp('2026-12-31T20:30:00-0500'), '20270101T013000Z');
  for (const bad of [
    '',
    '2026-11-29',
    '2026-11-29 08:00:00Z',
    '2026-02-30T08:00:00Z',
    '2026-11-29T24:00:00Z',
    '2026-11-29T08:00:00',
    'now',
  ]) {
    assert.throws(
      () => icsUtcStamp(bad),
      (e: unknown) => e instanceof GkError && e.code === 'plan.ics.stamp-invalid',
      bad,
    );
  }
});

test('planToIcs: invalid options throw typed errors', () => {
  assert.throws(
    () => planToIcs(plan, status, { stamp: 'yesterday' }),
    (e: unknown) => e instanceof GkError && e.code === 'plan.ics.stamp-invalid',
  );
  for (const uidDomain of ['', 'a b', 'x@y', 'evil.example\r\nX-INJECT:1', '-bad.example']) {
    assert.throws(
      () => planToIcs(plan, status, { stamp: STAMP, uidDomain }),
      (e: unknown) => e instanceof GkError && e.code === 'plan.ics.uid-domain-invalid',
      uidDomain,
    );
  }
  for (const reminderDays of [-1, 1.5, Number.NaN]) {
    assert.throws(
      () => planToIcs(plan, status, { stamp: STAMP, reminderDays }),
      (e: unknown) => e instanceof GkError && e.code === 'attr.not-integer',
      String(reminderDays),
    );
  }
});
