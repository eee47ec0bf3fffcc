import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ServiceConfig } from '@ccpc/service-kit';

/** The approval service's settings beyond the kit's. */
export class ApprovalConfig extends ServiceConfig {
  /**
   * How often the overdue scheduler looks for items past their limit (minutes; 0: never, tests
   * run it by hand). An item is overdue from the day after its due date, so hourly is plenty;
   * every replica may run it: each item's overdue is recorded once.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'OVERDUE_SCAN_MINUTES must be an integer number of minutes' })
  @Min(0, { message: 'OVERDUE_SCAN_MINUTES must be between 0 and 1440' })
  @Max(1440, { message: 'OVERDUE_SCAN_MINUTES must be between 0 and 1440' })
  OVERDUE_SCAN_MINUTES = 60;
}
