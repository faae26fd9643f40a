/**
 * The `helsefellesskap` command line: a thin shell around the library (Node only). Its commands
 * and options are listed in `commands.ts`, and by `helsefellesskap --help`:
 *
 *   helsefellesskap validate <statute.json> [--strict] [--lang nb|nn|en] [--json]
 *   helsefellesskap assess <statute.json> <events.jsonl> [--proposal ID] [--as-of DATE] [--lang nb|nn|en] [--json]
 *   helsefellesskap diff <a.json> <b.json> <events.jsonl> [--as-of DATE] [--lang nb|nn|en] [--json]
 *   helsefellesskap minutes <statute.json> <events.jsonl> --meeting ID [--lang nb|nn|en] [--json]
 *   helsefellesskap diagram <statute.json> [--lang nb|nn|en]
 *   helsefellesskap tracker <statute.json> <events.jsonl> [--as-of DATE] [--all] [--lang nb|nn|en] [--json]
 *   helsefellesskap schema
 *
 * A file named `-` is read from standard input (one of them at most); a UTF-8 byte order mark is
 * dropped.
 *
 * Exit codes: 0 done, 1 a file could not be read (or, with `validate --strict`, the statute has
 * warnings), 2 bad input (with every issue and its path), 3 an internal error (a bug: the message,
 * and the stack with `HELSEFELLESSKAP_DEBUG=1`).
 *
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  assessAll,
  compareStatutes,
  diagram,
  explain,
  explainIssue,
  explainOutcome,
  explainWarning,
  formatPath,
  type GovernanceEvent,
  getMeeting,
  type InputIssue,
  isIsoDate,
  type Locale,
  lintStatute,
  listMeetings,
  listProposals,
  minutes,
  minutesRecord,
  namesOf,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
  type Statute,
  type StatuteWarning,
  safeParseEvent,
  safeParseStatute,
  UnknownProposalError,
} from '../index.js';
import { Exit } from './_exit.js';
import { helpText } from './commands.js';
import { parseArgs } from './parseArgs.js';

/** Reads a file by name, `-` being standard input, without a leading byte order mark. */
type Reader = (file: string) => string;

/** The languages `--lang` takes: typed by `Locale`, so a new locale must be added here to compile. */
const locales: Readonly<Record<Locale, true>> = { nb: true, nn: true, en: true };
const isLocale = (lang: string): lang is Locale => Object.hasOwn(locales, lang);

function reader(stdin: () => string): Reader {
  return (file) => {
    let text: string;
    try {
      text = file === '-' ? stdin() : readFileSync(file, 'utf8');
    } catch (error) {
      throw new Exit(1, `cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`);
    }
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  };
}

/** Every issue with its path, its message in `locale` and its code. */
function issuesText(where: string, issues: readonly InputIssue[], locale: Locale): string {
  return `${where}: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}\n${issues.map((i) => `  ${formatPath(i.path)}: ${explainIssue(i, { locale })} [${i.code}]`).join('\n')}`;
}

function loadStatute(read: Reader, file: string, locale: Locale): Statute {
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch (error) {
    if (error instanceof Exit) throw error;
    throw new Exit(2, `${file}: not JSON: ${(error as Error).message}`);
  }
  let result: ReturnType<typeof safeParseStatute>;
  try {
    result = safeParseStatute(json);
  } catch (error) {
    if (error instanceof RangeError) throw new Exit(2, `${file}: nested too deeply to check`);
    throw error;
  }
  if (!result.success) throw new Exit(2, issuesText(file, result.issues, locale));
  return result.data;
}

function warningsText(where: string, warnings: readonly StatuteWarning[], locale: Locale): string {
  const lines = warnings.map(
    (w) =>
      `  ${formatPath(w.path)}: ${explainWarning(w, { locale })} [${w.code}]\n    source: ${w.source.citation}${w.source.url === undefined ? '' : ` <${w.source.url}>`}`,
  );
  return `${where}: ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}\n${lines.join('\n')}`;
}

