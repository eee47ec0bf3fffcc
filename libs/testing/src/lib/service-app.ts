import type { INestApplication } from '@nestjs/common';
import { createServiceApp, serviceConfig, type ServiceConfig, type ServiceDefinition } from '@ccpc/service-kit';
import { testEndpoints, testNamespace, type TestNamespace } from './endpoints';
import { testKeys } from './identity';
import { dropDatabase } from './servers';

export interface TestService {
  app: INestApplication;
  config: ServiceConfig;
  namespace: TestNamespace;
  /** Closes the app (as SIGTERM would) and drops the suite's database. */
  close(): Promise<void>;
}

/**
 * Boots a service exactly as main.ts does, against the real test servers, in its own
 * database and topic namespace, listening on an ephemeral port.
 */
export async function startTestService<C extends ServiceConfig>(
  def: ServiceDefinition<C>,
  env: Record<string, string> = {},
): Promise<TestService> {
  const { kafkaBrokers, mongoUri } = testEndpoints();
  const namespace = testNamespace(def.service);
  const config = serviceConfig(def, {
    PORT: '1',
    MONGODB_URI: mongoUri,
    MONGODB_DB: namespace.dbName,
    KAFKA_BROKERS: kafkaBrokers,
    TOPIC_PREFIX: namespace.topicPrefix,
    LOG_LEVEL: 'warn',
    AUTH_PUBLIC_KEY: (await testKeys()).publicKeyPem,
    ...env,
  });
  const app = await createServiceApp(def, config);
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  return {
    app,
    config,
    namespace,
    close: async () => {
      await app.close();
      await dropDatabase(namespace.dbName);
    },
  };
}
