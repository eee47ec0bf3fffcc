import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { workspaceRoot } from '@ccpc/infra';
import { type ServiceConfig, type ServiceDefinition, serviceConfig } from '@ccpc/service-kit';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface DeploymentEnvironment {
  source: string;
  env: Record<string, string>;
  /** Paths inside the container that the deployment mounts (secrets, config files). */
  mounted: string[];
}

const read = (path: string) => readFileSync(join(workspaceRoot(), path), 'utf8');

/** The environment docker-compose.yml and the Kubernetes base give a service, and what they mount. */
export function deploymentEnvironments(service: string): DeploymentEnvironment[] {
  const compose: Doc = parse(read('docker-compose.yml'), { merge: true });
  const composed: Doc = compose['services'][service];
  const composeEnv = Object.fromEntries(Object.entries(composed['environment'] ?? {}).map(([k, v]) => [k, String(v)]));
  const composeMounts = ((composed['secrets'] as string[] | undefined) ?? []).map((name) => `/run/secrets/${name}`);

  const docs = parseAllDocuments(read(`deploy/k8s/base/${service}.yaml`)).map((d) => d.toJS() as Doc);
  const deployment = docs.find((d) => d['kind'] === 'Deployment') as Doc;
  const container: Doc = deployment['spec'].template.spec.containers[0];
  const configMaps = parseAllDocuments(read('deploy/k8s/base/platform-config.yaml')).map((d) => d.toJS() as Doc);
  const k8sEnv: Record<string, string> = {};
  for (const from of (container['envFrom'] as Doc[] | undefined) ?? []) {
    const map = configMaps.find((m) => m['kind'] === 'ConfigMap' && m['metadata'].name === from['configMapRef']?.name);
    if (!map)
      throw new Error(`${service}: envFrom names ConfigMap ${String(from['configMapRef']?.name)}, which deploy/k8s/base does not define`);
    Object.assign(k8sEnv, map['data']);
  }
  for (const { name, value } of (container['env'] as Array<{ name: string; value?: string }> | undefined) ?? [])
    if (value !== undefined) k8sEnv[name] = value;
  const volumes = new Set(((deployment['spec'].template.spec.volumes as Doc[] | undefined) ?? []).map((v) => v['name'] as string));
  const k8sMounts = ((container['volumeMounts'] as Doc[] | undefined) ?? [])
    .filter((m) => volumes.has(m['name']))
    .map((m) => m['mountPath'] as string);
  return [
    { source: 'docker-compose.yml', env: composeEnv, mounted: composeMounts },
    { source: 'deploy/k8s/base', env: k8sEnv, mounted: k8sMounts },
  ];
}

/**
 * Each deployment of the service (compose, Kubernetes) gives it an environment its own config
 * schema accepts — the service would start, not restart forever — and mounts every file the
 * environment points to. Files are stood in for by a generated key of the same kind.
 */
export function deploymentConfigSuite<C extends ServiceConfig>(def: ServiceDefinition<C>): void {
  describe.each(deploymentEnvironments(def.service))(`${def.service} as deployed by $source`, ({ env, mounted }) => {
    it('is given every variable its configuration needs, and every file it names is mounted', () => {
      const files = Object.entries(env).filter(([name]) => name.endsWith('_FILE'));
      for (const [name, path] of files)
        expect({ [name]: path, mounted: mounted.some((m) => path === m || path.startsWith(`${m}/`)) }).toEqual({
          [name]: path,
          mounted: true,
        });
      const dir = mkdtempSync(join(tmpdir(), 'ccpc-deploy-'));
      const standIn = join(dir, 'public.pem');
      writeFileSync(standIn, generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }));
      const local = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, name.endsWith('_FILE') ? standIn : value]));
      expect(() => serviceConfig(def, local)).not.toThrow();
    });
  });
}
