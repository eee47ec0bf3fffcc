/**
 * A read-model query in the read model's own terms, so that callers (controllers) never write
 * database filters: equal values, numeric ranges, a literal text to find in a field, and
 * visibility as "any of these field values".
 */
export interface ViewQuery<Doc> {
  equals?: Partial<Record<keyof Doc & string, string | number | boolean>>;
  ranges?: Partial<Record<keyof Doc & string, { min?: number; max?: number }>>;
  contains?: { field: keyof Doc & string; text: string };
  /** At least one of these (field path → allowed values) must hold; undefined means no restriction. */
  anyOf?: ReadonlyArray<Record<string, readonly string[]>>;
  sort?: Partial<Record<keyof Doc & string, 1 | -1>>;
  skip: number;
  limit: number;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The database filter of a query; a field the store keeps packed as a string cannot be queried (a programming error). */
export function filterOf<Doc>(query: ViewQuery<Doc>, packed: readonly string[] = []): Record<string, unknown> {
  const asked = [
    ...Object.keys(query.equals ?? {}),
    ...Object.keys(query.ranges ?? {}),
    ...(query.contains ? [query.contains.field] : []),
    ...(query.anyOf ?? []).flatMap((clause) => Object.keys(clause)),
    ...Object.keys(query.sort ?? {}),
  ];
  const unqueryable = asked.find((path) => packed.includes(path.split('.')[0] as string));
  if (unqueryable) throw new Error(`read model query on ${unqueryable}: the store keeps that field packed as one string`);
  const filter: Record<string, unknown> = { _deleted: { $ne: true } };
  for (const [field, value] of Object.entries(query.equals ?? {})) if (value !== undefined) filter[field] = value;
  for (const [field, range] of Object.entries(query.ranges ?? {}) as Array<[string, { min?: number; max?: number } | undefined]>) {
    if (!range || (range.min === undefined && range.max === undefined)) continue;
    filter[field] = { ...(range.min !== undefined ? { $gte: range.min } : {}), ...(range.max !== undefined ? { $lte: range.max } : {}) };
  }
  if (query.contains) filter[query.contains.field] = { $regex: escapeRegex(query.contains.text) };
  if (query.anyOf?.length === 0) filter['_id'] = { $in: [] };
  else if (query.anyOf)
    filter['$or'] = query.anyOf.map((clause) =>
      Object.fromEntries(Object.entries(clause).map(([path, values]) => [path, { $in: [...values] }])),
    );
  return filter;
}

/** A document's value at a dotted path (`leader.id`); arrays are kept as arrays (a value matches any element, as in MongoDB). */
function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

const holds = (value: unknown, test: (v: unknown) => boolean): boolean => (Array.isArray(value) ? value.some(test) : test(value));

/** Whether a document matches a query's filters, with the meaning filterOf gives them in the database. */
export function matchesQuery<Doc>(doc: Doc, query: Pick<ViewQuery<Doc>, 'equals' | 'ranges' | 'contains' | 'anyOf'>): boolean {
  for (const [field, wanted] of Object.entries(query.equals ?? {}))
    if (wanted !== undefined && !holds(valueAt(doc, field), (v) => v === wanted)) return false;
  for (const [field, range] of Object.entries(query.ranges ?? {}) as Array<[string, { min?: number; max?: number } | undefined]>) {
    if (!range || (range.min === undefined && range.max === undefined)) continue;
    const inRange = (v: unknown) =>
      typeof v === 'number' && (range.min === undefined || v >= range.min) && (range.max === undefined || v <= range.max);
    if (!holds(valueAt(doc, field), inRange)) return false;
  }
  if (query.contains) {
    const text = query.contains.text;
    if (!holds(valueAt(doc, query.contains.field), (v) => typeof v === 'string' && v.includes(text))) return false;
  }
  if (query.anyOf)
    return query.anyOf.some((clause) =>
      Object.entries(clause).every(([path, values]) => holds(valueAt(doc, path), (v) => typeof v === 'string' && values.includes(v))),
    );
  return true;
}

/** MongoDB's order of two sort values: missing and null first, numbers by value, strings by code point. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** A page of documents held in memory, filtered and sorted as the store's `page` would (the key breaking ties, as `_id` does there). */
export function pageInMemory<Doc>(entries: Iterable<{ key: string; doc: Doc }>, query: ViewQuery<Doc>): { items: Doc[]; total: number } {
  const sort = Object.entries(query.sort ?? {}) as Array<[string, 1 | -1]>;
  const matching = [...entries]
    .filter((e) => matchesQuery(e.doc, query))
    .sort((a, b) => {
      for (const [field, direction] of sort) {
        const order = compareValues(valueAt(a.doc, field), valueAt(b.doc, field));
        if (order !== 0) return order * direction;
      }
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
  return { items: matching.slice(query.skip, query.skip + query.limit).map((e) => e.doc), total: matching.length };
}
