import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { testToken } from './identity';
import type { TestService } from './service-app';

/**
 * The hostile request shapes every service's edge answers with a 4xx and the one error shape
 * (the service kit carries the edge, so every service runs these from its boot test): nothing
 * reaches a handler, nothing is stored, no 500.
 */
export function edgeShapesSuite(service: () => TestService): void {
  describe('hostile request shapes at the edge', () => {
    const http = () => request(service().app.getHttpServer());
    const admin = () => testToken(['admin'], 'edge-tester');
    const post = async (body: Buffer | string, headers: Record<string, string>, auth = true) => {
      let call = http().post('/edge-probe');
      if (auth) call = call.set('Authorization', `Bearer ${await admin()}`);
      for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
      // The bytes as they are: superagent would turn a Buffer into JSON of its bytes.
      const response = await call.serialize((raw: unknown) => raw as string).send(body as unknown as string);
      return [response.status, response.body.rule];
    };
    const json = (value: string) => Buffer.from(value, 'utf8');

    it('reads no body before the token: a broken gzip body without a token is 401', async () => {
      expect(await post(Buffer.from('not gzip at all'), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, false)).toEqual(
        [401, 'auth.token'],
      );
    });

    it.each(['gzip', 'deflate', 'br'])('refuses a %s-encoded body with 415, whether it decodes or not', async (encoding) => {
      expect(await post(Buffer.from('garbage'), { 'Content-Type': 'application/json', 'Content-Encoding': encoding })).toEqual([
        415,
        'body.encoding',
      ]);
      expect(await post(gzipSync('{"a":1}'), { 'Content-Type': 'application/json', 'Content-Encoding': encoding })).toEqual([
        415,
        'body.encoding',
      ]);
    });

    it('refuses a body that is not JSON by its Content-Type with 415', async () => {
      expect(await post('name=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).toEqual([415, 'body.mediaType']);
      expect(await post('{"a":1}', { 'Content-Type': 'text/plain' })).toEqual([415, 'body.mediaType']);
    });

    it('refuses JSON nested 2,000 levels deep with 400, not a stack overflow', async () => {
      const deep = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
      expect(await post(deep, { 'Content-Type': 'application/json' })).toEqual([400, 'body.depth']);
      const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const [status] = await post(deepArray, { 'Content-Type': 'application/json' });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });

    it.each([
      ['NUL', json('{"name":"长春\\u0000新区"}'), 'text.control'],
      ['a terminal escape', json('{"name":"\\u001b[31m红色"}'), 'text.control'],
      ['a lone surrogate', json('{"name":"\\ud800项目"}'), 'text.unicode'],
      ['invalid UTF-8 bytes', Buffer.concat([json('{"name":"'), Buffer.from([0xff, 0xfe]), json('"}')]), 'text.unicode'],
      ['a control character in a field name', json('{"na\\u0007me":"x"}'), 'text.control'],
    ])('refuses text holding %s with 400', async (_, body, rule) => {
      expect(await post(body, { 'Content-Type': 'application/json' })).toEqual([400, rule]);
    });

    it('takes the Bearer scheme in any case, and gives a grant of a locality that does not exist nothing', async () => {
      const token = await admin();
      const lower = await http().get('/docs-json').set('Authorization', `bearer ${token}`);
      expect(lower.status).toBe(200);
      const paths = Object.entries(lower.body.paths as Record<string, Record<string, { 'x-allowed-roles'?: string[] }>>);
      const scoped = paths.find(([path, ops]) => !path.includes('{') && ops['get']?.['x-allowed-roles']?.includes('locality'));
      if (!scoped) return; // a service without a route open to localities (its shell): nothing more to check
      const [path] = scoped;
      expect(
        (
          await http()
            .get(path)
            .set('Authorization', `BEARER ${await testToken(['locality:nanguan'])}`)
        ).status,
      ).toBe(200);
      const nowhere = await http()
        .get(path)
        .set('Authorization', `Bearer ${await testToken(['locality:atlantis'])}`);
      expect([nowhere.status, nowhere.body.rule]).toEqual([403, 'access.role']);
    });

    it('refuses absurd page numbers with 400 on every paged list', async () => {
      const token = await admin();
      const document = (await http().get('/docs-json')).body as {
        paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
      };
      const lists = Object.entries(document.paths).filter(
        ([path, ops]) => !path.includes('{') && ops['get']?.parameters?.some((p) => p.name === 'page' && p.in === 'query'),
      );
      for (const [path] of lists) {
        for (const page of ['1e308', '1e20', '-1', 'NaN', 'Infinity']) {
          const response = await http().get(`${path}?page=${page}`).set('Authorization', `Bearer ${token}`);
          expect({ path, page, status: response.status, field: response.body.field }).toEqual({ path, page, status: 400, field: 'page' });
        }
      }
    });
  });
}
