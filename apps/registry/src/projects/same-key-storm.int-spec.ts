import { type MongoEventStore } from '@ccpc/event-store';
import { EVENT_STORE } from '@ccpc/event-store-nest';
import { startTestService, testToken, type TestService } from '@ccpc/testing';
import { registryService } from '../service';
import { registration } from './projects.fixtures';

/**
 * A client (or a proxy) that sends one request many times at once with one Idempotency-Key gets
 * one effect and the same answer every time: never a 409 for a copy that lost the race.
 * 200 concurrent HTTP requests on a listening server, real MongoDB-protocol server and Kafka.
 */
describe('200 concurrent copies of a request with one Idempotency-Key', () => {
  let service: TestService;
  let store: MongoEventStore;
  let url: string;
  let auth: string;

  const storm = (path: string, key: string, body: object) =>
    Promise.all(
      Array.from({ length: 200 }, () =>
        fetch(`${url}${path}`, {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(body),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id?: string; version?: number; rule?: string } })),
      ),
    );
  const tally = (answers: Array<{ status: number }>) =>
    answers.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {});

  beforeAll(async () => {
    service = await startTestService(registryService, { RATE_LIMIT_PER_MINUTE: '100000' });
    store = service.app.get(EVENT_STORE);
    url = (await service.app.getUrl()).replace('[::1]', '127.0.0.1');
    auth = `Bearer ${await testToken(['locality:lvyuan'], 'officer-lvyuan-storm')}`;
  });
  afterAll(async () => {
    await service?.close();
  });

  it('given a registration sent 200 times at once, then one project, and every answer is 201 with its id', async () => {
    const answers = await storm('/projects', 'storm-register-0001', registration({ name: '绿园区并发登记测试项目' }));
    expect(tally(answers)).toEqual({ 201: 200 });
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect((await store.readStream(`project-${id}`)).map((e) => e.type)).toEqual(['ProjectRegistered']);
  }, 120_000);

  it('given a monthly report sent 200 times at once, then one event, and every answer is the first one', async () => {
    const created = await fetch(`${url}/projects`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(registration({ name: '绿园区并发填报测试项目' })),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const answers = await storm(`/projects/${created.id}/investments`, 'storm-invest-0001', {
      month: '2018-03',
      cumulativeWan: 1200,
    });
    const statuses = tally(answers);
    process.stdout.write(`  200 copies of one monthly report: ${JSON.stringify(statuses)}\n`);
    expect(Object.keys(statuses)).toHaveLength(1);
    expect(Number(Object.keys(statuses)[0])).toBeLessThan(300);
    expect(new Set(answers.map((a) => a.body.version))).toEqual(new Set([2]));
    expect((await store.readStream(`project-${created.id}`)).map((e) => e.type)).toEqual([
      'ProjectRegistered',
      'MonthlyInvestmentReported',
    ]);
  }, 120_000);
});
