/**
 * npm run bench — the event-sourcing core against the same real servers, side by side:
 *   (a) raw driver inserts vs our appends (single and batched commands)
 *   (b) raw kafkajs batched produce vs our outbox relay
 *   (c) end-to-end lag, append → projection applied (p50/p95/p99) at a stated load
 *   (d) projection rebuild rate over 200,000 events
 *   (e) leadership dashboard query latency over 2,000 projects (registry and projection as processes)
 * Prints a table and writes bench-results/bench-<date>.json. Not a test: nothing fails on speed.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { z } from 'zod';
import { defineEvent, EventCatalog, type EventEnvelope } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import { ensureTopics, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore, rebuildProjection } from '@ccpc/event-store';
import { consoleProgress, devToken, ensureDevKeys, resolveInfra, workspaceRoot } from '@ccpc/infra';
import { startServiceProcess } from '@ccpc/testing';
import { cliArgs } from './cli-args';
import { seedProjects } from './seed-projects';

const N_APPEND = Number(process.env['BENCH_APPENDS'] ?? 3000);
const N_RELAY = Number(process.env['BENCH_RELAY'] ?? 10_000);
const N_REBUILD = Number(process.env['BENCH_REBUILD'] ?? 200_000);
const LAG_RATE = Number(process.env['BENCH_LAG_RATE'] ?? 20); // commands per second
const LAG_SECONDS = Number(process.env['BENCH_LAG_SECONDS'] ?? 20);
const N_DASHBOARD = Number(process.env['BENCH_DASHBOARD_PROJECTS'] ?? 2000);
const DASHBOARD_QUERIES = Number(process.env['BENCH_DASHBOARD_QUERIES'] ?? 200);

const Invested = defineEvent({
  type: 'BenchInvestmentRecorded',
  producer: 'registry',
  description: '基准测试：完成投资',
  schema: z.object({ projectName: z.string(), localityCode: z.string(), amountWan: z.number().int(), month: z.string() }),
});
const catalog = new EventCatalog([Invested]);
const totals = defineProjection<{ localityCode: string; investedWan: number; records: number }>({
  name: 'bench_totals',
  version: 1,
  handles: ['BenchInvestmentRecorded'],
  evolve: (doc, event) => {
    const data = event.data as { localityCode: string; amountWan: number };
    return { localityCode: data.localityCode, investedWan: (doc?.investedWan ?? 0) + data.amountWan, records: (doc?.records ?? 0) + 1 };
  },
});
const localities = ['nanguan', 'kuancheng', 'chaoyang', 'erdao', 'lvyuan', 'shuangyang', 'jiutai', 'changchun-xinqu'];
const event = (i: number) => ({
  type: 'BenchInvestmentRecorded',
  data: {
    projectName: `长春市重点项目${i}`,
    localityCode: localities[i % localities.length] ?? 'nanguan',
    amountWan: 100 + (i % 900),
    month: '2018-06',
  },
});
const metadata = () => ({
  actor: { id: 'bench', role: 'system', scope: null },
  correlationId: randomUUID(),
  causationId: null,
  now: new Date('2018-06-30T00:00:00Z'),
});

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

function bar(label: string, total: number): SingleBar {
  const b = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total} {eps} events/s`,
    hideCursor: true,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  b.start(total, 0, { eps: 0 });
  return b;
}

async function appends(connection: Connection) {
  log(`(a) ${N_APPEND} raw inserts vs ${N_APPEND} appends, single and batched`);
  const store = new MongoEventStore(connection, catalog, { collectionPrefix: 'bench_a_' });
  const raw = connection.collection('bench_raw_commits');
  const sample = (i: number) => ({
    _id: `raw-${i}|0000000001`,
    streamId: `raw-${i}`,
    version: 1,
    lastVersion: 1,
    committedAt: new Date(),
    events: [
      {
        eventId: randomUUID(),
        ...event(i),
        schemaVersion: 1,
        streamId: `raw-${i}`,
        streamVersion: 1,
        occurredAt: '',
        recordedAt: '',
        correlationId: '',
        causationId: null,
        actor: metadata().actor,
      },
    ],
  });
  const [, rawSingleMs] = await timed(async () => {
    for (let i = 0; i < N_APPEND; i++) await raw.insertOne(sample(i) as never);
  });
  const [, oursSingleMs] = await timed(async () => {
    for (let i = 0; i < N_APPEND; i++)
      await store.append(`single-${i}`, [event(i)], { expectedVersion: 0, expectedVersionIsHead: true, metadata: metadata() });
  });
  const batch = 100;
  const [, rawBatchMs] = await timed(async () => {
    for (let i = 0; i < N_APPEND; i += batch)
      await raw.insertMany(Array.from({ length: batch }, (_, k) => sample(N_APPEND + i + k)) as never[]);
  });
  const [, oursBatchMs] = await timed(async () => {
    for (let i = 0; i < N_APPEND; i += batch) {
      await store.appendMany(
        Array.from({ length: batch }, (_, k) => ({
          streamId: `batch-${i + k}`,
          events: [event(i + k)],
          expectedVersion: 0,
          metadata: metadata(),
        })),
      );
    }
  });
  return {
    single: {
      rawPerSecond: perSecond(N_APPEND, rawSingleMs),
      oursPerSecond: perSecond(N_APPEND, oursSingleMs),
      ratio: rawSingleMs / oursSingleMs,
    },
    batched: {
      batchSize: batch,
      rawPerSecond: perSecond(N_APPEND, rawBatchMs),
      oursPerSecond: perSecond(N_APPEND, oursBatchMs),
      ratio: rawBatchMs / oursBatchMs,
    },
  };
}

async function relay(connection: Connection, kafka: Kafka, prefix: string) {
  log(`(b) ${N_RELAY} messages: raw kafkajs batched produce vs the outbox relay (after batched, then single commands)`);
  const rawTopic = `${prefix}bench.raw`;
  await ensureTopics(kafka, [rawTopic], { partitions: 3, replicationFactor: 1 });
  // The same events, stored first (not timed), then relayed: once appended as batches of 500
  // commands (imports), once as one command each (everyday use: one outbox marker per command).
  const batchedStore = new MongoEventStore(connection, catalog, { collectionPrefix: 'bench_b1_' });
  for (let i = 0; i < N_RELAY; i += 500) {
    await batchedStore.appendMany(
      Array.from({ length: Math.min(500, N_RELAY - i) }, (_, k) => ({
        streamId: `relay-${i + k}`,
        events: [event(i + k)],
        expectedVersion: 0,
        metadata: metadata(),
      })),
    );
  }
  const singleStore = new MongoEventStore(connection, catalog, { collectionPrefix: 'bench_b2_' });
  for (let i = 0; i < N_RELAY; i++)
    await singleStore.append(`relay-${i}`, [event(i)], { expectedVersion: 0, expectedVersionIsHead: true, metadata: metadata() });

  const stored = await batchedStore.commits.find({}).limit(N_RELAY).toArray();
  const messages = stored.flatMap((c) =>
    c.events.map((e) => ({
      key: e.streamId,
      value: JSON.stringify(e),
      headers: { 'event-type': e.type, 'event-id': e.eventId, 'schema-version': '1' },
    })),
  );
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.send({ topic: rawTopic, acks: -1, messages: messages.slice(0, 500) }); // warm-up, as the relay's first round
  const [, rawMs] = await timed(async () => {
    for (let i = 0; i < messages.length; i += 500) await producer.send({ topic: rawTopic, acks: -1, messages: messages.slice(i, i + 500) });
  });
  await producer.disconnect();
  const relayAll = async (store: MongoEventStore, topic: string) => {
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
    const relayer = new OutboxRelay(store, kafka, { topic, batchSize: 500 });
    await relayer.connect(); // as the raw producer: connected before the clock starts
    const [, ms] = await timed(async () => {
      relayer.start();
      await relayer.drain(600_000);
    });
    await relayer.stop();
    return ms;
  };
  const batchedMs = await relayAll(batchedStore, `${prefix}bench.relay-batched`);
  const singleMs = await relayAll(singleStore, `${prefix}bench.relay-single`);
  return {
    messages: messages.length,
    batchSize: 500,
    rawPerSecond: perSecond(messages.length, rawMs),
    afterBatched: { relayPerSecond: perSecond(messages.length, batchedMs), ratio: rawMs / batchedMs },
    afterSingle: { relayPerSecond: perSecond(messages.length, singleMs), ratio: rawMs / singleMs },
  };
}

async function lag(connection: Connection, kafka: Kafka, prefix: string) {
  const total = LAG_RATE * LAG_SECONDS;
  log(`(c) end-to-end lag at ${LAG_RATE} commands/s for ${LAG_SECONDS}s (${total} commands over 200 streams)`);
  const topic = `${prefix}bench.lag`;
  const store = new MongoEventStore(connection, catalog, { collectionPrefix: 'bench_c_' });
  const projection = new ProjectionStore(connection, { ...totals, name: 'bench_lag_totals', keyOf: (e: EventEnvelope) => e.streamId });
  const appendedAt = new Map<string, number>();
  const lags: number[] = [];
  const relayer = new OutboxRelay(store, kafka, { topic });
  relayer.start();
  await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  const consumer = liveProjection(kafka, projection, { topics: [topic], catalog, connection, groupId: `${prefix}bench.lag` });
  const original = projection.applyBatch.bind(projection);
  projection.applyBatch = async (events, generation, exclusive) => {
    const outcome = await original(events, generation, exclusive);
    const now = performance.now();
    for (const e of events) {
      const t = appendedAt.get(e.eventId);
      if (t !== undefined) lags.push(now - t);
    }
    return outcome;
  };
  await consumer.start();
  const versions = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / LAG_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const stream = `lag-${i % 200}`;
    const expected = versions.get(stream) ?? 0;
    const result = await store.append(stream, [event(i)], { expectedVersion: expected, expectedVersionIsHead: true, metadata: metadata() });
    versions.set(stream, result.version);
    for (const e of result.events) appendedAt.set(e.eventId, performance.now());
  }
  const deadline = Date.now() + 120_000;
  while (lags.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await consumer.stop();
  await relayer.stop();
  const sorted = [...lags].sort((a, b) => a - b);
  return {
    load: `${LAG_RATE} commands/s for ${LAG_SECONDS}s`,
    measured: sorted.length,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    p99Ms: Math.round(percentile(sorted, 99)),
  };
}

async function rebuild(connection: Connection, kafka: Kafka, prefix: string) {
  log(`(d) rebuild of a projection over ${N_REBUILD} events (20,000 projects × 10 events)`);
  const topic = `${prefix}bench.rebuild`;
  await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const load = bar('loading topic ', N_REBUILD);
  const streams = 20_000;
  for (let i = 0; i < N_REBUILD; i += 5000) {
    const messages = Array.from({ length: Math.min(5000, N_REBUILD - i) }, (_, k) => {
      const n = i + k;
      const streamId = `project-${n % streams}`;
      const envelope: EventEnvelope = {
        eventId: randomUUID(),
        ...event(n),
        schemaVersion: 1,
        streamId,
        streamVersion: Math.floor(n / streams) + 1,
        occurredAt: '2018-06-30T00:00:00.000Z',
        recordedAt: '2018-06-30T00:00:00.000Z',
        correlationId: 'bench',
        causationId: null,
        actor: metadata().actor,
      };
      return { key: streamId, value: JSON.stringify(envelope) };
    });
    await producer.send({ topic, acks: -1, messages });
    load.update(i + messages.length, { eps: '' });
  }
  load.stop();
  await producer.disconnect();
  const store = new ProjectionStore(connection, totals);
  const progress = bar('rebuilding    ', N_REBUILD);
  const result = await rebuildProjection(kafka, store, {
    topics: [topic],
    catalog,
    onProgress: (p) => progress.update(Math.min(p.done, N_REBUILD), { eps: p.eventsPerSecond }),
  });
  progress.stop();
  const docs = await (await store.collection()).countDocuments({});
  return {
    events: result.events,
    documents: docs,
    seconds: Number(result.seconds.toFixed(1)),
    eventsPerSecond: Math.round(result.events / result.seconds),
  };
}

async function dashboardLatency(infra: { kafkaBrokers: string; mongoUri: string }, prefix: string, dbName: string) {
  log(`(e) dashboard queries over ${N_DASHBOARD} projects: the registry and projection bundles as processes, demo data through the API`);
  const build = spawnSync(join(workspaceRoot(), 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--projects=registry,projection'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building the registry and projection bundles failed');
  const { keys } = await ensureDevKeys();
  const common = { TOPIC_PREFIX: `${prefix}dash.`, RATE_LIMIT_PER_MINUTE: '10000000', LOG_LEVEL: 'warn' };
  const opts = { endpoints: infra, publicKeyPem: keys.publicKeyPem };
  const registry = await startServiceProcess('registry', { ...common, MONGODB_DB: `${dbName}_registry` }, opts);
  const projection = await startServiceProcess('projection', { ...common, MONGODB_DB: `${dbName}_projection` }, opts);
  try {
    const seeding = bar('seeding       ', N_DASHBOARD);
    const started = performance.now();
    const seeded = await seedProjects({
      baseUrl: registry.url,
      projects: N_DASHBOARD,
      onProgress: (done, commands) => seeding.update(done, { eps: Math.round(commands / ((performance.now() - started) / 1000)) }),
    });
    seeding.stop();
    const auth = { Authorization: `Bearer ${await devToken(['leadership'], { sub: 'bench' })}` };
    const get = async (path: string) => {
      const response = await fetch(`${projection.url}${path}`, { headers: auth });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<{ projects?: number }>;
    };
    const deadline = Date.now() + 300_000;
    while ((await get('/dashboard?year=2018')).projects !== seeded.projects) {
      if (Date.now() > deadline) throw new Error('the projection did not catch up within 5 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const measure = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < DASHBOARD_QUERIES; i++) {
        const t = performance.now();
        await get(path);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return {
        path,
        queries: times.length,
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        p99Ms: Math.round(percentile(times, 99)),
      };
    };
    return {
      projects: seeded.projects,
      seedCommands: seeded.commands,
      seedSeconds: Number(seeded.seconds.toFixed(1)),
      city: await measure('/dashboard?year=2018&asOf=2018-06-30'),
      cityLive: await measure('/dashboard?year=2018'),
      localityBreakdown: await measure('/dashboard/breakdown?by=locality&indicator=new-starts&year=2018&asOf=2018-06-30'),
    };
  } finally {
    await projection.stop();
    await registry.stop();
    for (const db of [`${dbName}_registry`, `${dbName}_projection`]) {
      const c = await mongoose.createConnection(infra.mongoUri, { dbName: db }).asPromise();
      await c.dropDatabase().catch(() => undefined);
      await c.close();
    }
  }
}

const USAGE = [
  'usage: npm run bench',
  '  measures the event store, relay, projection lag, rebuild and dashboard queries on real servers (about 7 minutes);',
  '  sizes from BENCH_APPENDS, BENCH_RELAY, BENCH_REBUILD, BENCH_LAG_RATE, BENCH_LAG_SECONDS, BENCH_DASHBOARD_PROJECTS,',
  '  BENCH_DASHBOARD_QUERIES; writes bench-results/bench-<date>.json. No flags.',
].join('\n');

async function main(): Promise<void> {
  cliArgs(USAGE, {});
  const infra = await resolveInfra('test', consoleProgress('bench'));
  const dbName = `bench_${Date.now()}`;
  const prefix = `bench${Date.now()}.`;
  const connection = await mongoose.createConnection(infra.mongoUri, { dbName }).asPromise();
  const kafka = new Kafka({ clientId: 'bench', brokers: infra.kafkaBrokers.split(','), logLevel: logLevel.NOTHING });
  try {
    const a = await appends(connection);
    const b = await relay(connection, kafka, prefix);
    const c = await lag(connection, kafka, prefix);
    const d = await rebuild(connection, kafka, prefix);
    const e = await dashboardLatency(infra, prefix, dbName);
    const results = {
      at: new Date().toISOString(),
      servers: infra.kind,
      kafka: infra.kafkaBrokers,
      mongo: infra.mongoUri,
      appends: a,
      relay: b,
      lag: c,
      rebuild: d,
      dashboard: e,
    };
    const pct = (r: number) => `${Math.round(r * 100)}%`;
    process.stdout.write(
      [
        '',
        `Event-sourcing core benchmark (${infra.kind} servers: Kafka ${infra.kafkaBrokers}, MongoDB protocol ${infra.mongoUri})`,
        '',
        '| measure | baseline | ours | ours / baseline | target |',
        '| --- | ---: | ---: | ---: | --- |',
        `| (a) single commands, docs/s | raw insertOne ${a.single.rawPerSecond} | append ${a.single.oursPerSecond} | ${pct(a.single.ratio)} | ≥ 50% |`,
        `| (a) batched commands (${a.batched.batchSize}), docs/s | raw insertMany ${a.batched.rawPerSecond} | appendMany ${a.batched.oursPerSecond} | ${pct(a.batched.ratio)} | ≥ 50% |`,
        `| (b) Kafka messages/s (${b.messages}, requests of ${b.batchSize}), stored by batched commands | kafkajs send ${b.rawPerSecond} | outbox relay ${b.afterBatched.relayPerSecond} | ${pct(b.afterBatched.ratio)} | ≥ 70% |`,
        `| (b) the same, stored one command each | kafkajs send ${b.rawPerSecond} | outbox relay ${b.afterSingle.relayPerSecond} | ${pct(b.afterSingle.ratio)} | (reported) |`,
        `| (c) append → projection lag at ${c.load} | | p50 ${c.p50Ms} ms · p95 ${c.p95Ms} ms · p99 ${c.p99Ms} ms (${c.measured} events) | | reported |`,
        `| (d) rebuild of ${d.events} events → ${d.documents} documents | | ${d.eventsPerSecond} events/s (${d.seconds}s) | | ≥ 20,000 events/s |`,
        `| (e) city dashboard as of 30 June, ${e.projects} projects, ${e.city.queries} queries | | p50 ${e.city.p50Ms} ms · p95 ${e.city.p95Ms} ms · p99 ${e.city.p99Ms} ms | | reported |`,
        `| (e) city dashboard live (cached until an event applies) | | p50 ${e.cityLive.p50Ms} ms · p95 ${e.cityLive.p95Ms} ms · p99 ${e.cityLive.p99Ms} ms | | reported |`,
        `| (e) locality breakdown of new starts as of 30 June | | p50 ${e.localityBreakdown.p50Ms} ms · p95 ${e.localityBreakdown.p95Ms} ms · p99 ${e.localityBreakdown.p99Ms} ms | | reported |`,
        `| (e) demo data through the registry API | | ${e.projects} projects, ${e.seedCommands} commands in ${e.seedSeconds} s | | reported |`,
        '',
      ].join('\n'),
    );
    const dir = join(workspaceRoot(), 'bench-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `bench-${results.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`figures written to ${file}\n`);
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    await infra.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
