import { deadLetterTopic, SERVICE_NAMES, SERVICES, topicName } from '../index';

describe('topic names', () => {
  describe('when a service produces events', () => {
    it('names its topic after the producing context, with the prefix first', () => {
      expect(topicName('registry')).toBe('registry.events');
      expect(topicName('approval', 't42.')).toBe('t42.approval.events');
    });
  });

  describe('when a service produces no events', () => {
    it('refuses to name a topic for it', () => {
      expect(() => topicName('projection')).toThrow('projection produces no events');
    });
  });

  it('names dead-letter topics after the consumer group', () => {
    expect(deadLetterTopic('projection.dashboard', 't1.')).toBe('t1.projection.dashboard.dlq');
  });

  it('gives every service its own default port', () => {
    const ports = SERVICE_NAMES.map((name) => SERVICES[name].defaultPort);
    expect(new Set(ports).size).toBe(SERVICE_NAMES.length);
  });
});
