import { fixedAssetInvestmentStreams, ASSESSMENT_EVENT_TYPES, type EventEnvelope, isAssessmentEvent } from '@ccpc/contracts';
import { evolveFixedAssetInvestment, type FixedAssetInvestment } from '@ccpc/assessment-domain';
import { defineProjection } from '@ccpc/eventsourcing';

/** The published months of the city fixed-asset investment figures, kept from the service's own topic with the domain's fold. */
export interface FixedAssetInvestmentView extends FixedAssetInvestment {
  /** The stream version: send it back as If-Match. */
  version: number;
  updatedAt: string;
}

export const ASSESSMENT_VIEW = 'assessment_fixed_asset_investments';

export const fixedAssetInvestmentView = defineProjection<FixedAssetInvestmentView>({
  name: ASSESSMENT_VIEW,
  version: 1,
  handles: ASSESSMENT_EVENT_TYPES,
  keyOf: (event) => fixedAssetInvestmentStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: FixedAssetInvestmentView | undefined, envelope: EventEnvelope) => {
    if (!isAssessmentEvent(envelope)) return view ?? null;
    const state = evolveFixedAssetInvestment(view ?? null, envelope);
    return state && { ...state, version: envelope.streamVersion, updatedAt: envelope.recordedAt };
  },
});
