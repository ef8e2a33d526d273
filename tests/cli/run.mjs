// Runs the built CLI (path from FIELDBOOK_CLI, set by ctest) and returns {status, stdout, stderr}.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = process.env.FIELDBOOK_CLI ?? path.join(root, 'build/native/fieldbook');
export const testData = path.join(root, 'tests/data');
export const sharedData = path.join(root, '../shared/data');

export function runCli(args, options = {}) {
  const r = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runCliJson(args, options = {}) {
  const r = runCli(args, options);
  if (r.status !== 0) throw new Error(`fieldbook ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
