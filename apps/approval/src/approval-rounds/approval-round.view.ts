import { APPROVAL_ROUND_EVENT_TYPES, approvalRoundStreams, type EventEnvelope, isApprovalRoundEvent } from '@ccpc/contracts';
import { type ApprovalRound, evolveApprovalRound } from '@ccpc/approval-domain';
import { defineProjection } from '@ccpc/eventsourcing';

export interface ApprovalRoundView extends ApprovalRound {
  version: number;
  updatedAt: string;
}

export const ROUND_VIEW = 'approval_rounds';

export const approvalRoundView = defineProjection<ApprovalRoundView>({
  name: ROUND_VIEW,
  version: 1,
  handles: APPROVAL_ROUND_EVENT_TYPES,
  keyOf: (event) => approvalRoundStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: ApprovalRoundView | undefined, envelope: EventEnvelope) => {
    if (!isApprovalRoundEvent(envelope)) return view ?? null;
    const state = evolveApprovalRound(view ?? null, envelope);
    return state && { ...state, version: envelope.streamVersion, updatedAt: envelope.recordedAt };
  },
});
