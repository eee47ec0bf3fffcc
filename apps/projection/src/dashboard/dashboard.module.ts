import { Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ProjectionStore } from '@ccpc/event-store';
import { DashboardController } from './dashboard.controller';
import { dashboardProjects } from './dashboard.projection';
import { DashboardService, NOW, TIMELINES } from './dashboard.service';

@Module({
  controllers: [DashboardController],
  providers: [
    DashboardService,
    { provide: TIMELINES, inject: [getConnectionToken()], useFactory: (connection: Connection) => new ProjectionStore(connection, dashboardProjects) },
    { provide: NOW, useValue: () => new Date() },
  ],
  exports: [TIMELINES],
})
export class DashboardModule {}
