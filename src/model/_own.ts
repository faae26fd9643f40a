/**
 * Own-key access to records keyed by ids. Ids come from statutes and event logs, and an id may
 * be the name of a member of `Object.prototype` (`toString`, `valueOf`, `hasOwnProperty`, …):
 * `record[id]` would find the inherited function, and `record[id] ??= {}` would then write into
 * it, for the whole process. Every read, test and write of a record keyed by an id goes through
 * these functions, which look at own properties only. Records stay ordinary objects, so a state
 * is still plain JSON that immer drafts, `structuredClone` copies and a JSON round trip keeps
 * (see CONTRIBUTING.md).
 *
 * @internal
 * @module
 */
import { isDraft } from 'immer';

/** The record's own value at `key`, never an inherited one. @internal */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record has `key` as its own property. @internal */
export function hasOwn(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/**
 * Sets `record[key]` as an own property. A key that an object inherits (`toString`) is defined
 * rather than assigned, which also works where `Object.prototype` is frozen; an immer draft
 * (which refuses `defineProperty`) sets it on its copy as an own property by assignment.
 * @internal
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (Object.hasOwn(record, key) || !(key in record) || isDraft(record)) record[key] = value;
  else Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The record's own value at `key`, made with `make` and set as an own property when missing. @internal */
export function ownSlot<T>(record: Record<string, T>, key: string, make: () => T): T {
  if (!Object.hasOwn(record, key)) setOwn(record, key, make());
  return record[key] as T;
}
