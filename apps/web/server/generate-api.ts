/**
 * The web app's API types, generated from each service's OpenAPI document (docs/openapi, which
 * each service's boot test keeps equal to what the service serves): one module per service in
 * apps/web/src/api/generated. Run by the web build (`nx run web:api`); the files are committed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(__dirname, '../../..');
const from = join(root, 'docs/openapi');
const to = join(root, 'apps/web/src/api/generated');

async function main(): Promise<void> {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.json'))) {
    const ast = await openapiTS(JSON.parse(readFileSync(join(from, file), 'utf8')));
    const target = join(to, file.replace(/\.json$/, '.ts'));
    const text = `// Generated from docs/openapi/${file} by apps/web/server/generate-api.ts — do not edit.\n${astToString(ast)}`;
    const before = (() => {
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return '';
      }
    })();
    if (before !== text) writeFileSync(target, text);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`generate-api: ${(error as Error).message}\n`);
  process.exit(1);
});
