/**
 * npm run chaos — the project's own fault run on real servers (FerretDB of the test profile, a
 * Kafka broker of its own that it stops and starts): the registry and the projection as
 * processes, clients that retry every command with the same Idempotency-Key until it is
 * answered, and faults injected while commands are in flight. Prints a table; exits 1 when a
 * promise is broken (a lost or doubled event, a wrongful refusal, a consumer slow to resume).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { topicName } from '@ccpc/contracts';
import { readWholeTopic } from '@ccpc/event-store';
import { consoleProgress, devToken, ensureDevKeys, localKafka, resolveInfra, workspaceRoot } from '@ccpc/infra';
import { type ServiceProcess, startServiceProcess } from '@ccpc/testing';
import { cliArgs } from './cli-args';

const USAGE = [
  'usage: npm run chaos',
  '  a fault run (about 3 minutes): a fault-free phase, then the registry SIGKILLed 10 times and the',
  '  projection once with commands in flight, and Kafka stopped for 20 s; retrying clients throughout.',
  '  Sizes from CHAOS_CLIENTS (24), CHAOS_PROJECTS (20 per client), CHAOS_REGISTRY_KILLS (10), CHAOS_KAFKA_PORT (19492). No flags.',
].join('\n');

const CLIENTS = Number(process.env['CHAOS_CLIENTS'] ?? 24);
const PER_CLIENT = Number(process.env['CHAOS_PROJECTS'] ?? 20);
const REGISTRY_KILLS = Number(process.env['CHAOS_REGISTRY_KILLS'] ?? 10);
const log = (line: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Tally {
  acknowledged: Set<string>;
  interrupted: number;
  wrongful: string[];
  refused: string[];
}

async function main(): Promise<number> {
  cliArgs(USAGE, {});
  const infra = await resolveInfra('test', consoleProgress('chaos'));
  const broker = localKafka('test-chaos', Number(process.env['CHAOS_KAFKA_PORT'] ?? 19492));
  await broker.start(consoleProgress('chaos-kafka'));
  const build = spawnSync(join(workspaceRoot(), 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--projects=registry,projection'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the registry and projection failed');
  const { keys } = await ensureDevKeys();
  const run = `chaos${Date.now()}`;
  const env = { TOPIC_PREFIX: `${run}.`, RATE_LIMIT_PER_MINUTE: '10000000', LOG_LEVEL: 'error', CONSUMER_STALL_SECONDS: '60' };
  const opts = { endpoints: { kafkaBrokers: broker.brokers, mongoUri: infra.mongoUri }, publicKeyPem: keys.publicKeyPem };
  const start = (name: 'registry' | 'projection') => startServiceProcess(name, { ...env, MONGODB_DB: `${run}_${name}` }, opts);
  const services = { registry: await start('registry'), projection: await start('projection') };
  const auth = `Bearer ${await devToken(['project-office'], { sub: 'chaos-client', hours: 2 })}`;
  const tally: Tally = { acknowledged: new Set(), interrupted: 0, wrongful: [], refused: [] };

  /** One command, retried with its key until it is answered: as a careful client does. */
  const send = async (path: string, body: object, key: string): Promise<{ projectId?: string }> => {
    let interrupted = false;
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(200)) {
      const response = await fetch(`${services.registry.url}${path}`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(body),
      }).catch(() => undefined);
      if (!response || response.status >= 500) {
        interrupted = true;
        continue;
      }
      const json = (await response.json().catch(() => ({}))) as { projectId?: string; rule?: string };
      if (response.status === 409) {
        tally.wrongful.push(`${key}: 409 ${json.rule ?? ''}`);
        interrupted = true;
        continue;
      }
      if (interrupted) tally.interrupted++;
      if (response.status >= 400) tally.refused.push(`${key}: ${response.status} ${json.rule ?? ''}`);
      else tally.acknowledged.add(key);
      return json;
    }
    throw new Error(`${key}: no answer within 2 minutes`);
  };
  const client = async (phase: string, c: number, projects: number) => {
    for (let p = 0; p < projects; p++) {
      const key = `${run}-${phase}-${c}-${p}`;
      const { projectId } = await send(
        '/projects',
        {
          name: `混沌测试项目${phase}${c}-${p}`,
          localityCode: 'chaoyang',
          departmentCode: 'fgw',
          categoryCode: 'infrastructure',
          sourceCode: 'government',
          totalInvestmentWan: 50_000,
          reserveLevels: ['city'],
        },
        `${key}-register`,
      );
      for (let m = 1; m <= 6; m++)
        await send(`/projects/${projectId}/investments`, { month: `2026-0${m}`, cumulativeWan: m * 1000 }, `${key}-m${m}`);
    }
  };

  /** Seconds from the end of a fault until both services' consumers run again. */
  const recovery = async (): Promise<number> => {
    const from = Date.now();
    for (;;) {
      const states = await Promise.all(
        Object.values(services).map((s) =>
          fetch(`${s.url}/health`)
            .then((r) => r.json() as Promise<{ details?: { consumers?: Record<string, { state?: string } | string> } }>)
            .then((h) => {
              const consumers = Object.values(h.details?.consumers ?? {}).filter((c): c is { state?: string } => typeof c === 'object');
              return consumers.length > 0 && consumers.every((c) => c.state === 'running');
            })
            .catch(() => false),
        ),
      );
      if (states.every(Boolean)) return (Date.now() - from) / 1000;
      if (Date.now() - from > 120_000) return Infinity;
      await sleep(250);
    }
  };

  const faults: Array<{ fault: string; recoverySeconds: number }> = [];
  try {
    log(`phase 1, no faults: ${2} clients × ${PER_CLIENT} projects × 7 commands`);
    await Promise.all([0, 1].map((c) => client('calm', c, PER_CLIENT)));
    const calmKeys = new Set(tally.acknowledged);

    log(`phase 2, faults: ${CLIENTS} clients × ${PER_CLIENT} projects × 7 commands while services are killed and Kafka stops`);
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client('storm', c, PER_CLIENT)));
    const kill = async (name: 'registry' | 'projection') => {
      services[name].child.kill('SIGKILL');
      await sleep(500);
      services[name] = await start(name);
      faults.push({ fault: `${name} SIGKILLed with commands in flight, restarted`, recoverySeconds: await recovery() });
    };
    for (let k = 0; k < REGISTRY_KILLS; k++) {
      await sleep(2000);
      await kill('registry');
    }
    await broker.stop();
    await sleep(20_000);
    await broker.start(consoleProgress('chaos-kafka'));
    faults.push({ fault: 'Kafka stopped for 20 s, started again', recoverySeconds: await recovery() });
    await kill('projection');
    await load;

    log('checking: the registry store, the topic, the projection');
    const mongo = new MongoClient(infra.mongoUri);
    await mongo.connect();
    const commits = await mongo
      .db(`${run}_registry`)
      .collection<{ idempotencyKey?: string | null; events: Array<{ eventId: string; streamId: string }> }>('es_commits')
      .find({}, { projection: { idempotencyKey: 1, 'events.eventId': 1, 'events.streamId': 1 } })
      .toArray();
    await mongo.close();
    const keyCounts = new Map<string, number>();
    for (const c of commits) keyCounts.set(c.idempotencyKey ?? '', (keyCounts.get(c.idempotencyKey ?? '') ?? 0) + 1);
    const stored = new Map(
      commits.flatMap((c) => c.events.map((e) => [e.eventId, { streamId: e.streamId, key: c.idempotencyKey ?? '' }] as const)),
    );
    const lost = [...tally.acknowledged].filter((k) => !keyCounts.has(k));
    const doubled = [...keyCounts.values()].filter((n) => n > 1).length;

    const kafka = new Kafka({ clientId: 'chaos-check', brokers: [broker.brokers], logLevel: logLevel.NOTHING });
    let onTopic: string[] = [];
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(1000)) {
      onTopic = (await readWholeTopic(kafka, topicName('registry', env.TOPIC_PREFIX))).map(
        (m) => (JSON.parse(m.value) as { eventId: string }).eventId,
      );
      if (new Set(onTopic).size >= stored.size) break;
    }
    const seen = new Map<string, number>();
    for (const id of onTopic) seen.set(id, (seen.get(id) ?? 0) + 1);
    const notOnKafka = [...stored.keys()].filter((id) => !seen.has(id)).length;
    const dupsOf = (calm: boolean) =>
      [...seen.entries()].filter(([id, n]) => n > 1 && calmKeys.has(stored.get(id)?.key ?? '') === calm).reduce((s, [, n]) => s + n - 1, 0);
    const calmEvents = [...stored.values()].filter((e) => calmKeys.has(e.key)).length;
    const stormEvents = stored.size - calmEvents;

    // The projection's history of every project: each event exactly once.
    const perStream = new Map<string, number>();
    for (const e of stored.values()) perStream.set(e.streamId, (perStream.get(e.streamId) ?? 0) + 1);
    let miscounted = 0;
    for (const [streamId, count] of perStream) {
      const id = streamId.replace(/^project-/, '');
      let shown = -1;
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && shown !== count; await sleep(500)) {
        const history = await fetch(`${services.projection.url}/projects/${id}/history`, { headers: { Authorization: auth } })
          .then((r) => r.json() as Promise<{ events?: unknown[] }>)
          .catch(() => ({ events: undefined }));
        shown = history.events?.length ?? -1;
      }
      if (shown !== count) miscounted++;
    }

    const rows: Array<[string, string, boolean]> = [
      ['commands acknowledged', String(tally.acknowledged.size), true],
      ['commands interrupted by a fault and retried with their key', String(tally.interrupted), tally.interrupted >= 100],
      ['acknowledged but not stored (lost)', String(lost.length), lost.length === 0],
      ['stored twice (same key, two commits)', String(doubled), doubled === 0],
      ['wrongful 409s to a same-key retry', String(tally.wrongful.length), tally.wrongful.length === 0],
      ['refused otherwise (4xx)', String(tally.refused.length), tally.refused.length === 0],
      ['stored events not on Kafka', `${notOnKafka} of ${stored.size}`, notOnKafka === 0],
      ['duplicates on Kafka, fault-free phase', `${dupsOf(true)} of ${calmEvents}`, dupsOf(true) === 0],
      // A relay SIGKILLed after Kafka's ack and before it removed the markers cannot know the round
      // landed: its successor sends it again (consumers absorb it). Reported, not promised away.
      ['duplicates on Kafka, fault phase (rounds re-sent by a killed relay)', `${dupsOf(false)} of ${stormEvents}`, true],
      ['projects whose projection history miscounts', `${miscounted} of ${perStream.size}`, miscounted === 0],
      ...faults.map((f): [string, string, boolean] => [
        `consuming again after: ${f.fault}`,
        `${f.recoverySeconds.toFixed(1)} s`,
        f.recoverySeconds <= 10,
      ]),
    ];
    process.stdout.write(`\n| measure | value | promise kept |\n| --- | ---: | :---: |\n`);
    for (const [measure, value, ok] of rows) process.stdout.write(`| ${measure} | ${value} | ${ok ? 'yes' : 'NO'} |\n`);
    for (const w of tally.wrongful.slice(0, 5)) process.stdout.write(`  wrongful: ${w}\n`);
    for (const r of tally.refused.slice(0, 5)) process.stdout.write(`  refused: ${r}\n`);
    return rows.every(([, , ok]) => ok) ? 0 : 1;
  } finally {
    await Promise.all(Object.values(services).map((s: ServiceProcess) => s.stop()));
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
