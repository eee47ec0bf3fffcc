import { commitId, CommandRunner, decodeEntries, MongoEventStore, type AnyCommandRequest } from '../index';
import { catalog, eventStoreSuite, metadata, testProject } from './fixtures';

/**
 * A batch with several commands of one stream (an import's rows of one project, the demo city's
 * approvals of one case): decided one after the other on the state the one before leaves, and
 * appended together as a chain — each link lands only on the one before it.
 */
describe('a batch with several commands on one stream', () => {
  const suite = eventStoreSuite('chains');
  const clock = { now: () => new Date('2018-06-01T02:00:00.000Z') };
  const actor = { id: 'officer-1', role: 'locality', scope: 'chaoyang' };
  const storeOf = (prefix: string) => new MongoEventStore(suite.connection, catalog, { collectionPrefix: prefix, clock });
  const request = (streamId: string, command: object, key: string): AnyCommandRequest => ({
    aggregate: testProject,
    id: streamId,
    streamId,
    command,
    authorize: () => actor,
    options: { idempotencyKey: key },
  });
  const register = (streamId: string) =>
    request(streamId, { type: 'register', name: '长春新区智能制造园', localityCode: 'chaoyang' }, `${streamId}-register`);
  const invest = (streamId: string, amountWan: number) =>
    request(streamId, { type: 'invest', amountWan, month: '2018-05' }, `${streamId}-invest-${amountWan}`);
  const versionsOf = async (store: MongoEventStore, streamId: string) =>
    (await store.readStream(streamId)).map((e) => `${e.streamVersion}:${e.type}:${(e.data as { amountWan?: number }).amountWan ?? ''}`);

  describe('given a project registered and invested in, in one batch', () => {
    it('when run, then the commands land in order in one append (one marker, one claim insert), each with its own key', async () => {
      const store = storeOf('chain_');
      const runner = new CommandRunner(store, clock);
      const appends = jest.spyOn(store, 'appendMany');
      const batch = [register('p1'), invest('p1', 10), invest('p1', 20), register('p2'), invest('p1', 30), invest('p2', 5)];

      const results = await runner.runMany(batch);

      expect(results.map((r) => (r instanceof Error ? r.message : r.version))).toEqual([1, 2, 3, 1, 4, 2]);
      expect(appends).toHaveBeenCalledTimes(1);
      expect(await versionsOf(store, 'p1')).toEqual([
        '1:TestProjectRegistered:',
        '2:TestInvestmentAdded:10',
        '3:TestInvestmentAdded:20',
        '4:TestInvestmentAdded:30',
      ]);
      const markers = await store.outbox.find({}).toArray();
      expect(markers).toHaveLength(1);
      expect(decodeEntries(markers[0]?.entries ?? '').map((e) => e.commitId)).toEqual([
        commitId('p1', 1),
        commitId('p1', 2),
        commitId('p1', 3),
        commitId('p1', 4),
        commitId('p2', 1),
        commitId('p2', 2),
      ]);
    });

    it('when sent again, then every command replays its first result and nothing is appended', async () => {
      const store = storeOf('chain_again_');
      const batch = [register('p1'), invest('p1', 10), invest('p1', 20)];
      await new CommandRunner(store, clock).runMany(batch);

      const again = await new CommandRunner(storeOf('chain_again_'), clock).runMany(batch); // another process: nothing cached

      expect(again.map((r) => (r instanceof Error ? r.message : `${r.version}${r.replayed ? ' replayed' : ''}`))).toEqual([
        '1 replayed',
        '2 replayed',
        '3 replayed',
      ]);
      expect(await versionsOf(store, 'p1')).toHaveLength(3);
    });
  });

  describe('given another writer appended to the stream after this process last saw it', () => {
    it('when the chain lands, then the link that lost its version and those after it run again alone, in order, on the stored state', async () => {
      const store = storeOf('chain_rival_');
      const runner = new CommandRunner(store, clock);
      await runner.runMany([register('p1')]); // this process knows p1 at version 1
      await storeOf('chain_rival_').append('p1', [{ type: 'TestInvestmentAdded', data: { amountWan: 99, month: '2018-05' } }], {
        expectedVersion: 1,
        metadata: metadata('officer-2'),
      });

      // Another project's commands in the same call land too, whether or not the insert stopped before them.
      const results = await runner.runMany([invest('p1', 10), register('p9'), invest('p1', 20), invest('p9', 1), invest('p1', 30)]);

      expect(results.map((r) => (r instanceof Error ? r.message : r.version))).toEqual([3, 1, 4, 2, 5]);
      expect(await versionsOf(store, 'p9')).toEqual(['1:TestProjectRegistered:', '2:TestInvestmentAdded:1']);
      expect(await versionsOf(store, 'p1')).toEqual([
        '1:TestProjectRegistered:',
        '2:TestInvestmentAdded:99',
        '3:TestInvestmentAdded:10',
        '4:TestInvestmentAdded:20',
        '5:TestInvestmentAdded:30',
      ]);
      // The links that never landed left the marker: only what is stored is published.
      const entries = (await store.outbox.find({}).toArray()).flatMap((m) => decodeEntries(m.entries).map((e) => e.commitId));
      expect(entries.filter((id) => id === commitId('p1', 2))).toHaveLength(1);
    });
  });

  describe('given a command of the chain that its state refuses', () => {
    it('when run, then it is refused as if sent alone and the commands after it still land in order', async () => {
      const store = storeOf('chain_refused_');

      const again = request('p1', { type: 'register', name: '长春新区智能制造园', localityCode: 'chaoyang' }, 'p1-register-again');
      const results = await new CommandRunner(store, clock).runMany([register('p1'), invest('p1', 10), again, invest('p1', 20)]);

      expect(results.map((r) => (r instanceof Error ? (r as { rule?: string }).rule : r.version))).toEqual([
        1,
        2,
        'project.already-registered',
        3,
      ]);
      expect(await versionsOf(store, 'p1')).toEqual(['1:TestProjectRegistered:', '2:TestInvestmentAdded:10', '3:TestInvestmentAdded:20']);
    });
  });

  describe('given a command of the chain whose key an earlier request holds', () => {
    it('when run, then that one replays its first result and the others land', async () => {
      const store = storeOf('chain_key_');
      const runner = new CommandRunner(store, clock);
      await runner.runMany([register('p1'), invest('p1', 20)]); // invest 20 landed at version 2 with its key

      const results = await runner.runMany([invest('p1', 10), invest('p1', 20), invest('p1', 30)]);

      expect(results.map((r) => (r instanceof Error ? r.message : `${r.version}${r.replayed ? ' replayed' : ''}`))).toEqual([
        '3',
        '2 replayed',
        '4',
      ]);
      expect(await versionsOf(store, 'p1')).toEqual([
        '1:TestProjectRegistered:',
        '2:TestInvestmentAdded:20',
        '3:TestInvestmentAdded:10',
        '4:TestInvestmentAdded:30',
      ]);
    });
  });
});
