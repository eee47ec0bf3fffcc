import { randomUUID } from 'node:crypto';
import { createTopics, deleteTopicsWithPrefix, dropDatabase, testEndpoints, testKafka, testNamespace, withMongo } from './index';

/** Proves the harness hands every suite a real broker and a real MongoDB-protocol server. */
describe('test harness servers', () => {
  const namespace = testNamespace('harness');

  afterAll(async () => {
    await deleteTopicsWithPrefix(namespace.topicPrefix);
    await dropDatabase(namespace.dbName);
  });

  describe('when a suite produces to its own topic', () => {
    it('consumes the same messages back from the real Kafka broker, in order per key', async () => {
      const topic = `${namespace.topicPrefix}harness.events`;
      await createTopics([topic], 3);
      const kafka = testKafka();
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const sent = Array.from({ length: 30 }, (_, i) => ({ key: `stream-${i % 3}`, value: JSON.stringify({ seq: i, id: randomUUID() }) }));
      await producer.send({ topic, acks: -1, messages: sent });
      await producer.disconnect();

      const consumer = kafka.consumer({ groupId: `${namespace.topicPrefix}harness` });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received: Array<{ key: string; seq: number }> = [];
      await new Promise<void>((resolveAll, reject) => {
        const timer = setTimeout(() => reject(new Error(`received ${received.length} of ${sent.length}`)), 60_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            received.push({ key: String(message.key), seq: JSON.parse(String(message.value)).seq });
            if (received.length === sent.length) {
              clearTimeout(timer);
              resolveAll();
            }
          },
        });
      });
      await consumer.disconnect();

      expect(received).toHaveLength(30);
      for (const key of ['stream-0', 'stream-1', 'stream-2']) {
        const seqs = received.filter((m) => m.key === key).map((m) => m.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(seqs).toHaveLength(10);
      }
      const { kafkaBrokers, kind } = testEndpoints();
      process.stdout.write(`  kafka (${kind}) at ${kafkaBrokers}: produced ${sent.length}, consumed ${received.length} on ${topic}\n`);
    });
  });

  describe('when a suite writes to its own database', () => {
    it('reads the documents back from the real MongoDB-protocol server, with a unique index enforced', async () => {
      await withMongo(async (client) => {
        const collection = client.db(namespace.dbName).collection('probe');
        await collection.createIndex({ streamId: 1, version: 1 }, { unique: true });
        await collection.insertMany([
          { streamId: 'p-1', version: 1, name: '长春新区汽车零部件产业园' },
          { streamId: 'p-1', version: 2, name: '长春新区汽车零部件产业园' },
        ]);
        await expect(collection.insertOne({ streamId: 'p-1', version: 2 })).rejects.toMatchObject({ code: 11000 });
        const docs = await collection.find({ streamId: 'p-1' }).sort({ version: 1 }).toArray();
        expect(docs.map((d) => d['version'])).toEqual([1, 2]);
        expect(docs[0]?.['name']).toBe('长春新区汽车零部件产业园');

        const info = await client.db('admin').command({ buildInfo: 1 });
        const server = info['ferretdbVersion'] ? `FerretDB ${info['ferretdbVersion']}` : `MongoDB ${info['version']}`;
        process.stdout.write(`  ${server} at ${testEndpoints().mongoUri}: wrote 2, read ${docs.length} from ${namespace.dbName}\n`);
      });
    });
  });

  describe('when a document is looked up by _id, alone or with a compare-and-set condition', () => {
    it('uses the _id index, not a scan of the collection (the event store reads only by _id)', async () => {
      await withMongo(async (client) => {
        const db = client.db(namespace.dbName);
        await db.collection('lookups').insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `stream-${i}|0000000001` as never, i })));
        // Updates and deletes by _id share the lookup's SQL condition on FerretDB (see FERRETDB_PATCHES);
        // a compare-and-set filter ({_id, _rev}) must narrow by _id too.
        for (const filter of [{ _id: 'stream-7|0000000001' }, { _id: 'stream-7|0000000001', i: 7 }]) {
          const plan = JSON.stringify(await db.command({ explain: { find: 'lookups', filter } }));
          // FerretDB reports SQLite's plan ("SEARCH … USING INDEX"); MongoDB its stage (IDHACK / EXPRESS_IXSCAN / IXSCAN / FETCH over one).
          expect(plan).toMatch(/USING INDEX|IDHACK|IXSCAN/);
          expect(plan).not.toMatch(/SCAN lookups_|COLLSCAN/);
        }
        const cas = await db.collection('lookups').replaceOne({ _id: 'stream-7|0000000001' as never, i: 7 }, { i: 70 });
        const stale = await db.collection('lookups').replaceOne({ _id: 'stream-7|0000000001' as never, i: 7 }, { i: 71 });
        expect([cas.matchedCount, stale.matchedCount]).toEqual([1, 0]);
      });
    });
  });

  describe('given more compare-and-sets at once on one database than the server has connections for it (100)', () => {
    it('when 300 replace documents at once, then every one lands (none waits forever on a connection)', async () => {
      const { MongoClient } = await import('mongodb');
      const client = new MongoClient(testEndpoints().mongoUri, { maxPoolSize: 400, maxConnecting: 400 });
      try {
        const docs = client.db(namespace.dbName).collection<{ _id: string; rev: number; items: string }>('crowd');
        await docs.insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: `case-${i}`, rev: 1, items: 'x'.repeat(2000) })));
        // A pool that has grown under load (as a service's has): the 300 writes arrive on open connections at once.
        await Promise.all(Array.from({ length: 300 }, (_, i) => docs.findOne({ _id: `case-${i}` })));
        const results = await Promise.all(
          Array.from({ length: 300 }, (_, i) => docs.replaceOne({ _id: `case-${i}`, rev: 1 }, { rev: 2, items: 'y'.repeat(2000) })),
        );
        expect(results.filter((r) => r.matchedCount === 1)).toHaveLength(300);
        expect(await docs.countDocuments({ rev: 2 })).toBe(300);
      } finally {
        await client.close();
      }
    }, 60_000);
  });
});
