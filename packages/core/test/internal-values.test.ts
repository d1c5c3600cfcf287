import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHttpUrl, preview, valueAt } from '../src/internal/values.js';

test('only absolute http(s) URLs with a host may become links', () => {
  for (const ok of ['http://example.org', 'https://www.wenshang.gov.cn/art/2020/6/7/art_1.html', 'HTTPS://x.cn:8080/a?b=1#c']) {
    assert.equal(isHttpUrl(ok), true, ok);
  }
  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    '/relative/path',
    'https://',
    'https:// x.cn',
    'http://a b.cn',
    'ftp://x.cn',
    'https://user@evil.cn',
    '',
  ]) {
    assert.equal(isHttpUrl(bad), false, bad);
  }
});

test('preview shortens values for messages; valueAt reads nested input safely', () => {
  assert.equal(preview('x'.repeat(50)).length, 40);
  assert.equal(preview({ a: 1 }), '{"a":1}');
  assert.equal(valueAt({ a: [{ b: 2 }] }, ['a', 0, 'b']), 2);
  assert.equal(valueAt({ a: null }, ['a', 'b']), undefined);
});
