import type { EnvelopeOf, LeadEvent } from '@ccpc/contracts';
import { dashboardLeads, leadAt, type LeadDocument } from './promotion';
import { promotionFigures } from './promotion-figures';

let v = 0;
const envelope = (leadId: string, type: LeadEvent['type'], data: object, recordedAt: string) =>
  ({
    eventId: `e-${++v}`,
    type,
    data,
    streamId: `lead-${leadId}`,
    streamVersion: v,
    schemaVersion: 1,
    recordedAt,
    actor: { id: 'u', role: 'locality', scope: 'locality:nanguan' },
    correlationId: 'c',
    causationId: null,
  }) as unknown as EnvelopeOf<LeadEvent>;

function lead(leadId: string, steps: Array<[LeadEvent['type'], object, string?]>, identifiedOn = '2018-03-01'): LeadDocument {
  const identified = envelope(
    leadId,
    'LeadIdentified',
    {
      leadId,
      enterprise: { name: `${leadId} 公司`, creditCode: null },
      classCode: 'global-500',
      regionCode: 'yangtze-delta',
      channelCode: 'key-enterprise',
      categoryCode: 'auto',
      chainNode: '底盘',
      intendedInvestmentWan: 100_000,
      localityCode: 'nanguan',
      departmentCode: null,
      officer: '王强',
      date: identifiedOn,
    },
    `${identifiedOn}T02:00:00.000Z`,
  );
  let doc = dashboardLeads.evolve(undefined, identified) as LeadDocument;
  for (const [type, data, recordedAt] of steps)
    doc = dashboardLeads.evolve(
      doc,
      envelope(leadId, type, data, recordedAt ?? `${(data as { date: string }).date}T02:00:00.000Z`),
    ) as LeadDocument;
  return doc;
}

const signedLead = lead('a', [
  ['LeadAdvanced', { from: 'identified', to: 'contacted', date: '2018-03-10' }],
  ['LeadAdvanced', { from: 'contacted', to: 'negotiating', date: '2018-04-01' }],
  ['LeadSigned', { contractAmountWan: 80_000, date: '2018-05-20' }],
  [
    'LeadLanded',
    {
      projectName: 'A项目',
      localityCode: 'nanguan',
      departmentCode: 'gxj',
      categoryCode: 'auto',
      investor: 'a 公司',
      totalInvestmentWan: 90_000,
      siteInDevelopmentZone: false,
      date: '2018-06-15',
    },
  ],
]);

describe('the promotion fold at a point', () => {
  describe('given a lead signed in May and landed in June', () => {
    it('is negotiating in April, signed on 31 May, landed on 30 June', () => {
      expect(leadAt(signedLead, '2018-04-15')?.stage).toBe('negotiating');
      expect(leadAt(signedLead, '2018-05-31')).toMatchObject({ stage: 'signed', contract: { amountWan: 80_000 } });
      expect(leadAt(signedLead, '2018-06-30')).toMatchObject({ stage: 'landed', landing: { totalInvestmentWan: 90_000 } });
      expect(leadAt(signedLead, '2018-02-28')).toBeUndefined();
    });
    it('as known on 1 June it was not landed yet, whatever the date asked', () => {
      expect(leadAt(signedLead, '2018-12-31', '2018-06-01T00:00:00.000Z')?.stage).toBe('signed');
    });
  });

  describe('the year’s figures', () => {
    const lost = lead('b', [['LeadLost', { from: 'identified', reason: '落户他地', conflictId: null, date: '2018-04-01' }]]);
    const old = lead('c', [], '2017-11-01');
    it('count the pipeline by stage, the contracts and landings of the year, and the conversion of the year’s leads', () => {
      const at = [signedLead, lost, old].map((d) => leadAt(d, '2018-06-30')).filter((l) => l !== undefined);
      expect(promotionFigures(at, 2018)).toEqual({
        byStage: { identified: 1, contacted: 0, negotiating: 0, signed: 0, landed: 1, lost: 1 },
        identified: 2,
        intendedWan: 200_000,
        signed: { count: 1, amountWan: 80_000 },
        landed: { count: 1, investmentWan: 90_000 },
        conversion: 0.5,
      });
    });
    it('as of 31 May: signed, not yet landed', () => {
      const at = [signedLead, lost, old].map((d) => leadAt(d, '2018-05-31')).filter((l) => l !== undefined);
      expect(promotionFigures(at, 2018)).toMatchObject({ byStage: { signed: 1, landed: 0 }, landed: { count: 0 }, conversion: 0 });
    });
  });
});
