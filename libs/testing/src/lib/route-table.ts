import request from 'supertest';
import type { TestService } from './service-app';
import { testToken } from './identity';

/**
 * Every grant the route × role tables try: each city-wide kind once, and two codes of each
 * scoped kind, so that "another 区" and "another department" are tried too.
 */
export const TABLE_GRANTS = [
  'locality:nanguan',
  'locality:chaoyang',
  'department:fgw',
  'department:gxj',
  'project-office',
  'leader:leader-1',
  'secretary:secretary-1',
  'leadership',
  'statistics',
  'admin',
] as const;
export type TableGrant = (typeof TABLE_GRANTS)[number];

export interface RouteRow {
  /** `METHOD /path` as in the OpenAPI document. */
  route: string;
  /** The grants that succeed here; every other grant of TABLE_GRANTS must get 403. 'anyone' for public routes. */
  allowed: readonly TableGrant[] | 'anyone';
  /** Sends the request with this Authorization header (absent for the no-token case). */
  send: (http: ReturnType<typeof request>, authorization: string | undefined) => request.Test;
  /** What an allowed caller gets; default: any status below 400. */
  allowedStatus?: (status: number) => boolean;
  /** What the others get: 403, or 404 where a resource outside the caller's scope is not revealed. */
  deniedStatus?: 403 | 404;
}

/**
 * The route × role table: for every route and every grant, allowed grants succeed, the others
 * get 403, a missing token gets 401 (public routes excepted), and nobody gets a 5xx.
 */
export function routeRoleTable(service: () => TestService, rows: readonly RouteRow[]): void {
  describe.each(rows.map((row) => [row.route, row] as const))('%s', (_, row) => {
    it.each([...TABLE_GRANTS])('as %s', async (grant) => {
      const response = await row.send(request(service().app.getHttpServer()), `Bearer ${await testToken([grant])}`);
      expect(response.status).toBeLessThan(500);
      const allowed = row.allowed === 'anyone' || row.allowed.includes(grant);
      if (allowed) {
        const ok = row.allowedStatus ?? ((s: number) => s < 400);
        if (!ok(response.status))
          throw new Error(`${row.route} as ${grant}: expected to be allowed, got ${response.status} ${JSON.stringify(response.body)}`);
      } else {
        expect({ grant, status: response.status }).toEqual({ grant, status: row.deniedStatus ?? 403 });
      }
    });

    it('without a token', async () => {
      const response = await row.send(request(service().app.getHttpServer()), undefined);
      expect(response.status).toBe(row.allowed === 'anyone' ? response.status : 401);
      expect(response.status).toBeLessThan(500);
    });
  });
}
