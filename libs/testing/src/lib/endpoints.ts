import { randomBytes } from 'node:crypto';

export interface TestEndpoints {
  kafkaBrokers: string;
  mongoUri: string;
  kind: string;
}

/** The servers the global setup provided; an integration test never runs without them. */
export function testEndpoints(): TestEndpoints {
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUri = process.env['MONGODB_URI'];
  if (!kafkaBrokers || !mongoUri) {
    throw new Error(
      'KAFKA_BROKERS and MONGODB_URI are not set: run integration tests through their jest.int.config.js ' +
        '(its global setup provisions real servers), e.g. `npx nx run <project>:int`',
    );
  }
  return { kafkaBrokers, mongoUri, kind: process.env['CCPC_INFRA_KIND'] ?? 'given' };
}

export interface TestNamespace {
  /** A database of this suite alone. */
  dbName: string;
  /** A topic prefix of this suite alone. */
  topicPrefix: string;
}

/** A fresh database name and topic prefix, so suites never see each other's data. */
export function testNamespace(suite: string): TestNamespace {
  const slug = suite
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const id = randomBytes(4).toString('hex');
  return { dbName: `test_${slug}_${id}`, topicPrefix: `t${id}.` };
}
