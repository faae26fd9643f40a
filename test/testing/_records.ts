/**
 * The record with `id` (a case, a member or a meeting) that has the key `key`, anywhere in a JSON
 * value (records sit in tries).
 */
export function recordOf(value: unknown, id: string, key = 'votes'): any {
  const found = search(value, id, key);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

function search(value: unknown, id: string, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.id === id && key in record) return record;
  for (const child of Object.values(record)) {
    const found = search(child, id, key);
    if (found !== undefined) return found;
  }
  return undefined;
}
