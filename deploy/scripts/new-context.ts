/**
 * npm run context:new -- --service <name> --aggregate <kebab-name> [--label 中文名] [--projection <kebab-name>] [--reaction <kebab-name>]
 *
 * Adds an aggregate to a registered service (one of the platform's SERVICES that produces
 * events) — its first or one more — from deploy/templates/context:
 *   libs/contracts/src/lib/events/<aggregate>.ts  its events (opened / closed), typed, with stream ids
 *   libs/<service>-domain/src/lib/                 the decider: state, exhaustive evolve, decide, given/when/then spec
 *                                                  (the library itself with the service's first aggregate)
 *   apps/<service>/src/<plural>/                   its projection (read model), commands, DTOs, controller, module,
 *                                                  integration test
 * and, when asked for:
 *   --projection <name>  apps/<service>/src/<plural>/<name>.projection.ts: a second read model over the
 *                        aggregate's events (a month's openings and closures), typed and exhaustive, with
 *                        its given/when/then spec and an integration test, registered in the module
 *   --reaction <name>    apps/<service>/src/<plural>/<name>.reaction.ts: a reaction to another context's
 *                        event (a project entering the registry opens one), keyed by the event, batched,
 *                        counted by /health, with an integration test over Kafka, registered in the module
 * and registers them: the contracts' index and event list, the domain library's index (or its
 * tsconfig path), the service's module list and its `Responses` (apps/<service>/src/responses.ts,
 * then the generated schemas), the generated event catalogue. `npm test` passes right after;
 * then make the aggregate the domain's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isServiceName, SERVICES } from '@ccpc/contracts';

const root = join(__dirname, '..', '..');
const usage =
  'usage: npm run context:new -- --service <registered service> --aggregate <kebab-case name, e.g. approval-case> ' +
  '[--label 中文名] [--projection <kebab-case name of a second read model>] [--reaction <kebab-case name of a reaction to the registry>]';

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const camel = (kebab: string) => pascal(kebab).replace(/^./, (c) => c.toLowerCase());
const upper = (kebab: string) => kebab.toUpperCase().replace(/-/g, '_');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function parse() {
  const { values } = parseArgs({
    options: {
      service: { type: 'string' },
      aggregate: { type: 'string' },
      label: { type: 'string' },
      projection: { type: 'string' },
      reaction: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const { service, aggregate } = values;
  if (!service || !aggregate) throw new Error(usage);
  if (!isServiceName(service) || SERVICES[service].topic === null) {
    throw new Error(
      `--service must be a registered service that produces events (${Object.values(SERVICES)
        .filter((s) => s.topic)
        .map((s) => s.name)
        .join(', ')})`,
    );
  }
  for (const [option, value] of Object.entries({ aggregate, projection: values.projection, reaction: values.reaction })) {
    if (value !== undefined && !KEBAB.test(value)) throw new Error(`--${option} must be kebab-case, e.g. approval-case`);
  }
  if (values.projection === aggregate || values.reaction === aggregate)
    throw new Error('--projection and --reaction need names of their own');
  return { service, aggregate, label: values.label ?? SERVICES[service].label, projection: values.projection, reaction: values.reaction };
}

function main(): void {
  const { service, aggregate, label, projection = '', reaction = '' } = parse();
  // The module's optional registrations first: they hold tokens of their own.
  const extra = {
    __EXTRA_IMPORTS__: [
      projection && "import { __projCamel__ } from './__projKebab__.projection';\n",
      reaction && "import { __reactCamel__, __ReactPascal__Reaction } from './__reactKebab__.reaction';\n",
    ].join(''),
    __EXTRA_READ_MODELS__: projection && ', readModel(__projCamel__)',
    __EXTRA_REACTIONS__: reaction && 'reactions: [__reactCamel__], ',
    __EXTRA_PROVIDERS__: reaction && ', __ReactPascal__Reaction',
  };
  const tokens: Record<string, string> = {
    ...extra,
    __projKebab__: projection,
    __ProjPascal__: pascal(projection),
    __projCamel__: camel(projection),
    __projCollection__: `${service.replace(/-/g, '_')}_${projection.replace(/-/g, '_')}`,
    __reactKebab__: reaction,
    __ReactPascal__: pascal(reaction),
    __reactCamel__: camel(reaction),
    __REACT_UPPER__: upper(reaction),
    __ServicePascal__: pascal(service),
    __serviceCamel__: camel(service),
    __SERVICE__: upper(service),
    __service__: service,
    __Pascal__: pascal(aggregate),
    __camel__: camel(aggregate),
    __kebab__: aggregate,
    __plural__: `${aggregate}s`,
    __KEBAB_UPPER__: upper(aggregate),
    __collection__: `${service.replace(/-/g, '_')}_${aggregate.replace(/-/g, '_')}s`,
    __label__: label,
  };
  const fill = (text: string) => Object.entries(tokens).reduce((out, [token, value]) => out.split(token).join(value), text);
  const templates = join(root, 'deploy', 'templates', 'context');
  const domainLib = `libs/${service}-domain`;
  const firstInDomain = !existsSync(join(root, domainLib));
  const responsesFile = `apps/${service}/src/responses.ts`;
  const firstResponses = !existsSync(join(root, responsesFile));
  // Written when the service has none yet: its domain library, its Responses interface.
  const once: Record<string, { target: string; write: boolean }> = {
    'domain/project.json.tmpl': { target: `${domainLib}/project.json`, write: firstInDomain },
    'domain/jest.config.js.tmpl': { target: `${domainLib}/jest.config.js`, write: firstInDomain },
    'domain/index.ts.tmpl': { target: `${domainLib}/src/index.ts`, write: firstInDomain },
    'app/responses.ts.tmpl': { target: responsesFile, write: firstResponses },
  };
  // Written when asked for.
  const optional: Record<string, { target: string; write: boolean }> = {
    'projection/projection.ts.tmpl': { target: 'apps/__service__/src/__plural__/__projKebab__.projection.ts', write: !!projection },
    'projection/projection.spec.ts.tmpl': {
      target: 'apps/__service__/src/__plural__/__projKebab__.projection.spec.ts',
      write: !!projection,
    },
    'projection/projection.int-spec.ts.tmpl': {
      target: 'apps/__service__/src/__plural__/__projKebab__.projection.int-spec.ts',
      write: !!projection,
    },
    'reaction/reaction.ts.tmpl': { target: 'apps/__service__/src/__plural__/__reactKebab__.reaction.ts', write: !!reaction },
    'reaction/reaction.int-spec.ts.tmpl': {
      target: 'apps/__service__/src/__plural__/__reactKebab__.reaction.int-spec.ts',
      write: !!reaction,
    },
  };
  const targets: Record<string, string> = {
    'contracts/events.ts.tmpl': 'libs/contracts/src/lib/events/__kebab__.ts',
    'domain/decider.ts.tmpl': 'libs/__service__-domain/src/lib/__kebab__.decider.ts',
    'domain/decider.spec.ts.tmpl': 'libs/__service__-domain/src/lib/__kebab__.decider.spec.ts',
    'app/view.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.view.ts',
    'app/commands.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.commands.ts',
    'app/dto.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.dto.ts',
    'app/controller.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.controller.ts',
    'app/module.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.module.ts',
    'app/int-spec.ts.tmpl': 'apps/__service__/src/__plural__/__kebab__.int-spec.ts',
    ...Object.fromEntries(
      Object.entries({ ...once, ...optional })
        .filter(([, o]) => o.write)
        .map(([template, o]) => [template, o.target]),
    ),
  };
  const unknown = readdirSync(templates, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.tmpl') && !targets[f] && !once[f] && !optional[f],
  );
  if (unknown.length > 0) throw new Error(`templates without a target: ${unknown.join(', ')}`);
  const written = Object.entries(targets).map(([template, target]) => [template, join(root, fill(target))] as const);
  const taken = written.filter(([, target]) => existsSync(target)).map(([, target]) => relative(root, target));
  if (taken.length > 0) throw new Error(`nothing written: these exist already: ${taken.join(', ')}`);
  const eventsFile = 'libs/contracts/src/lib/events/index.ts';
  if (new RegExp(`\\b${tokens.__KEBAB_UPPER__}_EVENTS\\b`).test(readFileSync(join(root, eventsFile), 'utf8')))
    throw new Error(`nothing written: ${tokens.__KEBAB_UPPER__}_EVENTS is in ${eventsFile} already`);

  for (const [template, target] of written) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fill(readFileSync(join(templates, template), 'utf8')));
  }
  const events = `${tokens.__KEBAB_UPPER__}_EVENTS`;
  const module = `${tokens.__Pascal__}Module`;
  const edited = [
    edit(eventsFile, (text) =>
      text
        .replace(/((?:^import [^\n]*\n)+)/m, `$1import { ${events} } from './${aggregate}';\n`)
        .replace(
          /(ALL_EVENT_DEFINITIONS: readonly EventDefinition\[\] = \[)([^\]]*)\]/,
          (_, head: string, list: string) => `${head}${list.trim().replace(/,$/, '')}, ...${events}]`,
        ),
    ),
    edit('libs/contracts/src/lib/refusals.ts', (text) =>
      text
        .replace(/^/, `import { ${tokens.__KEBAB_UPPER__}_REFUSALS } from './events/${aggregate}';\n`)
        .replace(/(\n} as const satisfies Record<string, string>;)/, `\n  ...${tokens.__KEBAB_UPPER__}_REFUSALS,$1`),
    ),
    edit(
      'libs/contracts/src/index.ts',
      (text) =>
        `${text.trimEnd()}\nexport { ${tokens.__camel__}Streams, ${events}, type ${tokens.__Pascal__}Event } from './lib/events/${aggregate}';\n`,
    ),
    ...(firstInDomain
      ? [
          edit('tsconfig.base.json', (text) => {
            const config = JSON.parse(text) as { compilerOptions: { paths: Record<string, string[]> } };
            config.compilerOptions.paths[`@ccpc/${service}-domain`] = [`libs/${service}-domain/src/index.ts`];
            config.compilerOptions.paths = Object.fromEntries(
              Object.entries(config.compilerOptions.paths).sort(([a], [b]) => a.localeCompare(b)),
            );
            return `${JSON.stringify(config, null, 2)}\n`;
          }),
        ]
      : [edit(`${domainLib}/src/index.ts`, (text) => `${text.trimEnd()}\nexport * from './lib/${aggregate}.decider';\n`)]),
    ...(firstResponses
      ? []
      : [
          edit(responsesFile, (text) =>
            text
              .replace(
                /((?:^import [^\n]*\n)+)/m,
                `$1import type { ${tokens.__Pascal__}View } from './${tokens.__plural__}/${aggregate}.view';\n`,
              )
              .replace(
                /(export interface Responses \{\n[\s\S]*?\n)\}/,
                `$1  ${tokens.__Pascal__}: ${tokens.__Pascal__}View;\n  ${tokens.__Pascal__}Page: Page<${tokens.__Pascal__}View>;\n}`,
              )
              .replace(/^(?![\s\S]*\bPage\b[^\n]*from '@ccpc\/service-kit')/, "import type { Page } from '@ccpc/service-kit';\n"),
          ),
        ]),
    edit(`apps/${service}/src/service.ts`, (text) => {
      // The service's one event store, relay and batch route: added with its first aggregate.
      const root = text.includes('EventSourcingModule.forService')
        ? []
        : ['EventSourcingModule.forService({ catalog: new EventCatalog(ALL_EVENT_DEFINITIONS), batch: true })'];
      const imports = [
        ...(root.length
          ? [
              "import { ALL_EVENT_DEFINITIONS, EventCatalog } from '@ccpc/contracts';",
              "import { EventSourcingModule } from '@ccpc/event-store-nest';",
            ]
          : []),
        "import type { ServiceDefinition } from '@ccpc/service-kit';",
        `import { ${module} } from './${tokens.__plural__}/${aggregate}.module';`,
        ...(text.includes('RESPONSE_SCHEMAS') ? [] : ["import { RESPONSE_SCHEMAS } from './responses.schema';"]),
      ];
      const withImports = text.replace(/import type \{ ServiceDefinition \} from '@ccpc\/service-kit';/, imports.join('\n'));
      const withModule = withImports.replace(
        /imports: \(\) => \[([^\]]*)\]/,
        (_, list: string) => `imports: () => [${[...root, list.trim().replace(/,$/, ''), module].filter(Boolean).join(', ')}]`,
      );
      return text.includes('RESPONSE_SCHEMAS') ? withModule : withModule.replace(/\n\};\s*$/, '\n  responses: RESPONSE_SCHEMAS,\n};\n');
    }),
  ];
  // The service's API changes: its published OpenAPI document is written anew by its next integration run.
  rmSync(join(root, 'docs', 'openapi', `${service}.json`), { force: true });
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  run(bin('prettier'), ['--write', '--log-level', 'warn', ...written.map(([, target]) => target), ...edited]);
  run(bin('tsx'), [join(root, 'deploy', 'scripts', 'response-schemas.ts')]);
  run(bin('tsx'), [join(root, 'deploy', 'scripts', 'contracts-docs.ts')]);
  process.stdout.write(
    [
      `created ${written.length} files:`,
      ...written.map(([, target]) => `  ${relative(root, target)}`),
      `edited (registration): ${edited.map((f) => relative(root, f)).join(', ')}; regenerated apps/${service}/src/responses.schema.ts, docs/events.md and docs/asyncapi.yaml`,
      `next: npx nx run-many -t lint test -p ${service}-domain ${service} && npx nx run ${service}:int (it writes docs/openapi/${service}.json anew: commit it)`,
      '',
    ].join('\n'),
  );
}

function edit(file: string, change: (text: string) => string): string {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`could not register in ${file}: its shape is not what the generator expects`);
  writeFileSync(path, after);
  return path;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`context:new: ${(error as Error).message}\n`);
  process.exit(1);
}
