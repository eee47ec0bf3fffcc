import type { Kafka } from 'kafkajs';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/** Creates missing topics; Kafka 4 wants partitions and replication factor spelled out. */
export async function ensureTopics(kafka: Kafka, topics: readonly string[], settings: TopicSettings): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
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
  } finally {
    await admin.disconnect();
  }
}
