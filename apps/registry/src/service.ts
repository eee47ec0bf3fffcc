import type { ServiceDefinition } from '@ccpc/service-kit';
import { RegistryModule } from './projects/registry.module';

/** The registry service (项目储备库): projects, their lifecycle, plans, progress and assignments. */
export const registryService: ServiceDefinition = {
  service: 'registry',
  imports: () => [RegistryModule],
};
