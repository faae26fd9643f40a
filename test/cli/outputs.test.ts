import { describe, expect, it } from 'vitest';
import {
  diagram,
  listMeetings,
  minutes,
  minutesRecord,
  presets,
  ratificationTracker,
  ratificationTrackerMarkdown,
  replay,
} from '../../src/index.js';
import { helgelandBudget } from '../scenario/_helgeland.js';
import { runCli, tempFiles } from './_run.js';

const { file } = tempFiles('helsefellesskap-cli-outputs-');
const run = (...args: string[]) => runCli(args);

const helgeland = file('helgeland.json', JSON.stringify(presets.helgeland));
// The budget PM-3 adopted on 2024-04-10; the HF and Vefsn adopt it on 2 May, Rana rejects it.
const s = helgelandBudget()
  .on('2024-05-02')
  .ratify('PM-3', ['helgelandssykehuset', 'vefsn'])
  .ratify('PM-3', ['rana'], 'rejected');
const log = file('budget.jsonl', `${s.events.map((e) => JSON.stringify(e)).join('\n')}\n`);

describe('helsefellesskap diagram', () => {
  it('prints the Mermaid flowchart of a statute file, in Norwegian by default or in English', () => {
    expect(run('diagram', helgeland)).toEqual({ code: 0, out: diagram(presets.helgeland), err: '' });
    expect(run('diagram', helgeland, '--lang', 'en').out).toBe(diagram(presets.helgeland, { locale: 'en' }));
    expect(run('diagram', helgeland, '--lang=en').out.split('\n')[0]).toBe('flowchart BT');
  });

  it('draws in nynorsk with --lang nn', () => {
    const out = run('diagram', helgeland, '--lang', 'nn');
    expect(out).toEqual({ code: 0, out: diagram(presets.helgeland, { locale: 'nn' }), err: '' });
    expect(out.out).toContain('Kommunesida 6<br/>Helseføretakssida 6');
    expect(out.out).not.toBe(run('diagram', helgeland).out);
  });

  it('exits 2 on a bad statute, a language it does not write and a missing file argument', () => {
    const bad = file('bad.json', JSON.stringify({ ...presets.helgeland, bodies: [] }));
    expect(run('diagram', bad)).toMatchObject({ code: 2, out: '', err: expect.stringContaining(`${bad}: `) });
    expect(run('diagram', helgeland, '--lang', 'se')).toEqual({
      code: 2,
      out: '',
      err: '--lang must be nb, nn or en, not se',
    });
    expect(run('diagram')).toMatchObject({
      code: 2,
      err: expect.stringContaining('diagram takes <statute.json>'),
    });
    expect(run('diagram', helgeland, '--as-of', '2024-01-01')).toMatchObject({
      code: 2,
      err: 'diagram takes no --as-of option; run "helsefellesskap diagram --help"',
    });
  });
});

