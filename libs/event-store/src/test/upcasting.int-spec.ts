import { commitId, type CommitDocument, loadAggregate, MongoEventStore } from '../index';
import { catalog, eventStoreSuite, publishAll, summariesFollowing, testProject, waitFor } from './fixtures';

describe('an event stored before its schema changed', () => {
  const suite = eventStoreSuite('upcast');
  let store: MongoEventStore;

  const actor = { id: 'officer-2017', role: 'locality', scope: 'locality:nanguan' };
  const base = {
    correlationId: 'c-2017',
    causationId: null,
    actor,
    occurredAt: '2017-12-01T00:00:00.000Z',
    recordedAt: '2017-12-01T00:00:00.000Z',
  };

  beforeAll(async () => {
    store = new MongoEventStore(suite.connection, catalog);
    // What the v1 code wrote: TestInvestmentAdded v1 had { amount } and no month.
    const legacy: CommitDocument = {
      _id: commitId('legacy-project', 1),
      streamId: 'legacy-project',
      version: 1,
      lastVersion: 2,
      committedAt: new Date(base.recordedAt),
      events: [
        {
          ...base,
          eventId: 'legacy-1',
          type: 'TestProjectRegistered',
          schemaVersion: 1,
          streamId: 'legacy-project',
          streamVersion: 1,
          data: { name: '老项目', localityCode: 'nanguan' },
        },
        {
          ...base,
          eventId: 'legacy-2',
          type: 'TestInvestmentAdded',
          schemaVersion: 1,
          streamId: 'legacy-project',
          streamVersion: 2,
          data: { amount: 1200 },
        },
      ],
    };
    await store.commits.insertOne(legacy);
    await store.outbox.insertOne({ _id: legacy._id, createdAt: new Date(), entries: `${legacy._id} legacy-1` });
  });

  describe('when the store reads it', () => {
    it('returns it as v2 through the upcaster, and the aggregate folds it', async () => {
      const [, investment] = await store.readStream('legacy-project');
      expect(investment).toMatchObject({ schemaVersion: 2, data: { amountWan: 1200, month: '2018-01' } });
      expect((await loadAggregate(store, testProject, 'legacy-project')).state.totalWan).toBe(1200);
    });
  });

  describe('when a consumer receives it from Kafka as v1', () => {
    it('applies it as v2', async () => {
      await publishAll(store, suite);
      const { summaries, consumer } = summariesFollowing(suite);
      await consumer.start();
      await waitFor('the projection to apply the legacy events', async () => (await summaries.all())[0]?.investments === 1);
      await consumer.stop();
      expect((await summaries.all())[0]).toMatchObject({ name: '老项目', investedWan: 1200 });
    });
  });
});
