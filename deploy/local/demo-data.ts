/** npm start's demo data: an empty registry gets the demo city through its own API. */
import { SingleBar } from 'cli-progress';
import { devToken, type Progress } from '@ccpc/infra';
import { untilQuiet } from '../scripts/bench/health';
import { type ApprovalSeedResult, approvalsAlongside, seedApprovals } from '../scripts/seed-approvals';
import { type ProjectRow, seedIssues } from '../scripts/seed-issues';
import { triageDrafts } from '../scripts/seed-drafts';
import { seedLeads } from '../scripts/seed-leads';
import { leadPlans, seedProjects } from '../scripts/seed-projects';
import { seedStatistics } from '../scripts/seed-statistics';

/** An empty registry gets the demo city (SEED_PROJECTS projects, default 2000; 0 to skip), through its API. */
export async function loadDemoData(
  port: number,
  assessmentPort: number,
  approvalPort: number,
  issuePort: number,
  promotionPort: number,
  progress: Progress,
): Promise<void> {
  const count = Number(process.env['SEED_PROJECTS'] ?? 2000);
  if (!count) return;
  const url = `http://localhost:${port}`;
  const approvalUrl = `http://localhost:${approvalPort}`;
  const promotionUrl = `http://localhost:${promotionPort}`;
  const token = await devToken(['project-office'], { sub: 'npm-start' });
  const probe = await fetch(`${url}/projects?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  const existing = probe.ok ? ((await probe.json()) as { total: number }).total : 0;
  if (existing > 0) {
    progress.done(`demo data: the registry already holds ${existing} projects`);
    await loadPromotion(promotionUrl, url, token, progress, 0, count); // a registry seeded before investment-promotion: its pipeline and activities
    await loadApprovals(url, approvalUrl, token, progress); // a registry seeded before the approval service
    await loadIssues(url, `http://localhost:${issuePort}`, token, progress);
    return;
  }
  // The projects of source 招商引进 land from leads first: the registry registers them from LeadLanded.
  await loadPromotion(promotionUrl, url, token, progress, count, count);
  progress.step(
    `demo data: loading ${count} projects through the registry API, their approval cases alongside (SEED_PROJECTS=0 skips this)…`,
  );
  const bar = new SingleBar({
    format: '  seeding [{bar}] {value}/{total} projects · {commands} commands · {rate} commands/s · {cases} approval cases',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  const started = performance.now();
  bar.start(count, 0, { commands: 0, rate: 0, cases: 0 });
  // Each batch of projects that landed has its approval cases driven as soon as the approval service opened them.
  const approvals = approvalsAlongside({ approvalUrl, onProgress: (cases) => bar.update({ cases }) });
  const result = await seedProjects({
    baseUrl: url,
    projects: count,
    onProgress: (done, commands) => bar.update(done, { commands, rate: Math.round(commands / ((performance.now() - started) / 1000)) }),
    onLanded: approvals.landed,
    fromLeads: true,
  });
  progress.done(`demo data: ${result.projects} projects, ${result.commands} commands in ${result.seconds.toFixed(0)} s`);
  const [figures, driven] = await Promise.all([seedStatistics(`http://localhost:${assessmentPort}`), approvals.finished()]);
  bar.stop();
  progress.done(`demo data: ${figures.published} monthly fixed-asset investment figures of the statistics bureau`);
  await openRound(url, approvalUrl, token, progress, driven);
  await loadIssues(url, `http://localhost:${issuePort}`, token, progress);
}

/**
 * Investment promotion's demo year, when it holds no leads: the leads of the first `landing`
 * demo projects of source 招商引进 (0 for a registry seeded before), a pipeline, two conflicts
 * and the activities — then waits until the registry has registered every landed lead.
 */
async function loadPromotion(promotionUrl: string, registryUrl: string, token: string, progress: Progress, landing: number, count: number) {
  const probe = await fetch(`${promotionUrl}/leads?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  const held = probe.ok ? ((await probe.json()) as { total: number }).total : 0;
  if (held > 0) {
    progress.done(`demo data: investment-promotion already holds ${held} leads`);
    return;
  }
  const landed = landing > 0 ? leadPlans(count) : [];
  const result = await seedLeads({ promotionUrl, landed }).catch((error: Error) => {
    progress.done(`demo data: the promotion leads could not be loaded (${error.message}); the services run without them`);
    return undefined;
  });
  if (!result) return;
  await untilQuiet([promotionUrl, registryUrl]);
  progress.done(
    `demo data: ${result.leads} promotion leads (${landed.length} landed as projects of source 招商引进), ${result.activities} activities, ${result.commands} commands in ${result.seconds.toFixed(0)} s (${result.refused} refused)`,
  );
}

/** A year of monthly problem-solving cycles (§32), once issue-resolution knows the registry's projects; skipped when it holds issues. */
async function loadIssues(registryUrl: string, issueUrl: string, token: string, progress: Progress): Promise<void> {
  const headers = { Authorization: `Bearer ${token}` };
  // Its meetings say whether it was seeded: draft issues of overdue approval items arrive by themselves.
  const probe = await fetch(`${issueUrl}/meetings?pageSize=1`, { headers });
  const held = probe.ok ? ((await probe.json()) as { total: number }).total : 0;
  if (held > 0) {
    progress.done(`demo data: issue-resolution already holds ${held} meetings and their cycles' issues`);
    return;
  }
  await untilQuiet([registryUrl, issueUrl]);
  const projects: ProjectRow[] = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${registryUrl}/projects?pageSize=500&page=${page}`, { headers });
    if (!response.ok) throw new Error(`${registryUrl}/projects: ${response.status}`);
    const { items } = (await response.json()) as { items: ProjectRow[] };
    projects.push(...items);
    if (items.length < 500) break;
  }
  const result = await seedIssues({ issueUrl, projects }).catch((error: Error) => {
    // The system is up either way: say what failed instead of stopping npm start.
    progress.done(`demo data: the demo issues could not be loaded (${error.message}); the services run without them`);
    return undefined;
  });
  if (!result) return;
  progress.done(
    `demo data: ${result.issues} issues in 12 monthly cycles, ${result.meetings} meetings, ${result.commands} commands in ${result.seconds.toFixed(0)} s (${result.refused} refused)`,
  );
  const triage = await triageDrafts({ issueUrl }).catch((error: Error) => {
    progress.done(`demo data: the draft 审批 issues could not be triaged (${error.message}); they stay to distribute`);
    return undefined;
  });
  if (triage)
    progress.done(
      `demo data: ${triage.drafts} draft 审批 issues of overdue items triaged by the project office (${triage.resolved} resolved, ${triage.rejected} not accepted, the rest open), ${triage.commands} commands in ${triage.seconds.toFixed(0)} s (${triage.refused} refused)`,
    );
}

/** The approval cases the demo projects opened (by events), driven through the approval API; the 2018 concentrated round. */
async function loadApprovals(registryUrl: string, approvalUrl: string, token: string, progress: Progress): Promise<void> {
  const loaded = await fetch(`${approvalUrl}/approval-rounds/2018`, { headers: { Authorization: `Bearer ${token}` } });
  if (loaded.ok) {
    progress.done('demo data: the approval service holds the demo approvals (the 2018 round is open)');
    return;
  }
  progress.step('demo data: waiting for the approval service to open the cases of the projects in 前期 and later…');
  await untilQuiet([registryUrl, approvalUrl]);
  const bar = new SingleBar({
    format: '  approvals [{bar}] {value}/{total} cases',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(1, 0);
  const result = await seedApprovals({ approvalUrl, registryUrl, onProgress: (done, total) => (bar.setTotal(total), bar.update(done)) });
  bar.stop();
  await openRound(registryUrl, approvalUrl, token, progress, result);
}

/** The 2018 concentrated round (§27), once the approval service knows every project the registry published. */
async function openRound(registryUrl: string, approvalUrl: string, token: string, progress: Progress, approvals: ApprovalSeedResult) {
  await untilQuiet([registryUrl, approvalUrl]);
  const round = await fetch(`${approvalUrl}/approval-rounds`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'seed-round-2018' },
    body: JSON.stringify({ year: 2018, date: '2018-01-15' }),
  });
  const gathered = round.ok
    ? ((await round.json()) as { events: Array<{ data: { projects: unknown[] } }> }).events[0]?.data.projects.length
    : 0;
  progress.done(
    `demo data: ${approvals.cases} approval cases (${approvals.completed} completed), ${approvals.commands} commands in ${approvals.seconds.toFixed(0)} s; 2018 concentrated round: ${gathered ?? 0} projects of 10亿 or more`,
  );
}
