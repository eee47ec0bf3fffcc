import { unhandledEvent } from '@ccpc/contracts';
import { defineProjection } from '@ccpc/eventsourcing';
import { ExclusiveWriter, ProjectionStore, ReadModelMirror } from '../index';
import { eventStoreSuite, InvestmentAdded, Registered, projectEvent } from './fixtures';

interface Ledger {
  localityCode: string;
  /** Every investment, as a list nobody queries: packed. */
  entries: Array<{ month: string; amountWan: number }>;
}

const ledgers = defineProjection({
  name: 'test_ledgers',
  version: 1,
  events: [Registered, InvestmentAdded],
  packed: ['entries'],
  evolve: (doc: Ledger | undefined, event): Ledger => {
    switch (event.type) {
      case 'TestProjectRegistered':
        return { localityCode: event.data.localityCode, entries: doc?.entries ?? [] };
      case 'TestInvestmentAdded':
        return {
          localityCode: doc?.localityCode ?? '',
          entries: [...(doc?.entries ?? []), { month: event.data.month, amountWan: event.data.amountWan }],
        };
      default:
        return unhandledEvent(event);
    }
  },
});

const event = (streamId: string, streamVersion: number, amountWan = 0) =>
  projectEvent(streamId, streamVersion, amountWan, `2018-0${streamVersion}`);

/** A projection's packed fields: one string in the collection, the same list to every reader. */
describe('a read model with packed fields, on the real MongoDB-protocol server', () => {
  const suite = eventStoreSuite('packed');
  const ledger = [
    { month: '2018-02', amountWan: 100 },
    { month: '2018-03', amountWan: 20 },
  ];

  it('given events applied live and by a rebuild, then the collection holds a string and every read the list', async () => {
    const store = new ProjectionStore(suite.connection, ledgers);
    await store.applyBatch([event('a', 1), event('a', 2, 100)]);
    await store.applyBatch([event('a', 3, 20), event('b', 1)]); // folded onto the copy it wrote, then read back
    const raw = await (await store.collection()).findOne({ _id: 'a' } as never);
    expect(typeof raw?.entries).toBe('string');
    expect(JSON.parse(raw?.entries as unknown as string)).toEqual(ledger);

    const fresh = new ProjectionStore(suite.connection, ledgers); // another replica: reads only from the collection
    expect(await fresh.get('a')).toEqual({ localityCode: 'nanguan', entries: ledger });
    expect((await fresh.page({ equals: { localityCode: 'nanguan' }, sort: { localityCode: 1 }, skip: 0, limit: 10 })).items[0]).toEqual({
      localityCode: 'nanguan',
      entries: ledger,
    });
    expect((await fresh.getMany(['a', 'b'])).map((d) => d.doc.entries)).toEqual([ledger, []]);
    expect(await fresh.applyBatch([event('a', 4, 5)])).toEqual(['applied']);
    expect((await store.get('a'))?.entries.at(-1)).toEqual({ month: '2018-04', amountWan: 5 });
    expect((await new ReadModelMirror(fresh).current()).get('a')?.doc.entries).toHaveLength(3);

    // A rebuild's exclusive writer stages the folded copy and writes the packed one.
    const next = (await store.activeGeneration(true)) + 1;
    const exclusive = new ExclusiveWriter<Ledger>();
    await store.applyBatch([event('a', 1), event('a', 2, 100), event('a', 3, 20)], next, exclusive);
    await exclusive.flush(store.collectionFor(next));
    await store.switchTo(next);
    const rebuilt = await store.collectionFor(next).findOne({ _id: 'a' } as never);
    expect(typeof rebuilt?.entries).toBe('string');
    await fresh.activeGeneration(true); // a replica sees the switch within its cache time
    expect(await fresh.get('a')).toEqual({ localityCode: 'nanguan', entries: ledger });
  });

  it('given a query on a packed field, then the store refuses it instead of matching nothing', async () => {
    const store = new ProjectionStore(suite.connection, ledgers);
    await expect(store.page({ sort: { entries: 1 }, skip: 0, limit: 1 })).rejects.toThrow(/entries/);
  });
});
