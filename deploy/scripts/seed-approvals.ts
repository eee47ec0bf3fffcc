/**
 * Demo approvals through the approval service's batch route (POST /batch): the cases the registry's demo projects
 * opened (on entering 前期) are driven as the applicants and departments would — submissions once
 * the prerequisites are approved, a request for supplements now and then, decisions after a
 * plausible number of working days, so that durations cross the 2018 Spring Festival and, for a
 * third of the projects still in 前期 (their approvals begun in late September), National Day. A project already under construction got every approval before its
 * start (a few, on purpose, not: 未批先建); a project still in 前期 stops part-way, its last item
 * with the department. Deterministic and idempotent (every command has an Idempotency-Key).
 */
import { addWorkingDays } from '@ccpc/approval-domain';
import { devToken } from '@ccpc/infra';
import { runPlans, type Segment } from './batch-client';
import { rng, type SeededProject, SEED_CALLER } from './seed-projects';

interface CaseItem {
  code: string;
  departmentCode: string;
  limitDays: number;
  prerequisites: string[];
  status: string;
}
export interface CaseRow {
  projectId: string;
  openedOn: string;
  items: CaseItem[];
}

export interface ApprovalSeedResult {
  cases: number;
  completed: number;
  commands: number;
  refused: number;
  seconds: number;
}

/** The lists' largest page. */
const PAGE = 500;

const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

