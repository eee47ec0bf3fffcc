import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import type { RunningInfra } from '@ccpc/infra';

declare global {
  var __ccpcInfra: RunningInfra | undefined;
}

/**
 * Runs once per jest run, before any worker starts: provisions (or finds) the servers and
 * hands their endpoints to the workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  // Jest's moduleNameMapper does not apply here: resolve @ccpc/* with the workspace's own paths.
  const root = join(__dirname, '../../../..');
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  register({ baseUrl: root, paths: compilerOptions.paths });
  const { resolveInfra } = await import('@ccpc/infra');
  const infra = await resolveInfra('test');
  process.env['KAFKA_BROKERS'] = infra.kafkaBrokers;
  process.env['MONGODB_URI'] = infra.mongoUri;
  process.env['CCPC_INFRA_KIND'] = infra.kind;
  globalThis.__ccpcInfra = infra;
}
