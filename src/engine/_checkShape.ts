/**
 * The structural check in front of the case validators, compiled at load from the event schemas
 * that `parseEvent` uses, so that `apply` and `safeParseEvent` reject the same events on shape.
 * The reducer accepts `GovernanceEvent`s, but a JavaScript caller may pass anything, and nothing
 * may crash a validator or store a wrong type. (`parseEvent` reports every issue with its path;
 * this names the first.)
 *
 * @internal
 * @module
 */
import type * as v from 'valibot';
import { formatPath } from '../statute/issues.js';
import { statuteSchema } from '../statute/schema.js';
import { type Checker, compileSchema, type Problem } from './_compileSchema.js';
import { eventSchemas } from './_eventSchema.js';
import { checkEventStatute } from './_eventStatute.js';
import { generateCheck } from './_generateCheck.js';
import { show } from './_show.js';
import { type Reason, reason, statuteInvalid } from './reasons.js';

/**
 * A statute-valued field gets the checks of `safeParseStatute`: its full schema and its
 * references (as `safeParseEvent` does), once for the event: the validator and the mutator reuse
 * it. A value that is not even an object stays `event.malformed`.
 */
const checkStatute: Checker = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { path: [], kind: 'invalid', expected: 'an object', value };
  const parsed = checkEventStatute(value);
  return parsed.success
    ? undefined
    : { path: [], kind: 'invalid', expected: 'a valid statute', value, issues: parsed.issues };
};

const overrides: ReadonlyMap<object, Checker> = new Map([[statuteSchema, checkStatute]]);

interface ShapeChecker {
  readonly test: (event: object) => boolean;
  readonly describe: Checker;
}

/**
 * Per event type, built on the first event of that type and kept (this check runs on every
 * event; building all 23 at import cost every program that loads the package): a generated test
 * for the verdict, and a compiled checker that names the first wrong field of an event the test
 * rejects (and gives the verdict alone where code cannot be generated). The same schemas always
 * give the same checkers, so when one is built changes nothing but the time.
 */
const checkers = new Map<string, ShapeChecker>();

function checkerOf(type: string): ShapeChecker | undefined {
  const built = checkers.get(type);
  if (built !== undefined || !Object.hasOwn(eventSchemas, type)) return built;
  const schema = eventSchemas[type as keyof typeof eventSchemas] as v.GenericSchema;
  const describe = compileSchema(schema, { overrides });
  const test = generateCheck(schema, { overrides }) ?? ((event: object) => describe(event) === undefined);
  const checker = { test, describe };
  checkers.set(type, checker);
  return checker;
}

function reasonFor(problem: Problem, type: string): Reason {
  const field = formatPath(problem.path);
  // The same reason the case validators give for a statute that is not valid.
  if (problem.issues !== undefined) return statuteInvalid(problem.issues);
  if (field === 'at') return reason('event.invalid-date', { at: show(problem.value) });
  if (problem.kind === 'unknown-key') return reason('event.unknown-field', { type, field });
  if (problem.code === 'invalid_id' && typeof problem.value === 'string')
    return reason('event.invalid-id', { field, value: problem.value });
  return reason('event.malformed', { field, expected: problem.expected });
}

/**
 * The first thing wrong with the shape of an event of a known type, as a reason; `undefined`
 * when its shape is right. @internal
 */
export function checkShape(event: object, type: string): Reason | undefined {
  const checker = checkerOf(type);
  if (checker === undefined || checker.test(event)) return undefined;
  const problem = checker.describe(event);
  // The two agree (a property test holds them to it); should they not, the event is still refused.
  return problem === undefined
    ? reason('event.malformed', { field: '(event)', expected: 'a valid event' })
    : reasonFor(problem, type);
}
