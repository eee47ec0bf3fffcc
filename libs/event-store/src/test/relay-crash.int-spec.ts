import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import { deleteTopicsWithPrefix, dropDatabase, testEndpoints, testKafka, testNamespace } from '@ccpc/testing';
import { ensureTopics, handleCommand, liveProjection, MongoEventStore, ProjectionStore, readWholeTopic, outboxOf } from '../index';
import { catalog, connect, metadata, projectSummaries, testProject, waitFor } from './fixtures';

const root = join(__dirname, '../../../..');

describe('the relay killed with SIGKILL mid-batch and restarted', () => {
  const ns = testNamespace('relay_crash');
  const topic = `${ns.topicPrefix}registry.events`;
  const kafka = testKafka('relay-crash');
  let connection: Connection;
  let relayProcess: ChildProcess | undefined;

  const startRelay = () => {
    const { kafkaBrokers, mongoUri } = testEndpoints();
    // One process (tsx as a loader, not as a wrapper), so that SIGKILL reaches the relay itself.
    relayProcess = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'relay-process.ts')], {
      cwd: root,
      env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGODB_URI: mongoUri, DB_NAME: ns.dbName, TOPIC: topic, BATCH: '20' },
      stdio: 'ignore',
    });
  };

  beforeAll(async () => {
    connection = await connect(ns.dbName);
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  });
  afterAll(async () => {
    relayProcess?.kill('SIGKILL');
    await connection.close();
    await dropDatabase(ns.dbName);
    await deleteTopicsWithPrefix(ns.topicPrefix);
  });

  it('loses no event and sends none twice: the successor asks Kafka what the killed relay sent', async () => {
    const store = new MongoEventStore(connection, catalog);
    const streams = Array.from({ length: 40 }, (_, i) => `crash-project-${i}`);
    for (const s of streams) {
      await handleCommand(store, testProject, s, { type: 'register', name: `项目${s}`, localityCode: 'erdao' }, { metadata: metadata() });
      for (let i = 1; i <= 24; i++)
        await handleCommand(store, testProject, s, { type: 'invest', amountWan: i, month: '2018-08' }, { metadata: metadata() });
    }
    const total = streams.length * 25;

    startRelay();
    await waitFor('the relay to publish part of the events', async () => (await outboxOf(store).unpublishedCount()) < total * 0.8, 60_000);
    relayProcess?.kill('SIGKILL');
    await new Promise((r) => relayProcess?.once('exit', r));
    const leftAfterKill = await outboxOf(store).unpublishedCount();
    expect(leftAfterKill).toBeGreaterThan(0);

    startRelay();
    await waitFor('the restarted relay to publish the rest', async () => (await outboxOf(store).unpublishedCount()) === 0, 90_000);

    const summaries = new ProjectionStore(connection, projectSummaries);
    const consumer = liveProjection(kafka, summaries, { topics: [topic], catalog, connection, topicPrefix: ns.topicPrefix });
    await consumer.start();
    await waitFor(
      'the projection to apply everything',
      async () => {
        const docs = await summaries.all();
        return docs.length === streams.length && docs.every((d) => d.investments === 24);
      },
      90_000,
    );
    await consumer.stop();

    const onTopic = (await readWholeTopic(kafka, topic)).map((m) => JSON.parse(m.value) as { eventId: string });
    const distinct = new Set(onTopic.map((e) => e.eventId));
    expect(distinct.size).toBe(total);
    expect(onTopic.length).toBe(total);
    for (const doc of await summaries.all()) expect(doc.investedWan).toBe(300); // 1 + … + 24, once each
    process.stdout.write(
      `  relay SIGKILL: ${leftAfterKill} of ${total} unpublished at the kill; Kafka holds ${onTopic.length} messages (${onTopic.length - total} duplicates); projection exact\n`,
    );
  });
});
