import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The variables the web container refuses to start without (`${NAME:?…}` in its start script). */
const required = [...read('deploy/docker/web/40-config-json.sh').matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1] as string);

describe('the web app deployed', () => {
  it('given its start script, then it requires the service URLs and the identity provider', () => {
    expect(required).toEqual(['REGISTRY_URL', 'PROJECTION_URL', 'APPROVAL_URL', 'OIDC_AUTHORITY', 'OIDC_CLIENT_ID']);
  });

  it('compose gives the web container every variable it requires, and serves it where CORS allows', () => {
    const compose: Doc = parse(read('docker-compose.yml'), { merge: true });
    const web = compose['services']['web'];
    expect(Object.keys(web.environment)).toEqual(expect.arrayContaining(required));
    expect(web.ports).toContain('4200:8080');
    expect(compose['x-env'].CORS_ORIGIN).toBe('http://localhost:4200');
  });

  it('Kubernetes gives it the same through web-config, and the kustomization deploys it', () => {
    const docs = parseAllDocuments(read('deploy/k8s/base/web.yaml')).map((d) => d.toJS() as Doc);
    const config = docs.find((d) => d['kind'] === 'ConfigMap');
    expect(Object.keys(config?.['data'] ?? {})).toEqual(expect.arrayContaining(required));
    const deployment = docs.find((d) => d['kind'] === 'Deployment');
    expect(deployment?.['spec'].template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: 'web-config' } }]);
    expect(parse(read('deploy/k8s/base/kustomization.yaml')).resources).toContain('web.yaml');
  });
});
