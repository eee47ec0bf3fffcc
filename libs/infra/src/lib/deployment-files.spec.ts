import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { SERVICE_NAMES, SERVICES } from '@ccpc/contracts';
import { kafkaVersion } from './kafka-local';
import { workspaceRoot } from './workspace';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (path: string) => readFileSync(join(workspaceRoot(), path), 'utf8');

describe('docker-compose.yml', () => {
  const compose: Doc = parse(read('docker-compose.yml'), { merge: true });

  it('runs MongoDB as a replica set that initiates itself', () => {
    const mongo = compose['services']['mongo'];
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(mongo.healthcheck.test.join(' ')).toContain('rs.initiate');
  });

  it('runs Apache Kafka in KRaft mode at the same version as the Maven artifacts', () => {
    const kafka = compose['services']['kafka'];
    expect(kafka.image).toBe(`apache/kafka:${kafkaVersion()}`);
    expect(kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(kafka.environment.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect(kafka.healthcheck.test).toBeDefined();
  });

  describe.each(SERVICE_NAMES)('the %s service', (name) => {
    const service = () => compose['services'][name];

    it('is built from the one Dockerfile and runs its own bundle', () => {
      expect(service().build.dockerfile).toBe('deploy/docker/Dockerfile');
      expect(service().command).toEqual([`dist/apps/${name}/main.js`]);
    });

    it('publishes its default port and passes the endpoints in its environment', () => {
      const port = SERVICES[name].defaultPort;
      expect(service().ports).toEqual([`${port}:${port}`]);
      expect(service().environment).toMatchObject({
        PORT: String(port),
        KAFKA_BROKERS: 'kafka:29092',
        MONGODB_URI: expect.stringMatching(/^mongodb:\/\/mongo:27017\/\?replicaSet=rs0$/),
      });
    });

    it('has a health check on /health and waits for healthy servers', () => {
      expect(service().healthcheck.test.join(' ')).toContain(`:${SERVICES[name].defaultPort}/health`);
      expect(service().depends_on).toEqual({
        kafka: { condition: 'service_healthy' },
        mongo: { condition: 'service_healthy' },
      });
    });
  });
});

describe('deploy/docker/Dockerfile', () => {
  const dockerfile = read('deploy/docker/Dockerfile');

  it('is multi-stage and runs as an unprivileged user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});

describe('deploy/k8s/base', () => {
  const kustomization: Doc = parse(read('deploy/k8s/base/kustomization.yaml'));

  it.each(SERVICE_NAMES)('deploys %s with probes on /health and its port', (name) => {
    expect(kustomization['resources']).toContain(`${name}.yaml`);
    const [deployment] = parseAllDocuments(read(`deploy/k8s/base/${name}.yaml`)).map((d) => d.toJS() as Doc);
    const container = deployment?.['spec'].template.spec.containers[0];
    expect(container.args).toEqual([`dist/apps/${name}/main.js`]);
    expect(container.ports[0].containerPort).toBe(SERVICES[name].defaultPort);
    expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/health/live');
  });
});
