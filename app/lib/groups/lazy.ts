// Builds a value on first use and keeps it: for prepared statements, which must not be built
// before the database is migrated, and which are far cheaper than building a query per request.
export function lazy<T>(make: () => T): () => T {
  let box: { value: T } | undefined;
  return () => (box ??= { value: make() }).value;
}
