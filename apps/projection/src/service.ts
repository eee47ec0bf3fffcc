import type { ServiceDefinition } from '@ccpc/service-kit';
import { DashboardModule } from './dashboard/dashboard.module';

/** The projection service (领导视图): read models of every service's events, for the leadership. */
export const projectionService: ServiceDefinition = {
  service: 'projection',
  imports: () => [DashboardModule],
};
