/**
 * The command line's arguments: a command, its files and its options, checked against the
 * table in `commands.ts`.
 *
 * @internal
 * @module
 */
import { Exit } from './_exit.js';
import { type CommandName, commands, isCommand, type OptionSpec, usage } from './commands.js';

/** A call of the command line, read from its arguments: a request for help, or a command. @internal */
export type ParsedArgs =
  | {
      /** `-h` or `--help` was given, or the command `help`. */
      readonly help: true;
      /** The command to help with, if one was named. */
      readonly command?: CommandName;
    }
  | {
      readonly help: false;
      readonly command: CommandName;
      /** The files the command was given. */
      readonly files: readonly string[];
      /** Each option given, by name: its value, or `true` for a flag. */
      readonly options: ReadonlyMap<string, string | true>;
    };

const known = new Map<string, OptionSpec>(
  Object.values(commands).flatMap((c) => c.options.map((o) => [o.name, o] as const)),
);

function readOption(args: readonly string[], index: number, options: Map<string, string | true>): number {
  const arg = args[index] as string;
  const equals = arg.indexOf('=');
  const name = equals < 0 ? arg : arg.slice(0, equals);
  const spec = known.get(name);
  if (spec === undefined) throw new Exit(2, `unknown option ${name}\n${usage}`);
  if (options.has(name)) throw new Exit(2, `${name} is given more than once`);
  if (spec.value === undefined) {
    if (equals >= 0) throw new Exit(2, `${name} takes no value`);
    options.set(name, true);
    return index;
  }
  const value = equals < 0 ? args[index + 1] : arg.slice(equals + 1);
  if (value === undefined || value === '' || (equals < 0 && value.startsWith('--')))
    throw new Exit(2, `${name} needs a value (${spec.value})`);
  options.set(name, value);
  return equals < 0 ? index + 1 : index;
}

/**
 * Reads the arguments (without `node` and the script). `-h` or `--help` anywhere, or the command
 * `help`, asks for help, of the command named if there is one; otherwise an unknown command or
 * option, an option the command does not take, a missing value or a wrong number of files is bad
 * input.
 *
 * @example
 * ```ts
 * parseArgs(['assess', 's.json', '-', '--lang', 'en']).options.get('--lang'); // 'en'
 * ```
 * @throws {@link Exit} with code 2 on a wrong call
 * @internal
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv[0] === 'help' || argv.includes('-h') || argv.includes('--help')) {
    const command = argv.find(isCommand);
    return command === undefined ? { help: true } : { help: true, command };
  }
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('-') && arg !== '-') i = readOption(argv, i, options);
    else positional.push(arg);
  }
  const [name, ...files] = positional;
  if (name === undefined) throw new Exit(2, usage);
  if (!isCommand(name)) throw new Exit(2, `unknown command "${name}"\n${usage}`);
  const spec = commands[name];
  const other = [...options.keys()].find((o) => !spec.options.some((s) => s.name === o));
  if (other !== undefined)
    throw new Exit(2, `${name} takes no ${other} option; run "helsefellesskap ${name} --help"`);
  if (files.length !== spec.args.length)
    throw new Exit(
      2,
      `${name} takes ${spec.args.length === 0 ? 'no arguments' : spec.args.join(' ')}, got ${files.length === 0 ? 'none' : files.join(' ')}; run "helsefellesskap ${name} --help"`,
    );
  return { help: false, command: name, files, options };
}
