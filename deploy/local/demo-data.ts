/** npm start's demo data: an empty registry gets the demo city through its own API. */
import { SingleBar } from 'cli-progress';
import { devToken, type Progress } from '@ccpc/infra';
import { seedProjects } from '../scripts/seed-projects';
import { seedStatistics } from '../scripts/seed-statistics';

/** An empty registry gets the demo city (SEED_PROJECTS projects, default 2000; 0 to skip), through its API. */
export async function loadDemoData(port: number, assessmentPort: number, progress: Progress): Promise<void> {
  const count = Number(process.env['SEED_PROJECTS'] ?? 2000);
  if (!count) return;
  const url = `http://localhost:${port}`;
  const token = await devToken(['project-office'], { sub: 'npm-start' });
  const probe = await fetch(`${url}/projects?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  const existing = probe.ok ? ((await probe.json()) as { total: number }).total : 0;
  if (existing > 0) {
    progress.done(`demo data: the registry already holds ${existing} projects`);
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
}
