import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { cityDate, CYCLE_MILESTONES, issueCycleStreams } from '@ccpc/contracts';
import type { CommandRunner, ProjectionStore } from '@ccpc/event-store';
import { CLOCK, readModelToken, ServiceCommands } from '@ccpc/event-store-nest';
import { type Clock, type CommandOptions, ConcurrencyError, DomainError } from '@ccpc/eventsourcing';
import { milestoneDeadline, monthOf, nextMonth } from '@ccpc/issue-resolution-domain';
import { SERVICE_CONFIG } from '@ccpc/service-kit';
import { CYCLE_VIEW, type MonthlyCycleView } from '../cycles/monthly-cycle.view';
import { monthlyCycleAggregate } from '../cycles/monthly-cycle.aggregate';
import { pendingAt } from '../cycles/cycle-board';
import { asProject, IssueCommands } from '../issues/issue.commands';
import { ISSUE_VIEW, type IssueView } from '../issues/issue.view';
import type { IssueResolutionConfig } from '../issue-resolution.config';
import { MeetingCommands } from '../meetings/meeting.commands';
import { MEETING_VIEW, type MeetingView } from '../meetings/meeting.view';
import { KnownProjects } from '../projects/known-projects';
import { SYSTEM_ACTOR } from '../projects/registry.reaction';

const PAGE = 5000;

/** What one scan appended. */
export interface ScanResult {
  issues: number;
  decisions: number;
  milestones: number;
}

/**
 * The deadlines of the problem-solving cycle, watched on the city's date from the injected clock:
 * each issue past its deadline is recorded overdue once and escalated one level (dated the day
 * after its deadline, however late the scan); each meeting decision past its deadline once; each
 * cycle milestone (10th, 15th, 25th) once. Every command is keyed by its target and day, and the
 * event store's expected version lets one of two replicas racing on a stream append: the other
 * finds the events there and leaves it.
 */
@Injectable()
export class IssueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('issue-scheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<ScanResult>;

  constructor(
    @Inject(readModelToken(ISSUE_VIEW)) private readonly issues: ProjectionStore<IssueView>,
    @Inject(readModelToken(MEETING_VIEW)) private readonly meetings: ProjectionStore<MeetingView>,
    @Inject(readModelToken(CYCLE_VIEW)) private readonly cycles: ProjectionStore<MonthlyCycleView>,
    private readonly issueCommands: IssueCommands,
    private readonly meetingCommands: MeetingCommands,
    private readonly projects: KnownProjects,
    private readonly service: ServiceCommands,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: IssueResolutionConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.ISSUE_SCAN_MINUTES ?? 60;
    if (minutes > 0)
      this.timer = setInterval(() => void this.scan().catch((e: Error) => this.log.warn(`scan failed: ${e.message}`)), minutes * 60_000);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One scan (the timer's, or a test's). */
  scan(): Promise<ScanResult> {
    this.running ??= this.scanOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async scanOnce(): Promise<ScanResult> {
    const today = cityDate(this.clock.now());
    const all = await this.allIssues();
    const result = {
      issues: await this.overdueIssues(all, today),
      decisions: await this.overdueDecisions(today),
      milestones: await this.milestones(all, today),
    };
    if (result.issues + result.decisions + result.milestones > 0)
      this.log.log(
        `as of ${today}: ${result.issues} issue events, ${result.decisions} decisions overdue, ${result.milestones} cycle milestones`,
      );
    return result;
  }

  private async allIssues(): Promise<IssueView[]> {
    const all: IssueView[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const { items } = await this.issues.page({ sort: { issueId: 1 }, skip, limit: PAGE });
      all.push(...items);
      if (items.length < PAGE) return all;
    }
  }

  private async overdueIssues(all: readonly IssueView[], today: string): Promise<number> {
    const due = all.filter((i) => i.open && i.dueOn !== null && i.dueOn < today && !i.overdue.includes(i.dueOn));
    if (due.length === 0) return 0;
    const projects = new Map((await this.projects.store.getMany([...new Set(due.map((i) => i.projectId))])).map((p) => [p.key, p.doc]));
    const results = await this.issueCommands.asSystem(
      due.map((issue) => {
        const project = projects.get(issue.projectId);
        return {
          id: issue.issueId,
          command: { type: 'MarkOverdue' as const, today, leaderId: project ? asProject(project, today).leaderId : null },
          options: { idempotencyKey: `issue-overdue:${issue.issueId}:${today}` },
        };
      }),
      SYSTEM_ACTOR,
    );
    return this.appended(results);
  }

  private async overdueDecisions(today: string): Promise<number> {
    const { items } = await this.meetings.page({ ranges: { openDecisions: { min: 1 } }, sort: { meetingId: 1 }, skip: 0, limit: PAGE });
    const due = items.filter((m) => m.decisions.some((d) => d.status === 'open' && !d.overdueReported && d.deadline < today));
    if (due.length === 0) return 0;
    const results = await this.meetingCommands.asSystem(
      due.map((m) => ({
        id: m.meetingId,
        command: { type: 'MarkDecisionsOverdue' as const, today },
        options: { idempotencyKey: `decisions-overdue:${m.meetingId}:${today}` },
      })),
      SYSTEM_ACTOR,
    );
    return this.appended(results);
  }

  /** Every cycle from the first issue's to this month's, each milestone once it has passed. */
  private async milestones(all: readonly IssueView[], today: string): Promise<number> {
    if (all.length === 0) return 0;
    const first = all.reduce((min, i) => (i.cycle < min ? i.cycle : min), monthOf(today));
    const months: string[] = [];
    for (let m = first; m <= monthOf(today); m = nextMonth(m)) months.push(m);
    const recorded = new Map((await this.cycles.getMany(months)).map((c) => [c.key, c.doc]));
    const due = months.filter((m) => CYCLE_MILESTONES.some((ms) => !recorded.get(m)?.passed[ms] && milestoneDeadline(m, ms) < today));
    if (due.length === 0) return 0;
    const runner: CommandRunner = this.service.runner;
    const results = await runner.runMany(
      due.map((cycle) => ({
        aggregate: monthlyCycleAggregate,
        id: cycle,
        streamId: issueCycleStreams.streamId(cycle),
        command: {
          type: 'RecordMilestones' as const,
          cycle,
          today,
          pending: {
            reporting: pendingAt(all, cycle, 'reporting'),
            distribution: pendingAt(all, cycle, 'distribution'),
            meeting: pendingAt(all, cycle, 'meeting'),
          },
        },
        authorize: () => SYSTEM_ACTOR,
        options: { idempotencyKey: `cycle-milestones:${cycle}:${today}` } satisfies CommandOptions,
      })),
    );
    return this.appended(results);
  }

  /** Events appended by this scan; a replica's race lost, or a replay, counts none. */
  private appended(results: ReadonlyArray<Error | { replayed: boolean; events: readonly unknown[] }>): number {
    let appended = 0;
    for (const result of results) {
      if (result instanceof ConcurrencyError || (result instanceof DomainError && result.status === 409)) continue;
      if (result instanceof Error) throw result;
      if (!result.replayed) appended += result.events.length;
    }
    return appended;
  }
}
