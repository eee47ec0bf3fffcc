/**
 * Each service's response schemas, derived from the TypeScript types its routes return.
 *
 * A service names every response body in one interface, `Responses`, in apps/<service>/src/responses.ts
 * (its controllers declare `Promise<Responses['Board']>`, so tsc holds each route to it). This
 * script turns that interface into OpenAPI 3.0 component schemas with ts-json-schema-generator and
 * writes apps/<service>/src/responses.schema.ts, which the service adds to its OpenAPI document;
 * the web app's client is generated from that document, so every screen gets its type from here.
 *
 *   tsx deploy/scripts/response-schemas.ts           rewrite the files
 *   tsx deploy/scripts/response-schemas.ts --check   fail when a committed file is not current (npm test)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { createGenerator, type Config } from 'ts-json-schema-generator';
import { SERVICES } from '@ccpc/contracts';

type Schema = Record<string, unknown>;

const root = join(__dirname, '../..');
const DEFINITIONS = '#/definitions/';

/** A component name OpenAPI accepts: `Page<ProjectView>` becomes `Page_ProjectView`. */
const componentName = (name: string) =>
  decodeURIComponent(name)
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/_+$/, '');

/** JSON Schema (draft 7, as the generator writes it) to the OpenAPI 3.0 dialect: `nullable`, no `const`, component refs. */
function toOpenApi(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(toOpenApi);
  if (!input || typeof input !== 'object') return input;
  const schema: Schema = {};
  for (const [key, value] of Object.entries(input as Schema)) {
    if (key === '$schema') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(DEFINITIONS)) {
      schema[key] = `#/components/schemas/${componentName(value.slice(DEFINITIONS.length))}`;
    } else if (key === 'properties' || key === 'definitions') {
      schema[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toOpenApi(v)]));
    } else {
      schema[key] = toOpenApi(value);
    }
  }
  if ('const' in schema) {
    schema['enum'] = [schema['const']];
    delete schema['const'];
  }
  if (Array.isArray(schema['type'])) {
    const types = (schema['type'] as string[]).filter((t) => t !== 'null');
    if (types.length < (schema['type'] as string[]).length) schema['nullable'] = true;
    if (types.length === 1) schema['type'] = types[0];
    else {
      delete schema['type'];
      schema['anyOf'] = types.map((type) => ({ type }));
    }
  }
  if (Array.isArray(schema['enum']) && (schema['enum'] as unknown[]).includes(null)) {
    schema['enum'] = (schema['enum'] as unknown[]).filter((v) => v !== null);
    schema['nullable'] = true;
  }
  if (Array.isArray(schema['anyOf'])) {
    const options = schema['anyOf'] as Schema[];
    const others = options.filter((o) => !(o['type'] === 'null' && Object.keys(o).length === 1));
    if (others.length < options.length) schema['nullable'] = true;
    delete schema['anyOf'];
    if (others.length === 1) {
      const only = others[0] as Schema;
      if (only['$ref']) schema['allOf'] = [only];
      else Object.assign(schema, only, schema['nullable'] ? { nullable: true } : {});
    } else schema['anyOf'] = others;
  }
  return schema;
}

/** The component schemas of one service's `Responses` interface. */
export function responseSchemasOf(service: string): Record<string, Schema> {
  const config: Config = {
    path: join(root, 'apps', service, 'src/responses.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'Responses',
    expose: 'export',
    topRef: true,
    jsDoc: 'basic',
    skipTypeCheck: true, // `npm run typecheck` checks the workspace
    additionalProperties: true, // a response may grow a field without breaking a client
  };
  const generated = toOpenApi(createGenerator(config).createSchema('Responses')) as { definitions: Record<string, Schema> };
  const definitions = Object.fromEntries(Object.entries(generated.definitions).map(([name, schema]) => [componentName(name), schema]));
  const responses = definitions['Responses'] as { properties: Record<string, Schema> };
  delete definitions['Responses'];
  for (const [name, schema] of Object.entries(responses.properties)) {
    if (schema['$ref'] !== `#/components/schemas/${name}`) definitions[name] = schema;
  }
  const untyped = Object.entries(definitions).flatMap(([name, schema]) =>
    Object.entries((schema['properties'] as Record<string, Schema> | undefined) ?? {})
      .filter(([, property]) => Object.keys(property).length === 0)
      .map(([property]) => `${name}.${property}`),
  );
  // The generator loses the type of a property reached through some mapped types (an Omit of an
  // interface that extends an Omit, an indexed access on it): name the type plainly instead.
  if (untyped.length > 0) throw new Error(`${service}: responses.ts leaves these properties untyped: ${untyped.join(', ')}`);
  return Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
}

async function fileText(service: string): Promise<string> {
  const target = join(root, 'apps', service, 'src/responses.schema.ts');
  const text =
    `// Generated from apps/${service}/src/responses.ts by deploy/scripts/response-schemas.ts — do not edit.\n` +
    `/** The OpenAPI component schemas of every response body of the ${service} service. */\n` +
    `export const RESPONSE_SCHEMAS: Record<string, object> = ${JSON.stringify(responseSchemasOf(service))};\n`;
  return format(text, { ...(await resolveConfig(target)), filepath: target });
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const service of Object.keys(SERVICES)) {
    if (!existsSync(join(root, 'apps', service, 'src/responses.ts'))) continue;
    const target = join(root, 'apps', service, 'src/responses.schema.ts');
    const text = await fileText(service);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (before === text) continue;
    if (check) stale.push(target);
    else writeFileSync(target, text);
    process.stdout.write(`${check ? 'stale' : 'wrote'} apps/${service}/src/responses.schema.ts\n`);
  }
  if (stale.length > 0) {
    process.stderr.write('response schemas are not current: run `tsx deploy/scripts/response-schemas.ts` and commit\n');
    return 1;
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
