import request from 'supertest';
import { ownBroker, startTestService, testToken, type TestService } from '@ccpc/testing';
import { registryService } from './service';

/**
 * Kafka is not there when the registry starts (a restart of the whole city platform, where the
 * services come up before the broker). The service serves commands at once, and its own read
 * model — the project list — starts consuming as soon as Kafka is there.
 */
describe('registry started while Kafka is down', () => {
  const broker = ownBroker('boot-late', Number(process.env['TEST_BOOT_LATE_KAFKA_PORT'] ?? 19392));
  let service: TestService;

  beforeAll(async () => {
    await broker.stop();
    service = await startTestService(registryService, { KAFKA_BROKERS: broker.brokers, CONSUMER_STALL_SECONDS: '3' });
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await broker.stop();
  });

  it('takes commands meanwhile, and lists them once Kafka is up', async () => {
    const auth = `Bearer ${await testToken(['locality:dehui'], 'officer-dehui-1')}`;
    const http = () => request(service.app.getHttpServer());
    const created = await http()
      .post('/projects')
      .set('Authorization', auth)
      .send({
        name: '德惠市农产品加工园',
        localityCode: 'dehui',
        departmentCode: 'nw',
        categoryCode: 'agri-processing',
        sourceCode: 'enterprise',
        totalInvestmentWan: 50_000,
        reserveLevels: ['locality'],
      })
      .expect(201);
    await new Promise((r) => setTimeout(r, 8000)); // the consumer's first start has failed by now
    // /health tells it: the read model's consumer has not run for over CONSUMER_STALL_SECONDS (3 s here, 60 by default).
    const stalled = await http().get('/health');
    expect({ status: stalled.status, consumers: stalled.body.details?.consumers, outbox: stalled.body.details?.outbox }).toMatchObject({
      status: 503,
      consumers: { status: 'down', registry_projects_v2: { state: expect.stringMatching(/^(starting|retrying)$/), down: true } },
      // The relay keeps the event and keeps trying (connecting, or retrying after a failed attempt).
      outbox: { status: 'up', state: expect.stringMatching(/^(running|retrying)$/), published: 0, waitingSince: expect.any(String) },
    });
    await broker.begin();
    const started = Date.now();
    let listed = false;
    while (!listed && Date.now() - started < 90_000) {
      const page = await http().get('/projects').set('Authorization', auth).expect(200);
      listed = page.body.items.some((p: { projectId: string }) => p.projectId === created.body.id);
      if (!listed) await new Promise((r) => setTimeout(r, 500));
    }
    process.stdout.write(
      `  registry booted without Kafka: project ${listed ? `listed ${((Date.now() - started) / 1000).toFixed(1)} s after Kafka came up` : 'never listed'}\n`,
    );
    expect(listed).toBe(true);
    // Every consumer of the service reports within its next batch once Kafka is back, not all in the same instant as the list.
    let healthy = await http().get('/health');
    for (const until = Date.now() + 30_000; healthy.status !== 200 && Date.now() < until; healthy = await http().get('/health'))
      await new Promise((r) => setTimeout(r, 500));
    expect({ status: healthy.status, consumers: healthy.body.details?.consumers, outbox: healthy.body.details?.outbox }).toMatchObject({
      status: 200,
      consumers: { status: 'up', registry_projects_v2: { state: 'running', down: false } },
      // Sent once. Whether the relay first asked Kafka what it held (tailChecks 1) depends on whether an attempt had failed
      // while Kafka was away, or was still waiting for its connection (the client retries for about 16 s).
      outbox: { status: 'up', state: 'running', published: 1, confirmedOnKafka: 0, tailChecks: expect.any(Number) },
    });
  }, 180_000);
});
