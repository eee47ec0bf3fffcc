import type { ServiceDefinition } from '@ccpc/service-kit';

/** The assessment service: its feature modules are added here as they are built. */
export const assessmentService: ServiceDefinition = {
  service: 'assessment',
  imports: () => [],
};
