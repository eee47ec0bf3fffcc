import type { ServiceDefinition } from '@ccpc/service-kit';

/** The projection service: its feature modules are added here as they are built. */
export const projectionService: ServiceDefinition = {
  service: 'projection',
  imports: () => [],
};
