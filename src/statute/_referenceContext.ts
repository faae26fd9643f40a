/**
 * What the reference checks share: the statute, the ids it declares, and one way to report an
 * issue and to look up a section, party, matter or body by the id a field names.
 *
 * @internal
 * @module
 */
import type { PartyKind, Statute, Tier } from '../model/statute.js';
import { type IssueParams, issueOf } from './_issueText.js';
import type { InputIssue, InputIssueCode, IssuePath } from './issues.js';

/** Pushes one issue onto the list the checks share. @internal */
export type AddIssue = (code: InputIssueCode, path: IssuePath, params?: IssueParams) => void;

/** The ids a statute declares, each once (duplicates are reported where they are declared). @internal */
export interface DeclaredIds {
  readonly parties: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly bodies: ReadonlySet<string>;
  readonly matters: ReadonlySet<string>;
  readonly partyKind: ReadonlyMap<string, PartyKind>;
  readonly tierOf: ReadonlyMap<string, Tier>;
}

/** @internal */
export interface ReferenceContext {
  readonly statute: Statute;
  readonly declared: DeclaredIds;
  readonly add: AddIssue;
  /** Reports a ref that is given but is not a key of `sections`. */
  readonly section: (value: string | undefined, path: IssuePath) => void;
  /** Reports an id that names no party. */
  readonly party: (id: string, path: IssuePath) => void;
  /** Reports an id that names no matter. */
  readonly matter: (id: string, path: IssuePath) => void;
  /** Reports an id that names no body. */
  readonly body: (id: string, path: IssuePath) => void;
}

/** An {@link AddIssue} that pushes onto `issues`. @internal */
export function issueAdder(issues: InputIssue[]): AddIssue {
  return (code, path, params = {}) => {
    issues.push(issueOf(code, path, params));
  };
}

/** @internal */
export function createReferenceContext(
  statute: Statute,
  declared: DeclaredIds,
  add: AddIssue,
): ReferenceContext {
  const sections = new Set(Object.keys(statute.sections));
  return {
    statute,
    declared,
    add,
    section: (value, path) => {
      if (value !== undefined && !sections.has(value)) {
        add('unknown_section', path, { ref: value });
      }
    },
    party: (id, path) => {
      if (!declared.parties.has(id)) add('unknown_party', path, { party: id });
    },
    matter: (id, path) => {
      if (!declared.matters.has(id)) add('unknown_matter', path, { matter: id });
    },
    body: (id, path) => {
      if (!declared.bodies.has(id)) add('unknown_body', path, { body: id });
    },
  };
}