describe('helsefellesskap tracker', () => {
  it('has help listing its options', () => {
    expect(run('tracker', '--help').out.split('\n').slice(0, 11)).toEqual([
      'usage: helsefellesskap tracker <statute.json> <events.jsonl> [--as-of YYYY-MM-DD] [--all] [--keep-going] [--lang nb|nn|en] [--json]',
      '',
      'replay the events and list, per decision awaiting ratification, which parties adopted, rejected or have not handled it.',
      '',
      'options:',
      '  --as-of YYYY-MM-DD  judge ratification and deadlines as on this date (default: the latest date in the events)',
      '  --all               list every decision that went to ratification, in force and lapsed ones too',
      '  --keep-going        name every bad line of the events file on standard error and go on without them (default: exit 2)',
      '  --lang nb|nn|en     the language of the text: bokmål, nynorsk or English (default: nb)',
      '  --json              print the result as JSON',
      '  -h, --help          print this help',
    ]);
    expect(run('diagram', '-h').out.split('\n')[0]).toBe(
      'usage: helsefellesskap diagram <statute.json> [--lang nb|nn|en]',
    );
  });

  it('prints the Markdown tracker: who adopted, rejected or has not handled each decision', () => {
    const result = run('tracker', helgeland, log);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(ratificationTrackerMarkdown(ratificationTracker(s.state)).trimEnd());
    expect(result.out.split('\n')).toContain('| Rana | kommunestyret | avvist | 2024-05-02 | – | nei |');
    expect(result.out.split('\n')).toContain('| Vega | kommunestyret | ikke behandlet | – | – | nei |');
    expect(run('tracker', helgeland, log, '--lang', 'en').out).toContain(
      '| Rana | kommunestyre | rejected |',
    );
    const nn = run('tracker', helgeland, log, '--lang', 'nn').out.split('\n');
    expect(nn).toContain('| Vega | kommunestyret | ikkje handsama | – | – | nei |');
    expect(nn).toContain('| Rana | kommunestyret | avvist | 2024-05-02 | – | nei |');
  });

  it('takes --as-of, --all and --json', () => {
    expect(run('tracker', helgeland, log, '--as-of', '2024-04-30').out).toContain(
      '| Vefsn | kommunestyret | ikke behandlet | – | – | nei |',
    );
    const json = JSON.parse(run('tracker', helgeland, log, '--json', '--as-of', '2024-06-01').out);
    expect(json).toEqual(ratificationTracker(s.state, { asOf: '2024-06-01' }));
    expect(json.decisions[0].counts).toEqual({
      required: 19,
      adopted: 2,
      rejected: 1,
      notHandled: 16,
      lapsed: 0,
    });
    expect(run('tracker', helgeland, log, '--as-of', '2024-03-01').out).toBe(
      'Ingen saker til tilslutning per 2024-03-01.',
    );
    expect(run('tracker', helgeland, log, '--all', '--as-of', '2024-03-01').out).toBe(
      'Ingen saker til tilslutning per 2024-03-01.',
    );
  });

  it('exits 2 on a bad --as-of, a bad event line and a missing events file argument', () => {
    expect(run('tracker', helgeland, log, '--as-of', '2024-02-30')).toMatchObject({
      code: 2,
      out: '',
      err: '--as-of must be a calendar date written YYYY-MM-DD, not 2024-02-30',
    });
    const badLog = file('bad.jsonl', '{"type":"ratification-recorded","at":"2024-05-02"}\n');
    const bad = run('tracker', helgeland, badLog);
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toContain(`${badLog}:1: `);
    expect(run('tracker', helgeland)).toMatchObject({
      code: 2,
      err: expect.stringContaining('tracker takes <statute.json> <events.jsonl>, got'),
    });
    expect(run('tracker', helgeland, log, '--lang', 'xx')).toMatchObject({ code: 2 });
  });

  it('reports a rejected event on standard error and still tracks', () => {
    const extra = file(
      'extra.jsonl',
      `${s.events.map((e) => JSON.stringify(e)).join('\n')}\n${JSON.stringify({ type: 'ratification-recorded', at: '2024-05-03', proposal: 'NOPE', party: 'vega', organ: 'kommunestyre', decision: 'adopted' })}\n`,
    );
    const result = run('tracker', helgeland, extra);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^event \d+: /);
    expect(result.out).toContain('| Rana | kommunestyret | avvist |');
  });
});

describe('helsefellesskap minutes', () => {
  const { state } = replay(presets.helgeland, s.events);
  const meeting = listMeetings(state)[0]?.id as string;

  it('prints the draft minutes of a meeting in Markdown, or the record they are written from', () => {
    expect(run('minutes', helgeland, log, '--meeting', meeting)).toEqual({
      code: 0,
      out: minutes(state, meeting).trimEnd(),
      err: '',
    });
    expect(run('minutes', helgeland, log, '--meeting', meeting, '--lang', 'en').out).toBe(
      minutes(state, meeting, { locale: 'en' }).trimEnd(),
    );
    const nn = run('minutes', helgeland, log, '--meeting', meeting, '--lang', 'nn').out;
    expect(nn).toBe(minutes(state, meeting, { locale: 'nn' }).trimEnd());
    expect(nn).toContain('- Møteleiar: ');
    expect(JSON.parse(run('minutes', helgeland, log, '--meeting', meeting, '--json').out)).toEqual(
      JSON.parse(JSON.stringify(minutesRecord(state, meeting))),
    );
  });

  it('exits 2 without a meeting, or with one the events do not hold, naming the known ones', () => {
    expect(run('minutes', helgeland, log)).toMatchObject({ code: 2, err: 'minutes needs --meeting ID' });
    expect(run('minutes', helgeland, log, '--meeting', 'nope')).toMatchObject({
      code: 2,
      err: `no meeting "nope" in the events; known: ${listMeetings(state)
        .map((m) => m.id)
        .join(', ')}`,
    });
  });
});
