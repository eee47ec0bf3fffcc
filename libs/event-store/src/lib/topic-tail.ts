import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { GROUP_TIMING } from './event-consumer';

export interface TopicTailOptions {
  /** Nothing sent before this instant is wanted (each partition is read from its first offset at or after it). */
  since: Date;
  /** And at most this many of each partition's last messages. */
  maxPerPartition: number;
  timeoutMs?: number;
}

/**
 * The `event-id` headers of a topic's recent messages: what Kafka already holds, asked by a relay
 * after a moment it cannot vouch for (a predecessor killed mid-round, a send that failed after
 * the broker may have written it). Reads each partition from the later of `since` and its last
 * `maxPerPartition` messages up to its end as of the call, with a throwaway consumer group that
 * commits nothing.
 */
export async function eventIdsOnTopic(kafka: Kafka, topic: string, options: TopicTailOptions): Promise<Set<string>> {
  const ids = new Set<string>();
  const admin = kafka.admin();
  await admin.connect();
  const from = new Map<number, bigint>();
  const ends = new Map<number, bigint>();
  try {
    if (!(await admin.listTopics()).includes(topic)) return ids;
    const [offsets, byTime] = await Promise.all([
      admin.fetchTopicOffsets(topic),
      admin.fetchTopicOffsetsByTimestamp(topic, options.since.getTime()),
    ]);
    for (const { partition, high, low } of offsets) {
      const end = BigInt(high);
      const sinceOffset = BigInt(byTime.find((o) => o.partition === partition)?.offset ?? high);
      const start = [BigInt(low), sinceOffset, end - BigInt(options.maxPerPartition)].reduce((a, b) => (a > b ? a : b));
      if (start < end) {
        from.set(partition, start);
        ends.set(partition, end);
      }
    }
  } finally {
    await admin.disconnect();
  }
  if (from.size === 0) return ids;

  const consumer = kafka.consumer({
    groupId: `${topic}.relay-check.${randomUUID()}`,
    sessionTimeout: GROUP_TIMING.sessionTimeout,
    heartbeatInterval: GROUP_TIMING.heartbeatInterval,
    rebalanceTimeout: GROUP_TIMING.rebalanceTimeout,
    maxWaitTimeInMs: 200,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: false });
    const pending = new Set(from.keys());
    await new Promise<void>((resolveAll, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`reading the tail of ${topic} took longer than ${options.timeoutMs ?? 30_000} ms`)),
        options.timeoutMs ?? 30_000,
      );
      // Seek on every join: a consumer that crashed on joining (a broker just back) rejoins by itself.
      consumer.on(consumer.events.GROUP_JOIN, () => {
        for (const [partition, start] of from) consumer.seek({ topic, partition, offset: start.toString() });
      });
      consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            const start = from.get(batch.partition);
            const end = ends.get(batch.partition);
            if (start === undefined || end === undefined) return;
            for (const message of batch.messages) {
              const offset = BigInt(message.offset);
              if (offset < start || offset >= end) continue;
              const id = message.headers?.['event-id'];
              if (id !== undefined) ids.add(String(Array.isArray(id) ? id[0] : id));
            }
            const last = batch.messages.at(-1);
            if (last && BigInt(last.offset) >= end - 1n) pending.delete(batch.partition);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolveAll();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    // A consumer stuck rejoining a broker that just came back may not leave quickly: do not wait on it for long.
    await Promise.race([consumer.disconnect().catch(() => undefined), new Promise((r) => setTimeout(r, 5000).unref())]);
  }
  return ids;
}
