import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkDocumentRecord,
  DocumentRecordSchema,
  formatIssue,
  normalizeDocNumber,
  parseDocumentRecords,
  type DocumentRecordInput,
} from '../src/index.js';

const proactive: DocumentRecordInput = {
  id: 'd1',
  title: '汶上县2020年政务公开工作实施方案',
  docNumber: '汶政办发〔2020〕12号',
  issuer: '汶上县人民政府办公室',
  issueDate: '2020-06-07',
  attribute: 'PROACTIVE',
  status: 'in-force',
};
const withheld: DocumentRecordInput = {
  id: 'd2',
  title: '关于某事项的请示',
  docNumber: '汶政办字〔2020〕3号',
  issuer: '汶上县人民政府办公室',
  issueDate: '2020-03-02',
  attribute: 'NOT_DISCLOSED',
  ground: 'PROCESS_INFO',
  reason: '属于请示报告，尚未形成决定',
  status: 'in-force',
  reviews: [{ date: '2021-03-01', result: 'keep-withheld', reviewer: '县政务公开办' }],
};

test('docNumber: bracket forms are normalised to 〔〕, garbage is kept with a warning', () => {
  assert.deepEqual(normalizeDocNumber('汶政办发〔2020〕12号'), { value: '汶政办发〔2020〕12号', wellFormed: true });
  assert.deepEqual(normalizeDocNumber('汶政办发[2020]12号'), { value: '汶政办发〔2020〕12号', wellFormed: true });
  assert.deepEqual(normalizeDocNumber(' 汶政办发［２０２０］１２号 '), { value: '汶政办发〔2020〕12号', wellFormed: true });
  assert.deepEqual(normalizeDocNumber('国办函（2020）109号'), { value: '国办函〔2020〕109号', wellFormed: true });
  assert.deepEqual(normalizeDocNumber('汶政发【2020】 第5号'), { value: '汶政发〔2020〕5号', wellFormed: true });
  assert.deepEqual(normalizeDocNumber('见附件'), { value: '见附件', wellFormed: false });
  assert.deepEqual(normalizeDocNumber('〔2020〕12号'), { value: '〔2020〕12号', wellFormed: false });
  assert.deepEqual(normalizeDocNumber('汶政发〔20〕12号'), { value: '汶政发〔20〕12号', wellFormed: false });

  const r = parseDocumentRecords([
    { ...proactive, docNumber: '汶政办发[2020]12号' },
    { ...proactive, id: 'd9', docNumber: '  无文号 ' },
  ]);
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.value[0]!.docNumber, '汶政办发〔2020〕12号');
  assert.equal(r.value[1]!.docNumber, '无文号');
  assert.deepEqual(r.issues, [
    { code: 'disclosure.record.doc-number-format', path: ['records', 1, 'docNumber'], params: { value: '无文号' }, severity: 'warning' },
  ]);
  assert.match(formatIssue('zh-CN', r.issues[0]!), /文号“无文号”/);
});

test('ON_REQUEST and NOT_DISCLOSED require a ground and a reason, located', () => {
  const r = parseDocumentRecords({
    records: [
      proactive,
      { ...withheld, ground: undefined, reason: '  ' },
      { ...withheld, id: 'd3', attribute: 'ON_REQUEST', reason: undefined },
    ],
  });
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path, i.severity]),
    [
      ['disclosure.record.ground-required', ['records', 1, 'ground'], 'error'],
      ['disclosure.record.reason-required', ['records', 1, 'reason'], 'error'],
      ['disclosure.record.reason-required', ['records', 2, 'reason'], 'error'],
    ],
  );
  assert.equal(r.issues[0]!.params?.attribute, 'NOT_DISCLOSED');
  assert.match(formatIssue('zh-CN', r.issues[0]!), /不予公开的公文须说明法定事由/);
  assert.match(formatIssue('en', r.issues[2]!), /must state its reason/);
  // The schema itself enforces it too.
  assert.equal(DocumentRecordSchema.safeParse({ ...withheld, ground: undefined }).success, false);
  assert.equal(DocumentRecordSchema.safeParse(withheld).success, true);
});

