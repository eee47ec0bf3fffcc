/**
 * Polls `probe` until it answers something other than undefined (a read model catching up, a
 * consumer applying an event), and fails naming `what` after `timeoutMs`. A probe that throws
 * counts as "not yet" (a topic just created may not have its partition leaders yet); the last
 * error is in the timeout's message.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe().catch((error: unknown) => ((last = error), undefined));
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
