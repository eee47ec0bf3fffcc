import { ensureTopics, handleCommand, MongoEventStore, OutboxRelay, readWholeTopic } from '../index';
import { catalog, eventStoreSuite, metadata, summariesFollowing, testProject, waitFor } from './fixtures';

/**
 * Without any fault, Kafka gets each event exactly once: commands keep landing while the relay
 * sends round after round (the next round read while one is sent, a round's markers cleaned up
 * while the next is sent), small rounds so that there are many of them.
 */
describe('the relay without faults', () => {
  const suite = eventStoreSuite('relay-duplicates');
  const { topic, kafka } = suite;

  beforeAll(async () => {
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  });

  it('publishes every event exactly once while commands keep coming', async () => {
    const store = new MongoEventStore(suite.connection, catalog);
    const relay = new OutboxRelay(store, kafka, { topic, batchSize: 7, roundSize: 21, idlePollMs: 5 });
    relay.start();
    const streams = Array.from({ length: 30 }, (_, i) => `dup-project-${i}`);
    await Promise.all(
      streams.map(async (stream, s) => {
        await handleCommand(
          store,
          testProject,
          stream,
          { type: 'register', name: `项目${s}`, localityCode: 'nanguan' },
          { metadata: metadata() },
        );
        for (let i = 0; i < 40; i++)
          await handleCommand(store, testProject, stream, { type: 'invest', amountWan: i + 1, month: '2018-05' }, { metadata: metadata() });
      }),
    );
    await relay.drain(120_000);
    await relay.stop();
    const onTopic = (await readWholeTopic(kafka, topic)).map((m) => (JSON.parse(m.value) as { eventId: string }).eventId);
    const counts = new Map<string, number>();
    for (const id of onTopic) counts.set(id, (counts.get(id) ?? 0) + 1);
    const twice = [...counts.values()].filter((n) => n > 1).length;
    process.stdout.write(`  relay without faults: ${onTopic.length} messages, ${counts.size} events, ${twice} sent more than once\n`);
    expect(counts.size).toBe(streams.length * 41);
    expect(twice).toBe(0);
  }, 180_000);
  it('counts what Kafka delivers again: a consumer applies it once and shows it as redelivered in its status', async () => {
    const onTopic = await readWholeTopic(kafka, topic);
    const resent = onTopic.slice(0, 25);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: resent.map((m) => ({ key: m.key, value: m.value })) }); // a relay's re-send
    await producer.disconnect();

    const { summaries, consumer } = summariesFollowing(suite);
    await consumer.start();
    await waitFor(
      'every message to be consumed',
      async () => consumer.stats.applied + consumer.stats.redelivered === onTopic.length + 25,
      90_000,
    );
    await consumer.stop();
    expect(consumer.status().redelivered).toBe(25);
    expect(consumer.stats.applied).toBe(onTopic.length);
    for (const doc of await summaries.all()) expect(doc.investedWan).toBe(820); // 1 + … + 40, once each
    process.stdout.write(
      `  consumer: ${onTopic.length + 25} messages, ${consumer.stats.applied} applied, ${consumer.status().redelivered} redelivered\n`,
    );
  }, 120_000);
});
