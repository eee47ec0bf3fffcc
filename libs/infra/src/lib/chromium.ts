/**
 * Debian's Chromium for the browser tests (driven by playwright-core through its executable path;
 * no browser downloads), and the Noto CJK fonts so that Chinese renders in screenshots. Installed
 * from Debian's packages when missing and the harness runs as root; otherwise a clear error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { InfraError } from './workspace';
import type { Progress } from './progress';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  return [process.env['CHROMIUM_PATH'], ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
}

export function ensureChromium(progress: Progress): string {
  const found = findChromium();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (!root || spawnSync('apt-get', ['--version']).status !== 0) {
    throw new InfraError(
      "Chromium not found for the browser tests: install Debian's `chromium` and `fonts-noto-cjk` packages (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH",
    );
  }
  progress.step("installing Chromium and the Noto CJK fonts from Debian's packages (once; a few minutes)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new InfraError(`apt-get ${args.join(' ')} failed: ${result.stderr?.toString().slice(-500)}`);
  }
  const installed = findChromium();
  if (!installed) throw new InfraError('apt-get installed chromium, yet no executable was found');
  progress.done(`Chromium ready: ${installed}`);
  return installed;
}
