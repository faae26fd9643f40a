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
 * Every own key named `__proto__`, `constructor` or `prototype`, anywhere in a JSON-like value.
 * `JSON.parse` creates such keys as own properties; they must never reach our objects.
 */
function forbiddenKeyIssues(
  value: unknown,
  path: (string | number)[],
  out: InputIssue[],
  depth: number,
): void {
  if (value === null || typeof value !== 'object' || depth > 64) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      forbiddenKeyIssues(item, [...path, index], out, depth + 1);
    });
    return;
  }
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) {
      out.push({
        code: 'forbidden_key',
        path: [...path, key],
        params: { key },
        message: `the key "${key}" is not allowed`,
      });
    } else {
      forbiddenKeyIssues((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
    }
  }
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
  const forbidden: InputIssue[] = [];
  forbiddenKeyIssues(input, [], forbidden, 0);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const result = v.safeParse(schema, input);
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
