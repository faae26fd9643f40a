/**
 * Parsing statutes from `unknown` input.
 *
 * @module
 */

import { deepFreeze, isFrozenAtSource } from '../model/_deepFreeze.js';
import type { Statute } from '../model/statute.js';
import { parseShape } from './_fromValibot.js';
import { withoutSchemaKey } from './_schemaKey.js';
import { checkReferences } from './checkReferences.js';
import { type InputIssue, type SafeParseResult, StatuteError } from './issues.js';
import { statuteSchema } from './schema.js';

/**
 * The statute checked from an input that can never change (every statute this module returned,
 * and the presets): checking it again (a preset passed to `replay` for every scenario, a version
 * taken from a state) would only repeat the work, and a full check of a real statute takes about
 * a millisecond and a half. A frozen input from elsewhere is checked every time: its prototype or
 * a Proxy around it could answer differently the next time.
 */
const checked = new WeakMap<object, Statute>();

/**
 * Checks an unknown value (a parsed JSON file, say) against the statute format and returns the
 * result without throwing. Shape problems are all reported at once; when the shape is right,
 * every reference problem (unknown party, body, matter, role or section, duplicate ids, an
 * escalation that does not go up) is reported at once. A top-level `$schema` key, naming the JSON
 * Schema for editors, is accepted if it is a string and left out of the statute. On success,
 * `data` is a deep-frozen copy; for a statute this function returned, or a preset checked before,
 * it is the same statute again, at no cost. This is a pure function: it never changes its input.
 *
 * @param input - any value
 * @returns `{ success: true, data }` or `{ success: false, issues }` with at least one issue
 * @example
 * ```ts
 * const result = safeParseStatute(JSON.parse(text));
 * if (!result.success) {
 *   for (const issue of result.issues) console.log(formatPath(issue.path), issue.message);
 * }
 * ```
 * @category Statute
 */
export function safeParseStatute(input: unknown): SafeParseResult<Statute> {
  const known = typeof input === 'object' && input !== null ? checked.get(input) : undefined;
  if (known !== undefined) return { success: true, data: known };
  const file = withoutSchemaKey(input);
  const shape = parseShape(statuteSchema, file.input);
  let issues: InputIssue[];
  if (shape.ok) {
    const statute = shape.value as Statute;
    issues = [...file.issues, ...checkReferences(statute)];
    if (issues.length === 0) {
      const data = deepFreeze(statute);
      checked.set(data, data);
      if (isFrozenAtSource(input)) checked.set(input as object, data);
      return { success: true, data };
    }
  } else {
    issues = [...file.issues, ...shape.issues];
  }
  return { success: false, issues: issues as [InputIssue, ...InputIssue[]] };
}

/**
 * Checks an unknown value against the statute format and returns it as a deep-frozen
 * {@link Statute}, or throws one {@link StatuteError} that lists every issue with its path.
 *
 * @param input - any value
 * @returns the statute
 * @throws {@link StatuteError} when the input is not a valid statute
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const statute = parseStatute(JSON.parse(readFileSync('vedtekter.json', 'utf8')));
 * ```
 * @category Statute
 */
export function parseStatute(input: unknown): Statute {
  const result = safeParseStatute(input);
  if (!result.success) throw new StatuteError(result.issues);
  return result.data;
}
