/**
 * Compiles a valibot schema into a fast checker, built once, that answers "is this value valid?"
 * without allocating when it is, and names the first wrong place when it is not. valibot's own
 * `safeParse` copies the input and builds issue objects, which costs about as much as a reducer
 * step; this check gives the same verdict as `v.is` at a fraction of it.
 *
 * It walks the schema objects valibot exposes: `type` (`strict_object`, `variant`, `array`,
 * `optional`, and the scalars of `_checkLeaf.ts`), `entries`, `options`, `item`, `wrapped` and
 * `pipe`. Any other schema or action is checked by `v.is` on that part, so the verdict never
 * differs from valibot's. Like `parseShape`, it also rejects an own key `__proto__`,
 * `constructor` or `prototype` anywhere: a strict object rejects them as unknown keys, and a part
 * checked by `v.is` is scanned for them.
 *
 * @internal
 * @module
 */
import * as v from 'valibot';
import { checkLeaf, invalid, type Leaf, leafOf, type Node, type Problem } from './_checkLeaf.js';

export type { Problem } from './_checkLeaf.js';

/** A compiled check: `undefined` when the value is valid. @internal */
export type Checker = (value: unknown) => Problem | undefined;

/** Options for {@link compileSchema}. @internal */
export interface CompileSchemaOptions {
  /** Checkers to use for given schema objects instead of compiling them (found by identity). */
  readonly overrides?: ReadonlyMap<object, Checker>;
}

const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a JSON-like value holds an own key `__proto__`, `constructor` or `prototype`. */
function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((item) => hasForbiddenKey(item, depth + 1));
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1))
      return true;
  }
  return false;
}

/** The same problem, one level further down. */
const within = (key: string | number, problem: Problem): Problem => ({
  ...problem,
  path: [key, ...problem.path],
});

/** A part valibot checks itself. */
function fallback(schema: Node): Checker {
  const generic = schema as unknown as v.GenericSchema;
  const expected = schema.expects === undefined ? 'a valid value' : `a value of the form ${schema.expects}`;
  return (value) => (v.is(generic, value) && !hasForbiddenKey(value) ? undefined : invalid(expected, value));
}

/**
 * A compiled part: a leaf, checked in place by `checkLeaf`, or a checker to call (exactly one of
 * the two; both keys always present, so every part has one hidden class).
 */
interface Part {
  readonly leaf: Leaf | undefined;
  readonly check: Checker | undefined;
}

const leafPart = (leaf: Leaf): Part => ({ leaf, check: undefined });
const checkPart = (check: Checker): Part => ({ leaf: undefined, check });

const run = (part: Part, value: unknown): Problem | undefined =>
  part.leaf !== undefined ? checkLeaf(part.leaf, value) : (part.check as Checker)(value);

/**
 * Compiles a schema once; the checker it returns runs on every value. A schema kind or action
 * not known here is checked by `v.is`.
 *
 * @internal
 */
export function compileSchema(schema: v.GenericSchema, options: CompileSchemaOptions = {}): Checker {
  const { leaf, check } = compilePart(schema as unknown as Node, options);
  return leaf === undefined ? (check as Checker) : (value) => checkLeaf(leaf, value);
}

function compilePart(schema: Node, options: CompileSchemaOptions): Part {
  const isOverridden = (node: Node) => options.overrides?.has(node) === true;
  const leaf = leafOf(schema, isOverridden);
  if (leaf !== undefined) return leafPart(leaf);
  const override = options.overrides?.get(schema);
  if (override !== undefined) return checkPart(override);
  const known = schema.kind === 'schema' && schema.async !== true && schema.fallback === undefined;
  if (!known || schema.pipe !== undefined) return checkPart(fallback(schema));
  switch (schema.type) {
    case 'optional':
      return checkPart(compileOptional(schema, options));
    case 'array':
      return checkPart(compileArray(schema, options));
    case 'strict_object':
      return checkPart(compileStrictObject(schema, options));
    case 'variant':
      return checkPart(compileVariant(schema, options));
    default:
      return checkPart(fallback(schema));
  }
}

