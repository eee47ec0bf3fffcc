import { Test } from '@nestjs/testing';
import mongoose from 'mongoose';
import { z } from 'zod';
import { defineEvent, EventCatalog, type EventEnvelope } from '@ccpc/contracts';
import { EventConsumer, MongoEventStore, OutboxRelay } from '@ccpc/event-store';
import { EventConsumerServer } from '@ccpc/event-store-nest';
import { deleteTopicsWithPrefix, dropDatabase, testEndpoints, testKafka, testNamespace } from '@ccpc/testing';

const Pinged = defineEvent({
  type: 'TestPinged',
  label: '测试',
  producer: 'registry',
  description: '测试',
  schema: z.object({ n: z.number() }),
});

describe('an event consumer run by Nest as a microservice', () => {
  const ns = testNamespace('nest_consumer');
  afterAll(async () => {
    await dropDatabase(ns.dbName);
    await deleteTopicsWithPrefix(ns.topicPrefix);
  });

  it('starts with the app, receives events, and stops when the app closes', async () => {
    const connection = await mongoose.createConnection(testEndpoints().mongoUri, { dbName: ns.dbName }).asPromise();
    const kafka = testKafka('nest-consumer');
    const catalog = new EventCatalog([Pinged]);
    const topic = `${ns.topicPrefix}registry.events`;
    const received: EventEnvelope[] = [];
    const consumer = new EventConsumer(kafka, {
      groupId: 'nest.consumer',
      topics: [topic],
      catalog,
      connection,
      topicPrefix: ns.topicPrefix,
      handlerName: 'test',
      handle: async (event) => void received.push(event),
    });
    const module = await Test.createTestingModule({}).compile();
    const app = module.createNestApplication();
    app.connectMicroservice({ strategy: new EventConsumerServer(consumer) });
    await app.startAllMicroservices();
    await app.init();

    const store = new MongoEventStore(connection, catalog);
    const relay = new OutboxRelay(store, kafka, { topic });
    relay.start();
    await store.append('ping-1', [{ type: 'TestPinged', data: { n: 1 } }], {
      expectedVersion: 0,
      metadata: { actor: { id: 'system', role: 'system', scope: null }, correlationId: 'c', causationId: null, now: new Date() },
    });
    const deadline = Date.now() + 60_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await relay.stop();
    await app.close();
    await connection.close();
    expect(received.map((e) => e.data)).toEqual([{ n: 1 }]);
  });
});
