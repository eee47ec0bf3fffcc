import type { ServiceDefinition } from '@ccpc/service-kit';
import { FixedAssetInvestmentModule } from './fixed-asset-investments/fixed-asset-investment.module';

/** The assessment service: its feature modules are added here as they are built. */
export const assessmentService: ServiceDefinition = {
  service: 'assessment',
  imports: () => [FixedAssetInvestmentModule],
};
