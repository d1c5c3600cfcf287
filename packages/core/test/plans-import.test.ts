// The import command (npm run import:plan -- file.txt): runs on core's build, or on its sources
// through tsx when the build is missing or older than the plans module.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PlanSchema, SEED_PLAN_TEXT } from '../src/index.js';

const script = fileURLToPath(new URL('../../../tools/import-plan.mjs', import.meta.url));
const run = (args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, GK_CORE_SRC: '' } });

test('import:plan writes the seed plan as JSON and exits 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gk-plan-'));
  try {
    const src = join(dir, 'plan.txt');
    const out = join(dir, 'plan.json');
    writeFileSync(src, SEED_PLAN_TEXT);
    const r = run([src, '--out', out, '--title', '测试标题']);
    assert.equal(r.status, 0, r.stderr);
    const plan = PlanSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    assert.equal(plan.title, '测试标题');
    assert.equal(plan.tasks.flatMap((t) => t.items).length, 19);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import:plan prints located issues in zh-CN or en and exits 1 on errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gk-plan-'));
  try {
    const src = join(dir, 'bad.txt');
    writeFileSync(src, SEED_PLAN_TEXT.replace('\t5．', '\t6．'));
    const zh = run([src]);
    assert.equal(zh.status, 1);
    assert.equal(zh.stdout, '');
    assert.match(zh.stderr, /bad\.txt:36: 错误: 第 36 行：任务序号为 6，应为 5 \[plan\.task\.number-sequence\]/);
    const en = run([src, '--lang', 'en']);
    assert.equal(en.status, 1);
    assert.match(en.stderr, /bad\.txt:36: error: Line 36: task number 6; expected 5/);
    assert.equal(run([]).status, 2);
    assert.equal(run([join(dir, 'missing.txt')]).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
