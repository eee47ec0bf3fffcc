import { Injectable } from '@nestjs/common';
import type { Caller } from '@ccpc/auth';
import { eventLabel } from '@ccpc/contracts';
import type { ApprovalHistoryEntry } from '@ccpc/projection-domain';
import { ApprovalCases } from './approval-cases';
import { DashboardService } from './dashboard.service';
import { IssueReadModels } from './issue-read-models';
import { PromotionReadModels } from './promotion-read-models';
import type { HistoryEntry, ProjectHistory } from '../responses';

const byBusinessDate = (a: HistoryEntry, b: HistoryEntry) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.v - b.v;

/**
 * A project's 360° history: its lead's events (a project landed from investment promotion), the
 * registry's events, its approval case's and its issues' (with the
 * meetings' decisions on them), in business-date order — what a project page shows as one story.
 */
@Injectable()
export class ProjectHistoryService {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly approvals: ApprovalCases,
    private readonly issues: IssueReadModels,
    private readonly promotion: PromotionReadModels,
  ) {}

  async history(caller: Caller, projectId: string): Promise<ProjectHistory> {
    const base = await this.dashboard.history(caller, projectId); // 404 unless the caller sees the project
    const leadId = base.current.leadId;
    const [approvalDoc, issueDocs, leadDoc] = await Promise.all([
      this.approvals.store.get(`project-${projectId}`),
      this.issues.ofProject(projectId),
      leadId ? this.promotion.lead(leadId) : undefined,
    ]);
    // A landed lead's project begins with its lead: from its identification to the landing.
    const lead = (leadDoc?.facts ?? []).map((f): HistoryEntry => ({
      v: f.v,
      type: f.type,
      label: eventLabel(f.type),
      date: f.date,
      recordedAt: f.recordedAt,
      data: { ...(f.data as Record<string, unknown>), leadId },
      actor: f.actor,
      eventId: f.eventId,
      service: 'investment-promotion',
    }));
    const approvals = approvalDoc
      ? (JSON.parse(approvalDoc.entries) as ApprovalHistoryEntry[]).map((e): HistoryEntry => ({
          ...e,
          label: eventLabel(e.type),
          service: 'approval',
        }))
      : [];
    const issues = issueDocs.flatMap((doc) =>
      doc.facts.map((f): HistoryEntry => ({
        v: f.v,
        type: f.type,
        label: eventLabel(f.type),
        date: f.date,
        recordedAt: f.recordedAt,
        data: { ...(f.data as Record<string, unknown>), issueId: doc.issueId },
        actor: f.actor,
        eventId: f.eventId,
        service: 'issue-resolution',
      })),
    );
    return { ...base, events: [...lead, ...base.events, ...approvals, ...issues].sort(byBusinessDate) };
  }
}
