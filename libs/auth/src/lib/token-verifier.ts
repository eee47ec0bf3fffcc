import { createRemoteJWKSet, errors, importSPKI, type JWTPayload, jwtVerify, type KeyLike } from 'jose';
import { type Grant, parseGrant, type Principal } from './grants';

export interface TokenVerifierOptions {
  /** The identity provider's JWKS URL (Keycloak: <realm>/protocol/openid-connect/certs). */
  jwksUrl?: string;
  /** Or one RS256 public key, PEM (SPKI). */
  publicKeyPem?: string;
  issuer: string;
  audience: string;
  /** Accepted clock difference for exp / nbf / iat. */
  clockToleranceSeconds: number;
}

/** Why a token was refused; becomes a 401 with this reason. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

const reasonOf = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'token not yet valid';
    if (error.claim === 'iss') return 'token issuer not accepted';
    if (error.claim === 'aud') return 'token audience not accepted';
    return `token claim ${error.claim} invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm not accepted (RS256 only)';
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'token signature invalid';
  return 'token malformed';
};

/** The roles claim: `roles`, or Keycloak's `realm_access.roles`. */
function grantsOf(payload: JWTPayload): Grant[] {
  const direct = payload['roles'];
  const realm = (payload['realm_access'] as { roles?: unknown } | undefined)?.roles;
  const raw = Array.isArray(direct) ? direct : Array.isArray(realm) ? realm : [];
  return raw
    .filter((r): r is string => typeof r === 'string')
    .map(parseGrant)
    .filter((g): g is Grant => g !== undefined);
}

/**
 * Verifies bearer tokens: RS256 only (so `alg: none` and HMAC confusion are refused), signature
 * against the JWKS or the public key, issuer, audience, expiry (required) and not-before.
 */
export async function createTokenVerifier(options: TokenVerifierOptions): Promise<TokenVerifier> {
  let key: KeyLike | ReturnType<typeof createRemoteJWKSet>;
  if (options.jwksUrl) key = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, timeoutDuration: 5000 });
  else if (options.publicKeyPem) key = await importSPKI(options.publicKeyPem, 'RS256');
  else throw new Error('token verification needs a JWKS URL or a public key');

  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key as KeyLike, {
          algorithms: ['RS256'],
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance: options.clockToleranceSeconds,
          requiredClaims: ['exp', 'sub'],
        });
        return { id: payload.sub as string, name: typeof payload['name'] === 'string' ? payload['name'] : null, grants: grantsOf(payload) };
      } catch (error) {
        throw new TokenError(reasonOf(error));
      }
    },
  };
}
