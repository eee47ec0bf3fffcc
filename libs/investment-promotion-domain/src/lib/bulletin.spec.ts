import { activityCompliance } from '@ccpc/contracts';
import { type BulletinLead, buildBulletin } from './bulletin';

const lead = (over: Partial<BulletinLead> = {}): BulletinLead => ({
  leadId: 'l-1',
  enterprise: { name: '某汽车零部件公司', creditCode: null },
  localityCode: 'qikai',
  categoryCode: 'auto',
  chainNode: '底盘',
  intendedInvestmentWan: 80_000,
  contract: { amountWan: 60_000, date: '2018-05-20' },
  landing: null,
  timeline: [
    { type: 'LeadIdentified', date: '2018-05-02', recordedAt: '2018-05-02T02:00:00.000Z' },
    { type: 'LeadSigned', date: '2018-05-20', recordedAt: '2018-05-20T02:00:00.000Z' },
  ],
  ...over,
});

describe('the monthly bulletin (四(二) 谋划信息、招商动态)', () => {
  describe('given a month that has ended', () => {
    const now = '2018-07-01T00:00:00.000Z';
    it('counts the leads identified and signed in it, as known at its end', () => {
      const { bulletin: b } = buildBulletin('2018-05', now, { leads: [lead()], activities: [], projects: [] });
      expect(b).toMatchObject({ final: true, knownAt: '2018-05-31T15:59:59.999Z', leads: { identified: 1, intendedWan: 80_000 } });
      expect(b.signed).toMatchObject({ count: 1, amountWan: 60_000 });
      expect(b.leads.byChain).toEqual([{ categoryCode: 'auto', categoryName: '汽车', count: 1, amountWan: 80_000, nodes: ['底盘'] }]);
    });
    it('counts a fact recorded after the month apart, and leaves it out of the figures', () => {
      const late = lead({
        timeline: [
          { type: 'LeadIdentified', date: '2018-05-02', recordedAt: '2018-05-02T02:00:00.000Z' },
          { type: 'LeadSigned', date: '2018-05-30', recordedAt: '2018-06-03T02:00:00.000Z' },
        ],
      });
      const { bulletin: b, late: facts } = buildBulletin('2018-05', now, { leads: [late], activities: [], projects: [] });
      expect(b.signed.count).toBe(0);
      expect(facts.recordedLater).toBe(1);
      expect(buildBulletin('2018-05', '2019-01-01T00:00:00.000Z', { leads: [late], activities: [], projects: [] }).bulletin).toEqual(b);
      // Re-issued as known on 10 June, the late contract is in it.
      const reissued = buildBulletin('2018-05', now, { leads: [late], activities: [], projects: [] }, '2018-06-10T00:00:00.000Z');
      expect(reissued.bulletin).toMatchObject({ final: true, knownAt: '2018-06-10T00:00:00.000Z', signed: { count: 1 } });
      expect(reissued.late.recordedLater).toBe(0);
    });
  });

  describe('given the month under way', () => {
    it('is as known now, not final', () => {
      const { bulletin: b } = buildBulletin('2018-05', '2018-05-21T00:00:00.000Z', { leads: [lead()], activities: [], projects: [] });
      expect(b).toMatchObject({ final: false, knownAt: '2018-05-21T00:00:00.000Z' });
      expect(b.signed.count).toBe(1);
    });
  });
});

describe('activity compliance (§25, §26)', () => {
  describe('given a locality trip in January and a leaders trip in Q1', () => {
    const activities = [
      { kind: 'locality-trip' as const, localityCode: 'qikai', held: { date: '2018-01-15' } },
      { kind: 'leaders-trip' as const, localityCode: null, held: { date: '2018-03-02' } },
      { kind: 'funds-docking' as const, localityCode: null, held: null },
    ];
    it('names every other locality as missing January, and the docking kinds missing in Q1', () => {
      const c = activityCompliance(2018, '2018-04-10', activities);
      expect(c.months.map((m) => m.month)).toEqual(['2018-01', '2018-02', '2018-03', '2018-04']);
      expect(c.months[0]?.missing).toHaveLength(16);
      expect(c.months[0]?.missing).not.toContain('qikai');
      expect(c.months[3]?.status).toBe('pending');
      expect(c.quarters[0]).toEqual({
        quarter: '2018-Q1',
        status: 'ended',
        leadersTrips: 1,
        missingDocking: ['funds-docking', 'talent-docking', 'technology-docking'],
      });
      expect(c.quarters[1]?.status).toBe('pending');
    });
  });
});
