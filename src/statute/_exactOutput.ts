/**
 * A compile-time check that a valibot schema outputs exactly a model type, so the schema and the
 * model cannot drift apart unnoticed: `schema satisfies ExactOutput<typeof schema, Model>` fails
 * to compile when they differ. Types only; nothing here exists at run time.
 *
 * The check lives beside the schema because `isolatedDeclarations` keeps the schema's inferred
 * type from leaving its module: an exported schema must be annotated, and the annotation
 * (`v.GenericSchema<unknown>`) erases the output type.
 *
 * @internal
 * @module
 */
import type * as v from 'valibot';

/** Whether `A` and `B` are the same type (not merely assignable to each other). */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * `T` as plain data, with the differences that are by design left out:
 * - `readonly`: the model is read-only, valibot's output is not;
 * - an explicit `undefined` in an optional field: valibot's `v.optional` lets it through, the
 *   model (under `exactOptionalPropertyTypes`) does not;
 * - an open string union such as `'fastlege' | (string & {})`: it is `string` with suggestions;
 * - values of the `Opaque` type, which become `unknown` (a recursive schema is annotated, and
 *   the annotation hides the output below it).
 *
 * @internal
 */
export type Plain<T, Opaque = never> = unknown extends T
  ? T
  : [T] extends [Opaque]
    ? unknown
    : PlainShape<T, Opaque>;

/** {@link Plain} without the `Opaque` test at the top, for the type a schema is checked against. */
type PlainShape<T, Opaque> = T extends string | number | boolean | null | undefined
  ? [string] extends [T]
    ? string
    : T
  : T extends readonly (infer U)[]
    ? Plain<U, Opaque>[]
    : { -readonly [K in keyof T]: Plain<Exclude<T[K], undefined>, Opaque> };

/** Whether `T` is a union of two or more types. */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** `key` under `path`, as a reader writes it: `bodies[].seats[].bloc`. */
type Join<Path extends string, Key extends string> = Path extends '' ? Key : `${Path}.${Key}`;

/**
 * Where two {@link Plain} types differ, as paths such as `bodies[].seats[].bloc`: a field one
 * side lacks, or the deepest field whose types differ (a union, such as a variant, is not opened).
 */
type DiffPaths<A, B, Path extends string> =
  Equal<A, B> extends true
    ? never
    : [A, B] extends [readonly (infer X)[], readonly (infer Y)[]]
      ? DiffPaths<X, Y, `${Path}[]`>
      : true extends IsUnion<A> | IsUnion<B>
        ? Path
        : [A, B] extends [object, object]
          ? FieldDiffs<A, B, Path>
          : Path;

/** {@link DiffPaths} field by field; `Path` itself when only optionality differs. */
type FieldDiffs<A, B, Path extends string> = {
  [K in (keyof A | keyof B) & string]: K extends keyof A
    ? K extends keyof B
      ? DiffPaths<A[K], B[K], Join<Path, K>>
      : Join<Path, K>
    : Join<Path, K>;
}[(keyof A | keyof B) & string] extends infer D
  ? [D] extends [never]
    ? Path
    : D
  : never;

/** The empty path, the value itself, spelled out. */
type TopLevel<Path> = Path extends '' ? '(top level)' : Path;

/**
 * `S` when the output of schema `S` is exactly `T` as {@link Plain} data, with values of type
 * `Opaque` below the top compared as `unknown`; otherwise a type that names where they differ,
 * so the compiler's message reads `… differ at: "bodies[].seats[].bloc"`.
 *
 * @internal
 */
export type ExactOutput<S extends v.GenericSchema, T, Opaque = never> =
  Equal<PlainShape<v.InferOutput<S>, Opaque>, PlainShape<T, Opaque>> extends true
    ? S
    : {
        readonly 'schema and model differ at': TopLevel<
          DiffPaths<PlainShape<v.InferOutput<S>, Opaque>, PlainShape<T, Opaque>, ''>
        >;
      };
