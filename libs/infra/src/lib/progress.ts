/** Step-by-step progress on stderr, with elapsed seconds; quiet when CCPC_QUIET is set. */
export interface Progress {
  step(message: string): void;
  done(message: string): void;
}

export function consoleProgress(prefix = 'infra'): Progress {
  const quiet = !!process.env['CCPC_QUIET'];
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  return {
    step: (message) => {
      if (!quiet) process.stderr.write(`[${prefix} ${elapsed()}] ${message}\n`);
    },
    done: (message) => {
      if (!quiet) process.stderr.write(`[${prefix} ${elapsed()}] ✓ ${message}\n`);
    },
  };
}

export const silentProgress: Progress = { step: () => undefined, done: () => undefined };
