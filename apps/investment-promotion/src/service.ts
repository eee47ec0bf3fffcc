import type { ServiceDefinition } from '@ccpc/service-kit';

/** The investment-promotion service: its feature modules are added here as they are built. */
export const investmentPromotionService: ServiceDefinition = {
  service: 'investment-promotion',
  imports: () => [],
};
