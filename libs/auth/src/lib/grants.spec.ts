import { Caller } from './caller';
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

describe('the actor a command records', () => {
  const grant = (raw: string) => parseGrant(raw) as NonNullable<ReturnType<typeof parseGrant>>;
  it('given a token with a name, when the caller acts on its own 区, then the actor is the account, the grant and the name', () => {
    const caller = new Caller({ id: 'u-17', name: '张伟', grants: [grant('locality:nanguan')] }, [grant('locality:nanguan')]);
    expect(caller.actOn({ localityCode: 'nanguan' })).toEqual({ id: 'u-17', role: 'locality', scope: 'locality:nanguan', name: '张伟' });
  });

  it('given a token without a name, then the actor has none (not an empty one)', () => {
    const caller = new Caller({ id: 'svc', name: null, grants: [grant('project-office')] }, [grant('project-office')]);
    expect(caller.actOn({ localityCode: 'nanguan' })).toEqual({ id: 'svc', role: 'project-office', scope: 'project-office' });
  });
});

describe('the actions a read route offers', () => {
  const grant = (raw: string) => parseGrant(raw) as NonNullable<ReturnType<typeof parseGrant>>;
  it("given a 区 officer reading on a route that also admits the leadership, then it may act on its own 区's project only, and the leadership on none", () => {
    const officer = new Caller({ id: 'u-1', name: null, grants: [grant('locality:nanguan')] }, [grant('locality:nanguan')]);
    const leadership = new Caller({ id: 'u-2', name: null, grants: [grant('leadership')] }, [grant('leadership')]);
    expect(officer.mayAct(['locality', 'department'], { localityCode: 'nanguan' })).toBe(true);
    expect(officer.mayAct(['locality', 'department'], { localityCode: 'chaoyang' })).toBe(false);
    expect(officer.mayAct(['project-office'], { localityCode: 'nanguan' })).toBe(false);
    expect(leadership.mayAct(['locality', 'department', 'project-office'], { localityCode: 'nanguan' })).toBe(false);
  });
});
