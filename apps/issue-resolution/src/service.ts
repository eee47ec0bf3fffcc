import type { ServiceDefinition } from '@ccpc/service-kit';

/** The issue-resolution service: its feature modules are added here as they are built. */
export const issueResolutionService: ServiceDefinition = {
  service: 'issue-resolution',
  imports: () => [],
};
