import { type CourtshipEvent, type RefusalRule, unhandledEvent } from '@ccpc/contracts';
import { type Decider, DomainError } from '@ccpc/eventsourcing';

/**
 * 同一企业、同一产业链环节的对接: every lead courting one enterprise for one chain node, and the
 * conflict when two localities do (the opinions forbid vicious internal competition; the project
 * office decides who keeps it). One stream per enterprise, category and node, so that two
 * localities registering at the same moment are still seen together.
 */
export interface Courtship {
  courtshipId: string;
  enterpriseName: string;
  categoryCode: string;
  chainNode: string;
  members: Array<{ leadId: string; localityCode: string; active: boolean; joinedOn: string }>;
  /** How many conflicts this enterprise and node has had. */
  round: number;
  /** The conflict awaiting the project office, if one does. */
  conflict: { round: number; flaggedOn: string; leadIds: string[] } | null;
  resolutions: Array<{ round: number; keptLeadId: string; releasedLeadIds: string[]; reason: string; date: string }>;
}

/** The same enterprise written with other spaces, full-width characters or letter case is the same enterprise. */
export const normalName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** What makes two leads one courtship: the enterprise's normalised name, the category and the normalised node (the service hashes it into the stream id). */
export const courtshipKey = (enterpriseName: string, categoryCode: string, chainNode: string): string =>
  [normalName(enterpriseName), categoryCode, normalName(chainNode)].join('\u0000');

export type CourtshipCommand =
  | {
      type: 'JoinCourtship';
      courtshipId: string;
      leadId: string;
      localityCode: string;
      enterpriseName: string;
      categoryCode: string;
      chainNode: string;
      date: string;
    }
  | { type: 'LeaveCourtship'; leadId: string; date: string }
  | { type: 'ResolveConflict'; keptLeadId: string; reason: string; date: string };

const active = (state: Courtship) => state.members.filter((m) => m.active);
const localities = (members: Courtship['members']) => new Set(members.map((m) => m.localityCode));

/** A conflict is open while two or more localities still court the enterprise. */
function withConflictCheck(state: Courtship): Courtship {
  if (state.conflict && localities(active(state)).size < 2) return { ...state, conflict: null };
  return state;
}

export function evolveCourtship(state: Courtship | null, event: CourtshipEvent): Courtship | null {
  switch (event.type) {
    case 'CourtshipJoined': {
      const { leadId, localityCode, date, ...about } = event.data;
      const base = state ?? { ...about, members: [], round: 0, conflict: null, resolutions: [] };
      return { ...base, members: [...base.members, { leadId, localityCode, active: true, joinedOn: date }] };
    }
    case 'CourtshipLeft':
      return (
        state &&
        withConflictCheck({ ...state, members: state.members.map((m) => (m.leadId === event.data.leadId ? { ...m, active: false } : m)) })
      );
    case 'LeadConflictFlagged':
      return (
        state && {
          ...state,
          round: event.data.round,
          conflict: {
            round: event.data.round,
            flaggedOn: state.conflict?.flaggedOn ?? event.data.date,
            leadIds: event.data.leads.map((l) => l.leadId),
          },
        }
      );
    case 'LeadConflictResolved': {
      if (!state) return null;
      const { round, keptLeadId, releasedLeadIds, reason, date } = event.data;
      return { ...state, conflict: null, resolutions: [...state.resolutions, { round, keptLeadId, releasedLeadIds, reason, date }] };
    }
    default:
      return unhandledEvent(event);
  }
}

const refuse = (rule: RefusalRule, message: string, field?: string, status: 404 | 409 | 422 = 422): never => {
  throw new DomainError(rule, message, { field, status });
};

export function decideCourtship(command: CourtshipCommand, state: Courtship | null): CourtshipEvent[] {
  switch (command.type) {
    case 'JoinCourtship': {
      if (state?.members.some((m) => m.leadId === command.leadId)) return [];
      const { type: _type, ...data } = command;
      const joined: CourtshipEvent = { type: 'CourtshipJoined', data };
      const after = evolveCourtship(state, joined);
      const members = after ? active(after) : [];
      if (!after || localities(members).size < 2) return [joined];
      // A new conflict, or a further locality joining the open one: the project office sees every lead.
      const round = after.conflict ? after.conflict.round : after.round + 1;
      const leads = members.map((m) => ({ leadId: m.leadId, localityCode: m.localityCode }));
      return [joined, { type: 'LeadConflictFlagged', data: { round, leads, date: command.date } }];
    }
    case 'LeaveCourtship':
      if (!state?.members.some((m) => m.leadId === command.leadId && m.active)) return [];
      return [{ type: 'CourtshipLeft', data: { leadId: command.leadId, date: command.date } }];
    case 'ResolveConflict': {
      if (!state) return refuse('conflict.notFound', '没有这处招商冲突', 'id', 404);
      if (!state.conflict)
        return refuse('conflict.state', '该企业该环节目前没有待协调的冲突（已协调，或有一方已终止跟进）', undefined, 409);
      const members = active(state);
      if (!members.some((m) => m.leadId === command.keptLeadId))
        refuse(
          'conflict.lead',
          `线索 ${command.keptLeadId} 不在此冲突中（可选：${members.map((m) => m.leadId).join('、')}）`,
          'keptLeadId',
          422,
        );
      if (command.date < state.conflict.flaggedOn)
        refuse('date.order', `${command.date} 早于冲突提示日（${state.conflict.flaggedOn}）`, 'date', 422);
      const releasedLeadIds = members.filter((m) => m.leadId !== command.keptLeadId).map((m) => m.leadId);
      return [
        {
          type: 'LeadConflictResolved',
          data: {
            round: state.conflict.round,
            keptLeadId: command.keptLeadId,
            releasedLeadIds,
            reason: command.reason,
            date: command.date,
          },
        },
      ];
    }
    default:
      return unhandledEvent(command);
  }
}

export const courtshipDecider: Decider<CourtshipCommand, CourtshipEvent, Courtship | null> = {
  initialState: () => null,
  evolve: evolveCourtship,
  decide: decideCourtship,
};
