import { type DevKeys, generateDevKeys, signDevToken } from '@ccpc/auth/dev';

let keys: Promise<DevKeys> | undefined;

/** One RS256 key pair per test process: services under test trust its public key. */
export const testKeys = (): Promise<DevKeys> => (keys ??= generateDevKeys());

/** A bearer token for these grants, e.g. `testToken(['locality:nanguan'])`. */
export async function testToken(grants: string[], sub = `test-${grants.join('+') || 'nobody'}`, name?: string): Promise<string> {
  return signDevToken(await testKeys(), { sub, roles: grants, name });
}
