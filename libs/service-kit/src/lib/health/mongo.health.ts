import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Connection } from 'mongoose';
import { withTimeout } from '../timeout';

/** The database is reachable when it answers `ping` (not merely when the driver thinks so). */
@Injectable()
export class MongoHealthIndicator {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key: string, timeoutMs = 2000) {
    const check = this.indicators.check(key);
    try {
      const db = this.connection.db;
      if (!db) throw new Error('not connected');
      await withTimeout(db.command({ ping: 1 }), timeoutMs, 'MongoDB ping');
      return check.up({ database: db.databaseName });
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
