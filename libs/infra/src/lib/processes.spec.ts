import { createServer } from 'node:net';
import { assertPortFree, requireTool } from './processes';

describe('provisioning preconditions', () => {
  describe('when a build tool is missing', () => {
    it('says which one and how to install it, in one line', () => {
      expect(() => requireTool('no-such-tool-ccpc', ['-v'], 'install it with apt-get install no-such-tool')).toThrow(
        'no-such-tool-ccpc is needed but was not found on PATH: install it with apt-get install no-such-tool',
      );
    });
  });

  describe('when a port is taken by another process', () => {
    it('names the port, the server and the variable that moves it', async () => {
      const blocker = createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
      const address = blocker.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      try {
        await expect(assertPortFree(port, 'Kafka', 'LOCAL_KAFKA_PORT')).rejects.toThrow(
          `port ${port} (Kafka) is already in use by another process; stop it or set LOCAL_KAFKA_PORT to another port`,
        );
      } finally {
        await new Promise<void>((r) => blocker.close(() => r()));
      }
    });
  });
});

describe('Kafka cluster ids', () => {
  it('are 22 base64url characters that never start like an option', async () => {
    const { kafkaClusterId } = await import('./kafka-local');
    for (let i = 0; i < 2000; i++) expect(kafkaClusterId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
  });
});
