import request from 'supertest';
import { SERVICES } from '@ccpc/contracts';
import { apiContractSuite, startTestService, type TestService } from '@ccpc/testing';
import { assessmentService } from './service';

describe('assessment service on real servers', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(assessmentService);
  });
  afterAll(async () => {
    await service?.close();
  });

  describe('when Kafka and MongoDB are up', () => {
    it('reports both up on GET /health', async () => {
      const response = await request(service.app.getHttpServer()).get('/health').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        info: { mongodb: { status: 'up', database: service.namespace.dbName }, kafka: { status: 'up' } },
      });
    });

    it('serves its OpenAPI document at /docs-json', async () => {
      const response = await request(service.app.getHttpServer()).get('/docs-json').expect(200);
      expect(response.body.info.title).toContain(SERVICES['assessment'].label);
      expect(Object.keys(response.body.paths)).toContain('/health');
    });
  });
});

apiContractSuite(assessmentService);
