/**
 * The fast path of the event check: a valibot schema turned into the source of one plain
 * function that answers valid or not, with each field read by name and each test written out,
 * the way a hand-written check would be (about three times faster than calling a closure per
 * schema node, measured on the benchmark's event mix). `_compileSchema.ts` then names the first
 * wrong place of a value this rejects, and checks alone where code cannot be generated.
 *
 * No input ever reaches the generated source: it holds only the schema's keys (as JSON string
 * literals), operators, and indexes into an array of the schema's own constants. Where
 * `new Function` is not allowed (a Content-Security-Policy without `unsafe-eval`),
 * {@link generateCheck} returns `undefined`.
 *
 * @internal
 * @module
 */
import type * as v from 'valibot';
import { type Leaf, leafOf, type Node } from './_checkLeaf.js';
import { type CompileSchemaOptions, compileSchema } from './_compileSchema.js';

/** The generator's state: the constants the code refers to, and a counter for names. */
interface Emitter {
  readonly constants: unknown[];
  readonly options: CompileSchemaOptions;
  names: number;
}

/** A constant of the schema, as an expression of the generated code. */
function constant(out: Emitter, value: unknown): string {
  out.constants.push(value);
  return `K[${out.constants.length - 1}]`;
}

function fresh(out: Emitter): string {
  out.names += 1;
  return `x${out.names}`;
}

/** The statements that `return false` when `x` does not satisfy `leaf`. */
function emitLeaf(out: Emitter, leaf: Leaf, x: string): string {
  let base: string;
  if (leaf.base === 'string') base = `typeof ${x} !== 'string'`;
  else if (leaf.base === 'number') base = `typeof ${x} !== 'number' || ${x} !== ${x}`;
  else if (leaf.base === 'boolean') base = `typeof ${x} !== 'boolean'`;
  else if (leaf.picks.length === 1 && Number.isNaN(leaf.picks[0])) base = `${x} === ${x}`;
  else if (leaf.picks.length === 1) base = `${x} !== ${constant(out, leaf.picks[0])}`;
  else base = `!${constant(out, leaf.picks)}.includes(${x})`;
  let code = `if (${base}) return false;\n`;
  for (const test of leaf.tests) {
    const r =
      typeof test.requirement === 'number' && Number.isFinite(test.requirement)
        ? String(test.requirement)
        : constant(out, test.requirement);
    const fails: Record<typeof test.op, string> = {
      'min-length': `${x}.length < ${r}`,
      'max-length': `${x}.length > ${r}`,
      'min-value': `!(${x} >= ${r})`,
      'max-value': `!(${x} <= ${r})`,
      regex: `!${r}.test(${x})`,
      predicate: `!${r}(${x})`,
    };
    code += `if (${fails[test.op]}) return false;\n`;
  }
  return leaf.optional ? `if (${x} !== undefined) {\n${code}}\n` : code;
}

const optionalTypes: ReadonlySet<string> = new Set(['optional', 'exact_optional', 'nullish']);

function emitStrictObject(out: Emitter, schema: Node, x: string): string {
  const declared = schema.entries ?? {};
  const isDeclared: Record<string, true> = Object.create(null);
  let code = `if (!${x} || typeof ${x} !== 'object') return false;\n`;
  for (const key of Object.keys(declared)) {
    isDeclared[key] = true;
    const node = declared[key] as Node;
    const name = fresh(out);
    const check = `const ${name} = ${x}[${JSON.stringify(key)}];\n${emit(out, node, name)}`;
    const required = !optionalTypes.has(node.type);
    // As `_compileSchema.ts`: ask `in` only where a missing key and `undefined` differ.
    const askIn =
      node.type === 'exact_optional' ||
      (required && compileSchema(node as unknown as v.GenericSchema, out.options)(undefined) === undefined);
    code += !askIn
      ? `{\n${check}}\n`
      : `if (${JSON.stringify(key)} in ${x}) {\n${check}}${required ? ' else return false;' : ''}\n`;
  }
  const k = fresh(out);
  return `${code}for (const ${k} in ${x}) if (${constant(out, isDeclared)}[${k}] !== true) return false;\n`;
}

function emitArray(out: Emitter, schema: Node, x: string): string {
  const i = fresh(out);
  const item = fresh(out);
  const body = emit(out, schema.item as Node, item);
  return `if (!Array.isArray(${x})) return false;\nfor (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\nconst ${item} = ${x}[${i}];\n${body}}\n`;
}

function emitVariant(out: Emitter, schema: Node, x: string): string {
  const key = schema.key as string;
  const byValue = new Map<unknown, (value: unknown) => boolean>();
  for (const option of (schema.options ?? []) as Node[]) {
    const discriminator = option.entries?.[key];
    // As `_compileSchema.ts`: valibot tries options in turn where a lookup would not do.
    if (option.type === 'variant' || discriminator?.type !== 'literal' || byValue.has(discriminator.literal))
      return emitCall(out, schema, x);
    const test = generate(option, out.options);
    if (test === undefined) return emitCall(out, schema, x);
    byValue.set(discriminator.literal, test);
  }
  const check = fresh(out);
  return `if (!${x} || typeof ${x} !== 'object') return false;\nconst ${check} = ${constant(out, byValue)}.get(${x}[${JSON.stringify(key)}]);\nif (${check} === undefined || !${check}(${x})) return false;\n`;
}

/** A part checked by the compiled checker (an override, or a kind only valibot knows). */
function emitCall(out: Emitter, schema: Node, x: string): string {
  const check = compileSchema(schema as unknown as v.GenericSchema, out.options);
  return `if (${constant(out, check)}(${x}) !== undefined) return false;\n`;
}

/** The statements that `return false` when `x` does not satisfy `schema`. */
function emit(out: Emitter, schema: Node, x: string): string {
  const isOverridden = (node: Node) => out.options.overrides?.has(node) === true;
  const leaf = leafOf(schema, isOverridden);
  if (leaf !== undefined) return emitLeaf(out, leaf, x);
  const plain =
    !isOverridden(schema) &&
    schema.kind === 'schema' &&
    schema.async !== true &&
    schema.fallback === undefined &&
    schema.pipe === undefined;
  if (plain && schema.type === 'strict_object') return emitStrictObject(out, schema, x);
  if (plain && schema.type === 'array' && schema.item !== undefined) return emitArray(out, schema, x);
  if (plain && schema.type === 'variant') return emitVariant(out, schema, x);
  if (plain && schema.type === 'optional' && schema.default === undefined && schema.wrapped !== undefined)
    return `if (${x} !== undefined) {\n${emit(out, schema.wrapped, x)}}\n`;
  return emitCall(out, schema, x);
}

function generate(schema: Node, options: CompileSchemaOptions): ((value: unknown) => boolean) | undefined {
  const out: Emitter = { constants: [], options, names: 0 };
  const body = `${emit(out, schema, 'x0')}return true;`;
  try {
    const make = new Function('K', `'use strict';\nreturn function check(x0) {\n${body}\n};`);
    return make(out.constants) as (value: unknown) => boolean;
  } catch {
    return undefined;
  }
}

/**
 * A generated function that says whether a value satisfies a schema, with the same verdict as
 * `v.is` (and as {@link compileSchema}), or `undefined` where code cannot be generated.
 *
 * @internal
 */
export function generateCheck(
  schema: v.GenericSchema,
  options: CompileSchemaOptions = {},
): ((value: unknown) => boolean) | undefined {
  return generate(schema as unknown as Node, options);
}
