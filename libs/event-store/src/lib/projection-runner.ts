import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { type EventCatalog, type EventEnvelope, type ServiceName, topicName } from '@ccpc/contracts';
import type { ProjectionDefinition } from '@ccpc/eventsourcing';
import { EventConsumer } from './event-consumer';
import type { RelayLogger } from './outbox-relay';
import { ExclusiveWriter } from './exclusive-writer';
import { ProjectionStore } from './projection-store';

/** Keeps a projection live: consumes its topics and applies each event once. */
/** What a read model's consumer fetches per partition, live or rebuilding: a backlog comes in few, big batches. */
const FETCH_PER_PARTITION = 4 * 1024 * 1024;

export function liveProjection<Doc extends object>(
  kafka: Kafka,
  store: ProjectionStore<Doc>,
  options: {
    topics: readonly string[];
    catalog: EventCatalog;
    connection: Connection;
    groupId?: string;
    topicPrefix?: string;
    logger?: RelayLogger;
    maxAttempts?: number;
  },
): EventConsumer {
  const name = store.definition.name;
  return new EventConsumer(kafka, {
    groupId: options.groupId ?? `projection.${store.storeName}`,
    topics: options.topics,
    catalog: options.catalog,
    connection: options.connection,
    topicPrefix: options.topicPrefix,
    handlerName: `projection:${name}@v${store.definition.version}`,
    handles: store.definition.handles,
    maxAttempts: options.maxAttempts,
    logger: options.logger,
    handle: async (event) => (await store.applyBatch([event]))[0],
    // A backlog (after a restart, an outage, a bulk import) is applied many events at a time: one
    // read and one compare-and-set write per document, each event still applied once.
    handleBatch: (events) => store.applyBatch(events),
    batchSize: 2_000,
    maxBytesPerPartition: FETCH_PER_PARTITION,
  });
}

type Offsets = Map<string, { low: bigint; high: bigint }>;

async function watermarks(kafka: Kafka, topics: readonly string[]): Promise<Offsets> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const result: Offsets = new Map();
    for (const topic of topics) {
      for (const o of await admin.fetchTopicOffsets(topic))
        result.set(`${topic}:${o.partition}`, { low: BigInt(o.low), high: BigInt(o.high) });
    }
    return result;
  } finally {
    await admin.disconnect();
  }
}

/** How long live writers wait for a rebuild's switch before they carry on with the old generation. */
const HANDOVER_LEASE_MS = 60_000;

export interface RebuildProgress {
  phase: 'replay' | 'catch-up';
  done: number;
  total: number;
  eventsPerSecond: number;
}

/** Reads each partition from `from` (default: its start) up to `to`, applying batches in order. */
async function replayRange(
  kafka: Kafka,
  topics: readonly string[],
  to: Offsets,
  from: Offsets | undefined,
  catalog: EventCatalog,
  apply: (events: EventEnvelope[]) => Promise<void>,
  progress: (done: number) => void,
): Promise<number> {
  const remaining = new Set([...to].filter(([key, { low, high }]) => high > (from?.get(key)?.high ?? low)).map(([key]) => key));
  if (remaining.size === 0) return 0;
  const consumer = kafka.consumer({
    groupId: `rebuild-${randomUUID()}`,
    maxBytesPerPartition: FETCH_PER_PARTITION,
    maxBytes: 8 * FETCH_PER_PARTITION,
  });
  let done = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await new Promise<void>((resolveAll, reject) => {
      void consumer
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, heartbeat, resolveOffset }) => {
            const key = `${batch.topic}:${batch.partition}`;
            const end = to.get(key)?.high ?? 0n;
            const events: EventEnvelope[] = [];
            for (const message of batch.messages) {
              if (BigInt(message.offset) >= end) break;
              try {
                events.push(catalog.read(JSON.parse(String(message.value))));
              } catch {
                // Unreadable events are dead letters of the live consumer too: skipped alike.
              }
              done++;
            }
            if (events.length > 0) await apply(events);
            progress(done);
            const last = batch.messages[batch.messages.length - 1];
            if (last) resolveOffset(last.offset);
            await heartbeat();
            if (last && BigInt(last.offset) >= end - 1n) remaining.delete(key);
            if (remaining.size === 0) resolveAll();
          },
        })
        .then(() => {
          if (from)
            for (const [key, { high }] of from) {
              const [topic, partition] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
              consumer.seek({ topic, partition, offset: high.toString() });
            }
        }, reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return done;
}

