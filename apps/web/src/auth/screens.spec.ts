import { homeOf, mayOpen, screensOf } from './screens';
import type { Session } from './session';

const as = (...grants: string[]): Session => ({ token: 't', sub: 's', name: 'n', grants, expiresAt: 0 });

describe('each caller its landing and its screens', () => {
  it('given a 区 officer, then the 待办 first, the workbench, the monthly entry, the approvals, the issues and promotion, no cockpit', () => {
    expect(homeOf(as('locality:nanguan'))).toBe('/todo');
    expect(screensOf(as('locality:nanguan'))).toEqual(['todo', 'workbench', 'investments', 'approvals', 'issues', 'promotion']);
  });

  it('given a department approver, then the 待办 first', () => {
    expect(homeOf(as('department:ghj'))).toBe('/todo');
  });

  it('given a city leader, then the 待办 first (issues escalated to them) and the issues', () => {
    expect(homeOf(as('leader:l-001'))).toBe('/todo');
    expect(screensOf(as('leader:l-001'))).toEqual(['todo', 'cockpit', 'issues']);
  });

  it('given the leadership, then the cockpit, the approval overview, the issues and promotion to read, and no write screen', () => {
    expect(homeOf(as('leadership'))).toBe('/cockpit');
    expect(screensOf(as('leadership'))).toEqual(['cockpit', 'approvalOffice', 'issues', 'promotion']);
    expect(mayOpen(as('leadership'), 'investments')).toBe(false);
    expect(mayOpen(as('leadership'), 'workbench')).toBe(false);
    expect(mayOpen(as('leadership'), 'todo')).toBe(false);
  });

  it('given the statistics bureau, then its figures first, and the cockpit to read', () => {
    expect(homeOf(as('statistics'))).toBe('/statistics');
    expect(screensOf(as('statistics'))).toEqual(['cockpit', 'statistics']);
  });

  it('given the project office, then the 待办 first and every screen but the statistics entry', () => {
    expect(homeOf(as('project-office'))).toBe('/todo');
    expect(screensOf(as('project-office'))).toEqual([
      'todo',
      'cockpit',
      'workbench',
      'investments',
      'approvals',
      'approvalOffice',
      'issues',
      'promotion',
    ]);
  });
});
