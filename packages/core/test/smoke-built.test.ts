// The built package works in plain Node, imported by name, with .js extensions on every
// relative import. Runs after `npm run build` (nx: test depends on build).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(pkgDir, '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

test('plain Node imports @gongkai/core by name from the repo root', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('@gongkai/core'); console.log(m.workdaysBetween('2024-09-27', '2024-10-12'), m.msg('zh-CN', 'deadline.left', { n: 7 }))",
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  assert.equal(out.trim(), '7 还剩 7 个工作日');
});

test('plain Node imports the subpath exports', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const c = await import('@gongkai/core/calendar'); const m = await import('@gongkai/core/messages'); console.log(c.isWorkday('2024-10-12'), m.resolveLang('en-GB'))",
    ],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  assert.equal(out.trim(), 'true en');
});

test('every relative import in the built ESM carries a .js extension', () => {
  const files = walk(join(pkgDir, 'dist')).filter((f) => f.endsWith('.js'));
  assert.ok(files.length >= 5);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      assert.match(m[1]!, /\.js$/, `${f}: ${m[1]}`);
    }
  }
});

test('the built package ships no DOM reference', () => {
  for (const f of walk(join(pkgDir, 'dist')).filter((x) => x.endsWith('.js'))) {
    // A property access such as document.title (not the word in a comment ending a sentence).
    assert.doesNotMatch(readFileSync(f, 'utf8'), /\b(document|window|localStorage|navigator)\.[A-Za-z_$]/, f);
  }
});

test('the build exports a JSON Schema for every zod schema, for other back ends', () => {
  const dir = join(pkgDir, 'schemas');
  const names = readdirSync(dir);
  for (const expected of ['DeadlineRuleSchema.json', 'RequestEventSchema.json', 'HolidayNoticeSchema.json'])
    assert.ok(names.includes(expected), expected);
  for (const f of names) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    assert.equal(doc.$schema, 'https://json-schema.org/draft/2020-12/schema', f);
    assert.equal(doc.$id, f);
  }
  const notice = JSON.parse(readFileSync(join(dir, 'HolidayNoticeSchema.json'), 'utf8'));
  assert.deepEqual(notice.required, ['year', 'days']);
});
