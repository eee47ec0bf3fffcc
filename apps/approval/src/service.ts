import type { ServiceDefinition } from '@ccpc/service-kit';

/** The approval service: its feature modules are added here as they are built. */
export const approvalService: ServiceDefinition = {
  service: 'approval',
  imports: () => [],
};
