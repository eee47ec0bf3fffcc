import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { assertPortFree, isAlive, portAnswers, readPid, requireTool, runStep, startDaemon, stopDaemon, waitForPort } from './processes';
import type { Progress } from './progress';
import { cacheDir, InfraError, workspaceRoot } from './workspace';

const moduleDir = () => join(workspaceRoot(), 'deploy/local/ferretdb');

/** Builds our embedding of FerretDB v1 with the machine's Go, once per source change. */
export async function ensureFerretBinary(progress: Progress): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(moduleDir(), file)));
  const binary = join(cacheDir(), 'artifacts', `ferretdb-${hash.digest('hex').slice(0, 12)}`, 'ferretdb');
  if (existsSync(binary)) return binary;
  requireTool('go', ['version'], 'install Go 1.24+ (Debian: apt-get install golang)');
  progress.step('building FerretDB v1 from the Go module proxy (first run only, ~2 min)…');
  await runStep('go build ferretdb', 'go', ['build', '-trimpath', '-o', binary, '.'], {
    cwd: moduleDir(), logFile: join(cacheDir(), 'logs', 'ferretdb-build.log'),
    env: { CGO_ENABLED: '0' },
  });
  progress.done(`FerretDB built: ${binary}`);
  return binary;
}

export interface MongoInstance {
  readonly name: 'ferretdb';
  readonly port: number;
  readonly uri: string;
  readonly pidFile: string;
  readonly logFile: string;
  start(progress: Progress): Promise<{ started: boolean }>;
  stop(): Promise<void>;
  running(): Promise<boolean>;
}

/** FerretDB on the SQLite backend: a real MongoDB-wire-protocol server, one file per database. */
export function localFerretDb(profile: string, port: number): MongoInstance {
  const home = join(cacheDir(), profile, 'ferretdb');
  const pidFile = join(home, 'ferretdb.pid');
  const logFile = join(cacheDir(), profile, 'logs', 'ferretdb.log');
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  const running = async () => isAlive(readPid(pidFile)) && (await portAnswers(port));

  return {
    name: 'ferretdb', port, uri, pidFile, logFile, running,
    async start(progress) {
      if (await running()) return { started: false };
      await stopDaemon(pidFile);
      await assertPortFree(port, 'FerretDB', 'LOCAL_MONGO_PORT');
      const binary = await ensureFerretBinary(progress);
      progress.step(`starting FerretDB on 127.0.0.1:${port}…`);
      const pid = startDaemon({
        name: 'ferretdb', command: binary, logFile, pidFile,
        args: ['-listen-addr', `127.0.0.1:${port}`, '-sqlite-dir', join(home, 'data')],
      });
      await waitForPort({ name: 'FerretDB', port, pid, logFile, timeoutMs: 30_000 });
      await waitForMongo(uri, 30_000);
      progress.done(`FerretDB ready on ${uri} (pid ${pid}, log ${logFile})`);
      return { started: true };
    },
    stop: async () => {
      await stopDaemon(pidFile);
    },
  };
}

export async function waitForMongo(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await client.close().catch(() => undefined);
    }
    await sleep(300);
  }
  throw new InfraError(`MongoDB at ${uri} did not answer ping within ${timeoutMs / 1000}s: ${String(lastError)}`);
}
