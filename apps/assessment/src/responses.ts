import type { Page } from '@ccpc/service-kit';
import { responsesOf } from '@ccpc/service-kit';
import type { FixedAssetInvestmentView } from './fixed-asset-investments/fixed-asset-investment.view';

/** Every response body of the assessment service (deploy/scripts/response-schemas.ts turns it into the OpenAPI's schemas). */
export interface Responses {
  FixedAssetInvestment: FixedAssetInvestmentView;
  FixedAssetInvestmentPage: Page<FixedAssetInvestmentView>;
}

export const Responds = responsesOf<Responses>();
