// The CLI's basic contract: --version and --help answer and exit 0; an unknown command exits 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run.mjs';

test('--version prints the version and build id', () => {
  const r = runCli(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^fieldbook \d+\.\d+\.\d+ \(build [^)]+\)\n$/);
});

test('--help lists the usage and exits 0', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage:/);
  assert.match(r.stdout, /fieldbook --version/);
});

test('an unknown command is a usage error', () => {
  const r = runCli(['no-such-command']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'no-such-command'/);
});
