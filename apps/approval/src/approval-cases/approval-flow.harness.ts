import request from 'supertest';
import type { MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import {
  dropDatabase,
  type ServiceProcess,
  startServiceProcess,
  startTestService,
  testEndpoints,
  testKafka,
  testNamespace,
  testToken,
  type TestService,
  waitFor,
} from '@ccpc/testing';
import { approvalService } from '../service';

/**
 * Every item of an industrial case through its department across the Spring Festival of 2018
 * (15–21 February off; Sunday 11 and Saturday 24 February worked), preparing from 9 February:
 * item, department, submitted, approved. The case takes 26 working days and ends on 22 March.
 */
export const SPRING_FESTIVAL_STEPS: ReadonlyArray<[string, string, string, string]> = [
  ['site-selection', 'department:ghj', '2018-02-09', '2018-02-26'],
  ['land-pre-review', 'department:gtj', '2018-02-09', '2018-02-27'],
  ['environmental-impact', 'department:hbj', '2018-02-26', '2018-03-09'],
  ['project-decision', 'department:fgw', '2018-02-27', '2018-03-08'],
  ['planning-permit', 'department:ghj', '2018-03-08', '2018-03-15'],
  ['fire-design', 'department:xfzd', '2018-03-08', '2018-03-16'],
  ['construction-permit', 'department:jw', '2018-03-16', '2018-03-22'],
];

/**
 * The registry and the projection as processes of their own and the approval service in this
 * one, on one topic prefix, for the flow between contexts (by events only): call inside a
 * describe; the helpers drive a project through the registry into preparation and its items
 * through their departments.
 */
export function approvalFlowHarness(name: string) {
  const ns = testNamespace(name);
  const registryDb = `${ns.dbName}_registry`;
  const projectionDb = `${ns.dbName}_projection`;
  let registry: ServiceProcess;
  let projection: ServiceProcess;
  let approval: TestService;
  let store: MongoEventStore;
  const kafka = testKafka(name);
  const bearer = async (grant: string) => `Bearer ${await testToken([grant], `user-${grant.replace(':', '-')}`)}`;
  const onRegistry = async (path: string, body: object, grant = 'locality:lvyuan') => {
    const response = await request(registry.url)
      .post(path)
      .set('Authorization', await bearer(grant))
      .send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number };
  };
  const onApproval = async (path: string, grant: string, body: object) => {
    const response = await request(approval.app.getHttpServer())
      .post(path)
      .set('Authorization', await bearer(grant))
      .send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { version: number; events: Array<{ type: string; data: Record<string, unknown> }> };
  };
  const caseOf = async (id: string) =>
    request(approval.app.getHttpServer())
      .get(`/approval-cases/${id}`)
      .set('Authorization', await bearer('project-office'));
  const redeliver = async (topic: string, envelope: { streamId: string; eventId: string; type: string; schemaVersion: number }) => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: `${ns.topicPrefix}${topic}`,
      messages: [
        {
          key: envelope.streamId,
          value: JSON.stringify(envelope),
          headers: { 'event-type': envelope.type, 'event-id': envelope.eventId, 'schema-version': String(envelope.schemaVersion) },
        },
      ],
    });
    await producer.disconnect();
  };

  beforeAll(async () => {
    registry = await startServiceProcess('registry', {
      TOPIC_PREFIX: ns.topicPrefix,
      MONGODB_DB: registryDb,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    projection = await startServiceProcess('projection', {
      TOPIC_PREFIX: ns.topicPrefix,
      MONGODB_DB: projectionDb,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    approval = await startTestService(approvalService, { TOPIC_PREFIX: ns.topicPrefix });
    store = approval.app.get(EVENT_STORE);
  }, 120_000);
  afterAll(async () => {
    await approval?.close();
    await registry?.stop();
    await projection?.stop();
    await dropDatabase(registryDb);
    await dropDatabase(projectionDb);
  });

  /** A project of 绿园区 through the registry into 前期 on `preparingOn`: its approval case opens by itself. */
  async function intoPreparation(name: string, totalInvestmentWan: number, preparingOn: string) {
    const { id: projectId } = await onRegistry('/projects', {
      name,
      localityCode: 'lvyuan',
      departmentCode: 'gxj',
      categoryCode: 'infrastructure',
      sourceCode: 'enterprise',
      totalInvestmentWan,
      reserveLevels: ['city'],
      registeredOn: '2017-12-01',
    });
    await onRegistry(`/projects/${projectId}/docking`, { date: '2018-01-05' });
    await onRegistry(`/projects/${projectId}/landing`, { date: '2018-01-20', investor: '吉林省投资集团' });
    await onRegistry(`/projects/${projectId}/preparation`, { date: preparingOn });
    await waitFor(`the case of ${name} to open`, async () => (await caseOf(projectId)).status === 200 || undefined, 30_000);
    return projectId;
  }

  /** A project into preparing, then each item submitted and approved on the given dates. */
  async function throughApproval(name: string, preparingOn: string, steps: ReadonlyArray<[string, string, string, string]>) {
    const projectId = await intoPreparation(name, 150_000, preparingOn);
    let last: Awaited<ReturnType<typeof onApproval>> | undefined;
    for (const [code, department, submittedOn, approvedOn] of steps) {
      await onApproval(`/approval-cases/${projectId}/items/${code}/submission`, 'locality:lvyuan', {
        date: submittedOn,
        documents: ['申请表'],
      });
      last = await onApproval(`/approval-cases/${projectId}/items/${code}/approval`, department, { date: approvedOn });
    }
    return { projectId, completion: last?.events[1]?.data as { date: string; workingDays: number } | undefined };
  }

  async function readRegistryStream(projectId: string) {
    const { MongoClient } = await import('mongodb');
    const client = await MongoClient.connect(testEndpoints().mongoUri);
    try {
      const commits = await client
        .db(registryDb)
        .collection('es_commits')
        .find({ streamId: `project-${projectId}` })
        .sort({ _id: 1 })
        .toArray();
      return commits.flatMap(
        (c) =>
          (c as unknown as { events: Array<{ streamId: string; eventId: string; type: string; schemaVersion: number; data: unknown }> })
            .events,
      );
    } finally {
      await client.close();
    }
  }

  return {
    bearer,
    onRegistry,
    onApproval,
    caseOf,
    redeliver,
    intoPreparation,
    throughApproval,
    readRegistryStream,
    registry: () => registry,
    projection: () => projection,
    approval: () => approval,
    store: () => store,
  };
}
