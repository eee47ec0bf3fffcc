/**
 * Demo approvals through the approval service's HTTP API: the cases the registry's demo projects
 * opened (on entering 前期) are driven as the applicants and departments would — submissions once
 * the prerequisites are approved, a request for supplements now and then, decisions after a
 * plausible number of working days, so that durations cross the 2018 Spring Festival and, for a
 * third of the projects still in 前期 (their approvals begun in late September), National Day. A project already under construction got every approval before its
 * start (a few, on purpose, not: 未批先建); a project still in 前期 stops part-way, its last item
 * with the department. Deterministic and idempotent (every command has an Idempotency-Key).
 */
import { addWorkingDays } from '@ccpc/approval-domain';
import { rng, seedTokens } from './seed-projects';

interface CaseItem {
  code: string;
  departmentCode: string;
  limitDays: number;
  prerequisites: string[];
  status: string;
}
interface CaseRow {
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

const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

export async function seedApprovals(options: {
  approvalUrl: string;
  registryUrl: string;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<ApprovalSeedResult> {
  const started = performance.now();
  const token = seedTokens();
  let commands = 0;
  let refused = 0;
  const call = async (url: string, grant: string, body?: object, key?: string) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, {
        method: body ? 'POST' : 'GET',
        headers: {
          Authorization: `Bearer ${await token(grant)}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...(key ? { 'Idempotency-Key': key } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (body) commands++;
      if (response.status === 429 && attempt < 5) {
        await new Promise((r) => setTimeout(r, 1000 * attempt));
        continue;
      }
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.status >= 500) throw new Error(`${url}: ${response.status} ${String(json['message'] ?? '')}`);
      if (response.status >= 400) refused++;
      return { status: response.status, json };
    }
  };

  const cases: CaseRow[] = [];
  for (let page = 1; ; page++) {
    const { json } = await call(`${options.approvalUrl}/approval-cases?pageSize=100&page=${page}`, 'project-office');
    const items = (json['items'] as CaseRow[] | undefined) ?? [];
    cases.push(...items);
    if (items.length < 100) break;
  }

  let done = 0;
  let completed = 0;
  let next = 0;
  const drive = async (c: CaseRow) => {
    if (c.items.some((i) => i.status !== 'not-submitted')) return; // driven already
    const r = rng(hash(c.projectId));
    const { json: project } = await call(`${options.registryUrl}/projects/${c.projectId}`, 'project-office');
    const firstStart = (project['firstStartDate'] as string | null) ?? null;
    const stage = project['stage'] as string;
    const approvedOn = new Map<string, string>();
    // A project in 前期 stops part-way; one that has started got everything (a few after their start: 未批先建).
    const stopAfter = stage === 'preparing' || stage === 'suspended' ? r.int(0, c.items.length - 1) : c.items.length;
    const late = firstStart !== null && r.chance(0.03);
    // A third of the projects still in 前期 began their approvals only in late September 2018: their clocks run over National Day.
    const begin = stage === 'preparing' && r.chance(0.35) ? `2018-09-${String(r.int(17, 28)).padStart(2, '0')}` : c.openedOn;
    const key = (step: string, code: string) => `seed-approval-${c.projectId}-${code}-${step}`;
    for (const [index, item] of c.items.entries()) {
      const ready = item.prerequisites.map((p) => approvedOn.get(p) ?? '');
      if (ready.some((d) => d === '')) break;
      const submittedOn = addWorkingDays([c.openedOn, begin, ...ready].sort().at(-1) as string, r.int(1, 6));
      const base = `${options.approvalUrl}/approval-cases/${c.projectId}/items/${item.code}`;
      const applicant = `locality:${project['localityCode'] as string}`;
      const department = `department:${item.departmentCode}`;
      await call(`${base}/submission`, applicant, { date: submittedOn, documents: ['项目申请表', '项目建议书'] }, key('submit', item.code));
      await call(`${base}/visits`, department, { date: submittedOn, step: 'submission' }, key('visit', item.code));
      if (index >= stopAfter) break; // left with the department
      let from = submittedOn;
      if (r.chance(0.25)) {
        const askedOn = addWorkingDays(submittedOn, r.int(1, Math.max(1, Math.floor(item.limitDays / 2))));
        await call(
          `${base}/supplement-request`,
          department,
          { date: askedOn, documents: ['用地红线图', '环境影响登记表'] },
          key('ask', item.code),
        );
        from = addWorkingDays(askedOn, r.int(2, 12));
        await call(
          `${base}/resubmission`,
          applicant,
          { date: from, documents: ['用地红线图', '环境影响登记表'] },
          key('resubmit', item.code),
        );
      }
      // Most within the limit, some beyond it.
      let decidedOn = addWorkingDays(from, Math.max(1, Math.round(item.limitDays * (0.4 + r.next() * (r.chance(0.2) ? 1.6 : 0.7)))));
      if (firstStart && !late && item.code === 'construction-permit' && decidedOn >= firstStart)
        decidedOn = from < firstStart ? from : decidedOn;
      const { status } = await call(`${base}/approval`, department, { date: decidedOn }, key('approve', item.code));
      if (status >= 400) break;
      approvedOn.set(item.code, decidedOn);
    }
    if (approvedOn.size === c.items.length) completed++;
  };
  const worker = async () => {
    for (let n = next++; n < cases.length; n = next++) {
      await drive(cases[n] as CaseRow);
      done++;
      options.onProgress?.(done, cases.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return { cases: cases.length, completed, commands, refused, seconds: (performance.now() - started) / 1000 };
}
