import request from 'supertest';
import { consoleProgress, localKafka } from '@ccpc/infra';
import type { ServiceDefinition } from '@ccpc/service-kit';
import { startTestService, type TestService } from './index';

/**
 * Readiness follows the broker without a restart. This suite runs a Kafka broker of its own
 * (real, provisioned locally on other ports) so that stopping it disturbs no other suite.
 */
describe('readiness when Kafka goes away and comes back', () => {
  const port = Number(process.env['TEST_OUTAGE_KAFKA_PORT'] ?? 19192);
  const kafka = localKafka('test-outage', port);
  const bareService: ServiceDefinition = { service: 'registry', imports: () => [] };
  let service: TestService;

  const health = async () => request(service.app.getHttpServer()).get('/health');

  async function waitForStatus(status: number, timeoutMs: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if ((await health()).status === status) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`GET /health did not answer ${status} within ${timeoutMs} ms`);
  }

  beforeAll(async () => {
    await kafka.start(consoleProgress('outage-kafka'));
    service = await startTestService(bareService, { KAFKA_BROKERS: kafka.brokers });
  });

  afterAll(async () => {
    await service?.close();
    await kafka.stop();
  });

  describe('when Kafka is up', () => {
    it('is ready', async () => {
      expect((await health()).status).toBe(200);
    });
  });

  describe('when Kafka is stopped', () => {
    it('turns not ready within seconds, naming Kafka as down and MongoDB as up', async () => {
      await kafka.stop();
      const elapsed = await waitForStatus(503, 10_000);
      const response = await health();
      expect(response.body.error.kafka.status).toBe('down');
      expect(response.body.info.mongodb.status).toBe('up');
      process.stdout.write(`  readiness red ${elapsed} ms after Kafka stopped\n`);
    });

    it('keeps answering liveness', async () => {
      await request(service.app.getHttpServer()).get('/health/live').expect(200);
    });
  });

  describe('when Kafka comes back', () => {
    it('turns ready again without a restart of the service', async () => {
      await kafka.start(consoleProgress('outage-kafka'));
      const elapsed = await waitForStatus(200, 15_000);
      process.stdout.write(`  readiness green ${elapsed} ms after Kafka answered again\n`);
    });
  });
});
