import { Kafka, logLevel, type Admin } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { KAFKA_CLIENT_RETRY } from '@ccpc/service-kit';
import { testEndpoints } from './endpoints';

/** A kafkajs client on the test broker, quiet unless something is wrong. */
export function testKafka(clientId = 'ccpc-test'): Kafka {
  return new Kafka({
    clientId,
    brokers: testEndpoints().kafkaBrokers.split(','),
    logLevel: logLevel.ERROR,
    retry: { ...KAFKA_CLIENT_RETRY },
  });
}

export async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = testKafka('ccpc-test-admin').admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Creates topics with explicit partitions and replication factor (Kafka 4 wants both). */
export async function createTopics(topics: string[], numPartitions = 3): Promise<void> {
  await withAdmin((admin) =>
    admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    }),
  );
}

export async function deleteTopicsWithPrefix(prefix: string): Promise<void> {
  await withAdmin(async (admin) => {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  });
}

export async function withMongo<T>(fn: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(testEndpoints().mongoUri);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

export async function dropDatabase(dbName: string): Promise<void> {
  await withMongo((client) => client.db(dbName).dropDatabase());
}
