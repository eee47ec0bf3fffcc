import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type ProjectionStore, ReadModelMirror } from '@ccpc/event-store';
import { readModelToken } from '@ccpc/event-store-nest';
import {
  DASHBOARD_ISSUES,
  DASHBOARD_MEETINGS,
  type IssueAt,
  issueAt,
  type IssueDocument,
  type MeetingAt,
  meetingAt,
  type MeetingDocument,
} from '@ccpc/projection-domain';

/**
 * The issues and meetings the projection keeps (one document each), mirrored in memory once for
 * all of the problem-solving views, and folded at the point a view asks for.
 */
@Injectable()
export class IssueReadModels implements OnModuleDestroy {
  private readonly issues: ReadModelMirror<IssueDocument>;
  private readonly meetings: ReadModelMirror<MeetingDocument>;

  constructor(
    @Inject(readModelToken(DASHBOARD_ISSUES)) readonly issueStore: ProjectionStore<IssueDocument>,
    @Inject(readModelToken(DASHBOARD_MEETINGS)) readonly meetingStore: ProjectionStore<MeetingDocument>,
  ) {
    this.issues = new ReadModelMirror(issueStore);
    this.meetings = new ReadModelMirror(meetingStore);
    this.issues.keepWarm();
    this.meetings.keepWarm();
  }

  onModuleDestroy(): void {
    this.issues.close();
    this.meetings.close();
  }

  /** Every issue reported (and recorded) by the point, as it stood then. */
  async issuesAt(asOf: string, knownAt?: string): Promise<IssueAt[]> {
    const docs = await this.issues.current();
    const out: IssueAt[] = [];
    for (const { doc } of docs.values()) {
      const at = issueAt(doc, asOf, knownAt);
      if (at) out.push(at);
    }
    return out;
  }

  async meetingsAt(asOf: string, knownAt?: string): Promise<MeetingAt[]> {
    const docs = await this.meetings.current();
    const out: MeetingAt[] = [];
    for (const { doc } of docs.values()) {
      const at = meetingAt(doc, asOf, knownAt);
      if (at) out.push(at);
    }
    return out;
  }

  /** A project's issues with all their facts, for its 360° history. */
  async ofProject(projectId: string): Promise<IssueDocument[]> {
    const docs = await this.issues.current();
    return [...docs.values()].map((d) => d.doc).filter((d) => d.projectId === projectId);
  }

  /**
   * Facts dated within [from, to] but recorded after `knownAt` (entered late, or back-dated):
   * what a frozen report leaves out, counted so that the report can say so.
   */
  async recordedAfter(from: string, to: string, knownAt: string): Promise<number> {
    const late = (f: { date: string; recordedAt: string }) => f.date >= from && f.date <= to && f.recordedAt > knownAt;
    let count = 0;
    for (const { doc } of (await this.issues.current()).values()) count += doc.facts.filter(late).length;
    for (const { doc } of (await this.meetings.current()).values()) count += doc.facts.filter(late).length;
    return count;
  }
}
