/**
 * Scalar schemas as data: a string, number, boolean, picklist or literal, optional or not, with
 * the validation actions of its pipe. One function, {@link checkLeaf}, checks them all, so the
 * commonest fields of an event cost no call through a closure.
 *
 * @internal
 * @module
 */
import type { InputIssue } from '../statute/issues.js';

/** A schema or action as valibot exposes it; only the fields read here. @internal */
export interface Node {
  readonly kind: string;
  readonly type: string;
  readonly async?: boolean;
  readonly message?: unknown;
  readonly expects?: string;
  readonly requirement?: unknown;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly options?: readonly unknown[];
  readonly item?: Node;
  readonly wrapped?: Node;
  readonly pipe?: readonly Node[];
  readonly key?: string;
  readonly literal?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
}

/** What a check found wrong: where, what was expected there, and the value found. @internal */
export interface Problem {
  /** The keys and indexes from the checked value to the wrong place, outermost first. */
  readonly path: readonly (string | number)[];
  /** `unknown-key`: a key the strict object does not declare; `invalid`: a wrong value. */
  readonly kind: 'invalid' | 'unknown-key';
  /** What the value there must be, in words: `a string`, `one of for, against, abstain`. */
  readonly expected: string;
  /** The value found there (for an unknown key, the key's value). */
  readonly value: unknown;
  /** The failing action's message when it is one of our issue codes (`invalid_id`, …). */
  readonly code?: string;
  /** Every issue, when an override found the problem with a full parse. */
  readonly issues?: readonly [InputIssue, ...InputIssue[]];
}

/** A problem with the value itself (an empty path). @internal */
export function invalid(expected: string, value: unknown, code?: string): Problem {
  return code === undefined
    ? { path: [], kind: 'invalid', expected, value }
    : { path: [], kind: 'invalid', expected, value, code };
}

/** Our issue codes used as valibot messages in `statute/schema.ts`, and what they ask for. */
const customExpected: Readonly<Record<string, string>> = {
  invalid_date: 'a date written YYYY-MM-DD',
  invalid_id:
    'an id (non-empty, at most 200 characters, no surrounding spaces, not __proto__, constructor or prototype)',
  invalid_kommunenummer: 'a kommunenummer of four digits',
};

/** What a validation action tests. */
type Op = 'min-length' | 'max-length' | 'min-value' | 'max-value' | 'regex' | 'predicate';

/** One validation action of a pipe, as data, with what it asks for. */
interface Test {
  readonly op: Op;
  readonly requirement: never;
  readonly expected: string;
  readonly code: string | undefined;
}

/** A scalar schema as data. @internal */
export interface Leaf {
  readonly base: 'string' | 'number' | 'boolean' | 'pick';
  /** Whether `undefined` is accepted (an `optional` without a default). */
  readonly optional: boolean;
  /** The values a picklist or a literal accepts. */
  readonly picks: readonly unknown[];
  /** What the base asks for, in words. */
  readonly expected: string;
  readonly tests: readonly Test[];
}

/** What a length requirement asks of a string. */
function lengthExpected(bound: 'least' | 'most', n: number): string {
  if (bound === 'least' && n === 1) return 'a non-empty string';
  return `a string of at ${bound} ${n} ${n === 1 ? 'character' : 'characters'}`;
}

/** A validation action as a test, or `undefined` for one not known here. */
function testOf(action: Node): Test | undefined {
  const r = action.requirement;
  const code =
    typeof action.message === 'string' && Object.hasOwn(customExpected, action.message)
      ? action.message
      : undefined;
  const test = (op: Op, expected: string): Test => ({
    op,
    requirement: r as never,
    expected: code === undefined ? expected : (customExpected[code] as string),
    code,
  });
  if (action.kind !== 'validation' || action.async === true) return undefined;
  switch (action.type) {
    case 'min_length':
      return test('min-length', lengthExpected('least', r as number));
    case 'max_length':
      return test('max-length', lengthExpected('most', r as number));
    case 'min_value':
      return test('min-value', `at least ${String(r)}`);
    case 'max_value':
      return test('max-value', `at most ${String(r)}`);
    case 'integer':
    case 'safe_integer':
      return test('predicate', 'a whole number');
    case 'regex':
      return test('regex', `text matching ${String(r)}`);
    case 'check':
      return test('predicate', 'a valid value');
    default:
      return undefined;
  }
}

