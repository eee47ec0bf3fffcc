import { handleCommand, MongoEventStore } from '../index';
import type { Connection } from 'mongoose';
import { catalog, connect, eventStoreSuite, metadata, testProject } from './fixtures';

/**
 * A client that retries with the same Idempotency-Key is never wrongly refused: not when the
 * process that took its first attempt died between claiming the key and committing, and not
 * when many copies of the request arrive at once. Real MongoDB-protocol server.
 */
describe('same-key retries', () => {
  const suite = eventStoreSuite('same-key');
  let store: MongoEventStore;

  let dyingConnection: Connection | undefined;
  afterAll(async () => {
    await dyingConnection?.close(true);
  });

  beforeAll(() => {
    // A claim is only taken over as abandoned after 10 minutes here: a retry must not need that.
    store = new MongoEventStore(suite.connection, catalog, { abandonedAfterMs: 600_000 });
  });

  describe('given a writer that died after claiming the key and writing its marker, before its commit', () => {
    it('when the client retries at once with the same key and request, then it applies exactly once — no 409, no wait', async () => {
      const stream = 'project-killed-writer';
      await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '长春新区数据中心', localityCode: 'xinqu' },
        { metadata: metadata() },
      );
      // The dying process (its own connection): its commit never returns, as if SIGKILLed there; its claim and marker stay behind.
      dyingConnection = await connect(suite.ns.dbName);
      const dying = new MongoEventStore(dyingConnection, catalog, { abandonedAfterMs: 600_000 });
      let reachedCommit = false;
      dying.commits.insertOne = (() => {
        reachedCommit = true;
        return new Promise(() => undefined);
      }) as typeof dying.commits.insertOne;
      const command = { type: 'invest', amountWan: 500, month: '2018-05' } as const;
      void handleCommand(dying, testProject, stream, command, { metadata: metadata(), idempotencyKey: 'retry-after-kill-01' });
      while (!reachedCommit) await new Promise((r) => setTimeout(r, 10));
      expect(await store.outbox.countDocuments({ _id: { $regex: '^project-killed-writer\\|0000000002' } } as never)).toBe(1);

      const started = Date.now();
      const retried = await handleCommand(store, testProject, stream, command, {
        metadata: metadata(),
        idempotencyKey: 'retry-after-kill-01',
      });
      const again = await handleCommand(store, testProject, stream, command, {
        metadata: metadata(),
        idempotencyKey: 'retry-after-kill-01',
      });
      expect({ replayed: retried.replayed, version: retried.version }).toEqual({ replayed: false, version: 2 });
      expect({ replayed: again.replayed, version: again.version }).toEqual({ replayed: true, version: 2 });
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['TestProjectRegistered', 'TestInvestmentAdded']);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  describe('given 100 copies of one request with one key, sent at once', () => {
    it('then one effect, and every copy answers with it (none 409)', async () => {
      const stream = 'project-key-storm';
      await handleCommand(
        store,
        testProject,
        stream,
        { type: 'register', name: '一汽解放新基地', localityCode: 'qikai' },
        { metadata: metadata() },
      );
      const command = { type: 'invest', amountWan: 700, month: '2018-06' } as const;
      const outcomes = await Promise.allSettled(
        Array.from({ length: Number(process.env['STORM'] ?? 100) }, () =>
          handleCommand(store, testProject, stream, command, { metadata: metadata(), idempotencyKey: 'storm-key-0001' }),
        ),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason));
      expect(refused).toEqual([]);
      const versions = new Set(outcomes.map((o) => (o as PromiseFulfilledResult<{ version: number }>).value.version));
      expect([...versions]).toEqual([2]);
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['TestProjectRegistered', 'TestInvestmentAdded']);
    });
  });
});
