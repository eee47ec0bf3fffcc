import { testNamespace } from './endpoints';

describe('test namespaces', () => {
  describe('when two suites ask for a namespace', () => {
    it('gives each its own database and topic prefix', () => {
      const a = testNamespace('Registry API');
      const b = testNamespace('Registry API');
      expect(a.dbName).toMatch(/^test_registry_api_[0-9a-f]{8}$/);
      expect(a.topicPrefix).toMatch(/^t[0-9a-f]{8}\.$/);
      expect(a.dbName).not.toBe(b.dbName);
      expect(a.topicPrefix).not.toBe(b.topicPrefix);
    });
  });
});
