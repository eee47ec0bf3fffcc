import type { ServiceDefinition } from '@ccpc/service-kit';

/** The registry service: its feature modules are added here as they are built. */
export const registryService: ServiceDefinition = {
  service: 'registry',
  imports: () => [],
};
