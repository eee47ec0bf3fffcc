import { ConcurrencyError } from '@ccpc/eventsourcing';
import { ensureTopics, handleCommand, liveProjection, MongoEventStore, OutboxRelay, ProjectionStore, readWholeTopic } from '../index';
import { catalog, eventStoreSuite, metadata, projectSummaries, testProject, waitFor } from './fixtures';

describe('50 concurrent writers on one stream', () => {
  const suite = eventStoreSuite('concurrency');
  const { ns, topic, kafka } = suite;
  let store: MongoEventStore;

  beforeAll(async () => {
    store = new MongoEventStore(suite.connection, catalog);
    await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
  });

  describe('when they all say which version they saw (If-Match)', () => {
    it('lands exactly one and refuses the others at once', async () => {
      const stream = 'project-if-match';
      const first = await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '长春新区数据中心', localityCode: 'xinqu' },
        { metadata: metadata() },
      );
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          handleCommand(
            store,
            testProject,
            stream,
            { type: 'invest', amountWan: i + 1, month: '2018-04' },
            { metadata: metadata(`writer-${i}`), expectedVersion: first.version },
          ),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes.filter((o) => o.status === 'rejected'))
        expect((o as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    });
  });

  describe('when they all append at once', () => {
    it('lands some, refuses the rest with a concurrency error, and Kafka sees each landed event once', async () => {
      const stream = 'project-concurrent';
      await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '长春国际汽车城', localityCode: 'lvyuan' },
        { metadata: metadata() },
      );

      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          handleCommand(
            store,
            testProject,
            stream,
            { type: 'invest', amountWan: i + 1, month: '2018-04' },
            { metadata: metadata(`writer-${i}`) },
          ),
        ),
      );
      const landed = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(landed.length).toBeGreaterThanOrEqual(4); // without If-Match, a lost race is re-decided up to 3 times
      expect(landed.length + refused.length).toBe(50);
      for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);

      const events = await store.readStream(stream);
      expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: landed.length + 1 }, (_, i) => i + 1));
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);

      const relay = new OutboxRelay(store, kafka, { topic });
      relay.start();
      await relay.drain();
      await relay.stop();

      const onTopic = (await readWholeTopic(kafka, topic))
        .filter((m) => m.key === stream)
        .map((m) => JSON.parse(m.value) as { eventId: string; streamVersion: number });
      expect(onTopic.map((e) => e.streamVersion)).toEqual(events.map((e) => e.streamVersion));
      expect(new Set(onTopic.map((e) => e.eventId))).toEqual(new Set(events.map((e) => e.eventId)));

      const summaries = new ProjectionStore(suite.connection, projectSummaries);
      const consumer = liveProjection(kafka, summaries, {
        topics: [topic],
        catalog,
        connection: suite.connection,
        topicPrefix: ns.topicPrefix,
      });
      await consumer.start();
      const expectedWan = landed.reduce(
        (sum, o) =>
          sum +
          ((o as PromiseFulfilledResult<{ events: Array<{ data: unknown }> }>).value.events[0]?.data as { amountWan: number }).amountWan,
        0,
      );
      await waitFor(
        'the projection to apply every landed event',
        async () => (await summaries.all()).find((d) => d._id === stream)?.investments === landed.length,
      );
      await consumer.stop();
      expect((await summaries.all()).find((d) => d._id === stream)).toMatchObject({ investments: landed.length, investedWan: expectedWan });
      process.stdout.write(
        `  50 writers: ${landed.length} landed, ${refused.length} refused (409); stream 1..${events.length} without gaps; ${onTopic.length} events on Kafka\n`,
      );
    });
  });

  describe('when a client retries a command with the same idempotency key', () => {
    it('returns the first result and appends nothing', async () => {
      const stream = 'project-idempotent';
      const first = await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '一汽解放新基地', localityCode: 'qikai' },
        { metadata: metadata(), idempotencyKey: 'key-1' },
      );
      const retried = await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '一汽解放新基地', localityCode: 'qikai' },
        { metadata: metadata(), idempotencyKey: 'key-1' },
      );
      expect(retried.replayed).toBe(true);
      expect(retried.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
      expect(await store.readStream(stream)).toHaveLength(1);
    });
  });

  describe('when a client sends a stale expected version', () => {
    it('is refused without deciding', async () => {
      const stream = 'project-stale';
      await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '中韩示范区智慧产业园', localityCode: 'zhonghan' },
        { metadata: metadata() },
      );
      await expect(
        handleCommand(
          store,
          testProject,
          stream,
          { type: 'invest', amountWan: 1, month: '2018-05' },
          { metadata: metadata(), expectedVersion: 0 },
        ),
      ).rejects.toThrow('stream project-stale is at version 1, not the expected 0');
      await expect(
        store.append(stream, [{ type: 'TestInvestmentAdded', data: { amountWan: 1, month: '2018-05' } }], {
          expectedVersion: 7,
          metadata: metadata(),
        }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
    });
  });

  describe('when snapshots exist', () => {
    it('loads the same state with them or without them', async () => {
      const stream = 'project-snapshots';
      await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '净月高新区数字经济园', localityCode: 'jingyue' },
        { metadata: metadata() },
      );
      for (let i = 1; i <= 12; i++)
        await handleCommand(store, testProject, stream, { type: 'invest', amountWan: 10 * i, month: '2018-06' }, { metadata: metadata() });
      expect(await store.snapshots.countDocuments({ _id: stream })).toBe(1);
      const withSnapshot = await handleCommand(
        store,
        testProject,
        stream,
        { type: 'invest', amountWan: 1, month: '2018-06' },
        { metadata: metadata() },
      );
      await store.snapshots.deleteMany({});
      const withoutSnapshot = await handleCommand(
        store,
        testProject,
        stream,
        { type: 'invest', amountWan: 1, month: '2018-06' },
        { metadata: metadata() },
      );
      expect(withSnapshot.state.totalWan).toBe(781);
      expect(withoutSnapshot.state.totalWan).toBe(782);
      expect(withoutSnapshot.version).toBe(15);
    });
  });
});
