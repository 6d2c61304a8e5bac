#!/usr/bin/env node
/**
 * npm's `prestart` and `pretest`: on a fresh clone `npm start` and `npm test` do their own
 * set-up. Plain Node with no dependencies, since it runs before tsx is installed:
 *   - `npm install` when node_modules is missing, lacks a package we run, or is older than
 *     package-lock.json;
 *   - for the tests, the system packages they use (Java and Maven for Neo4j, Chromium for the
 *     explorer and PDF reports, poppler-utils and CJK fonts for the report checks), each missing
 *     one named with the command that installs it.
 * Usage: node bin/setup.js start|test
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] === 'test' ? 'test' : 'start';
const at = (...p) => join(root, ...p);
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

/** npm writes node_modules/.package-lock.json on every install: our marker of "installed". */
function installReason() {
  const marker = at('node_modules', '.package-lock.json');
  if (!existsSync(at('node_modules'))) return 'node_modules is missing';
  for (const pkg of ['tsx', 'vite', 'vitest', 'commander'])
    if (!existsSync(at('node_modules', pkg, 'package.json'))) return `${pkg} is not installed`;
  if (mtime(at('package-lock.json')) > mtime(marker)) return 'package-lock.json is newer';
  return null;
}

function npmInstall(reason) {
  console.error(`tupu setup: ${reason}; running npm install…`);
  // Under npm, npm_execpath is npm's own script: the same npm that runs us.
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-audit', '--no-fund'];
  const run = npm?.endsWith('.js')
    ? spawnSync(process.execPath, [npm, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
        cwd: root,
        stdio: 'inherit',
      });
  if (run.status !== 0) {
    console.error('tupu setup: npm install failed (see above); fix that and run it again');
    process.exit(1);
  }
  const marker = at('node_modules', '.package-lock.json');
  const now = new Date();
  if (existsSync(marker)) utimesSync(marker, now, now); // npm leaves it alone when nothing changed
}

const onPath = (cmd) =>
  (process.env.PATH ?? '')
    .split(process.platform === 'win32' ? ';' : ':')
    .some((dir) => dir && existsSync(join(dir, cmd)));

/** What the tests need from the system: [what, present?, Debian package]. */
function systemNeeds() {
  const chromium = process.env.TUPU_CHROMIUM || '/usr/bin/chromium';
  return [
    ['Java 17 (java, for Neo4j)', onPath('java'), 'openjdk-17-jdk-headless'],
    ['Maven (mvn, fetches the Neo4j jars)', onPath('mvn'), 'maven'],
    [`Chromium (${chromium})`, existsSync(chromium), 'chromium'],
    ['pdftotext (report checks)', onPath('pdftotext'), 'poppler-utils'],
    ['CJK fonts', existsSync('/usr/share/fonts/opentype/noto'), 'fonts-noto-cjk'],
  ].filter(([, present]) => !present);
}

const reason = installReason();
if (reason) npmInstall(reason);
if (mode === 'test') {
  const missing = systemNeeds();
  if (missing.length) {
    console.error(`tupu setup: the tests need ${missing.map(([what]) => what).join(', ')}.`);
    console.error(
      `Install with: apt-get install -y --no-install-recommends ${missing.map(([, , pkg]) => pkg).join(' ')}`,
    );
    process.exit(1);
  }
}
