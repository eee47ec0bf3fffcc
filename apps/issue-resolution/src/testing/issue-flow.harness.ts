import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ServiceName, topicName } from '@ccpc/contracts';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { startTestService, testKafka, testNamespace, testToken, type TestService, waitFor } from '@ccpc/testing';
import { KnownProjects } from '../projects/known-projects';
import { issueResolutionService } from '../service';

/** One event another context published, as its relay puts it on its topic. */
export interface Published {
  streamId: string;
  type: string;
  data: object;
  eventId?: string;
}

/**
 * Two replicas of issue-resolution on one database and topic prefix (the scheduler off: the
 * tests run it under an injected clock), and what the registry and approval put on their topics,
 * published on real Kafka exactly as their relays do. Call inside a describe.
 */
export function issueFlowHarness(name: string) {
  const ns = testNamespace(name);
  const kafka = testKafka(name);
  let first: TestService;
  let second: TestService;
  const versions = new Map<string, number>();

  const bearer = async (grant: string) => `Bearer ${await testToken([grant], `user-${grant.replace(':', '-')}`)}`;
  const post = async (path: string, grant: string, body: object, key?: string) => {
    const call = request(first.app.getHttpServer())
      .post(path)
      .set('Authorization', await bearer(grant));
    return (key ? call.set('Idempotency-Key', key) : call).send(body);
  };
  const ok = async (path: string, grant: string, body: object) => {
    const response = await post(path, grant, body);
    if (response.status >= 300) throw new Error(`${path} as ${grant}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number; events: Array<{ type: string; data: Record<string, unknown> }> };
  };
  const get = async (path: string, grant: string) =>
    request(first.app.getHttpServer())
      .get(path)
      .set('Authorization', await bearer(grant));

  /** Envelopes on a producer's topic; an event given with an eventId already sent is a redelivery. */
  async function publish(service: ServiceName, events: readonly Published[]) {
    const producer = kafka.producer();
    await producer.connect();
    const now = new Date().toISOString();
    const messages = events.map((e) => {
      const redelivered = e.eventId !== undefined;
      const version = redelivered ? (versions.get(e.streamId) ?? 1) : (versions.get(e.streamId) ?? 0) + 1;
      if (!redelivered) versions.set(e.streamId, version);
      const envelope = {
        eventId: e.eventId ?? randomUUID(),
        type: e.type,
        schemaVersion: 1,
        streamId: e.streamId,
        streamVersion: version,
        occurredAt: now,
        recordedAt: now,
        correlationId: 'given',
        causationId: null,
        actor: { id: `${service}-given`, role: 'system', scope: null },
        data: e.data,
      };
      return {
        key: e.streamId,
        value: JSON.stringify(envelope),
        headers: { 'event-type': e.type, 'event-id': envelope.eventId, 'schema-version': '1' },
      };
    });
    await producer.send({ topic: topicName(service, ns.topicPrefix), messages });
    await producer.disconnect();
    return messages.map((m) => JSON.parse(m.value) as { eventId: string });
  }

  /** A project registered in the registry (and its packaging leader, if any), known here once its events are consumed. */
  async function project(p: { name: string; localityCode: string; totalInvestmentWan?: number; leader?: { id: string; name: string } }) {
    const projectId = randomUUID();
    const streamId = `project-${projectId}`;
    const events: Published[] = [
      {
        streamId,
        type: 'ProjectRegistered',
        data: {
          projectId,
          registeredOn: '2018-01-05',
          name: p.name,
          localityCode: p.localityCode,
          departmentCode: 'gxj',
          categoryCode: 'auto',
          subKindCode: null,
          industrial: true,
          sourceCode: 'enterprise',
          investor: null,
          totalInvestmentWan: p.totalInvestmentWan ?? 50_000,
          nationalCode: null,
          leading: false,
          landmark: false,
          threeEarly: false,
          reserveLevels: ['city'],
          siteInDevelopmentZone: false,
          referenceVersion: '2018.1',
        },
      },
    ];
    if (p.leader)
      events.push({
        streamId,
        type: 'CityLeaderAssigned',
        data: { leaderId: p.leader.id, leaderName: p.leader.name, from: '2018-01-10', to: null },
      });
    await publish('registry', events);
    return projectId;
  }

  const known = (projectIds: readonly string[]) =>
    waitFor(
      'the registry projects to be known',
      async () => {
        const docs = await first.app.get(KnownProjects).store.getMany([...projectIds]);
        return docs.length === projectIds.length || undefined;
      },
      60_000,
    );

  beforeAll(async () => {
    const env = { TOPIC_PREFIX: ns.topicPrefix, MONGODB_DB: ns.dbName, ISSUE_SCAN_MINUTES: '0', RATE_LIMIT_PER_MINUTE: '100000' };
    first = await startTestService(issueResolutionService, env);
    second = await startTestService(issueResolutionService, env);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  return {
    /** The database and topic prefix the replicas use (another service started on it meets them through Kafka). */
    namespace: ns,
    bearer,
    post,
    ok,
    get,
    publish,
    project,
    known,
    first: () => first,
    second: () => second,
    store: (): MongoEventStore => first.app.get(EVENT_STORE),
  };
}
