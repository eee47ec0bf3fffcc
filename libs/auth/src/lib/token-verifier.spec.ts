import { importPKCS8, SignJWT, UnsecuredJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DevKeys, generateDevKeys, publicJwks, signDevToken } from './dev-tokens';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

describe('bearer token verification', () => {
  let keys: DevKeys;
  let otherKeys: DevKeys;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    [keys, otherKeys] = await Promise.all([generateDevKeys(), generateDevKeys()]);
    verifier = await createTokenVerifier({
      publicKeyPem: keys.publicKeyPem,
      issuer: 'ccpc-dev',
      audience: 'ccpc',
      clockToleranceSeconds: 30,
    });
  });

  describe('given a valid token of a 区 officer', () => {
    it('yields the caller with their grants, dropping grants it does not understand', async () => {
      const token = await signDevToken(keys, {
        sub: 'officer-nanguan-1',
        name: '南关区项目专员',
        roles: ['locality:nanguan', 'mayor', 'locality:BAD'],
      });
      await expect(verifier.verify(token)).resolves.toEqual({
        id: 'officer-nanguan-1',
        name: '南关区项目专员',
        grants: [{ kind: 'locality', code: 'nanguan', raw: 'locality:nanguan' }],
      });
    });

    it("reads Keycloak's realm_access.roles as well", async () => {
      const key = await importPKCS8(keys.privateKeyPem, 'RS256');
      const token = await new SignJWT({ realm_access: { roles: ['project-office'] } })
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('pmo-1')
        .setIssuer('ccpc-dev')
        .setAudience('ccpc')
        .setExpirationTime('1h')
        .sign(key);
      await expect(verifier.verify(token)).resolves.toMatchObject({ grants: [{ kind: 'project-office' }] });
    });
  });

  describe('given an identity provider that publishes its keys as a JWKS (as Keycloak does)', () => {
    let idp: Server;
    let jwksUrl: string;
    let requests = 0;
    beforeAll(async () => {
      const body = JSON.stringify(await publicJwks(keys));
      idp = createServer((_, res) => {
        requests++;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      });
      await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
      jwksUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/realms/ccpc/protocol/openid-connect/certs`;
    });
    afterAll(() => new Promise<void>((r) => idp.close(() => r())));

    it('verifies tokens against the published key, fetching the key set once', async () => {
      const viaJwks = await createTokenVerifier({ jwksUrl, issuer: 'ccpc-dev', audience: 'ccpc', clockToleranceSeconds: 30 });
      const token = await signDevToken(keys, { sub: 'officer-fgw', roles: ['department:fgw'] });
      await expect(viaJwks.verify(token)).resolves.toMatchObject({ id: 'officer-fgw', grants: [{ kind: 'department', code: 'fgw' }] });
      await expect(viaJwks.verify(token)).resolves.toMatchObject({ id: 'officer-fgw' });
      await expect(viaJwks.verify(await signDevToken(otherKeys, { sub: 'x', roles: ['admin'] }))).rejects.toThrow(
        'token signature invalid',
      );
      expect(requests).toBe(1);
    });
  });

  describe('when the token is not acceptable', () => {
    const cases: Array<[string, () => Promise<string>, string]> = [
      ['expired', () => signDevToken(keys, { sub: 'u', roles: [], expiresInSeconds: -120 }), 'token expired'],
      ['not yet valid', () => signDevToken(keys, { sub: 'u', roles: [], notBeforeSeconds: 600 }), 'token not yet valid'],
      ['from another issuer', () => signDevToken(keys, { sub: 'u', roles: [], issuer: 'evil-idp' }), 'token issuer not accepted'],
      ['for another audience', () => signDevToken(keys, { sub: 'u', roles: [], audience: 'other-system' }), 'token audience not accepted'],
      ['signed with another key', () => signDevToken(otherKeys, { sub: 'u', roles: ['admin'] }), 'token signature invalid'],
      [
        'unsigned (alg: none)',
        async () =>
          new UnsecuredJWT({ roles: ['admin'] }).setSubject('u').setIssuer('ccpc-dev').setAudience('ccpc').setExpirationTime('1h').encode(),
        'token algorithm not accepted (RS256 only)',
      ],
      [
        'HS256 with the public key as secret',
        async () =>
          new SignJWT({ roles: ['admin'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('u')
            .setIssuer('ccpc-dev')
            .setAudience('ccpc')
            .setExpirationTime('1h')
            .sign(new TextEncoder().encode(keys.publicKeyPem)),
        'token algorithm not accepted (RS256 only)',
      ],
      [
        'without an expiry',
        async () =>
          new SignJWT({ roles: [] })
            .setProtectedHeader({ alg: 'RS256' })
            .setSubject('u')
            .setIssuer('ccpc-dev')
            .setAudience('ccpc')
            .sign(await importPKCS8(keys.privateKeyPem, 'RS256')),
        'token claim exp invalid',
      ],
      ['garbage', async () => 'not.a.token', 'token malformed'],
    ];

    it.each(cases)('refuses a token %s', async (_, make, reason) => {
      await expect(verifier.verify(await make())).rejects.toThrow(reason);
    });
  });
});
