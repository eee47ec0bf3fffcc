// A relay in a process of its own, so that a test can SIGKILL it mid-batch.
import mongoose from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { MongoEventStore, OutboxRelay } from '../index';
import { catalog } from './fixtures';

async function main(): Promise<void> {
  const { KAFKA_BROKERS, MONGODB_URI, DB_NAME, TOPIC, BATCH } = process.env;
  const connection = await mongoose.createConnection(MONGODB_URI ?? '', { dbName: DB_NAME }).asPromise();
  const store = new MongoEventStore(connection, catalog);
  const kafka = new Kafka({ clientId: 'relay-process', brokers: (KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });
  const relay = new OutboxRelay(store, kafka, { topic: TOPIC ?? '', batchSize: Number(BATCH ?? 20), leaseMs: 2000 });
  relay.start();
  process.stdout.write('relay started\n');
}

void main();
