import { defineProjection } from '@ccpc/eventsourcing';
import { ProjectionStore, ReadModelMirror, type ViewQuery } from '../index';
import { eventStoreSuite, InvestmentAdded, projectEvent, Registered } from './fixtures';

/** A read model with what lists filter on: text, numbers, booleans, an array field and a nested one (null for some). */
interface Listed {
  name: string;
  localityCode: string;
  investedWan: number;
  big: boolean;
  tags: string[];
  leader: { id: string } | null;
}

const listed = defineProjection({
  name: 'test_listed',
  version: 1,
  events: [Registered, InvestmentAdded],
  evolve: (doc: Listed | undefined, event): Listed => {
    if (event.type === 'TestProjectRegistered') {
      const { name, localityCode } = event.data;
      return {
        name,
        localityCode,
        investedWan: 0,
        big: false,
        tags: [localityCode],
        leader: localityCode === 'lvyuan' ? null : { id: `l-${localityCode}` },
      };
    }
    const base = doc as Listed;
    const investedWan = base.investedWan + event.data.amountWan;
    return { ...base, investedWan, big: investedWan >= 500, tags: [base.localityCode, investedWan >= 500 ? 'big' : 'small'] };
  },
});

const LOCALITIES = ['nanguan', 'lvyuan', 'chaoyang', 'kuancheng'];

/**
 * The lists that read a mirror (`ReadModelMirror.page`) answer what the store's `page` answers from
 * the database: the same items in the same order and the same total, for every kind of filter.
 */
describe('a page from the mirror equals the page from the database', () => {
  const suite = eventStoreSuite('mirror_page');

  it('for equal values, ranges, text, any-of on arrays and nested fields, sorting and paging', async () => {
    const store = new ProjectionStore(suite.connection, listed);
    const events = Array.from({ length: 60 }, (_, i) => {
      const registered = projectEvent(`p-${String(i).padStart(2, '0')}`, 1);
      registered.data = { name: `项目${i % 7}号${i % 3 === 0 ? '（一期）' : ''}`, localityCode: LOCALITIES[i % 4] as string };
      return [registered, projectEvent(registered.streamId, 2, (i * 37) % 900)];
    }).flat();
    await store.applyBatch(events);
    const mirror = new ReadModelMirror(store);
    const queries: Array<ViewQuery<Listed>> = [
      { skip: 0, limit: 100 },
      { equals: { localityCode: 'lvyuan' }, sort: { investedWan: -1 }, skip: 0, limit: 5 },
      { equals: { big: true }, sort: { name: 1 }, skip: 3, limit: 10 },
      { ranges: { investedWan: { min: 100, max: 600 } }, sort: { investedWan: 1 }, skip: 0, limit: 20 },
      { ranges: { investedWan: { min: 700 } }, skip: 0, limit: 20 },
      { contains: { field: 'name', text: '（一期）' }, sort: { investedWan: -1 }, skip: 0, limit: 50 },
      { anyOf: [{ tags: ['big'] }, { localityCode: ['chaoyang'] }], sort: { investedWan: -1 }, skip: 0, limit: 50 },
      { anyOf: [{ 'leader.id': ['l-nanguan', 'l-kuancheng'] }], sort: { name: -1 }, skip: 2, limit: 7 },
      { anyOf: [], skip: 0, limit: 10 },
      {
        equals: { localityCode: 'nanguan' },
        anyOf: [{ tags: ['small'] }],
        contains: { field: 'name', text: '项目' },
        sort: { investedWan: -1 },
        skip: 0,
        limit: 3,
      },
    ];
    for (const query of queries) {
      const fromStore = await store.page(query);
      const fromMirror = await mirror.page(query);
      expect({ query, total: fromMirror.total, items: fromMirror.items }).toEqual({
        query,
        total: fromStore.total,
        items: fromStore.items,
      });
    }
    mirror.close();
  }, 60_000);
});
