import { APPROVAL_ROUND_EVENTS, approvalRoundStreams } from '@ccpc/contracts';
import { type ApprovalRound, evolveApprovalRound } from '@ccpc/approval-domain';
import { defineProjection } from '@ccpc/eventsourcing';

export interface ApprovalRoundView extends ApprovalRound {
  version: number;
  updatedAt: string;
}

export const ROUND_VIEW = 'approval_rounds';

export const approvalRoundView = defineProjection({
  name: ROUND_VIEW,
  version: 1,
  events: APPROVAL_ROUND_EVENTS,
  keyOf: (event) => approvalRoundStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: ApprovalRoundView | undefined, event): ApprovalRoundView | null => {
    const state = evolveApprovalRound(view ?? null, event);
    return state && { ...state, version: event.streamVersion, updatedAt: event.recordedAt };
  },
});
