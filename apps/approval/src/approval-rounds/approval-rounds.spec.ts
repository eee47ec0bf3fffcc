import type { RegistryProject } from '../registry-projects/registry-project.view';
import { gathersInRound } from './approval-rounds.service';

const project = (overrides: Partial<RegistryProject> = {}): RegistryProject => ({
  projectId: 'p-1',
  name: '汽开区整车焊装车间改造项目',
  localityCode: 'qikai',
  categoryCode: 'auto',
  totalInvestmentWan: 150_000,
  stage: 'preparing',
  firstStartDate: null,
  registeredOn: '2017-11-01',
  plans: [{ year: 2018, kind: 'new-start', date: '2018-01-15' }],
  ...overrides,
});

describe('the projects a concentrated round gathers (§27)', () => {
  describe('given a round of 2018 opened on 20 March', () => {
    it('gathers a planned new start of 10亿 or more registered and planned before that day', () => {
      expect(gathersInRound(project(), 2018, '2018-03-20')).toBe(true);
    });
    it('leaves out a project registered after the opening day (registered 25 March)', () => {
      expect(gathersInRound(project({ registeredOn: '2018-03-25' }), 2018, '2018-03-20')).toBe(false);
    });
    it('leaves out a project put in the year’s plan after the opening day', () => {
      expect(gathersInRound(project({ plans: [{ year: 2018, kind: 'new-start', date: '2018-03-21' }] }), 2018, '2018-03-20')).toBe(false);
    });
    it('leaves out one started by then, one below 10亿, a continuing one and a cancelled one', () => {
      expect(gathersInRound(project({ firstStartDate: '2018-03-01' }), 2018, '2018-03-20')).toBe(false);
      expect(gathersInRound(project({ totalInvestmentWan: 99_999 }), 2018, '2018-03-20')).toBe(false);
      expect(gathersInRound(project({ plans: [{ year: 2018, kind: 'continuing', date: '2018-01-15' }] }), 2018, '2018-03-20')).toBe(false);
      expect(gathersInRound(project({ stage: 'cancelled' }), 2018, '2018-03-20')).toBe(false);
    });
  });
});
