import { deciderSpec } from '@ccpc/eventsourcing';
import type { RegisterLandedLead } from './project.commands';
import { projectDecider } from './project.decider';

const spec = deciderSpec(projectDecider);
/** What the decider records for a landing on no project yet. */
const decided = (command: RegisterLandedLead) => projectDecider.decide(command, null);
const landed: RegisterLandedLead = {
  type: 'RegisterLandedLead',
  projectId: 'p-9',
  leadId: 'lead-9',
  name: '腾讯东北云计算数据中心',
  localityCode: 'nanguan',
  departmentCode: 'gxj',
  categoryCode: 'big-data',
  investor: '腾讯科技（深圳）有限公司',
  totalInvestmentWan: 450_000,
  siteInDevelopmentZone: false,
  date: '2018-06-15',
};

describe('a landed investment-promotion lead entering the reserve (招商引进)', () => {
  describe('given no project yet', () => {
    it('registers it with source 招商引进 in the locality reserve on the landing day, docking done, landed with its investor', () => {
      const events = decided(landed);
      expect(events.map((e) => e.type)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced', 'ProjectStageAdvanced']);
      expect(events[0]?.data).toMatchObject({
        projectId: 'p-9',
        leadId: 'lead-9',
        sourceCode: 'promotion',
        registeredOn: '2018-06-15',
        reserveLevels: ['locality'],
        industrial: true,
        investor: '腾讯科技（深圳）有限公司',
      });
      expect(events[2]?.data).toEqual({ from: 'docking', to: 'landed', date: '2018-06-15', investor: '腾讯科技（深圳）有限公司' });
    });
    it('waits in docking when the site lies in a development zone (五通一平 first, §23)', () => {
      const events = decided({ ...landed, localityCode: 'jingkai', siteInDevelopmentZone: true });
      expect(events.map((e) => e.type)).toEqual(['ProjectRegistered', 'ProjectStageAdvanced']);
    });
    it('refuses a category outside the reference data', () => {
      spec
        .given([])
        .when({ ...landed, categoryCode: 'steel' })
        .thenThrows('reference.category');
    });
  });

  describe('given the project it registered', () => {
    it('the same lead told again registers nothing; another lead on the id is refused', () => {
      const first = decided(landed);
      spec.given(first).when(landed).then([]);
      spec
        .given(first)
        .when({ ...landed, leadId: 'lead-10' })
        .thenThrows('project.exists');
    });
  });
});
