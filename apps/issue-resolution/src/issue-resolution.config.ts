import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ServiceConfig } from '@ccpc/service-kit';

/** The issue-resolution service's settings beyond the kit's. */
export class IssueResolutionConfig extends ServiceConfig {
  /**
   * How often the scheduler looks for issues and decisions past their deadline and cycle
   * milestones passed (minutes; 0: never, tests run it by hand). Every replica may run it: each
   * deadline is recorded once.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'ISSUE_SCAN_MINUTES must be an integer number of minutes' })
  @Min(0, { message: 'ISSUE_SCAN_MINUTES must be between 0 and 1440' })
  @Max(1440, { message: 'ISSUE_SCAN_MINUTES must be between 0 and 1440' })
  ISSUE_SCAN_MINUTES = 60;
}
