import { grantCovers, parseGrant } from './grants';

describe('grants', () => {
  describe('given the strings of a token', () => {
    it('parses scoped and city-wide grants', () => {
      expect(parseGrant('locality:nanguan')).toEqual({ kind: 'locality', code: 'nanguan', raw: 'locality:nanguan' });
      expect(parseGrant('project-office')).toEqual({ kind: 'project-office', code: null, raw: 'project-office' });
      expect(parseGrant('leader:l-007')).toMatchObject({ kind: 'leader', code: 'l-007' });
    });

    it('ignores what it does not understand instead of widening it', () => {
      for (const raw of ['locality', 'locality:', 'locality:NanGuan', 'admin:all', 'mayor', 'department:a:b', 'locality:../x', '']) {
        expect(parseGrant(raw)).toBeUndefined();
      }
    });
  });

  describe('when a grant is checked against a resource', () => {
    const project = { localityCode: 'nanguan', departmentCode: 'fgw', leaderIds: ['l-1'], secretaryIds: ['s-9'] };
    it.each([
      ['locality:nanguan', true],
      ['locality:chaoyang', false],
      ['department:fgw', true],
      ['department:gxj', false],
      ['leader:l-1', true],
      ['leader:l-2', false],
      ['secretary:s-9', true],
      ['project-office', true],
      ['leadership', true],
    ])('%s covers it: %s', (raw, covers) => {
      const grant = parseGrant(raw);
      expect(grant && grantCovers(grant, project)).toBe(covers);
    });
  });
});
