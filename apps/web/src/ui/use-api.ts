/** Loading, data and error of one API read, re-read when its inputs change or on demand. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/errors';

export interface ApiState<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload: () => void;
  /**
   * Re-reads until `done` holds for what the service answers (a read model a moment behind the
   * command just sent), at most `timeoutMs`; the screen shows each answer as it comes.
   */
  reloadUntil: (done: (value: T) => boolean, timeoutMs?: number) => Promise<void>;
}

export function useApi<T>(read: () => Promise<T>, inputs: readonly unknown[]): ApiState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const readNow = useRef(read);
  readNow.current = read;
  const reloadUntil = useCallback(async (done: (value: T) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const call = ++latest.current;
      const value = await readNow.current().catch(() => undefined);
      if (value !== undefined && call === latest.current) {
        setData(value);
        setError(undefined);
        setLoading(false);
      }
      if ((value !== undefined && done(value)) || Date.now() > deadline) return;
      await new Promise((r) => setTimeout(r, 300));
    }
  }, []);

  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    // A read that throws before its request (a service missing from config.json) is an error of
    // this read, shown where its data would be — not a crash of the whole screen.
    new Promise<T>((resolve) => resolve(read())).then(
      (value) => {
        if (call !== latest.current) return; // a later read is on its way
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (call !== latest.current) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, undefined));
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...inputs, tick]);

  return { data, loading, error, reload, reloadUntil };
}