export async function seedApprovals(options: {
  approvalUrl: string;
  registryUrl: string;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<ApprovalSeedResult> {
  const started = performance.now();
  const office = await devToken(['project-office'], { sub: SEED_CALLER.sub, name: SEED_CALLER.name, hours: 4 });
  // Every page is a pass over the whole list for the database: the largest pages, both lists at once.
  const pages = async <T>(url: string): Promise<T[]> => {
    const items: T[] = [];
    for (let page = 1; ; page++) {
      const response = await fetch(`${url}${url.includes('?') ? '&' : '?'}pageSize=${PAGE}&page=${page}`, {
        headers: { Authorization: `Bearer ${office}` },
      });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const { items: got } = (await response.json()) as { items: T[] };
      items.push(...got);
      if (got.length < PAGE) return items;
    }
  };
  const [caseRows, projectRows] = await Promise.all([
    pages<CaseRow>(`${options.approvalUrl}/approval-cases`),
    pages<ProjectRow>(`${options.registryUrl}/projects`),
  ]);
  const projects = new Map(projectRows.map((p) => [p.projectId, p] as const));
  const run = await driveCases(options.approvalUrl, caseRows, projects, options.concurrency ?? 4, options.onProgress);
  return { ...run, seconds: (performance.now() - started) / 1000 };
}

/** Drives the cases not driven yet (a case driven already is left as it is). */
async function driveCases(
  approvalUrl: string,
  caseRows: readonly CaseRow[],
  projects: ReadonlyMap<string, ProjectRow>,
  concurrency: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Omit<ApprovalSeedResult, 'seconds'>> {
  const cases = caseRows.filter((c) => c.items.every((i) => i.status === 'not-submitted'));
  const plans = cases.map((c) => planCase(c, projects.get(c.projectId)));
  const total = plans.reduce((n, p) => n + p.segments.reduce((m, segment) => m + segment.entries.length, 0), 0);
  // One call per case's commands (see runPlans): each still authorised by the grant of the
  // officer who sends it — the case's locality for the applicant's steps, the item's department for
  // its decisions — and recorded under it; the case's read models then change once, not per step.
  const run = await runPlans(
    approvalUrl,
    plans.map((p) => p.segments),
    { caller: SEED_CALLER, concurrency, onCall: (commands) => onProgress?.(Math.round((commands / total) * cases.length), cases.length) },
  );
  const completed = plans.filter((p, i) => p.completes && run.slots[i]?.every((s) => s.status < 400)).length;
  return { cases: cases.length, completed, commands: run.commands, refused: run.refused };
}

/**
 * The demo approvals alongside the registry's seed: each batch of projects that landed has its
 * cases driven as soon as the approval service opened them (its reaction to the registry's
 * events), read one by one (no list: a page of the list is a pass over all cases for the
 * database), while the registry goes on with the next projects.
 */
export function approvalsAlongside(options: {
  approvalUrl: string;
  concurrency?: number;
  timeoutMs?: number;
  onProgress?: (cases: number) => void;
}) {
  const started = performance.now();
  const token = devToken(['project-office'], { sub: SEED_CALLER.sub, name: SEED_CALLER.name, hours: 4 });
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  const result: Omit<ApprovalSeedResult, 'seconds'> = { cases: 0, completed: 0, commands: 0, refused: 0 };
  const caseOf = async (projectId: string): Promise<CaseRow> => {
    for (;;) {
      const response = await fetch(`${options.approvalUrl}/approval-cases/${projectId}`, {
        headers: { Authorization: `Bearer ${await token}` },
      });
      if (response.ok) return (await response.json()) as CaseRow;
      if (response.status !== 404 || Date.now() > deadline)
        throw new Error(`GET /approval-cases/${projectId}: ${response.status} (the approval service did not open the case)`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const tasks: Array<Promise<void>> = [];
  // At most `concurrency` calls to the approval service at a time, as seedApprovals sends them.
  let running = 0;
  const waiting: Array<() => void> = [];
  const slot = () => (running < (options.concurrency ?? 2) ? (running++, Promise.resolve()) : new Promise<void>((r) => waiting.push(r)));
  const free = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    landed(projects: readonly SeededProject[]): void {
      const opening = projects.filter((p) => p.opensCase);
      if (opening.length === 0) return;
      const task = (async () => {
        // One at a time: a case not opened yet costs the service a read of its stream, so waiting is cheaper than asking again.
        const rows: CaseRow[] = [];
        for (const p of opening) rows.push(await caseOf(p.projectId));
        await slot();
        const run = await driveCases(options.approvalUrl, rows, new Map(opening.map((p) => [p.projectId, p] as const)), 1).finally(free);
        result.cases += run.cases;
        result.completed += run.completed;
        result.commands += run.commands;
        result.refused += run.refused;
        options.onProgress?.(result.cases);
      })();
      task.catch(() => undefined); // awaited (and its error thrown) by finished()
      tasks.push(task);
    },
    async finished(): Promise<ApprovalSeedResult> {
      await Promise.all(tasks);
      return { ...result, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/** What a case's plan needs of its project: the registry's list row, or the seed's own plan of it. */
export type ProjectRow = Omit<SeededProject, 'opensCase'>;

/** The commands that drive one case, as its applicant and departments would send them, cut into segments by who sends them. */
export function planCase(c: CaseRow, project: ProjectRow | undefined): { segments: Segment[]; completes: boolean } {
  const segments: Segment[] = [];
  if (!project) return { segments, completes: false };
  const send = (grant: string, command: string, itemCode: string, step: string, body: object) => {
    const entry = {
      command,
      id: c.projectId,
      params: { itemCode },
      idempotencyKey: `seed-approval-${c.projectId}-${itemCode}-${step}`,
      body,
    };
    const last = segments.at(-1);
    if (last?.grant === grant) last.entries.push(entry);
    else segments.push({ grant, entries: [entry] });
  };
  const r = rng(hash(c.projectId));
  const firstStart = project.firstStartDate;
  const stage = project.stage;
  const approvedOn = new Map<string, string>();
  // A project in 前期 stops part-way; one that has started got everything (a few after their start: 未批先建).
  const stopAfter = stage === 'preparing' || stage === 'suspended' ? r.int(0, c.items.length - 1) : c.items.length;
  const late = firstStart !== null && r.chance(0.03);
  // A third of the projects still in 前期 began their approvals only in late September 2018: their clocks run over National Day.
  const begin = stage === 'preparing' && r.chance(0.35) ? `2018-09-${String(r.int(17, 28)).padStart(2, '0')}` : c.openedOn;
  const applicant = `locality:${project.localityCode}`;
  for (const [index, item] of c.items.entries()) {
    const ready = item.prerequisites.map((p) => approvedOn.get(p) ?? '');
    if (ready.some((d) => d === '')) break;
    const submittedOn = addWorkingDays([c.openedOn, begin, ...ready].sort().at(-1) as string, r.int(1, 6));
    const department = `department:${item.departmentCode}`;
    send(applicant, 'submit-item', item.code, 'submit', { date: submittedOn, documents: ['项目申请表', '项目建议书'] });
    send(department, 'record-visit', item.code, 'visit', { date: submittedOn, step: 'submission' });
    if (index >= stopAfter) break; // left with the department
    let from = submittedOn;
    if (r.chance(0.25)) {
      const askedOn = addWorkingDays(submittedOn, r.int(1, Math.max(1, Math.floor(item.limitDays / 2))));
      send(department, 'request-supplements', item.code, 'ask', { date: askedOn, documents: ['用地红线图', '环境影响登记表'] });
      from = addWorkingDays(askedOn, r.int(2, 12));
      send(applicant, 'resubmit-item', item.code, 'resubmit', { date: from, documents: ['用地红线图', '环境影响登记表'] });
    }
    // Most within the limit, some beyond it.
    let decidedOn = addWorkingDays(from, Math.max(1, Math.round(item.limitDays * (0.4 + r.next() * (r.chance(0.2) ? 1.6 : 0.7)))));
    if (firstStart && !late && item.code === 'construction-permit' && decidedOn >= firstStart)
      decidedOn = from < firstStart ? from : decidedOn;
    send(department, 'approve-item', item.code, 'approve', { date: decidedOn });
    approvedOn.set(item.code, decidedOn);
  }
  return { segments, completes: approvedOn.size === c.items.length };
}
