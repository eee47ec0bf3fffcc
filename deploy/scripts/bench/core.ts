/** Stages (a)–(d): the event-sourcing core against the raw drivers on the same servers. */
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@ccpc/contracts';
import {
  ensureTopics,
  liveProjection,
  MongoEventStore,
  OutboxRelay,
  ProjectionStore,
  readWholeTopic,
  rebuildProjection,
} from '@ccpc/event-store';
import {
  bar,
  catalog,
  event,
  LAG_RATE,
  LAG_SECONDS,
  log,
  metadata,
  N_APPEND,
  N_REBUILD,
  N_RELAY,
  percentile,
  perSecond,
  timed,
  totals,
} from './fixtures';

/** Events on a topic, and how many extra copies of them it holds (a relay without faults should send none). */
export async function duplicatesOn(kafka: Kafka, topics: readonly string[]): Promise<{ events: number; extra: number }> {
  let messages = 0;
  const ids = new Set<string>();
  for (const topic of topics) {
    for (const m of await readWholeTopic(kafka, topic)) {
      messages++;
      ids.add(String(m.headers['event-id'] ?? ''));
    }
  }
  return { events: ids.size, extra: messages - ids.size };
}

export async function appends(connection: Connection) {
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

export async function relay(connection: Connection, kafka: Kafka, prefix: string) {
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
  const duplicates = await duplicatesOn(kafka, [`${prefix}bench.relay-batched`, `${prefix}bench.relay-single`]);
  return {
    duplicates,
    messages: messages.length,
    batchSize: 500,
    rawPerSecond: perSecond(messages.length, rawMs),
    afterBatched: { relayPerSecond: perSecond(messages.length, batchedMs), ratio: rawMs / batchedMs },
    afterSingle: { relayPerSecond: perSecond(messages.length, singleMs), ratio: rawMs / singleMs },
  };
}

export async function lag(connection: Connection, kafka: Kafka, prefix: string) {
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
    duplicates: await duplicatesOn(kafka, [topic]),
    load: `${LAG_RATE} commands/s for ${LAG_SECONDS}s`,
    measured: sorted.length,
    p50Ms: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    p99Ms: Math.round(percentile(sorted, 99)),
  };
}

export async function rebuild(connection: Connection, kafka: Kafka, prefix: string) {
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
