/**
 * A statute file may name its JSON Schema in a top-level `$schema` key, as editors expect
 * (`"$schema": "./node_modules/helsefellesskap/dist/statute.schema.json"`). The key is not part of
 * the statute: it must be a string, and is left out before the statute is checked.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import { parseShape } from './_fromValibot.js';
import type { InputIssue } from './issues.js';

const schemaKey = v.string();

/**
 * `input` without its own `$schema` key, and an issue if that key is not a string. Input that
 * cannot be read is passed on as it is, for the shape check to report.
 *
 * @internal
 */
export function withoutSchemaKey(input: unknown): { input: unknown; issues: InputIssue[] } {
  try {
    if (
      typeof input !== 'object' ||
      input === null ||
      Array.isArray(input) ||
      !Object.hasOwn(input, '$schema')
    )
      return { input, issues: [] };
    const { $schema, ...rest } = input as Record<string, unknown>;
    const checked = parseShape(schemaKey, $schema);
    const issues = checked.ok ? [] : checked.issues.map((i) => ({ ...i, path: ['$schema', ...i.path] }));
    return { input: rest, issues };
  } catch {
    return { input, issues: [] };
  }
}
