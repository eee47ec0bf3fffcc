import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';

/** Local identity for development and tests: never for production, never committed. */
export interface DevKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

export const DEV_ISSUER = 'ccpc-dev';
export const DEV_AUDIENCE = 'ccpc';

export async function generateDevKeys(): Promise<DevKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

export async function publicJwks(keys: DevKeys): Promise<{ keys: object[] }> {
  const { importSPKI } = await import('jose');
  const jwk = await exportJWK(await importSPKI(keys.publicKeyPem, 'RS256'));
  return { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: 'ccpc-dev' }] };
}

export interface DevTokenClaims {
  sub: string;
  name?: string;
  roles: string[];
  issuer?: string;
  audience?: string;
  /** Seconds; negative to make an expired token (tests). */
  expiresInSeconds?: number;
  notBeforeSeconds?: number;
}

export async function signDevToken(keys: Pick<DevKeys, 'privateKeyPem'>, claims: DevTokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ roles: claims.roles, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: 'RS256', kid: 'ccpc-dev', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(claims.issuer ?? DEV_ISSUER)
    .setAudience(claims.audience ?? DEV_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresInSeconds ?? 8 * 3600));
  if (claims.notBeforeSeconds !== undefined) jwt.setNotBefore(now + claims.notBeforeSeconds);
  return jwt.sign(await importPKCS8(keys.privateKeyPem, 'RS256'));
}
