import { consumerDown } from './consumers.health';

describe('whether /health counts a consumer as down', () => {
  const now = Date.parse('2018-06-30T08:00:10.000Z');
  const since = '2018-06-30T08:00:09.000Z'; // one second ago
  it.each(['crashed', 'retrying', 'stopped'])('given a consumer %s a second ago, then it is down at once (not after a minute)', (state) => {
    expect(consumerDown({ state, since }, 60_000, now)).toBe(true);
  });
  it.each(['starting', 'rebalancing'])(
    'given a consumer %s for a second, then it is not down yet; after the stall window it is',
    (state) => {
      expect(consumerDown({ state, since }, 60_000, now)).toBe(false);
      expect(consumerDown({ state, since: '2018-06-30T07:58:00.000Z' }, 60_000, now)).toBe(true);
    },
  );
  it('given a running consumer, then it is up', () => {
    expect(consumerDown({ state: 'running', since: '2018-01-01T00:00:00.000Z' }, 60_000, now)).toBe(false);
  });
});