/**
 * Validates a statute file and prints its warnings after it; with `strict`, warnings make the
 * exit code 1. A statute without warnings gets its one line (or JSON object) and nothing more.
 */
function validate(
  read: Reader,
  file: string,
  options: { json: boolean; strict: boolean; locale: Locale },
  out: (text: string) => void,
): number {
  const statute = loadStatute(read, file, options.locale);
  const warnings = lintStatute(statute);
  if (options.json) {
    const result = { valid: true, id: statute.id, version: statute.version };
    out(JSON.stringify(warnings.length === 0 ? result : { ...result, warnings }));
  } else {
    out(`${file}: a valid statute (${statute.title}, version ${statute.version})`);
    if (warnings.length > 0) out(warningsText(file, warnings, options.locale));
  }
  return options.strict && warnings.length > 0 ? 1 : 0;
}

/**
 * The events of a JSON Lines file. Every bad line is named: together as bad input (exit 2), or,
 * with `skip` (`--keep-going`), on standard error, and the command goes on without them.
 */
function loadEvents(
  read: Reader,
  file: string,
  locale: Locale,
  skip?: (text: string) => void,
): GovernanceEvent[] {
  const events: GovernanceEvent[] = [];
  const problems: string[] = [];
  read(file)
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        problems.push(`${file}:${index + 1}: not JSON: ${(error as Error).message}`);
        return;
      }
      const result = safeParseEvent(json);
      if (result.success) events.push(result.data);
      else problems.push(issuesText(`${file}:${index + 1}`, result.issues, locale));
    });
  if (problems.length > 0 && skip === undefined) throw new Exit(2, problems.join('\n'));
  if (problems.length > 0)
    skip?.(`${problems.join('\n')}\n${file}: ${problems.length} bad lines left out (--keep-going)`);
  return events;
}

/** One report, or bad input when the events hold no such proposal. */
function assessOne(state: Parameters<typeof assess>[0], proposal: string, options: { asOf?: string }) {
  try {
    return assess(state, proposal, options);
  } catch (error) {
    if (error instanceof UnknownProposalError) {
      const ids = listProposals(state).map((p) => p.id);
      const known =
        ids.length === 0
          ? 'none'
          : `${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ` and ${ids.length - 20} more` : ''}`;
      throw new Exit(2, `no proposal "${proposal}" in the events; known: ${known}`);
    }
    throw error;
  }
}

/** Replays a statute and an events file, each rejected event reported on standard error. */
function replayed(
  read: Reader,
  files: readonly string[],
  locale: Locale,
  err: (text: string) => void,
  keepGoing = false,
) {
  const statute = loadStatute(read, files[0] as string, locale);
  const events = loadEvents(read, files[1] as string, locale, keepGoing ? err : undefined);
  const { state, outcomes } = replay(statute, events);
  outcomes.forEach((outcome, i) => {
    if (outcome.kind === 'rejected') err(`event ${i + 1}: ${explainOutcome(outcome, { locale })}`);
  });
  return { statute, events, state };
}

/**
 * The package's version, from the nearest `package.json` of this package above this module (the
 * built `dist/` and the sources both sit one or two folders below it).
 */
function packageVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(up, import.meta.url)), 'utf8'));
      if (pkg?.name === 'helsefellesskap' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here: look one folder further up
    }
  }
  return 'unknown';
}

