import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';

/** What one call of the CLI's `main` gave: its exit code and what it wrote to each stream. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with `args`; `stdin`, when given, is what standard input holds. */
export function runCli(args: readonly string[], stdin?: string): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (t) => out.push(t),
    (t) => err.push(t),
    stdin === undefined ? undefined : () => stdin,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh temporary directory, and `file`, which writes a file into it and gives its path. */
export function tempFiles(prefix: string): {
  readonly dir: string;
  readonly file: (name: string, content: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
