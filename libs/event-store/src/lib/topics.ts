import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin, Kafka } from 'kafkajs';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/**
 * Creates missing topics and waits until every partition has a leader. Kafka 4 wants partitions
 * and replication factor spelled out. kafkajs's own wait for leaders gives up on the first
 * "does not host this topic-partition", which a broker that has just started (with many topics
 * to load) answers for a while: the wait here retries until `timeoutMs`.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], settings: TopicSettings, timeoutMs = 60_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: settings.partitions,
          replicationFactor: settings.replicationFactor,
          configEntries: [{ name: 'retention.ms', value: '-1' }],
        })),
      });
    } catch (error) {
      // Another replica created it first.
      if (!/already exists/i.test(String((error as Error).message))) throw error;
    }
    await leadersOf(admin, missing, timeoutMs);
  } finally {
    await admin.disconnect();
  }
}

async function leadersOf(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const { topics: found } = await admin.fetchTopicMetadata({ topics });
      if (found.length === topics.length && found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      last = 'partitions without a leader';
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`topics ${topics.join(', ')} have no leader after ${timeoutMs} ms: ${String((last as Error)?.message ?? last)}`);
}
