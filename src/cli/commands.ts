/**
 * The commands of the command line, their arguments and options, and the help made from them:
 * one table, so that what `--help` lists is what the parser accepts.
 *
 * @internal
 * @module
 */

/** An option a command takes: a flag, or a name with a value. @internal */
export interface OptionSpec {
  /** The option as written, e.g. `--as-of`. */
  readonly name: string;
  /** What its value looks like, e.g. `YYYY-MM-DD`; absent for a flag. */
  readonly value?: string;
  /** One line on what it does. */
  readonly text: string;
}

/** A command: its arguments, one line on what it does, and the options it takes. @internal */
export interface CommandSpec {
  readonly args: readonly string[];
  readonly summary: string;
  readonly options: readonly OptionSpec[];
}

const json: OptionSpec = { name: '--json', text: 'print the result as JSON' };
const asOf: OptionSpec = {
  name: '--as-of',
  value: 'YYYY-MM-DD',
  text: 'judge ratification and deadlines as on this date (default: the latest date in the events)',
};

const keepGoing: OptionSpec = {
  name: '--keep-going',
  text: 'name every bad line of the events file on standard error and go on without them (default: exit 2)',
};

const lang: OptionSpec = {
  name: '--lang',
  value: 'nb|nn|en',
  text: 'the language of the text: bokmål, nynorsk or English (default: nb)',
};

const issueLang: OptionSpec = {
  name: '--lang',
  value: 'nb|nn|en',
  text: 'the language of the issues and warnings: bokmål, nynorsk or English (default: nb)',
};

/** Every command, in the order the help lists them. @internal */
export const commands: Readonly<
  Record<'validate' | 'assess' | 'diff' | 'minutes' | 'diagram' | 'tracker' | 'schema', CommandSpec>
> = {
  validate: {
    args: ['<statute.json>'],
    summary: 'check a statute: every issue with its path (exit 2), then its guidance warnings',
    options: [{ name: '--strict', text: 'exit 1 if the statute has warnings' }, issueLang, json],
  },
  assess: {
    args: ['<statute.json>', '<events.jsonl>'],
    summary: 'replay the events and report on every case: status, validity and each check with its section',
    options: [
      { name: '--proposal', value: 'ID', text: 'report on this case only (exit 2 if the events hold none)' },
      asOf,
      keepGoing,
      lang,
      json,
    ],
  },
  diff: {
    args: ['<a.json>', '<b.json>', '<events.jsonl>'],
    summary: 'which decisions in the events would turn if statute a were replaced by statute b',
    options: [asOf, keepGoing, issueLang, json],
  },
  minutes: {
    args: ['<statute.json>', '<events.jsonl>'],
    summary: 'replay the events and write a draft møteprotokoll of one meeting in Markdown',
    options: [
      { name: '--meeting', value: 'ID', text: 'the meeting to write (exit 2 if the events hold none)' },
      keepGoing,
      lang,
      { name: '--json', text: 'print the record the minutes are written from, as JSON' },
    ],
  },
  diagram: {
    args: ['<statute.json>'],
    summary: 'draw the structure of the community as a Mermaid flowchart: tiers, seats, arrows, who ratifies',
    options: [lang],
  },
  tracker: {
    args: ['<statute.json>', '<events.jsonl>'],
    summary:
      'replay the events and list, per decision awaiting ratification, which parties adopted, rejected or have not handled it',
    options: [
      asOf,
      { name: '--all', text: 'list every decision that went to ratification, in force and lapsed ones too' },
      keepGoing,
      lang,
      json,
    ],
  },
  schema: {
    args: [],
    summary: 'print the JSON Schema of a statute, for editors',
    options: [],
  },
};

/** The name of a command. @internal */
export type CommandName = keyof typeof commands;

/** Whether `name` names a command. @internal */
export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(commands, name);
}

const help: OptionSpec = { name: '-h, --help', text: 'print this help' };

function synopsis(name: CommandName): string {
  const { args, options } = commands[name];
  const flags = options.map((o) => (o.value === undefined ? `[${o.name}]` : `[${o.name} ${o.value}]`));
  return ['helsefellesskap', name, ...args, ...flags].join(' ');
}

function optionLines(options: readonly OptionSpec[]): string {
  const heads = options.map((o) => (o.value === undefined ? o.name : `${o.name} ${o.value}`));
  const width = Math.max(...heads.map((h) => h.length));
  return options.map((o, i) => `  ${(heads[i] as string).padEnd(width)}  ${o.text}`).join('\n');
}

const footer = `A file named - is read from standard input (one file at most); a UTF-8 byte order mark is dropped.
Exit codes: 0 done, 1 a file could not be read (or validate --strict found warnings),
2 bad input, 3 an internal error (a bug; its stack with HELSEFELLESSKAP_DEBUG=1).`;

/** The short usage printed on a wrong call: one synopsis per command. @internal */
export const usage: string = `usage:\n${(Object.keys(commands) as CommandName[]).map((c) => `  ${synopsis(c)}`).join('\n')}\nrun "helsefellesskap --help" for more`;

/**
 * The help of the command line, or of one command: what it does, its arguments and options.
 *
 * @example
 * ```ts
 * helpText('assess').startsWith('usage: helsefellesskap assess <statute.json> <events.jsonl>'); // true
 * ```
 * @internal
 */
export function helpText(command?: CommandName): string {
  if (command !== undefined) {
    const spec = commands[command];
    return `usage: ${synopsis(command)}\n\n${spec.summary}.\n\noptions:\n${optionLines([...spec.options, help])}\n\n${footer}`;
  }
  const names = Object.keys(commands) as CommandName[];
  const heads = names.map((c) => [c, ...commands[c].args].join(' '));
  const width = Math.max(...heads.map((h) => h.length));
  return [
    'helsefellesskap: check a helsefellesskap statute, assess its decisions, draw it and track ratification',
    '',
    'usage: helsefellesskap <command> [arguments] [options]',
    '',
    'commands:',
    ...names.map((c, i) => `  ${(heads[i] as string).padEnd(width)}  ${commands[c].summary}`),
    '',
    'options:',
    optionLines([help, { name: '--version, -v', text: 'print the version of the package' }]),
    '',
    'Run "helsefellesskap <command> --help" for the options of a command.',
    '',
    footer,
  ].join('\n');
}
