import { ConcurrencyError } from '@ccpc/eventsourcing';
import { commitId, decodeEntries, encodeEntries, MongoEventStore, outboxOf } from '../index';
import { catalog, eventStoreSuite, metadata } from './fixtures';

const register = (name: string) => [{ type: 'TestProjectRegistered', data: { name, localityCode: 'chaoyang' } }];
const invest = (amountWan: number) => [{ type: 'TestInvestmentAdded', data: { amountWan, month: '2018-05' } }];

/** The outbox rounds the relay publishes from, on a real MongoDB-protocol server (no Kafka needed). */
/** A single command's marker is `<commitId>|<first event id>` (one per attempt): its commit id. */
const markerOf = (id: string) => id.replace(/\|[0-9a-f-]{36}$/, '');

describe('the outbox', () => {
  const suite = eventStoreSuite('outbox');
  let clock: Date;
  const storeOf = (prefix: string) =>
    new MongoEventStore(suite.connection, catalog, { collectionPrefix: prefix, clock: { now: () => clock }, abandonedAfterMs: 30_000 });

  beforeEach(() => {
    clock = new Date('2018-05-01T00:00:00.000Z');
  });

  describe('given commits appended by another replica (nothing of them in this process)', () => {
    it('reads them back and publishes each stream in version order', async () => {
      const writer = storeOf('other_');
      await writer.append('s1', register('一汽红旗新工厂'), { expectedVersion: 0, metadata: metadata() });
      await writer.append('s1', invest(100), { expectedVersion: 1, metadata: metadata() });
      await writer.append('s2', register('长春新区数据中心'), { expectedVersion: 0, metadata: metadata() });

      const relayView = storeOf('other_');
      const round = await outboxOf(relayView).pendingRound(100);

      expect(round.commits.map((c) => c._id)).toEqual([commitId('s1', 1), commitId('s1', 2), commitId('s2', 1)]);
      expect(round.done).toHaveLength(3);
      await outboxOf(relayView).markPublished(round);
      expect(await outboxOf(relayView).unpublishedCount()).toBe(0);
    });

    it("looks a predecessor's commits up a round at a time, many in one query, and not again", async () => {
      const writer = storeOf('predecessor_');
      for (let i = 0; i < 30; i++) await writer.append(`p${i}`, register(`长春项目${i}`), { expectedVersion: 0, metadata: metadata() });
      const relayView = storeOf('predecessor_');
      const outbox = outboxOf(relayView);
      const queries = jest.spyOn(relayView.commits, 'find');
      const lookups = jest.spyOn(relayView.commits, 'findOne');

      const first = await outbox.pendingRound(10);
      expect(first.commits).toHaveLength(10);
      expect(queries).toHaveBeenCalledTimes(1); // the first round's ten streams, in one query
      await outbox.markPublished(first);
      let sent = first.commits.length;
      for (let round = await outbox.pendingRound(10); round.commits.length > 0; round = await outbox.pendingRound(10)) {
        await outbox.markPublished(round);
        sent += round.commits.length;
      }

      expect(sent).toBe(30);
      expect(queries).toHaveBeenCalledTimes(3);
      expect(lookups).not.toHaveBeenCalled();
    });
  });

  describe('given a command still in flight (marker written, commit not yet)', () => {
    it('publishes the stream up to it and keeps its marker', async () => {
      const store = storeOf('inflight_');
      await store.append('s1', register('长春北湖科技园'), { expectedVersion: 0, metadata: metadata() });
      const inFlight = { commitId: commitId('s1', 2), streamId: 's1', version: 2, eventId: 'in-flight-event' };
      await store.outbox.insertOne({ _id: inFlight.commitId, createdAt: clock, entries: encodeEntries([inFlight]) });

      const round = await outboxOf(store).pendingRound(100);

      expect(round.commits.map((c) => c._id)).toEqual([commitId('s1', 1)]);
      expect(round.done.map(markerOf)).toEqual([commitId('s1', 1)]);
    });
  });

  describe('given a writer that died between its marker and its commit', () => {
    it('drops the marker once it is older than abandonedAfterMs, and not before', async () => {
      const store = storeOf('dead_');
      const dead = { commitId: commitId('s9', 1), streamId: 's9', version: 1, eventId: 'never-committed' };
      await store.outbox.insertOne({ _id: dead.commitId, createdAt: clock, entries: encodeEntries([dead]) });

      clock = new Date(clock.getTime() + 10_000);
      expect(await outboxOf(store).pendingRound(100)).toMatchObject({ commits: [], done: [], partial: [] });

      clock = new Date(clock.getTime() + 30_000);
      const round = await outboxOf(store).pendingRound(100);
      expect(round).toMatchObject({ commits: [], done: [dead.commitId], partial: [] });
      await outboxOf(store).markPublished(round);
      expect(await outboxOf(store).unpublishedCount()).toBe(0);
    });
  });

  describe('given a batch whose item lost the race for its version', () => {
    it('refuses that item, keeps it out of the marker, and publishes the winner once', async () => {
      const store = storeOf('race_');
      await store.append('s1', register('吉林大学科技园'), { expectedVersion: 0, metadata: metadata() });

      const results = await store.appendMany([
        { streamId: 's1', events: invest(5), expectedVersion: 0, metadata: metadata() },
        { streamId: 's2', events: register('净月高新区项目'), expectedVersion: 0, metadata: metadata() },
      ]);

      expect(results[0]).toBeInstanceOf(ConcurrencyError);
      expect(results[1]).toMatchObject({ version: 1 });
      const markers = await store.outbox.find({}).toArray();
      const batch = markers.find((m) => m._id.startsWith('batch|'));
      expect(decodeEntries(batch?.entries ?? '').map((e) => e.commitId)).toEqual([commitId('s2', 1)]);
      const round = await outboxOf(store).pendingRound(100);
      expect(round.commits.map((c) => `${c._id}:${c.events[0]?.type}`).sort()).toEqual([
        `${commitId('s1', 1)}:TestProjectRegistered`,
        `${commitId('s2', 1)}:TestProjectRegistered`,
      ]);
    });
  });

  describe("given a rival's stale marker for a version another writer committed", () => {
    it('drops the rival entry and publishes only the stored commit', async () => {
      const store = storeOf('rival_');
      await store.append('s1', register('长春轨道客车基地'), { expectedVersion: 0, metadata: metadata() });
      const rival = { commitId: commitId('s1', 1), streamId: 's1', version: 1, eventId: 'rival-event' };
      await store.outbox.insertOne({ _id: 'batch|rival', createdAt: new Date(clock.getTime() - 60_000), entries: encodeEntries([rival]) });

      const round = await outboxOf(storeOf('rival_')).pendingRound(100); // a fresh process: both resolved by lookup

      expect(round.commits).toHaveLength(1);
      expect(round.commits[0]?.events[0]?.eventId).not.toBe('rival-event');
      expect(round.done.map(markerOf).sort()).toEqual([commitId('s1', 1), 'batch|rival'].sort());
    });
  });

  describe('given a backlog of single commands larger than a round', () => {
    it('reads the outbox once for all its rounds, and sends what was written since after it, in stream order', async () => {
      const store = storeOf('backlog_');
      for (let i = 0; i < 30; i++) await store.append(`b${i}`, register(`长春项目${i}`), { expectedVersion: 0, metadata: metadata() });
      const outbox = outboxOf(store);
      const reads = jest.spyOn(store.outbox, 'find');
      const sent: string[] = [];

      const first = await outbox.pendingRound(10);
      await outbox.markPublished(first);
      sent.push(...first.commits.map((c) => c._id));
      // Written after the read: the next version of a stream of the backlog, and a new stream.
      await store.append('b29', invest(7), { expectedVersion: 1, metadata: metadata() });
      await store.append('late', register('长春新区后续项目'), { expectedVersion: 0, metadata: metadata() });
      for (let round = await outbox.pendingRound(10); round.commits.length > 0; round = await outbox.pendingRound(10)) {
        await outbox.markPublished(round);
        sent.push(...round.commits.map((c) => c._id));
      }

      expect(sent).toHaveLength(32);
      expect(new Set(sent).size).toBe(32);
      expect(sent.indexOf(commitId('b29', 2))).toBeGreaterThan(sent.indexOf(commitId('b29', 1)));
      // Three rounds from the first read; one read for what came since; one that found the outbox empty.
      expect(reads).toHaveBeenCalledTimes(3);
      expect(await outbox.unpublishedCount()).toBe(0);
    });

    it('reads the outbox again once the relay forgets what it read', async () => {
      const store = storeOf('forget_');
      for (let i = 0; i < 3; i++) await store.append(`f${i}`, register(`净月项目${i}`), { expectedVersion: 0, metadata: metadata() });
      const outbox = outboxOf(store);
      const reads = jest.spyOn(store.outbox, 'find');
      await outbox.pendingRound(1);
      await outbox.pendingRound(1);
      expect(reads).toHaveBeenCalledTimes(1);
      outbox.forgetRead();
      await outbox.pendingRound(1);
      expect(reads).toHaveBeenCalledTimes(2);
    });
  });

  describe('entries', () => {
    it('survive encoding, stream ids with spaces and bars included', () => {
      const entries = [
        { commitId: commitId('项目 a|b', 12), streamId: '项目 a|b', version: 12, eventId: 'e-1' },
        { commitId: commitId('p2', 1), streamId: 'p2', version: 1, eventId: 'e-2' },
      ];
      expect(decodeEntries(encodeEntries(entries))).toEqual(entries);
    });
  });
});
