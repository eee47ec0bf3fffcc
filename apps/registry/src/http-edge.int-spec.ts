import request from 'supertest';
import { startTestService, testToken, type TestService } from '@ccpc/testing';
import { registryService } from './service';

/** The hardened HTTP edge every service shares (libs/service-kit + libs/auth), seen through the registry. */
describe('the HTTP edge', () => {
  let service: TestService;
  const dashboard = 'https://dashboard.changchun.gov.cn';
  const http = () => request(service.app.getHttpServer());

  beforeAll(async () => {
    service = await startTestService(registryService, { RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGIN: dashboard });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('sends security headers and no framework banner', async () => {
    const response = await http().get('/health/live').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS for the dashboard origin only', async () => {
    const allowed = await http().options('/projects').set('Origin', dashboard).set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe(dashboard);
    const other = await http().options('/projects').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a missing or forged token with 401, the reason and a WWW-Authenticate header', async () => {
    const missing = await http().get('/reference');
    expect({ status: missing.status, rule: missing.body.rule }).toEqual({ status: 401, rule: 'auth.token' });
    expect(missing.headers['www-authenticate']).toContain('Bearer');
    const forged = await http().get('/reference').set('Authorization', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect({ status: forged.status, message: forged.body.message, detail: forged.body.detail }).toEqual({
      status: 401,
      message: '未登录或登录已失效，请重新登录',
      detail: 'token algorithm not accepted (RS256 only)',
    });
  });

  it('limits each caller, not everyone: the sixth request in a minute is a 429 for that caller only', async () => {
    const busy = `Bearer ${await testToken(['leadership'], 'busy-caller')}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await http().get('/reference').set('Authorization', busy)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await http().get('/reference').set('Authorization', busy);
    expect({ status: limited.status, rule: limited.body.rule, stack: limited.body.stack }).toEqual({
      status: 429,
      rule: 'http.429',
      stack: undefined,
    });
    await http()
      .get('/reference')
      .set('Authorization', `Bearer ${await testToken(['leadership'], 'calm-caller')}`)
      .expect(200);
    await http().get('/health').expect(200); // probes are never limited
  });
});
