/**
 * Runs a valibot schema and maps its issues to ours, so no valibot type is public.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import { issueOf } from './_issueText.js';
import type { InputIssue, InputIssueCode, IssuePath } from './issues.js';

const customCodes: ReadonlySet<string> = new Set<string>([
  'invalid_date',
  'invalid_kommunenummer',
  'invalid_fylkesnummer',
  'invalid_id',
  'zero_denominator',
  'fraction_above_one',
  'not_object',
]);

const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function mapIssue(issue: v.BaseIssue<unknown>): InputIssue {
  const path: IssuePath = (issue.path ?? []).map((item) => item.key as string | number);
  const got = describe(issue.input);
  if (customCodes.has(issue.message)) {
    if (issue.message === 'not_object')
      return issueOf('invalid_type', path, { expected: 'Object', received: got });
    return issueOf(issue.message as InputIssueCode, path, { received: got });
  }
  switch (issue.type) {
    case 'strict_object': {
      const parent = issue.path?.[issue.path.length - 1]?.input;
      if (issue.received === 'undefined' && Array.isArray(parent)) {
        // valibot reads an array as an object with missing keys; say what is really wrong.
        return issueOf('invalid_type', path.slice(0, -1), { expected: 'Object', received: 'an array' });
      }
      if (issue.expected !== 'never' && (issue.received !== 'undefined' || path.length === 0))
        return issueOf('invalid_type', path, { expected: 'Object', received: got });
      const key = String(path[path.length - 1]);
      return issueOf(issue.expected === 'never' ? 'unknown_key' : 'missing_key', path, { key });
    }
    case 'min_value':
      return issueOf('too_small', path, { minimum: String(issue.requirement), received: got });
    case 'min_length':
      return issueOf('too_small', path, {
        minimum: String(issue.requirement),
        received: got,
        length: issue.received ?? got,
      });
    case 'max_value':
    case 'max_length':
      return issueOf('too_big', path, { maximum: String(issue.requirement) });
    case 'safe_integer':
    case 'integer':
      return issueOf('not_integer', path, { received: got });
    case 'variant':
    case 'picklist':
    case 'literal':
      return issueOf('invalid_value', path, { expected: issue.expected ?? '', received: got });
    default:
      return issueOf('invalid_type', path, { expected: issue.expected ?? issue.type, received: got });
  }
}

/**
 * How deeply statute and event input may nest, in objects and arrays. A real statute nests about
 * ten levels (a decision rule inside `all` inside `each-bloc` adds two each); deeper input, and
 * input that contains itself, is one `too_deep` issue at the first path past the limit, before
 * the schema looks at it. @internal
 */
export const MAX_INPUT_DEPTH = 64;

/** How many objects and arrays one input may hold; past it, one `too_big` issue at the root. */
const MAX_INPUT_NODES = 2_000_000;

interface Walk {
  readonly out: InputIssue[];
  nodes: number;
  stopped: boolean;
}

/**
 * Every own key named `__proto__`, `constructor` or `prototype`, anywhere in a JSON-like value,
 * and nesting past {@link MAX_INPUT_DEPTH} (a cycle included). `JSON.parse` creates such keys as
 * own properties; they must never reach our objects. The walk's recursion is bounded by the limit.
 */
function walkInput(value: unknown, path: (string | number)[], walk: Walk, depth: number): void {
  if (walk.stopped || value === null || typeof value !== 'object') return;
  if (depth > MAX_INPUT_DEPTH) {
    walk.stopped = true;
    walk.out.push(issueOf('too_deep', path, { limit: MAX_INPUT_DEPTH }));
    return;
  }
  walk.nodes += 1;
  if (walk.nodes > MAX_INPUT_NODES) {
    walk.stopped = true;
    walk.out.push(issueOf('too_big', [], { limit: MAX_INPUT_NODES }));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walkInput(item, [...path, index], walk, depth + 1);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) {
      walk.out.push(issueOf('forbidden_key', [...path, key], { key }));
    } else {
      walkInput((value as Record<string, unknown>)[key], [...path, key], walk, depth + 1);
    }
  }
}

/** The one issue of an input that could not be read (a Proxy or a getter that throws). @internal */
export function unreadableIssue(error: unknown): InputIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return issueOf('unreadable', [], { error: detail.slice(0, 200) });
}

/**
 * Parses `input` against `schema`; returns the typed output or every shape issue.
 *
 * @internal
 */
export function parseShape<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: InputIssue[] } {
  const walk: Walk = { out: [], nodes: 0, stopped: false };
  let result: ReturnType<typeof v.safeParse<typeof schema>>;
  try {
    walkInput(input, [], walk, 0);
    if (walk.out.length > 0) return { ok: false, issues: walk.out };
    result = v.safeParse(schema, input);
  } catch (error) {
    return { ok: false, issues: [unreadableIssue(error)] };
  }
  if (result.success) return { ok: true, value: result.output };
  const seen = new Set<string>();
  const issues = result.issues.map(mapIssue).filter((issue) => {
    const key = `${issue.code} ${JSON.stringify(issue.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: false, issues };
}
