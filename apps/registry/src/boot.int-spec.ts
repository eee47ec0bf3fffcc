import request from 'supertest';
import { SERVICES } from '@ccpc/contracts';
import { apiContractSuite, startTestService, type TestService } from '@ccpc/testing';
import { registryService } from './service';

describe('registry service on real servers', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(registryService);
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
      expect(response.body.info.title).toContain(SERVICES['registry'].label);
      expect(Object.keys(response.body.paths)).toContain('/health');
    });

    it('documents every command and query with a summary, the roles allowed and example values', async () => {
      const doc = (await request(service.app.getHttpServer()).get('/docs-json').expect(200)).body as {
        paths: Record<
          string,
          Record<
            string,
            { summary?: string; 'x-allowed-roles'?: string[]; requestBody?: { content: Record<string, { schema: { $ref: string } }> } }
          >
        >;
        components: { schemas: Record<string, { properties?: Record<string, { example?: unknown }> }> };
      };
      const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
      );
      const business = operations.filter((o) => !o.route.includes('/health'));
      expect(business.length).toBeGreaterThanOrEqual(24);
      for (const { route, op } of business) {
        expect({ route, summary: Boolean(op.summary), roles: (op['x-allowed-roles'] ?? []).length > 0 }).toEqual({
          route,
          summary: true,
          roles: true,
        });
        const ref = op.requestBody?.content['application/json']?.schema.$ref;
        if (ref) {
          const schema = doc.components.schemas[ref.split('/').pop() as string];
          const examples = Object.values(schema?.properties ?? {}).filter((p) => p.example !== undefined);
          expect({ route, withExamples: examples.length > 0 }).toEqual({ route, withExamples: true });
        }
      }
    });
  });
});

apiContractSuite(registryService);