/** The base of a scalar schema without its pipe, or `undefined` when it is not a scalar. */
function baseOf(schema: Node): Omit<Leaf, 'optional' | 'tests'> | undefined {
  switch (schema.type) {
    case 'string':
      return { base: 'string', picks: [], expected: 'a string' };
    case 'number':
      return { base: 'number', picks: [], expected: 'a number' };
    case 'boolean':
      return { base: 'boolean', picks: [], expected: 'true or false' };
    case 'picklist': {
      const picks = schema.options ?? [];
      return { base: 'pick', picks, expected: `one of ${picks.map(String).join(', ')}` };
    }
    case 'literal':
      // `includes` compares as valibot compares a literal (SameValueZero).
      return { base: 'pick', picks: [schema.literal], expected: JSON.stringify(schema.literal) ?? '' };
    default:
      return undefined;
  }
}

/**
 * A schema as a leaf, or `undefined` when it is not a scalar schema whose every part is known
 * here (or when `isOverridden` says another check replaces it). @internal
 */
export function leafOf(schema: Node, isOverridden: (schema: Node) => boolean): Leaf | undefined {
  if (isOverridden(schema) || schema.kind !== 'schema' || schema.async === true) return undefined;
  if (schema.fallback !== undefined) return undefined;
  if (schema.type === 'optional' && schema.pipe === undefined) {
    if (schema.default !== undefined || schema.wrapped === undefined) return undefined;
    const inner = leafOf(schema.wrapped, isOverridden);
    return inner === undefined ? undefined : { ...inner, optional: true };
  }
  if (schema.pipe === undefined) {
    const base = baseOf(schema);
    return base === undefined ? undefined : { ...base, optional: false, tests: [] };
  }
  const [root, ...actions] = schema.pipe;
  const inner = root === undefined || root.type === 'optional' ? undefined : leafOf(root, isOverridden);
  if (inner === undefined) return undefined;
  const tests = [...inner.tests];
  for (const action of actions) {
    if (action.kind === 'metadata') continue;
    const test = testOf(action);
    if (test === undefined) return undefined;
    tests.push(test);
  }
  return { ...inner, tests };
}

/** Whether a value of the right base passes one test. */
function passes(test: Test, value: never): boolean {
  const r = test.requirement;
  switch (test.op) {
    case 'min-length':
      return (value as string).length >= r;
    case 'max-length':
      return (value as string).length <= r;
    case 'min-value':
      return value >= r;
    case 'max-value':
      return value <= r;
    case 'regex':
      return (r as RegExp).test(value);
    default:
      return (r as (value: unknown) => boolean)(value);
  }
}

/** Checks a value against a leaf: `undefined` when it is valid. @internal */
export function checkLeaf(leaf: Leaf, value: unknown): Problem | undefined {
  if (value === undefined && leaf.optional) return undefined;
  let typed: boolean;
  switch (leaf.base) {
    case 'string':
      typed = typeof value === 'string';
      break;
    case 'number':
      typed = typeof value === 'number' && !Number.isNaN(value);
      break;
    case 'boolean':
      typed = typeof value === 'boolean';
      break;
    default:
      typed = leaf.picks.includes(value);
  }
  if (!typed) return invalid(leaf.expected, value);
  const tests = leaf.tests;
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i] as Test;
    if (!passes(test, value as never)) return invalid(test.expected, value, test.code);
  }
  return undefined;
}
