/**
 * Dead letters of a consumer group: list, inspect, re-drive.
 *   npm run dlq -- list    --group projection.dashboard [--prefix t1.]
 *   npm run dlq -- inspect --group projection.dashboard --id 0:12
 *   npm run dlq -- redrive --group projection.dashboard [--stream <id>] [--again]
 * Needs KAFKA_BROKERS. Re-driven events go to <group>.retry, read by that group alone.
 */
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { listDeadLetters, redriveDeadLetters } from '../index';

const USAGE = [
  'usage: npm run dlq -- list    --group <consumer group> [--prefix <topic prefix>]',
  '       npm run dlq -- inspect --group <consumer group> --id <partition:offset>',
  '       npm run dlq -- redrive --group <consumer group> [--stream <stream id>] [--again]',
  '  needs KAFKA_BROKERS; re-driven events go to <group>.retry, read by that group alone',
].join('\n');

function args() {
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        group: { type: 'string' },
        prefix: { type: 'string', default: process.env['TOPIC_PREFIX'] ?? '' },
        id: { type: 'string' },
        stream: { type: 'string' },
        again: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (parsed.values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (parsed.positionals.length > 1) throw new Error(`one command, not ${parsed.positionals.join(' ')}`);
    return parsed;
  } catch (error) {
    process.stderr.write(`dlq: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const { positionals, values } = args();
  const [command] = positionals;
  if (!['list', 'inspect', 'redrive'].includes(command ?? '')) throw new Error(USAGE);
  const brokers = process.env['KAFKA_BROKERS'];
  if (!brokers) throw new Error('set KAFKA_BROKERS (host:port[,host:port])');
  if (!values.group) throw new Error('name the consumer group: --group <group>');
  const kafka = new Kafka({ clientId: 'dlq-cli', brokers: brokers.split(','), logLevel: logLevel.ERROR });
  const group = values.group;

  switch (command) {
    case 'list': {
      const letters = await listDeadLetters(kafka, group, values.prefix);
      if (letters.length === 0) process.stdout.write(`no dead letters for ${group}\n`);
      for (const l of letters) {
        process.stdout.write(
          `${l.id.padEnd(8)} ${l.redriven ? 'redriven' : 'waiting '} ${l.reason.padEnd(10)} ${l.streamId}  ${l.eventType}  ${l.error}\n`,
        );
      }
      return 0;
    }
    case 'inspect': {
      const letter = (await listDeadLetters(kafka, group, values.prefix)).find((l) => l.id === values.id);
      if (!letter) throw new Error(`no dead letter ${values.id ?? '(give --id partition:offset)'} for ${group}`);
      const { value, ...rest } = letter;
      process.stdout.write(`${JSON.stringify({ ...rest, event: JSON.parse(value) }, null, 2)}\n`);
      return 0;
    }
    case 'redrive': {
      const sent = await redriveDeadLetters(kafka, group, {
        prefix: values.prefix,
        streamId: values.stream,
        includeRedriven: values.again,
      });
      process.stdout.write(`re-drove ${sent.length} dead letter(s) of ${group} through its retry topic\n`);
      for (const l of sent) process.stdout.write(`  ${l.id} ${l.streamId} ${l.eventType}\n`);
      return 0;
    }
    default:
      throw new Error(USAGE);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dlq: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
