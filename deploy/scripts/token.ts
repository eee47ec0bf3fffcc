/**
 * npm run token -- --role locality:nanguan [--role …] [--sub id] [--name 名称] [--hours 12]
 * Prints a bearer token signed with the local dev key (.cache/dev/auth), which the services
 * started by `npm start` trust. For local use only.
 */
import { devToken } from '@ccpc/infra';
import { cliArgs } from './cli-args';

const usage = 'usage: npm run token -- --role locality:nanguan [--role …] [--sub id] [--name 名称] [--hours 12]';
const { values } = cliArgs(usage, {
  role: { type: 'string', multiple: true },
  sub: { type: 'string' },
  name: { type: 'string' },
  hours: { type: 'string' },
});
if (!values.role?.length) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
devToken(values.role, { sub: values.sub, name: values.name, hours: values.hours ? Number(values.hours) : undefined })
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`token: ${(error as Error).message}\n`);
    process.exit(2);
  });
