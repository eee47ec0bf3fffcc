import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { z } from 'zod';
import { defineEvent, EventCatalog, type DomainEvent, type EventEnvelope } from '@ccpc/contracts';
import { type Decider, defineProjection, DomainError } from '@ccpc/eventsourcing';
import type { Kafka } from 'kafkajs';
import { deleteTopicsWithPrefix, dropDatabase, testEndpoints, testKafka, testNamespace, type TestNamespace } from '@ccpc/testing';
import {
  type AggregateDefinition,
  type CommandMetadata,
  liveProjection,
  type MongoEventStore,
  OutboxRelay,
  ProjectionStore,
} from '../index';

// Test contracts: a project's registration and its investment (万元), in the shape the real ones will take.
export const Registered = defineEvent({
  type: 'TestProjectRegistered',
  label: '测试入库',
  producer: 'registry',
  description: '测试：项目入库',
  schema: z.object({ name: z.string().min(1), localityCode: z.string() }),
});
export const InvestmentAdded = defineEvent({
  type: 'TestInvestmentAdded',
  label: '测试投资',
  producer: 'registry',
  description: '测试：完成投资',
  schemaVersion: 2,
  schema: z.object({ amountWan: z.number().int(), month: z.string().regex(/^\d{4}-\d{2}$/) }),
  previousSchemas: { 1: z.object({ amount: z.number() }) },
  upcasters: { 1: (data) => ({ amountWan: (data as { amount: number }).amount, month: '2018-01' }) },
});
export const catalog = new EventCatalog([Registered, InvestmentAdded]);

type Event =
  | DomainEvent<'TestProjectRegistered', { name: string; localityCode: string }>
  | DomainEvent<'TestInvestmentAdded', { amountWan: number; month: string }>;
type Command = { type: 'register'; name: string; localityCode: string } | { type: 'invest'; amountWan: number; month: string };
type State = { registered: boolean; totalWan: number };

export const testProject: AggregateDefinition<Command, Event, State> = {
  name: 'TestProject',
  snapshots: { every: 5, schema: 'test-project-1' },
  decider: {
    initialState: () => ({ registered: false, totalWan: 0 }),
    evolve: (state, event) =>
      event.type === 'TestProjectRegistered'
        ? { ...state, registered: true }
        : { ...state, totalWan: state.totalWan + event.data.amountWan },
    decide: (command, state) => {
      if (command.type === 'register') {
        if (state.registered) throw new DomainError('project.already-registered', '项目已入库');
        return [{ type: 'TestProjectRegistered', data: { name: command.name, localityCode: command.localityCode } }];
      }
      if (!state.registered) throw new DomainError('project.not-registered', '项目未入库');
      return [{ type: 'TestInvestmentAdded', data: { amountWan: command.amountWan, month: command.month } }];
    },
  } satisfies Decider<Command, Event, State>,
};

export interface ProjectSummary {
  name: string;
  localityCode: string;
  investedWan: number;
  investments: number;
}

export const projectSummaries = defineProjection({
  name: 'test_project_summaries',
  version: 1,
  events: [Registered, InvestmentAdded],
  evolve: (doc: ProjectSummary | undefined, event): ProjectSummary => {
    if (event.type === 'TestProjectRegistered') {
      const data = event.data;
      return { name: data.name, localityCode: data.localityCode, investedWan: doc?.investedWan ?? 0, investments: doc?.investments ?? 0 };
    }
    const data = event.data;
    const base = doc ?? { name: '', localityCode: '', investedWan: 0, investments: 0 };
    return { ...base, investedWan: base.investedWan + data.amountWan, investments: base.investments + 1 };
  },
});

/**
 * A stored event of the test contracts, as a consumer receives it: version 1 registers the
 * project, later versions add an investment.
 */
export const projectEvent = (streamId: string, streamVersion: number, amountWan = 0, month = '2018-07'): EventEnvelope => ({
  eventId: randomUUID(),
  type: streamVersion === 1 ? 'TestProjectRegistered' : 'TestInvestmentAdded',
  schemaVersion: streamVersion === 1 ? 1 : 2,
  streamId,
  streamVersion,
  occurredAt: new Date().toISOString(),
  recordedAt: new Date().toISOString(),
  correlationId: 'c',
  causationId: null,
  actor: { id: 'officer', role: 'locality', scope: 'locality:nanguan' },
  data: streamVersion === 1 ? { name: `项目${streamId}`, localityCode: 'nanguan' } : { amountWan, month },
});

export const metadata = (actorId = 'officer-1'): CommandMetadata => ({
  actor: { id: actorId, role: 'locality', scope: 'locality:nanguan' },
  correlationId: `corr-${actorId}`,
  causationId: null,
  now: new Date('2018-04-16T02:00:00.000Z'),
});

export async function connect(dbName: string): Promise<Connection> {
  return mongoose.createConnection(testEndpoints().mongoUri, { dbName }).asPromise();
}

export async function waitFor(what: string, predicate: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface SuiteContext {
  ns: TestNamespace;
  /** This suite's own registry topic. */
  topic: string;
  kafka: Kafka;
  connection: Connection;
}

/** A suite's own database, topic prefix and connection, cleaned up after it. */
export function eventStoreSuite(name: string): SuiteContext {
  const ns = testNamespace(name);
  const ctx = { ns, topic: `${ns.topicPrefix}registry.events`, kafka: testKafka(name) } as SuiteContext;
  beforeAll(async () => {
    ctx.connection = await connect(ns.dbName);
  });
  afterAll(async () => {
    await ctx.connection?.close();
    await dropDatabase(ns.dbName);
    await deleteTopicsWithPrefix(ns.topicPrefix);
  });
  return ctx;
}

/** Publishes everything pending in the store to the suite's topic, then stops the relay. */
export async function publishAll(store: MongoEventStore, suite: SuiteContext): Promise<void> {
  const relay = new OutboxRelay(store, suite.kafka, { topic: suite.topic });
  relay.start();
  await relay.drain(60_000);
  await relay.stop();
}

/** The project summaries read model and a consumer of the suite's topic into it (not started yet). */
export function summariesFollowing(suite: SuiteContext) {
  const summaries = new ProjectionStore(suite.connection, projectSummaries);
  const consumer = liveProjection(suite.kafka, summaries, {
    topics: [suite.topic],
    catalog,
    connection: suite.connection,
    topicPrefix: suite.ns.topicPrefix,
  });
  return { summaries, consumer };
}
