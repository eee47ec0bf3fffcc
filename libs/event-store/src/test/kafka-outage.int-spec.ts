import type { Connection } from 'mongoose';
import { dropDatabase, ownBroker, testNamespace } from '@ccpc/testing';
import { Kafka, logLevel } from 'kafkajs';
import {
  ensureTopics,
  handleCommand,
  liveProjection,
  MongoEventStore,
  OutboxRelay,
  ProjectionStore,
  outboxOf,
  readWholeTopic,
} from '../index';
import { catalog, connect, metadata, projectSummaries, testProject, waitFor } from './fixtures';

/**
 * Commands keep succeeding while Kafka is down; every event arrives once it is back. The suite
 * runs a broker of its own (real, on other ports) so that stopping it disturbs no other suite.
 */
describe('Kafka stopped during a load of commands', () => {
  const port = Number(process.env['TEST_OUTAGE_KAFKA_PORT_2'] ?? 19292);
  const broker = ownBroker('outage-store', port);
  const ns = testNamespace('outage');
  const topic = `${ns.topicPrefix}registry.events`;
  let kafka: Kafka;
  let connection: Connection;

  beforeAll(async () => {
    await broker.begin();
    kafka = new Kafka({ clientId: 'outage', brokers: [broker.brokers], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
    connection = await connect(ns.dbName);
  });
  afterAll(async () => {
    await connection?.close();
    await dropDatabase(ns.dbName);
    await broker.stop();
  });

  it('loses nothing and counts every event exactly once', async () => {
    const store = new MongoEventStore(connection, catalog);
    // What the relay said, shown if the events do not arrive (which side stalled: the relay or the consumer).
    const said: string[] = [];
    const note = (m: string) => said.push(`${new Date().toISOString().slice(11, 23)} ${m}`);
    const relay = new OutboxRelay(store, kafka, { topic, batchSize: 100, logger: { info: note, warn: note } });
    const summaries = new ProjectionStore(connection, projectSummaries);
    const consumer = liveProjection(kafka, summaries, { topics: [topic], catalog, connection, topicPrefix: ns.topicPrefix });
    relay.start();
    await consumer.start();

    const streams = Array.from({ length: 20 }, (_, i) => `outage-project-${i}`);
    for (const s of streams)
      await handleCommand(
        store,
        testProject,
        s,
        { type: 'register', name: `项目${s}`, localityCode: 'chaoyang' },
        { metadata: metadata() },
      );
    const invest = async (round: number) => {
      for (const s of streams)
        await handleCommand(store, testProject, s, { type: 'invest', amountWan: round, month: '2018-07' }, { metadata: metadata() });
    };

    await invest(1);
    await broker.stop();
    // Kafka is down: commands still succeed, events wait in the store.
    for (let round = 2; round <= 6; round++) await invest(round);
    const waiting = await outboxOf(store).unpublishedCount();
    expect(waiting).toBeGreaterThan(0);
    await broker.begin();
    for (let round = 7; round <= 8; round++) await invest(round);

    const arrived = waitFor(
      'every event to reach the projection',
      async () => {
        const docs = await summaries.all();
        return docs.length === streams.length && docs.every((d) => d.investments === 8);
      },
      240_000,
    );
    await arrived.catch(async (error: unknown) => {
      const docs = await summaries.all();
      process.stdout.write(
        `  stalled: relay ${JSON.stringify(relay.status())}, outbox ${await outboxOf(store).unpublishedCount()} pending, consumer ${JSON.stringify(consumer.status())}, projection ${docs.map((d) => d.investments).join(',')}\n  relay said:\n    ${said.join('\n    ')}\n`,
      );
      throw error;
    });
    await relay.stop();
    await consumer.stop();

    expect(await outboxOf(store).unpublishedCount()).toBe(0);
    const docs = await summaries.all();
    expect(docs.every((d) => d.investedWan === 36)).toBe(true); // 1 + 2 + … + 8, once each
    // A send that failed as the broker went down may have been written: the relay asks Kafka before resending.
    const onTopic = await readWholeTopic(kafka, topic);
    const events = streams.length * 9;
    expect(new Set(onTopic.map((m) => m.headers['event-id']?.toString())).size).toBe(events);
    expect(onTopic.length - events).toBeLessThanOrEqual(events * 0.01);
    process.stdout.write(
      `  Kafka outage: ${waiting} events waited in the store; ${events} events, each counted once; ${onTopic.length - events} sent twice; relay ${JSON.stringify(relay.status())}\n`,
    );
  }, 300_000); // a broker restart: kafkajs's reconnect back-off and the group's rejoin take their time on a busy machine
});
