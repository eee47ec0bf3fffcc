/** `npm run infra -- up|down|status|start <server>|stop <server> [--profile dev|test]`: the local servers by hand. */
import { InfraError, localServers, startLocalInfra, stopLocalInfra, type LocalProfile } from '@ccpc/infra';
import { progress } from './steps';

export async function infraCommand(args: string[]): Promise<number> {
  const profileIndex = args.indexOf('--profile');
  const profile = (profileIndex >= 0 ? args[profileIndex + 1] : 'dev') as LocalProfile;
  if (profile !== 'dev' && profile !== 'test') throw new InfraError('--profile must be dev or test');
  const [action, target] = profileIndex >= 0 ? args.filter((_, i) => i !== profileIndex && i !== profileIndex + 1) : args;
  const servers = localServers(profile);
  const pick = () => {
    if (target === 'kafka') return servers.kafka;
    if (target === 'ferretdb' || target === 'mongo') return servers.mongo;
    throw new InfraError('name the server: kafka or ferretdb');
  };
  switch (action) {
    case 'up': {
      const infra = await startLocalInfra(profile, progress);
      process.stdout.write(`KAFKA_BROKERS=${infra.kafkaBrokers}\nMONGODB_URI=${infra.mongoUri}\n`);
      return 0;
    }
    case 'down':
      await stopLocalInfra(profile);
      progress.done(`stopped the ${profile} servers`);
      return 0;
    case 'status':
      for (const server of [servers.kafka, servers.mongo]) {
        process.stdout.write(
          `${server.name.padEnd(9)} port ${server.port}  ${(await server.running()) ? 'running' : 'stopped'}  log ${server.logFile}\n`,
        );
      }
      return 0;
    case 'start':
      await pick().start(progress);
      return 0;
    case 'stop':
      await pick().stop();
      progress.done(`stopped ${target}`);
      return 0;
    default:
      throw new InfraError('usage: npm run infra -- up|down|status|start <server>|stop <server> [--profile dev|test]');
  }
}
