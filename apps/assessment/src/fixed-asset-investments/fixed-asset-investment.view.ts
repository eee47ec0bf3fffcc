import { ASSESSMENT_EVENTS, fixedAssetInvestmentStreams } from '@ccpc/contracts';
import { evolveFixedAssetInvestment, type FixedAssetInvestment } from '@ccpc/assessment-domain';
import { defineProjection } from '@ccpc/eventsourcing';

/** The published months of the city fixed-asset investment figures, kept from the service's own topic with the domain's fold. */
export interface FixedAssetInvestmentView extends FixedAssetInvestment {
  /** The stream version: send it back as If-Match. */
  version: number;
  updatedAt: string;
}

export const ASSESSMENT_VIEW = 'assessment_fixed_asset_investments';

export const fixedAssetInvestmentView = defineProjection({
  name: ASSESSMENT_VIEW,
  version: 1,
  events: ASSESSMENT_EVENTS,
  keyOf: (event) => fixedAssetInvestmentStreams.entityId(event.streamId) ?? event.streamId,
  evolve: (view: FixedAssetInvestmentView | undefined, event): FixedAssetInvestmentView | null => {
    const state = evolveFixedAssetInvestment(view ?? null, event);
    return state && { ...state, version: event.streamVersion, updatedAt: event.recordedAt };
  },
});
