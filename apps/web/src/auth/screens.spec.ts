import { homeOf, mayOpen, screensOf } from './screens';
import type { Session } from './session';

const as = (...grants: string[]): Session => ({ token: 't', sub: 's', name: 'n', grants, expiresAt: 0 });

describe('each caller its landing and its screens', () => {
  it('given a 区 officer, then the workbench first, the monthly entry and the inbox, no cockpit', () => {
    expect(homeOf(as('locality:nanguan'))).toBe('/workbench');
    expect(screensOf(as('locality:nanguan'))).toEqual(['workbench', 'investments', 'approvals']);
  });

  it('given a department approver, then the inbox first', () => {
    expect(homeOf(as('department:ghj'))).toBe('/approvals');
  });

  it('given the leadership, then the cockpit and the approval overview, and no write screen', () => {
    expect(homeOf(as('leadership'))).toBe('/cockpit');
    expect(screensOf(as('leadership'))).toEqual(['cockpit', 'approvalOffice']);
    expect(mayOpen(as('leadership'), 'investments')).toBe(false);
    expect(mayOpen(as('leadership'), 'workbench')).toBe(false);
  });

  it('given the statistics bureau, then its figures first, and the cockpit to read', () => {
    expect(homeOf(as('statistics'))).toBe('/statistics');
    expect(screensOf(as('statistics'))).toEqual(['cockpit', 'statistics']);
  });

  it('given the project office, then the cockpit first and every screen but the statistics entry', () => {
    expect(homeOf(as('project-office'))).toBe('/cockpit');
    expect(screensOf(as('project-office'))).toEqual(['cockpit', 'workbench', 'investments', 'approvals', 'approvalOffice']);
  });
});
