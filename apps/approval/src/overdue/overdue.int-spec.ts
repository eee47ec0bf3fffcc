import { randomUUID } from 'node:crypto';
import type { Clock } from '@ccpc/eventsourcing';
import type { MongoEventStore } from '@ccpc/event-store';
import { CLOCK, EVENT_STORE } from '@ccpc/event-store-nest';
import { startTestService, testNamespace, type TestService, waitFor } from '@ccpc/testing';
import request from 'supertest';
import { testToken } from '@ccpc/testing';
import { caseOpened, itemSubmitted } from '../approval-cases/approval-fixtures';
import { approvalService } from '../service';
import { OverdueScheduler } from './overdue.scheduler';

/**
 * Two replicas of the approval service, one database: both run the overdue scheduler at the
 * same moment under an injected clock, and every overdue item is recorded once.
 */
describe('the overdue scheduler on two replicas (real Kafka, real MongoDB-protocol server)', () => {
  const ns = testNamespace('approval-overdue');
  let first: TestService;
  let second: TestService;
  let store: MongoEventStore;
  let clock: Clock;
  let realNow: Clock['now'];
  const ids = Array.from({ length: 12 }, () => randomUUID());

  beforeAll(async () => {
    const env = { TOPIC_PREFIX: ns.topicPrefix, MONGODB_DB: ns.dbName, OVERDUE_SCAN_MINUTES: '0' };
    first = await startTestService(approvalService, env);
    second = await startTestService(approvalService, env);
    store = first.app.get(EVENT_STORE);
    clock = first.app.get(CLOCK); // the clock every replica of this process reads
    realNow = clock.now;
    const meta = { actor: { id: 'given', role: 'system', scope: null }, correlationId: 'given', causationId: null, now: new Date() };
    // Each case: 规划选址 submitted on Friday 2 March 2018, 10 working days: due Friday 16 March.
    for (const id of ids)
      await store.append(
        `approval-case-${id}`,
        [caseOpened(id), itemSubmitted('site-selection', '2018-03-02'), itemSubmitted('land-pre-review', '2018-03-09')],
        {
          expectedVersion: 0,
          metadata: meta,
        },
      );
    const auth = `Bearer ${await testToken(['project-office'])}`;
    await waitFor('the read model of every case', async () => {
      const page = await request(first.app.getHttpServer()).get('/approval-cases?pageSize=100').set('Authorization', auth);
      return page.body.total === ids.length || undefined;
    });
  }, 120_000);
  afterAll(async () => {
    clock.now = realNow;
    await second?.close();
    await first?.close();
  });

  const overdueEvents = async () =>
    (await Promise.all(ids.map((id) => store.readStream(`approval-case-${id}`)))).flat().filter((e) => e.type === 'ApprovalItemOverdue');

  it('records nothing on the due date, then each overdue item once though both replicas scan at once, and nothing more later', async () => {
    const scan = () => Promise.all([first.app.get(OverdueScheduler).scan(), second.app.get(OverdueScheduler).scan()]);
    clock.now = () => new Date('2018-03-16T09:00:00+08:00');
    expect(await scan()).toEqual([0, 0]);

    clock.now = () => new Date('2018-03-17T09:00:00+08:00'); // Saturday: 规划选址 is overdue, 用地预审 (due 23 March) not yet
    const [a, b] = await scan();
    expect(a + b).toBe(ids.length);
    const once = await overdueEvents();
    expect(once).toHaveLength(ids.length);
    expect(once.every((e) => (e.data as { itemCode: string; dueOn: string }).itemCode === 'site-selection')).toBe(true);
    expect(once[0]?.data).toEqual({ itemCode: 'site-selection', dueOn: '2018-03-16', detectedOn: '2018-03-17' });

    await waitFor('the read model to show them overdue', async () => {
      const auth = `Bearer ${await testToken(['project-office'])}`;
      const c = await request(first.app.getHttpServer()).get(`/approval-cases/${ids[0]}`).set('Authorization', auth);
      return c.body.items?.[0]?.overdueReported === true || undefined;
    });
    clock.now = () => new Date('2018-03-26T09:00:00+08:00'); // 用地预审 now overdue too; 规划选址 not again
    await scan();
    const after = await overdueEvents();
    expect(after).toHaveLength(2 * ids.length);
    expect(after.filter((e) => (e.data as { itemCode: string }).itemCode === 'site-selection')).toHaveLength(ids.length);
    process.stdout.write(`  overdue on two replicas: ${ids.length} cases, ${after.length} overdue events, each item once\n`);
  }, 120_000);
});
