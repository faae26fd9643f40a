/**
 * The public type of a state's collections of records.
 *
 * @module
 */

declare const collectionBrand: unique symbol;

/**
 * A state's collection of records of type `T` (its `proposals`, `meetings` and `members`). It is
 * opaque on purpose: the records are stored in a hashed trie of plain JSON objects whose layout
 * may change, so the type offers no way to read them by hand (`state.proposals['SSU-7']` does
 * not type-check). Read them through the accessors instead: `getProposal`, `listProposals`,
 * `getMeeting`, `listMeetings`, `getMember`, `seatedMembers`. The value itself is plain JSON, so
 * a state still serialises and compares as a whole.
 *
 * @typeParam T - the record type
 * @example
 * ```ts
 * const proposals: Collection<ProposalRecord> = state.proposals;
 * getProposal(state, 'SSU-7')?.phase;
 * listProposals(state).map((p) => p.id);
 * ```
 * @category Engine
 */
export interface Collection<T> {
  /** Type-level only: there is no such key at run time. */
  readonly [collectionBrand]: T;
}
