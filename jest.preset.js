// Shared by every project's jest config: SWC transpiles TypeScript with decorator metadata
// (Nest needs it) and @ccpc/* imports resolve to the libraries' sources.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@ccpc/([a-z0-9-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    '^@ccpc/([a-z0-9-]+)/testing$': path.join(__dirname, 'libs/$1/src/testing.ts'),
    '^@ccpc/([a-z0-9-]+)/dev$': path.join(__dirname, 'libs/$1/src/dev.ts'),
  },
};
