import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { cityDate } from '@ccpc/contracts';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import { type Clock, ConcurrencyError, DomainError } from '@ccpc/eventsourcing';
import { SERVICE_CONFIG } from '@ccpc/service-kit';
import { ApprovalCaseCommands } from '../approval-cases/approval-case.commands';
import { APPROVAL_VIEW, type ApprovalCaseView } from '../approval-cases/approval-case.view';
import type { ApprovalConfig } from '../approval.config';
import { SYSTEM_ACTOR } from '../registry-projects/open-case.reaction';

/** Open cases are read a page at a time: every one of them, however many (the demo city has about a thousand). */
const PAGE = 5000;

/**
 * Emits `ApprovalItemOverdue` once per item when its limit has passed: it finds, in the read
 * model, the open cases with an item under review whose due date is before today (city time,
 * from the injected clock) and runs `MarkOverdue` on each. The decider emits only what was not
 * emitted yet, and the event store's expected version lets one of two replicas that race on a
 * case append: the other's command finds the events there (or loses the append and lets it be).
 */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('overdue-scheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(readModelToken(APPROVAL_VIEW)) private readonly view: ProjectionStore<ApprovalCaseView>,
    private readonly commands: ApprovalCaseCommands,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ApprovalConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.OVERDUE_SCAN_MINUTES ?? 60;
    if (minutes > 0)
      this.timer = setInterval(() => void this.scan().catch((e: Error) => this.log.warn(`scan failed: ${e.message}`)), minutes * 60_000);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One scan (the timer's, or a test's): how many overdue events it appended. */
  scan(): Promise<number> {
    this.running ??= this.scanOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async scanOnce(): Promise<number> {
    const today = cityDate(this.clock.now());
    let appended = 0;
    for (let skip = 0; ; skip += PAGE) {
      const { items: cases } = await this.view.page({ equals: { status: 'open' }, sort: { projectId: 1 }, skip, limit: PAGE });
      appended += await this.markPage(cases, today);
      if (cases.length < PAGE) break;
    }
    if (appended > 0) this.log.log(`${appended} approval items overdue as of ${today}`);
    return appended;
  }

  private async markPage(cases: readonly ApprovalCaseView[], today: string): Promise<number> {
    let appended = 0;
    for (const c of cases) {
      const due = c.items.some((i) => i.status === 'under-review' && !i.overdueReported && i.dueOn !== null && i.dueOn < today);
      if (!due) continue;
      try {
        const outcome = await this.commands.asSystem(c.projectId, { type: 'MarkOverdue', today }, SYSTEM_ACTOR, {
          idempotencyKey: `overdue:${c.projectId}:${today}`,
        });
        if (!outcome.replayed) appended += outcome.events.length;
      } catch (error) {
        // Another replica appended to this case at the same moment: its events stand.
        if (error instanceof ConcurrencyError || (error instanceof DomainError && error.status === 409)) continue;
        throw error;
      }
    }
    return appended;
  }
}