test('Art. 16 ¶2 override basis: a warning while still withheld on an Art. 16 ground', () => {
  const basis = '《某省行政执法公示办法》第八条';
  const r = parseDocumentRecords([
    { ...withheld, overrideBasis: basis },
    { ...withheld, id: 'd4', ground: 'STATE_SECRET', overrideBasis: basis },
    { ...withheld, id: 'd5', ground: 'ENFORCEMENT_FILE', overrideBasis: basis },
  ]);
  assert.ok(r.ok);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path, i.params?.ground]),
    [
      ['disclosure.record.override-still-withheld', ['records', 0, 'ground'], 'PROCESS_INFO'],
      ['disclosure.record.override-still-withheld', ['records', 2, 'ground'], 'ENFORCEMENT_FILE'],
    ],
  );
  assert.equal(r.issues[0]!.params?.basis, basis);
  assert.match(formatIssue('zh-CN', r.issues[0]!), /第十六条第二款/);
});

test('other warnings: unconfirmed ground, ground on a proactive record, dates out of order', () => {
  const parsed = DocumentRecordSchema.parse({
    ...withheld,
    ground: 'ADMIN_QUERY',
    status: 'repealed',
    reviews: [{ date: '2019-01-01', result: 'keep-withheld' }],
  });
  assert.deepEqual(
    checkDocumentRecord(parsed, 4).map((i) => [i.code, i.path]),
    [
      ['disclosure.record.ground-unconfirmed', ['records', 4, 'ground']],
      ['disclosure.record.status-date-missing', ['records', 4, 'statusDate']],
      ['disclosure.record.review-before-issue', ['records', 4, 'reviews', 0, 'date']],
    ],
  );
  const p2 = DocumentRecordSchema.parse({
    ...proactive,
    ground: 'STATE_SECRET',
    statusDate: '2019-01-01',
    cleanupPublished: { date: '2021-01-01' },
  });
  assert.deepEqual(
    checkDocumentRecord(p2).map((i) => i.code),
    ['disclosure.record.ground-unexpected', 'disclosure.record.status-date-before-issue', 'disclosure.record.cleanup-in-force'],
  );
  assert.deepEqual(checkDocumentRecord(DocumentRecordSchema.parse(withheld)), []);
});

test('schema problems are located at records[i].field with stable codes', () => {
  const r = parseDocumentRecords([
    { ...proactive, title: '' },
    { ...proactive, id: 'b', attribute: 'SECRET', issueDate: '2020-02-30' },
    { ...withheld, id: 'c', ground: 'MADE_UP', status: 'gone' },
    'not a record',
    { ...proactive, id: 'e', issuer: undefined, cleanupPublished: { date: '2021-05-06', url: 'ftp://example.org/x' } },
    { ...proactive, id: 'f', reviews: [{ date: '2021-3-01', result: 'keep-withheld' }] },
    proactive,
    proactive,
  ]);
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.issues.map((i) => [i.code, i.path]),
    [
      ['disclosure.record.invalid-value', ['records', 0, 'title']],
      ['date.invalid', ['records', 1, 'issueDate']],
      ['disclosure.record.attribute-unknown', ['records', 1, 'attribute']],
      ['disclosure.record.ground-unknown', ['records', 2, 'ground']],
      ['disclosure.record.status-unknown', ['records', 2, 'status']],
      ['disclosure.record.not-object', ['records', 3]],
      ['disclosure.record.missing', ['records', 4, 'issuer']],
      ['disclosure.record.url', ['records', 4, 'cleanupPublished', 'url']],
      ['date.format', ['records', 5, 'reviews', 0, 'date']],
      ['disclosure.record.duplicate-id', ['records', 7, 'id']],
    ],
  );
  for (const i of r.issues) {
    assert.doesNotMatch(formatIssue('zh-CN', i), /未知问题|undefined/);
    assert.doesNotMatch(formatIssue('en', i), /Unexpected problem|undefined/);
  }
  assert.deepEqual(
    parseDocumentRecords('x').issues.map((i) => [i.code, i.path]),
    [['disclosure.records.not-array', ['records']]],
  );
  assert.deepEqual(parseDocumentRecords({ records: [] }), { ok: true, value: [], issues: [] });
});

test('cleanupPublished accepts http and https addresses; reviews default to []', () => {
  const r = parseDocumentRecords([
    {
      ...proactive,
      status: 'expired',
      statusDate: '2021-01-01',
      cleanupPublished: { date: '2021-02-01', url: 'https://www.wenshang.gov.cn/qingli' },
    },
    {
      ...proactive,
      id: 'x',
      status: 'repealed',
      statusDate: '2021-01-01',
      cleanupPublished: { date: '2021-02-01', url: 'http://example.org' },
    },
  ]);
  assert.ok(r.ok);
  if (r.ok) {
    assert.deepEqual(r.value[0]!.reviews, []);
    assert.deepEqual(r.issues, []);
  }
});
