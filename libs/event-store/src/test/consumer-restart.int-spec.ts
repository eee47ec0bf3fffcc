import { ensureTopics, handleCommand, MongoEventStore } from '../index';
import { catalog, eventStoreSuite, metadata, publishAll, summariesFollowing, testProject, waitFor } from './fixtures';

/**
 * kafkajs restarts a crashed consumer only after a retriable error. After any other (a timeout or
 * a coordinator not found while the broker was away — seen once in a fault run, where a read model
 * then stood still until its process was restarted) the consumer starts itself again.
 */
describe('a consumer that kafkajs gave up on', () => {
  const suite = eventStoreSuite('consumer-restart');
  const { topic, kafka } = suite;

  it('starts again by itself and applies every event once', async () => {
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
    const store = new MongoEventStore(suite.connection, catalog);
    for (let s = 0; s < 10; s++) {
      await handleCommand(
        store,
        testProject,
        `restart-${s}`,
        { type: 'register', name: `项目${s}`, localityCode: 'kuancheng' },
        { metadata: metadata() },
      );
      for (let i = 1; i <= 4; i++)
        await handleCommand(
          store,
          testProject,
          `restart-${s}`,
          { type: 'invest', amountWan: i, month: '2018-06' },
          { metadata: metadata() },
        );
    }
    await publishAll(store, suite);

    const { summaries, consumer } = summariesFollowing(suite);
    // The first batch fails with an error kafkajs does not retry: it crashes the consumer with restart: false.
    const inner = consumer as unknown as { eachBatch: (payload: unknown) => Promise<void> };
    const original = inner.eachBatch.bind(consumer);
    let injected = 0;
    inner.eachBatch = async (payload) => {
      if (injected++ === 0) throw Object.assign(new Error('injected: not retriable'), { retriable: false });
      return original(payload);
    };
    await consumer.start();
    await waitFor(
      'every event to be applied after the restart',
      async () => {
        const docs = await summaries.all();
        return docs.length === 10 && docs.every((d) => d.investments === 4);
      },
      60_000,
    );
    expect(consumer.restarts).toBe(1);
    expect(consumer.status().state).toBe('running');
    for (const doc of await summaries.all()) expect(doc.investedWan).toBe(10); // 1 + 2 + 3 + 4, once each
    await consumer.stop();
    process.stdout.write(`  consumer given up by kafkajs: started again ${consumer.restarts} time, 50 events applied once\n`);
  }, 120_000);
});
