import { describe, expect, it } from 'vitest';
import { type CommandName, commands } from '../../src/cli/commands.js';
import { runCli } from './_run.js';

const run = (...args: string[]) => runCli(args, '');

const names = Object.keys(commands) as CommandName[];

describe('the command line help', () => {
  it('answers --help, -h and help alike, on standard output with exit 0', () => {
    const help = run('--help');
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(run('-h')).toEqual(help);
    expect(run('help')).toEqual(help);
    expect(help.out).toMatchInlineSnapshot(`
      "helsefellesskap: check a helsefellesskap statute, assess its decisions, draw it and track ratification

      usage: helsefellesskap <command> [arguments] [options]

      commands:
        validate <statute.json>                check a statute: every issue with its path (exit 2), then its guidance warnings
        assess <statute.json> <events.jsonl>   replay the events and report on every case: status, validity and each check with its section
        diff <a.json> <b.json> <events.jsonl>  which decisions in the events would turn if statute a were replaced by statute b
        minutes <statute.json> <events.jsonl>  replay the events and write a draft møteprotokoll of one meeting in Markdown
        diagram <statute.json>                 draw the structure of the community as a Mermaid flowchart: tiers, seats, arrows, who ratifies
        tracker <statute.json> <events.jsonl>  replay the events and list, per decision awaiting ratification, which parties adopted, rejected or have not handled it
        schema                                 print the JSON Schema of a statute, for editors

      options:
        -h, --help     print this help
        --version, -v  print the version of the package

      Run "helsefellesskap <command> --help" for the options of a command.

      A file named - is read from standard input (one file at most); a UTF-8 byte order mark is dropped.
      Exit codes: 0 done, 1 a file could not be read (or validate --strict found warnings),
      2 bad input, 3 an internal error (a bug; its stack with HELSEFELLESSKAP_DEBUG=1)."
    `);
  });

  it("gives each command's usage and every option it takes", () => {
    expect(run('assess', '--help').out).toMatchInlineSnapshot(`
      "usage: helsefellesskap assess <statute.json> <events.jsonl> [--proposal ID] [--as-of YYYY-MM-DD] [--keep-going] [--lang nb|nn|en] [--json]

      replay the events and report on every case: status, validity and each check with its section.

      options:
        --proposal ID       report on this case only (exit 2 if the events hold none)
        --as-of YYYY-MM-DD  judge ratification and deadlines as on this date (default: the latest date in the events)
        --keep-going        name every bad line of the events file on standard error and go on without them (default: exit 2)
        --lang nb|nn|en     the language of the text: bokmål, nynorsk or English (default: nb)
        --json              print the result as JSON
        -h, --help          print this help

      A file named - is read from standard input (one file at most); a UTF-8 byte order mark is dropped.
      Exit codes: 0 done, 1 a file could not be read (or validate --strict found warnings),
      2 bad input, 3 an internal error (a bug; its stack with HELSEFELLESSKAP_DEBUG=1)."
    `);
    for (const name of names) {
      const help = run(name, '-h');
      expect(help.code).toBe(0);
      expect(help.out.split('\n')[0]).toBe(
        `usage: helsefellesskap ${[name, ...commands[name].args].join(' ')}${commands[name].options.map((o) => ` [${o.value === undefined ? o.name : `${o.name} ${o.value}`}]`).join('')}`,
      );
      for (const option of commands[name].options)
        expect(help.out).toMatch(new RegExp(`^  ${option.name}\\b`, 'm'));
      expect(run('help', name)).toEqual(help);
      expect(run(name, 'some.json', '--help')).toEqual(help);
    }
  });

  it('accepts every option its help lists, with the value after it or after =', () => {
    for (const name of names) {
      for (const option of commands[name].options) {
        const args = [name, ...commands[name].args.map(() => '/nonexistent/file')];
        const value = option.name === '--lang' ? 'en' : option.name === '--as-of' ? '2024-06-30' : 'P-1';
        const given = option.value === undefined ? [option.name] : [option.name, value];
        const result = run(...args, ...given);
        expect(result.err, `${name} ${given.join(' ')}`).not.toMatch(/unknown option|takes no/);
        if (option.value !== undefined) expect(run(...args, `${option.name}=${value}`)).toEqual(result);
      }
    }
  });
});

describe('the command line, on a wrong call', () => {
  it('names an unknown option, and an option the command does not take', () => {
    expect(run('assess', 'a.json', 'b.jsonl', '--frobnicate')).toEqual({
      code: 2,
      out: '',
      err: expect.stringMatching(/^unknown option --frobnicate\nusage:\n/),
    });
    expect(run('schema', '--lang', 'en')).toEqual({
      code: 2,
      out: '',
      err: 'schema takes no --lang option; run "helsefellesskap schema --help"',
    });
  });

  it('names an unknown command, and a wrong number of files', () => {
    expect(run('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^unknown command "frobnicate"\n/),
    });
    expect(run('assess', 'a.json')).toEqual({
      code: 2,
      out: '',
      err: 'assess takes <statute.json> <events.jsonl>, got a.json; run "helsefellesskap assess --help"',
    });
    expect(run('schema', 'extra')).toMatchObject({
      code: 2,
      err: expect.stringContaining('schema takes no arguments'),
    });
  });

  it('prints the short usage on standard error, with exit 2, when called with nothing', () => {
    const result = run();
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err.split('\n')).toEqual([
      'usage:',
      ...names.map((name) => expect.stringMatching(new RegExp(`^  helsefellesskap ${name}\\b`))),
      'run "helsefellesskap --help" for more',
    ]);
  });

  it('refuses an option given twice, a flag with a value and a value left out', () => {
    expect(run('assess', 'a', 'b', '--lang', 'en', '--lang', 'nb')).toMatchObject({
      code: 2,
      err: '--lang is given more than once',
    });
    expect(run('validate', 'a', '--json=yes')).toMatchObject({ code: 2, err: '--json takes no value' });
    expect(run('assess', 'a', 'b', '--proposal')).toMatchObject({
      code: 2,
      err: '--proposal needs a value (ID)',
    });
    expect(run('assess', 'a', 'b', '--proposal', '--json')).toMatchObject({
      code: 2,
      err: '--proposal needs a value (ID)',
    });
  });
});

describe('the version', () => {
  it('is the package’s own, for --version and -v, on standard output with exit 0', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(run('--version')).toEqual({ code: 0, out: version, err: '' });
    expect(run('-v')).toEqual({ code: 0, out: version, err: '' });
  });
});
