/** npm start's demo data: an empty registry gets the demo city through its own API. */
import { SingleBar } from 'cli-progress';
import { devToken, type Progress } from '@ccpc/infra';
import { seedApprovals } from '../scripts/seed-approvals';
import { seedProjects } from '../scripts/seed-projects';
import { seedStatistics } from '../scripts/seed-statistics';

/** An empty registry gets the demo city (SEED_PROJECTS projects, default 2000; 0 to skip), through its API. */
export async function loadDemoData(port: number, assessmentPort: number, approvalPort: number, progress: Progress): Promise<void> {
  const count = Number(process.env['SEED_PROJECTS'] ?? 2000);
  if (!count) return;
  const url = `http://localhost:${port}`;
  const token = await devToken(['project-office'], { sub: 'npm-start' });
  const probe = await fetch(`${url}/projects?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  const existing = probe.ok ? ((await probe.json()) as { total: number }).total : 0;
  if (existing > 0) {
    progress.done(`demo data: the registry already holds ${existing} projects`);
    await loadApprovals(url, `http://localhost:${approvalPort}`, token, progress); // a registry seeded before the approval service
    return;
  }
  progress.step(`demo data: loading ${count} projects through the registry API (SEED_PROJECTS=0 skips this)…`);
  const bar = new SingleBar({
    format: '  seeding [{bar}] {value}/{total} projects · {commands} commands · {rate} commands/s',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  const started = performance.now();
  bar.start(count, 0, { commands: 0, rate: 0 });
  const result = await seedProjects({
    baseUrl: url,
    projects: count,
    onProgress: (done, commands) => bar.update(done, { commands, rate: Math.round(commands / ((performance.now() - started) / 1000)) }),
  });
  bar.stop();
  progress.done(`demo data: ${result.projects} projects, ${result.commands} commands in ${result.seconds.toFixed(0)} s`);
  const figures = await seedStatistics(`http://localhost:${assessmentPort}`);
  progress.done(`demo data: ${figures.published} monthly fixed-asset investment figures of the statistics bureau`);
  await loadApprovals(url, `http://localhost:${approvalPort}`, token, progress);
}

/** The approval cases the demo projects opened (by events), driven through the approval API; the 2018 concentrated round. */
async function loadApprovals(registryUrl: string, approvalUrl: string, token: string, progress: Progress): Promise<void> {
  const loaded = await fetch(`${approvalUrl}/approval-rounds/2018`, { headers: { Authorization: `Bearer ${token}` } });
  if (loaded.ok) {
    progress.done('demo data: the approval service holds the demo approvals (the 2018 round is open)');
    return;
  }
  progress.step('demo data: waiting for the approval service to open the cases of the projects in 前期 and later…');
  const total = async () => {
    const response = await fetch(`${approvalUrl}/approval-cases?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
    return response.ok ? ((await response.json()) as { total: number }).total : 0;
  };
  let last = -1;
  let steady = 0;
  for (const deadline = Date.now() + 180_000; Date.now() < deadline && steady < 3;) {
    const now = await total();
    steady = now > 0 && now === last ? steady + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 1500));
  }
  const round = await fetch(`${approvalUrl}/approval-rounds`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'seed-round-2018' },
    body: JSON.stringify({ year: 2018, date: '2018-01-15' }),
  });
  const gathered = round.ok
    ? ((await round.json()) as { events: Array<{ data: { projects: unknown[] } }> }).events[0]?.data.projects.length
    : 0;
  const bar = new SingleBar({
    format: '  approvals [{bar}] {value}/{total} cases',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });
  bar.start(last, 0);
  const result = await seedApprovals({ approvalUrl, registryUrl, onProgress: (done) => bar.update(done) });
  bar.stop();
  progress.done(
    `demo data: ${result.cases} approval cases (${result.completed} completed), ${result.commands} commands in ${result.seconds.toFixed(0)} s; 2018 concentrated round: ${gathered ?? 0} projects of 10亿 or more`,
  );
}
