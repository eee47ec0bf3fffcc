import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { consoleProgress, ensureSchemathesis, workspaceRoot } from '@ccpc/infra';
import type { ServiceConfig, ServiceDefinition } from '@ccpc/service-kit';
import { testToken } from './identity';
import { edgeShapesSuite } from './edge-shapes';
import { startTestService, type TestService } from './service-app';

/** A caller with every city-wide write grant, so that the fuzzer reaches every route's validation. */
const FUZZ_GRANTS = ['admin', 'project-office', 'statistics'];

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: workspaceRoot() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

/**
 * The service's API contract, on the real servers:
 * - its OpenAPI document is the one in docs/openapi/<service>.json (UPDATE_OPENAPI=1 rewrites it);
 * - the hostile request shapes of edge-shapes.ts are each a 4xx;
 * - a property-based fuzzer (schemathesis) over that document finds nothing: no 5xx, no status
 *   the document does not declare, no request valid by the document refused with a 400, none it
 *   forbids accepted, 405 with `Allow` for undeclared methods. Bounded: 10 cases per operation.
 */
export function apiContractSuite<C extends ServiceConfig>(def: ServiceDefinition<C>): void {
  describe(`the ${def.service} API contract`, () => {
    let service: TestService;
    const file = join(workspaceRoot(), 'docs', 'openapi', `${def.service}.json`);

    beforeAll(async () => {
      service = await startTestService(def, { RATE_LIMIT_PER_MINUTE: '1000000' });
    });
    afterAll(async () => {
      await service?.close();
    });

    edgeShapesSuite(() => service);

    it(`is published as docs/openapi/${def.service}.json`, async () => {
      const document = (await request(service.app.getHttpServer()).get('/docs-json').expect(200)).body as object;
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (process.env['UPDATE_OPENAPI'] === '1' || !existsSync(file)) {
        mkdirSync(join(workspaceRoot(), 'docs', 'openapi'), { recursive: true });
        writeFileSync(file, text);
      }
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(document); // UPDATE_OPENAPI=1 npx nx run <service>:int rewrites it
    });

    it('passes the API fuzzer with 0 failures', async () => {
      const fuzzer = ensureSchemathesis(consoleProgress('api-fuzzer'));
      const { port } = service.app.getHttpServer().address() as AddressInfo;
      const token = await testToken(FUZZ_GRANTS, 'api-fuzzer');
      const phases = fuzzer.coveragePhase ? 'examples,coverage,fuzzing,stateful' : 'examples,fuzzing,stateful';
      const { code, output } = await run(fuzzer.bin, [
        '--config-file',
        join(workspaceRoot(), 'schemathesis.toml'),
        'run',
        `http://127.0.0.1:${port}/docs-json`,
        '-H',
        `Authorization: Bearer ${token}`,
        '--max-examples',
        '10',
        '--seed',
        '1',
        '--workers',
        '2',
        '--phases',
        phases,
        '--suppress-health-check',
        'all',
        '--no-color',
        '--generation-database',
        'none',
      ]);
      const cases = /Test cases:\s*\n\s*(.+)/.exec(output)?.[1]?.trim() ?? '?';
      const operations = /Tested: (\d+)/.exec(output)?.[1] ?? '?';
      process.stdout.write(`  API fuzzer (${def.service}): ${operations} operations, ${cases} (phases ${phases})\n`);
      if (code !== 0) throw new Error(`schemathesis found problems in ${def.service}'s API:\n${output.slice(-12_000)}`);
    }, 300_000);
  });
}
