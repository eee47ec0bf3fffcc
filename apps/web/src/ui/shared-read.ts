/** A read shared by every screen of the session (reference data): made once, tried again after a failure. */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read().catch((error: unknown) => {
      pending = undefined; // a failed read is tried again next time
      throw error;
    });
    return pending;
  };
}

/** A code's name from a list of codes and names (the code itself when the list does not know it). */
export const lookup = (list: ReadonlyArray<{ code: string; name: string }> | undefined) => {
  const names = new Map((list ?? []).map((x) => [x.code, x.name]));
  return (code: string) => names.get(code) ?? code;
};
