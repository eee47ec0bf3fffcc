import { commitId } from './commits';
import { withDefaults } from './options';

describe('store helpers', () => {
  describe('when an option is passed as undefined', () => {
    it('keeps its default', () => {
      expect(withDefaults({ maxAttempts: 3, backoff: 100 }, { maxAttempts: undefined, backoff: 5 })).toEqual({
        maxAttempts: 3,
        backoff: 5,
      });
    });
  });

  describe('when commits are named', () => {
    it('puts the stream and the zero-padded first version in the id, so the id decides between writers', () => {
      expect(commitId('project-42', 7)).toBe('project-42|0000000007');
      expect(commitId('a', 10) > commitId('a', 9)).toBe(true);
    });
  });
});
