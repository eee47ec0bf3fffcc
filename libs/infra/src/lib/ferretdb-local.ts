import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { assertPortFree, isAlive, portAnswers, readPid, requireTool, runStep, startDaemon, stopDaemon, waitForPort } from './processes';
import type { Progress } from './progress';
import { cacheDir, InfraError, workspaceRoot } from './workspace';

const moduleDir = () => join(workspaceRoot(), 'deploy/local/ferretdb');

/**
 * Two fixes to FerretDB v1.24's SQLite backend, applied to a vendored copy in the cache (no copy
 * of FerretDB is kept in the repository):
 * 1. It looks `_id` up as `_ferretdb_sjson->'$._id'` while its unique index is on
 *    `_ferretdb_sjson->"_id"`; SQLite matches index expressions literally, so every find, update
 *    and delete by `_id` scanned the table (45 ms a lookup at 20,000 documents).
 * 2. It uses that lookup only when the filter is `{_id}` alone, so a compare-and-set
 *    (`{_id, _rev}`) scanned the whole collection. Every handler filters the candidates again
 *    with the full filter, so narrowing by `_id` whenever the filter has an `_id` equality is safe.
 * 3. An update keeps its read open (one pooled SQLite connection) while it begins the write
 *    transaction (a second one). A database's pool has 100 connections: 100 updates at once each
 *    held one and waited for another, and the database stopped answering for good (seen under
 *    npm start's demo load: a projection's batch of compare-and-sets). Deletes already read the
 *    matching documents and close the read before writing; updates now do the same.
 * 4. A read of many documents by key (`{_id: {$in: [...]}}`, a projection's batch after a restart)
 *    scanned the whole table: it now looks the keys up through the same `_id` index (strings
 *    only, at most 10,000; anything else is still filtered by the handler, as before).
 */
export const FERRETDB_PATCHES = [
  {
    file: 'internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
    count: 1,
  },
  {
    file: 'internal/backends/sqlite/collection.go',
    from: 'if params.Filter.Len() == 1 {',
    to: 'if params.Filter.Len() >= 1 { // any filter with an _id equality',
    count: 2,
  },
  {
    file: 'internal/handler/common/update.go',
    from: `	for {
		var upsert, modified bool

		_, doc, err := iter.Next()
`,
    to: `	// ccpc: read the matching documents and close the read before the first write, as deletes do.
	matched, err := iterator.ConsumeValues(iter)
	if err != nil {
		return nil, lazyerrors.Error(err)
	}

	for {
		var upsert, modified bool

		var doc *types.Document
		err := iterator.ErrIteratorDone
		if len(matched) > 0 {
			doc, matched, err = matched[0], matched[1:], nil
		}
`,
    count: 1,
  },
  {
    file: 'internal/backends/sqlite/collection.go',
    from: `		case string, types.ObjectID:
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
`,
    to: `		case string, types.ObjectID:
			whereClause = fmt.Sprintf(\` WHERE %s = ?\`, metadata.IDColumn)
			args = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}
		case *types.Document: // ccpc: {_id: {$in: [strings]}} through the _id index
			in, _ := v.(*types.Document).Get("$in")
			if keys, ok := in.(*types.Array); ok && v.(*types.Document).Len() == 1 && keys.Len() > 0 && keys.Len() <= 10000 {
				marks := make([]string, 0, keys.Len())
				for i := 0; i < keys.Len(); i++ {
					key, isString := must.NotFail(keys.Get(i)).(string)
					if !isString {
						marks, args = nil, nil
						break
					}
					marks = append(marks, "?")
					args = append(args, string(must.NotFail(sjson.MarshalSingleValue(key))))
				}
				if marks != nil {
					whereClause = fmt.Sprintf(\` WHERE %s IN (%s)\`, metadata.IDColumn, strings.Join(marks, ", "))
				}
			}
`,
    count: 1,
  },
] as const;

/** Copies our module to `dir`, vendors its dependencies there and patches the vendored FerretDB. */
async function prepareSources(dir: string, logFile: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const file of ['go.mod', 'go.sum', 'main.go']) copyFileSync(join(moduleDir(), file), join(dir, file));
  await runStep('go mod vendor', 'go', ['mod', 'vendor'], { cwd: dir, logFile });
  for (const patch of FERRETDB_PATCHES) {
    const target = join(dir, 'vendor/github.com/FerretDB/FerretDB', patch.file);
    const source = readFileSync(target, 'utf8');
    if (source.split(patch.from).length !== patch.count + 1) {
      throw new InfraError(
        `FerretDB patch: "${patch.from}" not found ${patch.count}× in ${target}; review the patches for this FerretDB version`,
      );
    }
    writeFileSync(target, source.split(patch.from).join(patch.to));
  }
}

/** The warm-up build run.mjs started while npm ci ran (it fills Go's build cache): wait for it rather than compile the same packages twice. */
async function warmUpDone(pidFile: string): Promise<void> {
  const pid = readPid(pidFile);
  while (pid && isAlive(pid)) await sleep(500);
  rmSync(pidFile, { force: true });
}

/** Builds our embedding of FerretDB v1 with the machine's Go, once per source change. */
export async function ensureFerretBinary(progress: Progress): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(readFileSync(join(moduleDir(), file)));
  hash.update(JSON.stringify(FERRETDB_PATCHES));
  const buildDir = join(cacheDir(), 'artifacts', `ferretdb-${hash.digest('hex').slice(0, 12)}`);
  const binary = join(buildDir, 'ferretdb');
  if (existsSync(binary)) return binary;
  requireTool('go', ['version'], 'install Go 1.24+ (Debian: apt-get install golang)');
  progress.step('building FerretDB v1 from the Go module proxy (first run only, ~1 min)…');
  await warmUpDone(join(dirname(buildDir), 'ferretdb-warm.pid'));
  const logFile = join(cacheDir(), 'logs', 'ferretdb-build.log');
  const sources = join(buildDir, 'src');
  rmSync(sources, { recursive: true, force: true });
  await prepareSources(sources, logFile);
  await runStep('go build ferretdb', 'go', ['build', '-mod=vendor', '-trimpath', '-o', binary, '.'], {
    cwd: sources,
    logFile,
    env: { CGO_ENABLED: '0' },
  });
  rmSync(sources, { recursive: true, force: true });
  for (const old of readdirSync(dirname(buildDir))) {
    if (old.startsWith('ferretdb-') && join(dirname(buildDir), old) !== buildDir)
      rmSync(join(dirname(buildDir), old), { recursive: true, force: true });
  }
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
    name: 'ferretdb',
    port,
    uri,
    pidFile,
    logFile,
    running,
    async start(progress) {
      if (await running()) return { started: false };
      await stopDaemon(pidFile);
      await assertPortFree(port, 'FerretDB', 'LOCAL_MONGO_PORT');
      const binary = await ensureFerretBinary(progress);
      progress.step(`starting FerretDB on 127.0.0.1:${port}…`);
      const pid = startDaemon({
        name: 'ferretdb',
        command: binary,
        logFile,
        pidFile,
        args: [
          '-listen-addr',
          `127.0.0.1:${port}`,
          '-sqlite-dir',
          join(home, 'data'),
          // Go's profiler for whoever investigates the database's CPU (off unless asked for).
          ...(process.env['LOCAL_FERRETDB_DEBUG_ADDR'] ? ['-debug-addr', process.env['LOCAL_FERRETDB_DEBUG_ADDR']] : []),
        ],
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
