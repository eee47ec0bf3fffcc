/**
 * The project office's triage of the draft 审批 issues the approval demo raised by itself (one per
 * overdue item and submission, reported as the applicant's 区): seven in ten are distributed to
 * the item's department the next day, accepted, resolved within the deadline and confirmed by
 * the 区; two in ten are not accepted as project issues (the approval itself is supervised); one
 * in ten is distributed and accepted and stays open, overdue. Through the batch route, each
 * command with an Idempotency-Key derived from the issue, so a second run changes nothing.
 */
import { devToken } from '@ccpc/infra';
import { type BatchEntry, runPlans, type Segment } from './batch-client';
import { SEED_CALLER } from './seed-projects';

interface Draft {
  issueId: string;
  source: string;
  reportedOn: string;
  reporter: { kind: string; code: string | null };
  approvalItem: { departmentCode: string } | null;
}

export interface DraftTriageResult {
  drafts: number;
  rejected: number;
  resolved: number;
  commands: number;
  refused: number;
  seconds: number;
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A stable number from the issue's id: the same draft is triaged the same way on every machine. */
const hashOf = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

async function draftsOf(issueUrl: string): Promise<Draft[]> {
  const token = await devToken(['project-office'], { sub: SEED_CALLER.sub, name: SEED_CALLER.name });
  const drafts: Draft[] = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${issueUrl}/issues?status=reported&pageSize=500&page=${page}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${issueUrl}/issues: ${response.status}`);
    const { items } = (await response.json()) as { items: Draft[] };
    drafts.push(...items.filter((i) => i.source === 'approval-overdue' && i.approvalItem && i.reporter.kind === 'locality'));
    if (items.length < 500) return drafts;
  }
}

export async function triageDrafts(options: { issueUrl: string }): Promise<DraftTriageResult> {
  const started = performance.now();
  const drafts = await draftsOf(options.issueUrl);
  let rejected = 0;
  let resolved = 0;
  const plans: Segment[][] = drafts.map((d) => {
    const h = hashOf(d.issueId);
    const key = (step: string) => `seed-drafts:${d.issueId}:${step}`;
    const entry = (command: string, step: string, body: object): BatchEntry => ({
      command,
      id: d.issueId,
      idempotencyKey: key(step),
      body,
    });
    const on = plusDays(d.reportedOn, 1);
    if (h % 10 < 2) {
      rejected++;
      return [
        {
          grant: 'project-office',
          entries: [entry('reject-issue', 'rejection', { reason: '审批事项已在审批环节督办，不另作项目问题', date: on })],
        },
      ];
    }
    const department = `department:${d.approvalItem?.departmentCode}`;
    const deadline = plusDays(on, 20);
    const plan: Segment[] = [
      {
        grant: 'project-office',
        entries: [entry('distribute-issue', 'distribution', { departmentCode: d.approvalItem?.departmentCode, deadline, date: on })],
      },
      { grant: department, entries: [entry('accept-issue', 'acceptance', { date: plusDays(on, 1) })] },
    ];
    if (h % 10 === 2) return plan; // stays open: overdue from the day after its deadline
    resolved++;
    const resolvedOn = plusDays(on, 2 + (h % 17));
    plan.push({
      grant: department,
      entries: [entry('resolve-issue', 'resolution', { resolution: '审批事项已办结，相关手续已补齐', date: resolvedOn })],
    });
    plan.push({
      grant: `locality:${d.reporter.code}`,
      entries: [entry('confirm-resolution', 'confirmation', { date: plusDays(resolvedOn, 1) })],
    });
    return plan;
  });
  const run = await runPlans(options.issueUrl, plans, { caller: SEED_CALLER, concurrency: 2 });
  return {
    drafts: drafts.length,
    rejected,
    resolved,
    commands: run.commands,
    refused: run.refused,
    seconds: (performance.now() - started) / 1000,
  };
}
