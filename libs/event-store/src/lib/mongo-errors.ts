/** MongoDB's (and FerretDB's) "duplicate key": the unique _id that decides between writers. */
const DUPLICATE_KEY = 11000;

export const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: number }).code === DUPLICATE_KEY;

/**
 * The indexes of the documents an unordered insertMany lost to duplicate keys, or undefined
 * when any write failed for another reason (then nobody knows what landed).
 */
export function duplicateKeyIndexes(error: unknown): number[] | undefined {
  const writeErrors = (error as { writeErrors?: Array<{ index?: number; code?: number; err?: { index?: number; code?: number } }> })
    .writeErrors;
  if (!writeErrors?.every((e) => e.code === DUPLICATE_KEY || e.err?.code === DUPLICATE_KEY)) return undefined;
  return writeErrors.map((e) => e.index ?? e.err?.index ?? -1);
}
