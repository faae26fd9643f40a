/**
 * The JSON Schema of a statute, generated from the same valibot schema that `parseStatute` uses.
 * Build-time only (it needs `@valibot/to-json-schema`, a dev dependency): `npm run build` writes
 * it to `dist/statute.schema.json`, which the package exports as
 * `helsefellesskap/statute.schema.json`. The JSON Schema checks the shape; the reference checks
 * (unknown party, body, matter, section…) need `parseStatute`.
 *
 * @internal
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { eventSchema } from '../engine/_eventSchema.js';
import { decisionRuleSchema, notStatedChoices, ratificationRuleSchema, statuteSchema } from './schema.js';

/** One schema on its own, without the `$schema` key a document has. */
function part(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema: _, ...rest } = toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' });
  return rest;
}

/**
 * A ratification rule, with what its effect asks of `requires`: at least one requirement under a
 * collective effect; under `per-party`, none or more, and no share.
 */
function ratificationRule(schema: v.GenericSchema): Record<string, unknown> {
  return {
    ...part(schema),
    if: { properties: { effect: { const: 'per-party' } }, required: ['effect'] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is JSON Schema's keyword, beside `if` and `else`
    then: {
      properties: {
        requires: { items: { properties: { kind: { enum: ['every-kommune', 'helseforetak', 'parties'] } } } },
      },
    },
    else: { properties: { requires: { minItems: 1 } } },
  };
}

/** Where the JSON Schema must say more than valibot's shape: ratification rules, not-stated choices. */
const overrideSchema = ({ valibotSchema }: { valibotSchema: unknown }) => {
  if (valibotSchema === ratificationRuleSchema) return ratificationRule(valibotSchema as v.GenericSchema);
  const choice = notStatedChoices.get(valibotSchema as never);
  return choice === undefined ? undefined : { anyOf: choice.map(part) };
};

/** @internal */
export function statuteJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(statuteSchema, {
    errorMode: 'ignore',
    target: 'draft-07',
    definitions: { DecisionRule: decisionRuleSchema },
    overrideSchema,
  }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    // A statute file may name this schema, for editors; parseStatute leaves the key out.
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this file follows, for editors.' },
      ...properties,
    },
    $id: 'https://unpkg.com/helsefellesskap/dist/statute.schema.json',
    title: 'helsefellesskap statute (vedtekter)',
    description:
      'The shape of a statute for the helsefellesskap library. Reference checks (ids, sections, escalation) are done by parseStatute.',
  };
}

/**
 * The JSON Schema of one event (a line of an events file), generated from the event schemas
 * `parseEvent` uses; a statute an event carries is described once, under `definitions`. It
 * checks the shape; whether the event applies (a member of the body, a known case…) is for
 * `apply` to say.
 *
 * @internal
 */
export function eventJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(eventSchema as v.GenericSchema, {
    errorMode: 'ignore',
    target: 'draft-07',
    definitions: { Statute: statuteSchema, DecisionRule: decisionRuleSchema },
    overrideSchema,
  }) as Record<string, unknown>;
  return {
    ...schema,
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/helsefellesskap/dist/event.schema.json',
    title: 'helsefellesskap event',
    description:
      'One event of a helsefellesskap event log (a line of an events.jsonl file). Whether it applies is decided by apply.',
  };
}
