import type { LeadEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { type IdentifyLead, leadDecider } from './lead';

const spec = deciderSpec(leadDecider);
const identify: IdentifyLead = {
  type: 'IdentifyLead',
  leadId: 'l-1',
  enterprise: { name: '腾讯科技（深圳）有限公司', creditCode: '91440300708461136T' },
  classCode: 'global-500',
  regionCode: 'pearl-delta',
  channelCode: 'key-enterprise',
  categoryCode: 'big-data',
  chainNode: '云计算数据中心',
  intendedInvestmentWan: 500_000,
  localityCode: 'jingyue',
  departmentCode: 'gxj',
  officer: '王强',
  date: '2018-03-01',
};
const { type: _type, ...identifiedData } = identify;
const identified: LeadEvent = { type: 'LeadIdentified', data: identifiedData };
const contacted: LeadEvent = { type: 'LeadAdvanced', data: { from: 'identified', to: 'contacted', date: '2018-03-10' } };
const negotiating: LeadEvent = { type: 'LeadAdvanced', data: { from: 'contacted', to: 'negotiating', date: '2018-04-02' } };
const signed: LeadEvent = { type: 'LeadSigned', data: { contractAmountWan: 450_000, date: '2018-05-20' } };
const landing = {
  type: 'LandLead',
  projectName: '腾讯东北云计算数据中心',
  departmentCode: undefined,
  totalInvestmentWan: undefined,
  siteInDevelopmentZone: undefined,
  date: '2018-06-15',
} as const;

describe('Lead (招商线索)', () => {
  describe('given nothing yet', () => {
    it('is identified with its enterprise, class, region, channel and chain node', () => {
      spec.given([]).when(identify).then([identified]);
    });
    it('refuses a credit code whose check character is wrong', () => {
      spec
        .given([])
        .when({ ...identify, enterprise: { name: '某公司', creditCode: '91440300708461136X' } })
        .thenThrows('lead.creditCode');
    });
    it('takes a lead whose credit code is not known yet', () => {
      spec
        .given([])
        .when({ ...identify, enterprise: { name: '某公司', creditCode: null } })
        .then([{ type: 'LeadIdentified', data: { ...identifiedData, enterprise: { name: '某公司', creditCode: null } } }]);
    });
    it('refuses codes that are not in the reference data', () => {
      spec
        .given([])
        .when({ ...identify, categoryCode: 'steel' })
        .thenThrows('lead.reference');
      spec
        .given([])
        .when({ ...identify, localityCode: 'beijing' })
        .thenThrows('lead.reference');
    });
    it('knows of no lead to follow up', () => {
      spec.given([]).when({ type: 'FollowUpLead', note: '电话联系', date: '2018-03-02' }).thenThrows('lead.notFound');
    });
  });

  describe('given an identified lead', () => {
    it('advances one stage at a time', () => {
      spec.given([identified]).when({ type: 'AdvanceLead', to: 'contacted', date: '2018-03-10' }).then([contacted]);
      spec.given([identified]).when({ type: 'AdvanceLead', to: 'negotiating', date: '2018-03-10' }).thenThrows('lead.stage');
    });
    it('cannot be signed before it was negotiated (identified → signed is a jump)', () => {
      spec.given([identified]).when({ type: 'SignLead', contractAmountWan: 100, date: '2018-03-10' }).thenThrows('lead.stage');
    });
    it('logs follow-ups, not dated before it was identified', () => {
      spec
        .given([identified])
        .when({ type: 'FollowUpLead', note: '赴深圳拜访', date: '2018-03-05' })
        .then([{ type: 'LeadFollowedUp', data: { note: '赴深圳拜访', date: '2018-03-05' } }]);
      spec.given([identified]).when({ type: 'FollowUpLead', note: '电话联系', date: '2018-02-27' }).thenThrows('date.order');
    });
    it('is lost with a reason, from the stage it was at', () => {
      spec
        .given([identified, contacted])
        .when({ type: 'LoseLead', reason: '企业落户沈阳', conflictId: null, date: '2018-04-01' })
        .then([{ type: 'LeadLost', data: { from: 'contacted', reason: '企业落户沈阳', conflictId: null, date: '2018-04-01' } }]);
    });
  });

  describe('given a lead under negotiation', () => {
    it('is signed with the contract amount', () => {
      spec
        .given([identified, contacted, negotiating])
        .when({ type: 'SignLead', contractAmountWan: 450_000, date: '2018-05-20' })
        .then([signed]);
    });
    it('refuses signing without an amount', () => {
      spec
        .given([identified, contacted, negotiating])
        .when({ type: 'SignLead', contractAmountWan: undefined, date: '2018-05-20' })
        .thenThrows('lead.landing');
    });
    it('cannot land before it is signed', () => {
      spec.given([identified, contacted, negotiating]).when(landing).thenThrows('lead.stage');
    });
  });

  describe('given a signed lead', () => {
    const given = [identified, contacted, negotiating, signed];
    it('lands as a project of its locality, category and enterprise, at the contract amount unless told otherwise', () => {
      spec
        .given(given)
        .when(landing)
        .then([
          {
            type: 'LeadLanded',
            data: {
              projectName: '腾讯东北云计算数据中心',
              localityCode: 'jingyue',
              departmentCode: 'gxj',
              categoryCode: 'big-data',
              investor: '腾讯科技（深圳）有限公司',
              totalInvestmentWan: 450_000,
              siteInDevelopmentZone: true,
              date: '2018-06-15',
            },
          },
        ]);
    });
    it('needs a department for the project when the lead has none', () => {
      spec
        .given([{ type: 'LeadIdentified', data: { ...identifiedData, departmentCode: null } }, contacted, negotiating, signed])
        .when(landing)
        .thenThrows('lead.landing');
    });
  });

  describe('given a landed lead', () => {
    const landed: LeadEvent = {
      type: 'LeadLanded',
      data: {
        projectName: '腾讯东北云计算数据中心',
        localityCode: 'jingyue',
        departmentCode: 'gxj',
        categoryCode: 'big-data',
        investor: '腾讯科技（深圳）有限公司',
        totalInvestmentWan: 450_000,
        siteInDevelopmentZone: true,
        date: '2018-06-15',
      },
    };
    const given = [identified, contacted, negotiating, signed, landed];
    it('records the registry project once', () => {
      spec
        .given(given)
        .when({ type: 'RecordLeadProject', projectId: 'p-1', date: '2018-06-15' })
        .then([{ type: 'LeadProjectRegistered', data: { projectId: 'p-1', date: '2018-06-15' } }]);
      spec
        .given([...given, { type: 'LeadProjectRegistered', data: { projectId: 'p-1', date: '2018-06-15' } }])
        .when({ type: 'RecordLeadProject', projectId: 'p-1', date: '2018-06-16' })
        .then([]);
    });
    it('is not lost any more', () => {
      spec.given(given).when({ type: 'LoseLead', reason: '企业撤资', conflictId: null, date: '2018-07-01' }).thenThrows('lead.stage');
    });
  });

  describe('given a lead already lost', () => {
    const lost: LeadEvent = {
      type: 'LeadLost',
      data: { from: 'identified', reason: '市大项目办协调', conflictId: 'c-1', date: '2018-03-20' },
    };
    it('a release by the same conflict told again changes nothing; an officer is told it is lost', () => {
      spec.given([identified, lost]).when({ type: 'LoseLead', reason: '市大项目办协调', conflictId: 'c-1', date: '2018-03-21' }).then([]);
      spec
        .given([identified, lost])
        .when({ type: 'LoseLead', reason: '放弃', conflictId: null, date: '2018-03-21' })
        .thenThrows('lead.stage');
    });
  });
});
