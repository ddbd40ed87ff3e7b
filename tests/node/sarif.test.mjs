// `promptwarden scan --format sarif` as code-scanning dashboards read it:
// Microsoft's SARIF validator (@microsoft/sarif-multitool, pinned) finds no
// error in a report on absolute and relative paths, with spaces and
// non-ASCII characters in the names. Absolute paths written as they are
// once gave one SARIF1004 error per finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'target', 'release', process.platform === 'win32' ? 'promptwarden.exe' : 'promptwarden');
const MULTITOOL = join(ROOT, 'node_modules', '.bin', 'sarif-multitool');

test('SARIF output validates with the SARIF multitool, on absolute and relative paths', () => {
  if (!existsSync(BIN)) spawnSync('cargo', ['build', '--release', '--locked', '--bin', 'promptwarden'], { cwd: ROOT, stdio: 'inherit' });
  assert.ok(existsSync(BIN), `${BIN} is missing; run cargo build --release --locked`);
  assert.ok(existsSync(MULTITOOL), 'the SARIF multitool is missing: npm ci installs it');
  const dir = mkdtempSync(join(tmpdir(), 'promptwarden-sarif-'));
  try {
    mkdirSync(join(dir, 'a dir'));
    const files = [join(dir, 'a dir', 'deploy notes.env'), join(dir, 'ключи.txt'), join(dir, 'plain.txt')];
    for (const f of files) writeFileSync(f, 'AWS_ACCESS_KEY_ID=AKIAZ7VRSQ5TBLN2MXQE\n');
    const rel = relative(ROOT, files[2]);
    const report = join(dir, 'report.sarif');
    const scan = spawnSync(BIN, ['scan', '--format', 'sarif', files[0], files[1], rel], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(scan.status, 1, `findings give exit status 1: ${scan.stderr}`);
    writeFileSync(report, scan.stdout);
    const sarif = JSON.parse(readFileSync(report, 'utf8'));
    const uris = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.equal(uris.length, 3, 'one result per file');
    assert.ok(uris.some((u) => u.startsWith('file:///') && u.endsWith('/a%20dir/deploy%20notes.env')), 'absolute paths are file:// URIs, percent-encoded');
    assert.ok(uris.includes(rel.split('\\').join('/')), 'relative paths stay relative references');
    const check = spawnSync(MULTITOOL, ['validate', report, '--output', join(dir, 'validation.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const out = `${check.stdout}${check.stderr}`;
    const errors = out.split('\n').filter((l) => / error [A-Z]+\d+:/.test(l));
    assert.deepEqual(errors, [], 'the SARIF multitool reports no error');
    assert.match(out, /Analysis completed successfully/, `the validator ran:\n${out}`);
    assert.ok(!out.includes('AKIAZ7VRSQ5TBLN2MXQE') && !scan.stdout.includes('AKIAZ7VRSQ5TBLN2MXQE'), 'no value in the report');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF for documents and unreadable files validates too: parts as logical locations, unreadable files as notifications', () => {
  assert.ok(existsSync(BIN) && existsSync(MULTITOOL), 'the CLI and the SARIF multitool are built by the test above');
  const dir = mkdtempSync(join(tmpdir(), 'promptwarden-sarif-files-'));
  try {
    const files = ['sheet.xlsx', 'archive.zip', 'encrypted.pdf', 'client.p12'].map((f) => join(ROOT, 'tests', 'files', f));
    const report = join(dir, 'report.sarif');
    const scan = spawnSync(BIN, ['scan', '--format', 'sarif', ...files], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(scan.status, 2, `an unreadable file gives exit status 2: ${scan.stderr}`);
    writeFileSync(report, scan.stdout);
    const run = JSON.parse(scan.stdout).runs[0];
    const places = run.results.map((r) => r.locations[0].logicalLocations?.[0]?.fullyQualifiedName).filter(Boolean);
    assert.ok(places.includes('sheet Keys & Tokens, cell B3'), places.join(' | '));
    assert.ok(places.includes('entry config/.env'), places.join(' | '));
    assert.ok(run.results.some((r) => r.ruleId === 'key-file'));
    assert.equal(run.invocations[0].toolExecutionNotifications[0].properties.unscannable, 'encrypted');
    const check = spawnSync(MULTITOOL, ['validate', report, '--output', join(dir, 'validation.sarif')], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const out = `${check.stdout}${check.stderr}`;
    assert.deepEqual(out.split('\n').filter((l) => / error [A-Z]+\d+:/.test(l)), [], 'the SARIF multitool reports no error');
    assert.match(out, /Analysis completed successfully/, `the validator ran:\n${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
