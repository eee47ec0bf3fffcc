import { Inject, Injectable, type MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken } from '@ccpc/event-store-nest';
import type { Clock } from '@ccpc/eventsourcing';
import { CITY_STATISTICS, type CityStatisticsMonth, DASHBOARD_PROJECTS, type ProjectTimeline } from '@ccpc/projection-domain';
import { ApprovalCases } from './approval-cases';
import { IssueReadModels } from './issue-read-models';

/** The projection's change stream (GET /dashboard/changes), over every read model it keeps. */
@Injectable()
export class ChangesService {
  constructor(
    @Inject(readModelToken(DASHBOARD_PROJECTS)) private readonly timelines: ProjectionStore<ProjectTimeline>,
    @Inject(readModelToken(CITY_STATISTICS)) private readonly statistics: ProjectionStore<CityStatisticsMonth>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly approvalCases: ApprovalCases,
    private readonly issueModels: IssueReadModels,
  ) {}

  /**
   * A signal each time this process applied events to any of its read models — projects,
   * statistics, approval cases, issues, meetings — (at most one per 300 ms), and a heartbeat every
   * 15 s so that proxies keep the stream open. The web app re-reads what it shows on each signal
   * (the cockpit its numbers, the navigation bar its 待办 count): within a second of the event.
   */
  changes(): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let pending: NodeJS.Timeout | undefined;
      const notify = () => {
        pending ??= setTimeout(() => {
          pending = undefined;
          subscriber.next({ type: 'change', data: { at: this.clock.now().toISOString() } });
        }, 300);
      };
      const unsubscribe = [
        this.timelines,
        this.statistics,
        this.approvalCases.store,
        this.issueModels.issueStore,
        this.issueModels.meetingStore,
      ].map((store) => store.onApplied(notify));
      const heartbeat = setInterval(() => subscriber.next({ type: 'heartbeat', data: {} }), 15_000);
      subscriber.next({ type: 'ready', data: {} });
      return () => {
        for (const off of unsubscribe) off();
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
      };
    });
  }
}
