/**
 * What ends a run of the command line early: the exit code and the message for standard error.
 *
 * @internal
 * @module
 */

/** Thrown to end a run with `code` and print `message`, never a stack trace. @internal */
export class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
