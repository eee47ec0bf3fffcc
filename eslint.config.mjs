// Module boundaries are real from the first commit (docs/architecture.md): domain and contracts code
// cannot import infrastructure, apps cannot import apps, services cannot import each other.
import nx from '@nx/eslint-plugin';

const frameworkImports = {
  patterns: [
    {
      group: ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', 'node:*', 'fs', 'http', 'net'],
      message: 'Domain code is pure: no framework, database, broker or I/O imports.',
    },
  ],
};

const depConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:contracts', 'type:infra', 'type:util', 'type:testing'],
  },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:contracts', 'type:infra', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:contracts', 'type:util'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:testing', 'type:tooling', 'type:infra', 'type:domain', 'type:contracts', 'type:util'],
  },
  // Provisioning, dev identity and scripts (libs/infra, deploy/): never part of a service.
  {
    sourceTag: 'type:tooling',
    onlyDependOnLibsWithTags: ['type:tooling', 'type:testing', 'type:infra', 'type:domain', 'type:contracts', 'type:util'],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:registry', onlyDependOnLibsWithTags: ['scope:registry', 'scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:investment-promotion', onlyDependOnLibsWithTags: ['scope:investment-promotion', 'scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:approval', onlyDependOnLibsWithTags: ['scope:approval', 'scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:issue-resolution', onlyDependOnLibsWithTags: ['scope:issue-resolution', 'scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:assessment', onlyDependOnLibsWithTags: ['scope:assessment', 'scope:platform', 'scope:shared'] },
  { sourceTag: 'scope:projection', onlyDependOnLibsWithTags: ['scope:projection', 'scope:platform', 'scope:shared'] },
  // deploy/: the platform team's scripts (seed, bench, rebuild) reach every context, through libraries' public APIs only.
  {
    sourceTag: 'scope:tooling',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:platform',
      'scope:registry',
      'scope:investment-promotion',
      'scope:approval',
      'scope:issue-resolution',
      'scope:assessment',
      'scope:projection',
    ],
  },
];

// Tests of any project may use the harness in libs/testing; production code may not.
const testDepConstraints = depConstraints.map((c) =>
  c.onlyDependOnLibsWithTags && c.sourceTag.startsWith('type:')
    ? { ...c, onlyDependOnLibsWithTags: [...new Set([...c.onlyDependOnLibsWithTags, 'type:testing'])] }
    : c,
);

const boundaries = (constraints) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    banTransitiveDependencies: false,
    allow: [],
    // jest's global setup imports the harness lazily (after registering tsconfig paths).
    checkDynamicDependenciesExceptions: ['@ccpc/infra'],
    depConstraints: constraints,
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.cache', '**/coverage', '**/.nx'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/src/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints) },
  },
  {
    // The dev identity signs tokens with a key generated on this machine: no service may mint them.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/infra/**', 'libs/testing/**', 'libs/auth/**', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@ccpc/auth/dev', message: 'Dev tokens are for npm start, CLIs and tests, never for a service.' }] },
      ],
    },
  },
  {
    // Deciders, states and projection evolve functions: pure TypeScript, time arrives on the command.
    files: ['**/*.decider.ts', '**/*.state.ts', '**/*.evolve.ts', 'libs/*-domain/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', frameworkImports],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the injected clock (command metadata), not new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the injected clock, not Date.now().',
        },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Domain code is deterministic.' },
      ],
    },
  },
];
