import type { CourtshipEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import { courtshipDecider, courtshipKey } from './courtship';

const spec = deciderSpec(courtshipDecider);
const id = 'c-1';
const about = { courtshipId: id, enterpriseName: '中国第一汽车集团有限公司', categoryCode: 'nev', chainNode: '动力电池' };
const join = (leadId: string, localityCode: string, date: string) => ({
  type: 'JoinCourtship' as const,
  ...about,
  leadId,
  localityCode,
  date,
});
const joined = (leadId: string, localityCode: string, date: string): CourtshipEvent => ({
  type: 'CourtshipJoined',
  data: { ...about, leadId, localityCode, date },
});
const flagged: CourtshipEvent = {
  type: 'LeadConflictFlagged',
  data: {
    round: 1,
    leads: [
      { leadId: 'a', localityCode: 'qikai' },
      { leadId: 'b', localityCode: 'jingkai' },
    ],
    date: '2018-03-05',
  },
};

describe('Courtship (同一企业、同一产业链环节的对接)', () => {
  describe('the same enterprise and node, written differently', () => {
    it('is one courtship: spaces, full-width characters and case do not matter', () => {
      const key = courtshipKey('中国第一汽车集团有限公司', 'nev', '动力电池');
      expect(courtshipKey(' 中国第一汽车集团有限公司 ', 'nev', '动力电池')).toBe(key);
      expect(courtshipKey('ＦＡＷ', 'nev', 'ＢＭＳ')).toBe(courtshipKey('faw', 'nev', 'bms'));
      expect(courtshipKey('中国第一汽车集团有限公司', 'auto', '动力电池')).not.toBe(key);
    });
  });

  describe('given one locality courting', () => {
    it('a second lead of the same locality is no conflict', () => {
      spec
        .given([joined('a', 'qikai', '2018-03-01')])
        .when(join('c', 'qikai', '2018-03-04'))
        .then([joined('c', 'qikai', '2018-03-04')]);
    });
    it('a lead of another locality flags a conflict to the project office', () => {
      spec
        .given([joined('a', 'qikai', '2018-03-01')])
        .when(join('b', 'jingkai', '2018-03-05'))
        .then([joined('b', 'jingkai', '2018-03-05'), flagged]);
    });
    it('the same lead joining again (a redelivery) changes nothing', () => {
      spec
        .given([joined('a', 'qikai', '2018-03-01')])
        .when(join('a', 'qikai', '2018-03-02'))
        .then([]);
    });
    it('there is no conflict to resolve', () => {
      spec
        .given([joined('a', 'qikai', '2018-03-01')])
        .when({ type: 'ResolveConflict', keptLeadId: 'a', reason: '协调', date: '2018-03-06' })
        .thenThrows('conflict.state');
    });
  });

  describe('given a conflict between two localities', () => {
    const given = [joined('a', 'qikai', '2018-03-01'), joined('b', 'jingkai', '2018-03-05'), flagged];
    it('the project office keeps one lead and releases the others', () => {
      spec
        .given(given)
        .when({ type: 'ResolveConflict', keptLeadId: 'b', reason: '经开区已有配套基础', date: '2018-03-08' })
        .then([
          {
            type: 'LeadConflictResolved',
            data: { round: 1, keptLeadId: 'b', releasedLeadIds: ['a'], reason: '经开区已有配套基础', date: '2018-03-08' },
          },
        ]);
    });
    it('refuses to keep a lead that is not in the conflict', () => {
      spec.given(given).when({ type: 'ResolveConflict', keptLeadId: 'z', reason: '协调', date: '2018-03-08' }).thenThrows('conflict.lead');
    });
    it('a third locality joins the open conflict in the same round', () => {
      spec
        .given(given)
        .when(join('d', 'xinqu', '2018-03-06'))
        .then([
          joined('d', 'xinqu', '2018-03-06'),
          {
            type: 'LeadConflictFlagged',
            data: {
              round: 1,
              leads: [
                { leadId: 'a', localityCode: 'qikai' },
                { leadId: 'b', localityCode: 'jingkai' },
                { leadId: 'd', localityCode: 'xinqu' },
              ],
              date: '2018-03-06',
            },
          },
        ]);
    });
    it('when one side stops courting, nothing is left to resolve', () => {
      spec
        .given([...given, { type: 'CourtshipLeft', data: { leadId: 'a', date: '2018-03-07' } }])
        .when({ type: 'ResolveConflict', keptLeadId: 'b', reason: '协调', date: '2018-03-08' })
        .thenThrows('conflict.state');
    });
  });

  describe('given a resolved conflict', () => {
    it('a later rival starts a new round', () => {
      const given: CourtshipEvent[] = [
        joined('a', 'qikai', '2018-03-01'),
        joined('b', 'jingkai', '2018-03-05'),
        flagged,
        { type: 'LeadConflictResolved', data: { round: 1, keptLeadId: 'b', releasedLeadIds: ['a'], reason: '协调', date: '2018-03-08' } },
        { type: 'CourtshipLeft', data: { leadId: 'a', date: '2018-03-08' } },
      ];
      spec
        .given(given)
        .when(join('e', 'nanguan', '2018-05-01'))
        .then([
          joined('e', 'nanguan', '2018-05-01'),
          {
            type: 'LeadConflictFlagged',
            data: {
              round: 2,
              leads: [
                { leadId: 'b', localityCode: 'jingkai' },
                { leadId: 'e', localityCode: 'nanguan' },
              ],
              date: '2018-05-01',
            },
          },
        ]);
    });
  });
});
