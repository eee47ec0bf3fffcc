/**
 * What the browser tests run against: the registry, approval, assessment, issue-resolution, investment-promotion and projection services as processes on the test
 * servers (their own database and topic namespace), demo data through the registry's API, the web
 * app served as npm start serves it, and Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { consoleProgress, devToken, ensureChromium, ensureDevKeys, startWebServer, type WebServer, workspaceRoot } from '@ccpc/infra';
import { dropDatabase, type ServiceProcess, startServiceProcess, testNamespace } from '@ccpc/testing';
import { seedProjects } from '../../../deploy/scripts/seed-projects';

export interface Stack {
  registry: ServiceProcess;
  projection: ServiceProcess;
  approval: ServiceProcess;
  assessment: ServiceProcess;
  issueResolution: ServiceProcess;
  promotion: ServiceProcess;
  web: WebServer;
  browser: Browser;
  /** Where screenshots go (test artefacts). */
  artefacts: string;
  /** GET on the projection as the leadership, parsed. */
  read<T>(path: string): Promise<T>;
  /** GET on the registry with one grant, parsed. */
  readRegistry<T>(path: string, grant: string): Promise<T>;
  /** GET on a service's API with one grant, parsed (any status). */
  get(service: ServiceProcess, path: string, grant: string): Promise<unknown>;
  /** A command on a service's API with one grant (the test's own set-up), its parsed answer. */
  send<T>(service: ServiceProcess, path: string, grant: string, body: object): Promise<T>;
  stop(): Promise<void>;
}

export async function startStack(projects: number): Promise<Stack> {
  const ns = testNamespace('web_e2e');
  const executablePath = ensureChromium(consoleProgress('chromium'));
  const { keys } = await ensureDevKeys(); // the web server's dev sign-in signs with the dev key
  const services: Record<string, string> = {};
  const web = await startWebServer({ port: 0, services, devSignIn: true });
  const env = (name: string) => ({
    TOPIC_PREFIX: ns.topicPrefix,
    MONGODB_DB: `${ns.dbName}_${name}`,
    CORS_ORIGIN: web.url,
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  const registry = await startServiceProcess('registry', env('registry'), { publicKeyPem: keys.publicKeyPem });
  const projection = await startServiceProcess('projection', env('projection'), { publicKeyPem: keys.publicKeyPem });
  const approval = await startServiceProcess(
    'approval',
    { ...env('approval'), OVERDUE_SCAN_MINUTES: '0' },
    { publicKeyPem: keys.publicKeyPem },
  );
  const assessment = await startServiceProcess('assessment', env('assessment'), { publicKeyPem: keys.publicKeyPem });
  // Its scheduler off: a test's issues escalate only when the test says so.
  const issueResolution = await startServiceProcess(
    'issue-resolution',
    { ...env('issue_resolution'), ISSUE_SCAN_MINUTES: '0' },
    { publicKeyPem: keys.publicKeyPem },
  );
  const promotion = await startServiceProcess('investment-promotion', env('investment_promotion'), { publicKeyPem: keys.publicKeyPem });
  services['investment-promotion'] = promotion.url.replace('127.0.0.1', 'localhost');
  services['issue-resolution'] = issueResolution.url.replace('127.0.0.1', 'localhost');
  services['registry'] = registry.url.replace('127.0.0.1', 'localhost');
  services['assessment'] = assessment.url.replace('127.0.0.1', 'localhost');
  services['projection'] = projection.url.replace('127.0.0.1', 'localhost');
  services['approval'] = approval.url.replace('127.0.0.1', 'localhost');
  const seeded = await seedProjects({ baseUrl: registry.url, projects });
  const leadership = `Bearer ${await devToken(['leadership'], { sub: 'e2e-leadership' })}`;
  const read = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${projection.url}${path}`, { headers: { Authorization: leadership } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  // The projection has caught up once its board counts every seeded project.
  for (const deadline = Date.now() + 120_000; ; await new Promise((r) => setTimeout(r, 500))) {
    const board = await read<{ projects: number }>('/dashboard?year=2018');
    if (board.projects >= seeded.projects) break;
    if (Date.now() > deadline) throw new Error(`the projection shows ${board.projects} of ${seeded.projects} projects after 2 minutes`);
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const artefacts = join(workspaceRoot(), 'dist/e2e-screenshots');
  mkdirSync(artefacts, { recursive: true });
  return {
    registry,
    projection,
    approval,
    assessment,
    issueResolution,
    promotion,
    web,
    browser,
    artefacts,
    read,
    async readRegistry<T>(path: string, grant: string): Promise<T> {
      const token = await devToken([grant], { sub: `e2e-${grant.replace(':', '-')}` });
      const response = await fetch(`${registry.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    async get(service: ServiceProcess, path: string, grant: string): Promise<unknown> {
      const token = await devToken([grant], { sub: `e2e-${grant.replace(':', '-')}` });
      const response = await fetch(`${service.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    async send<T>(service: ServiceProcess, path: string, grant: string, body: object): Promise<T> {
      const token = await devToken([grant], { sub: `e2e-${grant.replace(':', '-')}` });
      const response = await fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async stop() {
      await browser.close().catch(() => undefined);
      await web.close();
      await Promise.all([registry.stop(), projection.stop(), approval.stop(), assessment.stop(), issueResolution.stop(), promotion.stop()]);
      for (const name of ['registry', 'projection', 'approval', 'assessment', 'issue_resolution', 'investment_promotion'])
        await dropDatabase(`${ns.dbName}_${name}`);
    },
  };
}
