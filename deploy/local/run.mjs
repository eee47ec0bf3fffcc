#!/usr/bin/env node
// Entry point of `npm start`, `npm test` and `npm run infra`. Plain Node with no dependencies,
// because its first job is to install them: it runs `npm ci` when node_modules is missing or
// older than package-lock.json, then hands over to cli.ts.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 10)) {
  console.error(`Node.js 20.10 or newer is needed (this is ${process.version}).`);
  process.exit(1);
}

// FerretDB's first build compiles ~60 s of Go (SQLite transpiled to Go, mostly). Started here, it
// fills Go's build cache while npm ci runs; the real build (vendored and patched, in
// libs/infra) waits for it and then recompiles only the patched packages (~2 s).
const cache = process.env.CCPC_CACHE_DIR ?? join(root, '.cache');
const artifacts = join(cache, 'artifacts');
const ferretBuilt =
  existsSync(artifacts) && readdirSync(artifacts).some((d) => d.startsWith('ferretdb-') && existsSync(join(artifacts, d, 'ferretdb')));
const localServers = !(process.env.KAFKA_BROKERS && process.env.MONGODB_URI) && !['given', 'docker'].includes(process.env.CCPC_INFRA ?? '');
if (
  !ferretBuilt &&
  localServers &&
  ['start', 'test', 'infra'].includes(process.argv[2] ?? '') &&
  spawnSync('go', ['version']).status === 0
) {
  mkdirSync(artifacts, { recursive: true });
  const warm = spawn('go', ['build', '-trimpath', '-o', devNull, '.'], {
    cwd: join(root, 'deploy/local/ferretdb'),
    env: { ...process.env, CGO_ENABLED: '0' },
    stdio: 'ignore',
    detached: true,
  });
  writeFileSync(join(artifacts, 'ferretdb-warm.pid'), String(warm.pid));
  warm.unref();
}

const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.ccpc-installed');
const lockHash = createHash('sha256').update(readFileSync(lock)).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  console.error('[setup] installing Node packages (npm ci)…');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[setup] npm ci failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, lockHash);
  console.error(`[setup] ✓ Node packages installed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [join(root, 'deploy', 'local', 'cli.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_NO_CLOUD: 'true' },
});
// Ctrl-C reaches the whole process group, cli.ts included: wait for it to clean up and exit.
// A SIGTERM sent to this process alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
