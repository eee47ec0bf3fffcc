/**
 * The fault run's clients: each sends its commands one after the other and retries every one
 * with the same Idempotency-Key until it is answered, as a careful client does. The tally says
 * what was acknowledged per phase, what a fault interrupted, and any answer a careful client
 * should never get.
 */

export interface Tally {
  /** Idempotency keys answered 2xx, per phase. */
  acknowledged: Map<string, Set<string>>;
  /** Commands sent (each once, however often retried). */
  sent: number;
  /** Commands whose first attempt(s) met a fault (no answer, 5xx, 409) and were answered on a retry. */
  interrupted: number;
  wrongful: string[];
  refused: string[];
}

export const newTally = (): Tally => ({ acknowledged: new Map(), sent: 0, interrupted: 0, wrongful: [], refused: [] });

export const acknowledgedIn = (tally: Tally, phase: string): Set<string> => {
  let keys = tally.acknowledged.get(phase);
  if (!keys) tally.acknowledged.set(phase, (keys = new Set()));
  return keys;
};

export const allAcknowledged = (tally: Tally): string[] => [...tally.acknowledged.values()].flatMap((keys) => [...keys]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ClientOptions {
  /** The registry's current URL (it changes when the process is restarted). */
  registryUrl: () => string;
  authorization: string;
  tally: Tally;
  /** Keys are `<run>-<phase>-<client>-<project>-<command>`. */
  run: string;
}

/** One command, retried with its key until it is answered. */
async function send(options: ClientOptions, phase: string, path: string, body: object, key: string): Promise<{ id?: string }> {
  const { tally } = options;
  tally.sent++;
  let interrupted = false;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(200)) {
    const response = await fetch(`${options.registryUrl()}${path}`, {
      method: 'POST',
      headers: { Authorization: options.authorization, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    }).catch(() => undefined);
    if (!response || response.status >= 500) {
      interrupted = true;
      continue;
    }
    const json = (await response.json().catch(() => ({}))) as { id?: string; rule?: string };
    if (response.status === 409) {
      tally.wrongful.push(`${key}: 409 ${json.rule ?? ''}`);
      interrupted = true;
      continue;
    }
    if (interrupted) tally.interrupted++;
    if (response.status >= 400) tally.refused.push(`${key}: ${response.status} ${json.rule ?? ''}`);
    else acknowledgedIn(tally, phase).add(key);
    return json;
  }
  throw new Error(`${key}: no answer within 2 minutes`);
}

/** Commands per project: a registration and six monthly investment reports. */
export const COMMANDS_PER_PROJECT = 7;

/**
 * One client: registers `projects` projects and reports six months of investment on each — and
 * goes on with more while `keepGoing()` says so (a phase that lasts as long as its faults).
 */
export async function client(options: ClientOptions, phase: string, c: number, projects: number, keepGoing = () => false): Promise<void> {
  for (let p = 0; p < projects || keepGoing(); p++) {
    const key = `${options.run}-${phase}-${c}-${p}`;
    const { id: projectId } = await send(
      options,
      phase,
      '/projects',
      {
        name: `混沌测试项目${phase}${c}-${p}`,
        localityCode: 'chaoyang',
        departmentCode: 'fgw',
        categoryCode: 'infrastructure',
        sourceCode: 'government',
        totalInvestmentWan: 50_000,
        reserveLevels: ['city'],
      },
      `${key}-register`,
    );
    for (let m = 1; m <= 6; m++)
      await send(options, phase, `/projects/${projectId}/investments`, { month: `2026-0${m}`, cumulativeWan: m * 1000 }, `${key}-m${m}`);
  }
}

/** `clients` clients of one phase, all at once; resolves when every command was answered. */
export const load = (options: ClientOptions, phase: string, clients: number, projects: number, keepGoing?: () => boolean): Promise<void> =>
  Promise.all(Array.from({ length: clients }, (_, c) => client(options, phase, c, projects, keepGoing))).then(() => undefined);
