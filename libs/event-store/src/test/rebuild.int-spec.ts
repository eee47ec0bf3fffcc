import { handleCommand, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore, readWholeTopic, rebuildProjection } from '../index';
import { catalog, eventStoreSuite, metadata, projectSummaries, testProject, waitFor } from './fixtures';

describe('a projection rebuilt from scratch', () => {
  const suite = eventStoreSuite('rebuild');

  it('equals the live one, document for document, and serves reads throughout', async () => {
    const { ns, topic, kafka, connection } = suite;
    const store = new MongoEventStore(connection, catalog);
    const relay = new OutboxRelay(store, kafka, { topic });
    relay.start();
    const streams = Array.from({ length: 30 }, (_, i) => `rebuild-project-${i}`);
    for (const [i, s] of streams.entries()) {
      await handleCommand(
        store,
        testProject,
        s,
        { type: 'register', name: `项目${i}`, localityCode: i % 2 ? 'jiutai' : 'shuangyang' },
        { metadata: metadata() },
      );
      for (let k = 1; k <= (i % 7) + 1; k++)
        await handleCommand(store, testProject, s, { type: 'invest', amountWan: k * 100 + i, month: '2018-10' }, { metadata: metadata() });
    }
    await relay.drain();

    // Redeliveries: a slice of the topic published a second time.
    const producer = kafka.producer();
    await producer.connect();
    const published = await readWholeTopic(kafka, topic);
    await producer.send({ topic, messages: published.slice(0, 40).map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
    await producer.disconnect();

    const live = new ProjectionStore(connection, projectSummaries);
    const consumer = liveProjection(kafka, live, { topics: [topic], catalog, connection, topicPrefix: ns.topicPrefix });
    await consumer.start();
    const expectedInvestments = streams.reduce((sum, _, i) => sum + (i % 7) + 1, 0);
    const applied = async () => (await live.all()).reduce((sum, d) => sum + d.investments, 0);
    await waitFor('the live projection to apply everything', async () => (await applied()) === expectedInvestments);
    const liveGeneration = await live.activeGeneration(true);
    const liveDocs = await live.collectionFor(liveGeneration).find({}).sort({ _id: 1 }).toArray();

    const progress: number[] = [];
    const rebuilding = rebuildProjection(kafka, new ProjectionStore(connection, projectSummaries), {
      topics: [topic],
      catalog,
      onProgress: (p) => progress.push(p.done),
    });
    // The live read model keeps answering while the rebuild runs.
    expect((await live.all()).length).toBe(streams.length);
    const result = await rebuilding;

    expect(result.generation).toBe(liveGeneration + 1);
    expect(await live.activeGeneration(true)).toBe(result.generation);
    const rebuiltDocs = await live.collectionFor(result.generation).find({}).sort({ _id: 1 }).toArray();
    expect(rebuiltDocs).toEqual(liveDocs);
    expect(progress.length).toBeGreaterThan(0);

    // After the switch the live consumer writes to the new generation.
    await handleCommand(
      store,
      testProject,
      'rebuild-project-0',
      { type: 'invest', amountWan: 1, month: '2018-11' },
      { metadata: metadata() },
    );
    await waitFor('the live consumer to write into the rebuilt generation', async () => (await applied()) === expectedInvestments + 1);
    await consumer.stop();
    await relay.stop();
    process.stdout.write(
      `  rebuild: ${result.events} events into generation ${result.generation}; ${rebuiltDocs.length} documents equal to the live ones\n`,
    );
  });
});