function compileOptional(schema: Node, options: CompileSchemaOptions): Checker {
  if (schema.default !== undefined || schema.wrapped === undefined) return fallback(schema);
  const inner = compilePart(schema.wrapped, options);
  return (value) => (value === undefined ? undefined : run(inner, value));
}

/** The base type of a list's items, in words: `strings`, `numbers`, … */
function plural(schema: Node): string {
  const root = schema.pipe?.[0] ?? schema;
  const nouns: Readonly<Record<string, string>> = {
    string: 'strings',
    number: 'numbers',
    boolean: 'booleans',
    strict_object: 'objects',
    object: 'objects',
    array: 'lists',
  };
  return nouns[root.type] ?? 'values';
}

function compileArray(schema: Node, options: CompileSchemaOptions): Checker {
  if (schema.item === undefined) return fallback(schema);
  const item = compilePart(schema.item, options);
  const expected = `a list of ${plural(schema.item)}`;
  return (value) => {
    if (!Array.isArray(value)) return invalid(expected, value);
    for (let i = 0; i < value.length; i++) {
      const problem = run(item, value[i]);
      if (problem !== undefined) return within(i, problem);
    }
    return undefined;
  };
}

const optionalTypes: ReadonlySet<string> = new Set(['optional', 'exact_optional', 'nullish']);

/** One declared key of a strict object, compiled. */
interface Entry extends Part {
  readonly key: string;
  /** Whether a missing key and a key set to `undefined` get different verdicts. */
  readonly askIn: boolean;
  readonly required: boolean;
}

function compileStrictObject(schema: Node, options: CompileSchemaOptions): Checker {
  const declared = schema.entries ?? {};
  const entries: Entry[] = Object.keys(declared).map((key) => {
    const node = declared[key] as Node;
    const part = compilePart(node, options);
    const required = !optionalTypes.has(node.type);
    // Ask `in` only where it changes the verdict (valibot always does); reading is cheaper.
    const askIn = node.type === 'exact_optional' || (required && run(part, undefined) === undefined);
    return { leaf: part.leaf, check: part.check, key, askIn, required };
  });
  // A lookup without a prototype, so that `constructor` or `toString` is never "declared".
  const isDeclared: Record<string, true> = Object.create(null);
  for (const { key } of entries) isDeclared[key] = true;
  return (value) => {
    if (!value || typeof value !== 'object') return invalid('an object', value);
    const record = value as Record<string, unknown>;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as Entry;
      if (entry.askIn && !(entry.key in record)) {
        if (entry.required) return within(entry.key, invalid('present', undefined));
        continue;
      }
      const problem = run(entry, record[entry.key]);
      if (problem !== undefined) return within(entry.key, problem);
    }
    // Every enumerable key, inherited ones too, as valibot's strict object reads them.
    for (const key in record) {
      if (isDeclared[key] !== true)
        return { path: [key], kind: 'unknown-key', expected: 'absent', value: record[key] };
    }
    return undefined;
  };
}

function compileVariant(schema: Node, options: CompileSchemaOptions): Checker {
  const key = schema.key as string;
  const byValue = new Map<unknown, Checker>();
  for (const option of (schema.options ?? []) as Node[]) {
    const discriminator = option.entries?.[key];
    // A nested variant, a discriminator that is not a literal, or two options for one value:
    // valibot tries options in turn, so let it.
    if (option.type === 'variant' || discriminator?.type !== 'literal' || byValue.has(discriminator.literal))
      return fallback(schema);
    byValue.set(discriminator.literal, compileSchema(option as unknown as v.GenericSchema, options));
  }
  const expected = `one of ${[...byValue.keys()].map(String).join(', ')}`;
  return (value) => {
    if (!value || typeof value !== 'object') return invalid('an object', value);
    const found = (value as Record<string, unknown>)[key];
    const check = byValue.get(found);
    return check === undefined ? within(key, invalid(expected, found)) : check(value);
  };
}