/** Runs the command line; returns the exit code. `stdin` is what a file named `-` reads. @internal */
export function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  stdin?: () => string,
): number {
  const read = reader(stdin ?? (() => readFileSync(0, 'utf8')));
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      out(packageVersion());
      return 0;
    }
    const parsed = parseArgs(argv);
    if (parsed.help) {
      out(helpText(parsed.command));
      return 0;
    }
    const { command, files, options: given } = parsed;
    const value = (name: string) => {
      const v = given.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const json = given.has('--json');
    const strict = given.has('--strict');
    const lang = value('--lang') ?? 'nb';
    if (!isLocale(lang)) throw new Exit(2, `--lang must be nb, nn or en, not ${lang}`);
    const locale: Locale = lang;
    const asOf = value('--as-of');
    if (asOf !== undefined && !isIsoDate(asOf))
      throw new Exit(2, `--as-of must be a calendar date written YYYY-MM-DD, not ${asOf}`);
    const proposal = value('--proposal');
    if (files.filter((f) => f === '-').length > 1)
      throw new Exit(2, 'only one file can be read from standard input (-)');
    switch (command) {
      case 'validate': {
        return validate(read, files[0] as string, { json, strict, locale }, out);
      }
      case 'assess': {
        const { statute, events, state } = replayed(read, files, locale, err, given.has('--keep-going'));
        const options = asOf === undefined ? {} : { asOf };
        const reports =
          proposal === undefined ? assessAll(state, options) : [assessOne(state, proposal, options)];
        if (json) out(JSON.stringify(reports, null, 2));
        else if (reports.length === 0)
          out(
            `no cases to assess: ${files[1]} has ${events.length} ${events.length === 1 ? 'event' : 'events'} and no proposal`,
          );
        else out(reports.map((r) => explain(r, { locale, names: namesOf(statute) })).join('\n\n'));
        return 0;
      }
      case 'diff': {
        const a = loadStatute(read, files[0] as string, locale);
        const b = loadStatute(read, files[1] as string, locale);
        const comparison = compareStatutes(
          a,
          b,
          loadEvents(read, files[2] as string, locale, given.has('--keep-going') ? err : undefined),
          asOf === undefined ? {} : { asOf },
        );
        if (json) out(JSON.stringify(comparison, null, 2));
        else if (comparison.changes.length === 0) out('no decision differs');
        else {
          out(
            comparison.changes
              .map(
                (c) =>
                  `${c.proposal}: ${c.before?.status ?? '-'} → ${c.after?.status ?? '-'}${c.checks.map((k) => `\n  ${k.id}: ${k.before?.code ?? '-'} → ${k.after?.code ?? '-'}`).join('')}`,
              )
              .join('\n'),
          );
        }
        return 0;
      }
      case 'minutes': {
        const { state } = replayed(read, files, locale, err, given.has('--keep-going'));
        const meeting = value('--meeting');
        if (meeting === undefined) throw new Exit(2, 'minutes needs --meeting ID');
        if (getMeeting(state, meeting) === undefined)
          throw new Exit(
            2,
            `no meeting "${meeting}" in the events; known: ${
              listMeetings(state)
                .map((m) => m.id)
                .join(', ') || 'none'
            }`,
          );
        out(
          json
            ? JSON.stringify(minutesRecord(state, meeting), null, 2)
            : minutes(state, meeting, { locale }).trimEnd(),
        );
        return 0;
      }
      case 'diagram': {
        out(diagram(loadStatute(read, files[0] as string, locale), { locale }));
        return 0;
      }
      case 'tracker': {
        const { state } = replayed(read, files, locale, err, given.has('--keep-going'));
        const include = given.has('--all') ? 'all' : 'awaiting';
        const tracker = ratificationTracker(state, { ...(asOf === undefined ? {} : { asOf }), include });
        out(
          json
            ? JSON.stringify(tracker, null, 2)
            : ratificationTrackerMarkdown(tracker, { locale }).trimEnd(),
        );
        return 0;
      }
      case 'schema': {
        out(read(fileURLToPath(new URL('./statute.schema.json', import.meta.url))));
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof Exit) {
      err(error.message);
      return error.code;
    }
    const debug = typeof process !== 'undefined' && process.env.HELSEFELLESSKAP_DEBUG === '1';
    const message = error instanceof Error ? error.message : String(error);
    err(
      `internal error: ${message}\n${debug && error instanceof Error ? error.stack : 'this is a bug in helsefellesskap; set HELSEFELLESSKAP_DEBUG=1 for the stack'}`,
    );
    return 3;
  }
}
