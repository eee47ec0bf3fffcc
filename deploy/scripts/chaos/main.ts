/**
 * npm run chaos — the project's own fault run on real servers (FerretDB of the test profile, a
 * Kafka broker of its own that it stops and starts): the registry and the projection as
 * processes, clients that retry every command with the same Idempotency-Key until it is
 * answered, and faults injected while commands are in flight. Four phases, each with its own
 * commands: no faults; Kafka stopped for 20 s under load; the registry SIGKILLed 10 times and the
 * projection once while the clients keep sending (each kill meets a command in flight per client);
 * a backlog — Kafka away 45 s under load, then the projection killed as it returns — after which
 * every read model must be current within 10 s. Prints a table;
 * exits 1 when a promise is broken (a lost or doubled event, a wrongful refusal, duplicates on
 * Kafka, a consumer slow to resume).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { topicName } from '@ccpc/contracts';
import { cacheDir, consoleProgress, devToken, ensureDevKeys, localKafka, resolveInfra, workspaceRoot } from '@ccpc/infra';
import { type ServiceProcess, startServiceProcess } from '@ccpc/testing';
import { cliArgs } from '../cli-args';
import { acknowledgedIn, type ClientOptions, COMMANDS_PER_PROJECT, load, newTally } from './clients';
import { checkHistories, checkStore, checkTopic } from './checks';

const USAGE = [
  'usage: npm run chaos',
  '  a fault run (about 8 minutes) in four phases, each with retrying clients: no faults; Kafka stopped for',
  '  20 s under load; the registry SIGKILLed 10 times and the projection once, with commands in flight;',
  '  a backlog (Kafka away 45 s under load, then the projection killed), every read model current within 10 s.',
  '  Sizes from CHAOS_CLIENTS (24), CHAOS_PROJECTS (20 per client in the first two phases), CHAOS_REGISTRY_KILLS (10),',
  '  CHAOS_KAFKA_PORT (19492); CHAOS_LOG_DIR: the services log at info level and write their output there. No flags.',
].join('\n');

const CLIENTS = Number(process.env['CHAOS_CLIENTS'] ?? 24);
const PER_CLIENT = Number(process.env['CHAOS_PROJECTS'] ?? 20);
const REGISTRY_KILLS = Number(process.env['CHAOS_REGISTRY_KILLS'] ?? 10);
const KAFKA_DOWN_SECONDS = 20;
/** Phase 4: Kafka away this long under load (a backlog builds in every outbox), then a consumer's service killed. */
const BACKLOG_KAFKA_SECONDS = 45;
/** Set: the services log at info level, and each one's output is written there at the end. */
const LOG_DIR = process.env['CHAOS_LOG_DIR'];
const log = (line: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  cliArgs(USAGE, {});
  const infra = await resolveInfra('test', consoleProgress('chaos'));
  const broker = localKafka('test-chaos', Number(process.env['CHAOS_KAFKA_PORT'] ?? 19492));
  // A broker of its own, started empty: the topics of earlier runs would make every restart slower.
  if (!(await broker.running())) rmSync(join(cacheDir(), 'test-chaos', 'kafka'), { recursive: true, force: true });
  await broker.start(consoleProgress('chaos-kafka'));
  const build = spawnSync(join(workspaceRoot(), 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--projects=registry,projection'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the registry and projection failed');
  const { keys } = await ensureDevKeys();
  const run = `chaos${Date.now()}`;
  const env = {
    TOPIC_PREFIX: `${run}.`,
    RATE_LIMIT_PER_MINUTE: '10000000',
    LOG_LEVEL: LOG_DIR ? 'info' : 'error',
    CONSUMER_STALL_SECONDS: '60',
  };
  const opts = { endpoints: { kafkaBrokers: broker.brokers, mongoUri: infra.mongoUri }, publicKeyPem: keys.publicKeyPem };
  const start = (name: 'registry' | 'projection') => startServiceProcess(name, { ...env, MONGODB_DB: `${run}_${name}` }, opts);
  const services = { registry: await start('registry'), projection: await start('projection') };
  const authorization = `Bearer ${await devToken(['project-office'], { sub: 'chaos-client', hours: 2 })}`;
  const tally = newTally();
  const clients: ClientOptions = { registryUrl: () => services.registry.url, authorization, tally, run };

  /**
   * Seconds from the end of a fault until both services' consumers run again, and the last one to
   * run again with the states it went through (what to look at when the line is missed).
   */
  const recovery = async (): Promise<{ seconds: number; last: string }> => {
    const from = Date.now();
    const seen = new Map<string, { states: string[]; runningAt?: number }>();
    const note = (name: string, state: string) => {
      const entry = seen.get(name) ?? { states: [] };
      if (entry.states.at(-1) !== state) entry.states.push(state);
      if (state === 'running') entry.runningAt ??= Date.now();
      else entry.runningAt = undefined;
      seen.set(name, entry);
    };
    const lastToRun = () => {
      const [name, entry] = [...seen].sort(([, a], [, b]) => (b.runningAt ?? Infinity) - (a.runningAt ?? Infinity))[0] ?? [
        'none',
        { states: [] },
      ];
      return `${name}: ${entry.states.join(' → ')}`;
    };
    for (;;) {
      const states = await Promise.all(
        Object.entries(services).map(([service, s]) =>
          fetch(`${s.url}/health`)
            .then((r) => r.json() as Promise<{ details?: { consumers?: Record<string, { state?: string } | string> } }>)
            .then((h) => {
              const consumers = Object.entries(h.details?.consumers ?? {}).filter(
                (c): c is [string, { state?: string }] => typeof c[1] === 'object',
              );
              for (const [name, c] of consumers) note(`${service} ${name}`, c.state ?? 'unknown');
              return consumers.length > 0 && consumers.every(([, c]) => c.state === 'running');
            })
            .catch(() => (note(service, 'unreachable'), false)),
        ),
      );
      if (states.every(Boolean)) return { seconds: (Date.now() - from) / 1000, last: lastToRun() };
      if (Date.now() - from > 120_000) return { seconds: Infinity, last: lastToRun() };
      await sleep(250);
    }
  };
  /**
   * Seconds until every read model holds every project the clients registered: the registry's
   * list and the projection's board (the ground truth: the registrations acknowledged).
   */
  /** The registry relay's state and events published, from its /health (progress while a backlog drains). */
  const relayOf = async (url: string): Promise<string> => {
    const health = (await fetch(`${url}/health`)
      .then((r) => r.json())
      .catch(() => ({}))) as { details?: Record<string, { state?: string; published?: number }> };
    const outbox = health.details?.['outbox'];
    return outbox ? `${outbox.state ?? '?'}, ${outbox.published ?? 0} published` : 'not answering';
  };
  const readModelsCurrent = async (): Promise<{ seconds: number; last: string }> => {
    const from = Date.now();
    const registered = () =>
      [...tally.acknowledged.values()].reduce((n, keys) => n + [...keys].filter((k) => k.endsWith('-register')).length, 0);
    let last = '';
    let reported = from;
    for (;;) {
      const expected = registered();
      const [listed, board] = await Promise.all([
        fetch(`${services.registry.url}/projects?localityCode=chaoyang&pageSize=1`, { headers: { Authorization: authorization } })
          .then((r) => r.json() as Promise<{ total?: number }>)
          .then(
            (b) => b.total ?? 0,
            () => 0,
          ),
        fetch(`${services.projection.url}/dashboard`, { headers: { Authorization: authorization } })
          .then((r) => r.json() as Promise<{ projects?: number }>)
          .then(
            (b) => b.projects ?? 0,
            () => 0,
          ),
      ]);
      last = `registry list ${listed}, projection board ${board}, registered ${expected}`;
      if (listed >= expected && board >= expected) return { seconds: (Date.now() - from) / 1000, last };
      if (Date.now() - reported >= 2000) {
        reported = Date.now();
        log(`  ${((reported - from) / 1000).toFixed(1)} s: ${last}; registry relay ${await relayOf(services.registry.url)}`);
      }
      if (Date.now() - from > 120_000) return { seconds: Infinity, last };
      // Each probe is a filtered list and the board: full reads on the servers the services are
      // catching up on. Asked every second, not four times, so that the probe does not slow what it measures.
      await sleep(1000);
    }
  };
  /** Logs how far a phase's load has come every 5 s, until it is done. */
  const watch = (phase: string, total: number, work: Promise<void>) => {
    const of = Number.isFinite(total) ? ` of ${total}` : '';
    const timer = setInterval(() => log(`  ${phase}: ${acknowledgedIn(tally, phase).size}${of} commands answered`), 5000);
    return work.finally(() => clearInterval(timer));
  };
  const faults: Array<{ fault: string; recovery: { seconds: number; last: string } }> = [];
  const kill = async (name: 'registry' | 'projection') => {
    services[name].child.kill('SIGKILL');
    await sleep(500);
    services[name] = await start(name);
    faults.push({ fault: `${name} SIGKILLed with commands in flight, restarted`, recovery: await recovery() });
  };

  try {
    const calmTotal = 2 * PER_CLIENT * COMMANDS_PER_PROJECT;
    log(`phase 1, no faults: 2 clients × ${PER_CLIENT} projects × ${COMMANDS_PER_PROJECT} commands`);
    await watch('calm', calmTotal, load(clients, 'calm', 2, PER_CLIENT));

    const outageClients = Math.max(2, Math.round(CLIENTS / 3));
    const outageTotal = outageClients * PER_CLIENT * COMMANDS_PER_PROJECT;
    log(
      `phase 2, Kafka stopped for ${KAFKA_DOWN_SECONDS} s: ${outageClients} clients × ${PER_CLIENT} projects × ${COMMANDS_PER_PROJECT} commands`,
    );
    const outageLoad = watch('outage', outageTotal, load(clients, 'outage', outageClients, PER_CLIENT));
    await sleep(2000);
    await broker.stop();
    await sleep(KAFKA_DOWN_SECONDS * 1000);
    await broker.start(consoleProgress('chaos-kafka'));
    faults.push({ fault: `Kafka stopped for ${KAFKA_DOWN_SECONDS} s, started again`, recovery: await recovery() });
    await outageLoad;

    log(
      `phase 3, kills: ${CLIENTS} clients, each registering projects and reporting on them until the registry has been SIGKILLed ${REGISTRY_KILLS} times and the projection once`,
    );
    let faultsDone = false;
    const killLoad = watch(
      'kills',
      Infinity,
      load(clients, 'kills', CLIENTS, 1, () => !faultsDone),
    );
    for (let k = 0; k < REGISTRY_KILLS; k++) {
      await sleep(2000); // the clients are sending again: each kill meets one command in flight per client
      log(`  killing the registry (${k + 1} of ${REGISTRY_KILLS})`);
      await kill('registry');
    }
    await sleep(2000);
    log('  killing the projection');
    await kill('projection');
    faultsDone = true;
    await killLoad;

    log(`phase 4, a backlog: Kafka stopped for ${BACKLOG_KAFKA_SECONDS} s under load, then the projection SIGKILLed as it returns`);
    let backlogDone = false;
    const backlogLoad = watch(
      'backlog',
      Infinity,
      load(clients, 'backlog', outageClients, 1, () => !backlogDone),
    );
    await sleep(2000);
    await broker.stop();
    await sleep(BACKLOG_KAFKA_SECONDS * 1000);
    backlogDone = true;
    await broker.start(consoleProgress('chaos-kafka'));
    services.projection.child.kill('SIGKILL');
    await sleep(500);
    services.projection = await start('projection');
    await backlogLoad;
    const current = await readModelsCurrent();
    faults.push({
      fault: `every read model current (Kafka away ${BACKLOG_KAFKA_SECONDS} s under load, then the projection killed)`,
      recovery: current,
    });

    log('checking: the registry store, the topic, the projection');
    const store = await checkStore(infra.mongoUri, `${run}_registry`, tally);
    log(`  store: ${store.stored.size} events`);
    const topic = await checkTopic(broker.brokers, topicName('registry', env.TOPIC_PREFIX), store.stored, run);
    log(`  topic: read`);
    const miscounted = await checkHistories(() => services.projection.url, authorization, store.stored, log);
    const calm = topic.duplicates('calm');
    const outage = topic.duplicates('outage');
    const kills = topic.duplicates('kills');
    const acknowledged = [...tally.acknowledged.values()].reduce((sum, keys) => sum + keys.size, 0);
    const pct = (n: number, of: number) => `${n} of ${of} (${((100 * n) / Math.max(1, of)).toFixed(2)}%)`;

    const rows: Array<[string, string, boolean]> = [
      ['commands acknowledged (of those sent)', `${acknowledged} of ${tally.sent}`, acknowledged === tally.sent],
      ['commands interrupted by a fault and retried with their key', String(tally.interrupted), tally.interrupted >= 100],
      ['acknowledged but not stored (lost)', String(store.lost), store.lost === 0],
      ['stored twice (same key, two commits)', String(store.doubled), store.doubled === 0],
      ['wrongful 409s to a same-key retry', String(tally.wrongful.length), tally.wrongful.length === 0],
      ['refused otherwise (4xx)', String(tally.refused.length), tally.refused.length === 0],
      ['stored events not on Kafka', `${topic.notOnKafka} of ${store.stored.size}`, topic.notOnKafka === 0],
      ['duplicates on Kafka, fault-free phase', pct(calm.extra, calm.events), calm.extra === 0],
      [
        `duplicates on Kafka, Kafka stopped ${KAFKA_DOWN_SECONDS} s`,
        pct(outage.extra, outage.events),
        outage.extra <= outage.events * 0.01,
      ],
      ['duplicates on Kafka, registry (and its relay) SIGKILLed', pct(kills.extra, kills.events), kills.extra <= kills.events * 0.01],
      [
        'projects whose projection history miscounts',
        `${miscounted} of ${new Set([...store.stored.values()].map((e) => e.streamId)).size}`,
        miscounted === 0,
      ],
      ...faults.map((f): [string, string, boolean] => [
        `consuming again after: ${f.fault}`,
        `${f.recovery.seconds.toFixed(1)} s`,
        f.recovery.seconds <= 10,
      ]),
    ];
    process.stdout.write(`\n| measure | value | promise kept |\n| --- | ---: | :---: |\n`);
    for (const [measure, value, ok] of rows) process.stdout.write(`| ${measure} | ${value} | ${ok ? 'yes' : 'NO'} |\n`);
    for (const f of faults.filter((x) => x.recovery.seconds > 5))
      process.stdout.write(
        `  after "${f.fault}" (${f.recovery.seconds.toFixed(1)} s), the last consumer to run again: ${f.recovery.last}\n`,
      );
    for (const w of tally.wrongful.slice(0, 5)) process.stdout.write(`  wrongful: ${w}\n`);
    for (const r of tally.refused.slice(0, 5)) process.stdout.write(`  refused: ${r}\n`);
    return rows.every(([, , ok]) => ok) ? 0 : 1;
  } finally {
    await Promise.all(Object.values(services).map((s: ServiceProcess) => s.stop()));
    if (LOG_DIR) {
      // Each process's output (its last start's), for reading a slow recovery afterwards.
      mkdirSync(LOG_DIR, { recursive: true });
      for (const [name, service] of Object.entries(services)) writeFileSync(join(LOG_DIR, `${name}.log`), service.output());
      log(`service logs in ${LOG_DIR}`);
    }
    await broker.stop();
    const mongo = new MongoClient(infra.mongoUri);
    await mongo.connect().then(
      async () => {
        for (const name of ['registry', 'projection']) await mongo.db(`${run}_${name}`).dropDatabase();
        await mongo.close();
      },
      () => undefined,
    );
    await infra.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
