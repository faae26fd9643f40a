/**
 * Runs a valibot schema and maps its issues to ours, so no valibot type is public.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
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
    const code = issue.message as InputIssueCode;
    const messages: Record<string, string> = {
      invalid_date: `expected a calendar date written YYYY-MM-DD, got ${got}`,
      invalid_kommunenummer: `expected a kommunenummer of four digits, got ${got}`,
      invalid_fylkesnummer: `expected a fylkesnummer of two digits, got ${got}`,
      invalid_id: `expected an id (non-empty, no surrounding spaces, not __proto__, constructor or prototype), got ${got}`,
      zero_denominator: 'a fraction cannot have the denominator 0',
      fraction_above_one: 'a share cannot be more than 1 (numerator above denominator)',
      not_object: `expected an object, got ${got}`,
    };
    return {
      code: issue.message === 'not_object' ? 'invalid_type' : code,
      path,
      params: { received: got },
      message: messages[issue.message] ?? code,
    };
  }
  switch (issue.type) {
    case 'strict_object': {
      const parent = issue.path?.[issue.path.length - 1]?.input;
      if (issue.received === 'undefined' && Array.isArray(parent)) {
        // valibot reads an array as an object with missing keys; say what is really wrong.
        return {
          code: 'invalid_type',
          path: path.slice(0, -1),
          params: { expected: 'Object', received: 'an array' },
          message: 'expected an object, got an array',
        };
      }
      if (issue.expected !== 'never' && (issue.received !== 'undefined' || path.length === 0)) {
        return {
          code: 'invalid_type',
          path,
          params: { expected: 'Object', received: got },
          message: `expected an object, got ${got}`,
        };
      }
      if (issue.expected === 'never') {
        const key = String(path[path.length - 1]);
        return { code: 'unknown_key', path, params: { key }, message: `unknown key "${key}"` };
      }
      return {
        code: 'missing_key',
        path,
        params: { key: String(path[path.length - 1]) },
        message: `required key "${String(path[path.length - 1])}" is missing`,
      };
    }
    case 'min_value':
    case 'min_length': {
      const min = String(issue.requirement);
      const what = issue.type === 'min_length' ? 'length' : 'value';
      return {
        code: 'too_small',
        path,
        params: { minimum: min, received: got },
        message: `expected a ${what} of at least ${min}, got ${issue.type === 'min_length' ? (issue.received ?? got) : got}`,
      };
    }
    case 'max_value':
    case 'max_length': {
      const max = String(issue.requirement);
      return { code: 'too_big', path, params: { maximum: max }, message: `expected at most ${max}` };
    }
    case 'safe_integer':
    case 'integer':
      return {
        code: 'not_integer',
        path,
        params: { received: got },
        message: `expected a whole number, got ${got}`,
      };
    case 'variant':
    case 'picklist':
    case 'literal':
      return {
        code: 'invalid_value',
        path,
        params: { expected: issue.expected ?? '', received: got },
        message: `expected ${issue.expected ?? 'another value'}, got ${got}`,
      };
    default:
      return {
        code: 'invalid_type',
        path,
        params: { expected: issue.expected ?? issue.type, received: got },
        message: `expected ${issue.expected ?? issue.type}, got ${got}`,
      };
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
    walk.out.push({
      code: 'too_deep',
      path,
      params: { limit: MAX_INPUT_DEPTH },
      message: `nested more than ${MAX_INPUT_DEPTH} levels deep (or the value contains itself)`,
    });
    return;
  }
  walk.nodes += 1;
  if (walk.nodes > MAX_INPUT_NODES) {
    walk.stopped = true;
    walk.out.push({
      code: 'too_big',
      path: [],
      params: { limit: MAX_INPUT_NODES },
      message: `more than ${MAX_INPUT_NODES} objects and arrays`,
    });
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
      walk.out.push({
        code: 'forbidden_key',
        path: [...path, key],
        params: { key },
        message: `the key "${key}" is not allowed`,
      });
    } else {
      walkInput((value as Record<string, unknown>)[key], [...path, key], walk, depth + 1);
    }
  }
}

/** The one issue of an input that could not be read (a Proxy or a getter that throws). @internal */
export function unreadableIssue(error: unknown): InputIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'unreadable',
    path: [],
    params: { error: detail.slice(0, 200) },
    message: `the input could not be read: ${detail.slice(0, 200)}`,
  };
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