/**
 * Rebuilds a projection from its topics into a fresh collection while the live one keeps
 * answering, then switches atomically and catches up on what arrived during the rebuild.
 */
export async function rebuildProjection<Doc extends object>(
  kafka: Kafka,
  store: ProjectionStore<Doc>,
  options: { topics: readonly string[]; catalog: EventCatalog; onProgress?: (p: RebuildProgress) => void },
): Promise<{ generation: number; events: number; seconds: number }> {
  const started = Date.now();
  const previous = await store.activeGeneration(true);
  const generation = previous + 1;
  await store
    .collectionFor(generation)
    .drop()
    .catch(() => undefined);
  const report = (phase: RebuildProgress['phase'], total: number) => (done: number) =>
    options.onProgress?.({ phase, done, total, eventsPerSecond: Math.round(done / Math.max((Date.now() - started) / 1000, 0.001)) });

  const first = await watermarks(kafka, options.topics);
  const total = [...first.values()].reduce((sum, { low, high }) => sum + Number(high - low), 0);
  const exclusive = new ExclusiveWriter<Doc>();
  let events = await replayRange(
    kafka,
    options.topics,
    first,
    undefined,
    options.catalog,
    async (batch) => {
      await store.applyBatch(batch, generation, exclusive);
    },
    report('replay', total),
  );
  await exclusive.flush(store.collectionFor(generation));

  // Catch up while the live writers still apply to the old generation…
  const second = await watermarks(kafka, options.topics);
  const catchUp = async (to: Offsets, from: Offsets) => {
    const more = [...to].reduce((sum, [key, { high }]) => sum + Number(high - (from.get(key)?.high ?? 0n)), 0);
    events += await replayRange(
      kafka,
      options.topics,
      to,
      from,
      options.catalog,
      async (batch) => {
        await store.applyBatch(batch, generation);
      },
      report('catch-up', more),
    );
  };
  await catchUp(second, first);
  // …then hold them (they see the handover within the store's cache time, and finish what they
  // were writing), take the last stretch, and switch: they resume on the new generation.
  await store.beginHandover(generation, HANDOVER_LEASE_MS);
  try {
    await sleep(store.cacheMs + 500);
    const third = await watermarks(kafka, options.topics);
    await catchUp(third, second);
  } catch (error) {
    await store.switchTo(previous); // no switch: the live writers carry on with the old generation at once
    throw error;
  }
  await store.switchTo(generation);
  if (previous > 1)
    await store
      .collectionFor(previous - 1)
      .drop()
      .catch(() => undefined);
  return { generation, events, seconds: (Date.now() - started) / 1000 };
}

/** Rebuilds read models one after the other, each from the topics of the services it follows. */
export async function rebuildReadModels<Doc extends object>(
  kafka: Kafka,
  connection: Connection,
  options: {
    models: ReadonlyArray<{ projection: ProjectionDefinition<Doc>; from: readonly ServiceName[] }>;
    catalog: EventCatalog;
    topicPrefix?: string;
    onProgress?: (name: string, progress: RebuildProgress) => void;
  },
): Promise<Array<{ name: string; generation: number; events: number; seconds: number }>> {
  const results = [];
  for (const { projection, from } of options.models) {
    const store = new ProjectionStore(connection, projection);
    const topics = from.map((producer) => topicName(producer, options.topicPrefix));
    const result = await rebuildProjection(kafka, store, {
      topics,
      catalog: options.catalog,
      onProgress: (p) => options.onProgress?.(projection.name, p),
    });
    results.push({ name: projection.name, ...result });
  }
  return results;
}
