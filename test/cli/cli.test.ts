import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/index.js';
import { appointSsu, attendAndVote, ssuMeeting, ssuMembers } from '../engine/_vestfold.js';
import { runCli, tempFiles } from './_run.js';

const { dir, file } = tempFiles('helsefellesskap-cli-');
const run = (...args: string[]) => runCli(args);

const vestfold = file('vestfold.json', JSON.stringify(presets.vestfold));
const events = [...appointSsu(), ...ssuMeeting(), ...attendAndVote(ssuMembers, { 'ssu-siv-3': 'against' })];
const log = file('events.jsonl', `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);

describe('the command line', () => {
  it('validates a statute', () => {
    expect(run('validate', vestfold)).toMatchObject({
      code: 0,
      out: `${vestfold}: a valid statute (Avtale om helsefellesskap i opptaksområdet for Sykehuset i Vestfold, version 2021-06-15)`,
    });
  });

  it('validates and assesses with a statute file that names its JSON Schema in $schema', () => {
    const named = file(
      'named.json',
      JSON.stringify({
        $schema: './node_modules/helsefellesskap/dist/statute.schema.json',
        ...presets.vestfold,
      }),
    );
    expect(run('validate', named)).toMatchObject({ code: 0, err: '' });
    expect(run('assess', named, log, '--json').out).toBe(run('assess', vestfold, log, '--json').out);
  });

  it('prints no warning and exits 0 under --strict for a statute that follows the guidance', () => {
    expect(run('validate', vestfold, '--strict')).toEqual({
      code: 0,
      out: `${vestfold}: a valid statute (Avtale om helsefellesskap i opptaksområdet for Sykehuset i Vestfold, version 2021-06-15)`,
      err: '',
    });
    expect(JSON.parse(run('validate', vestfold, '--json').out)).toEqual({
      valid: true,
      id: 'vestfold',
      version: '2021-06-15',
    });
  });

  describe('a valid statute with warnings', () => {
    const noBruker = file(
      'no-bruker.json',
      JSON.stringify({
        ...presets.vestfold,
        bodies: presets.vestfold.bodies.map((b) =>
          b.id === 'ssu' ? { ...b, seats: b.seats.filter((s) => s.role !== 'bruker') } : b,
        ),
      }),
    );

    it('prints each warning with its path and source after the statute, and still exits 0', () => {
      expect(run('validate', noBruker, '--lang', 'en')).toEqual({
        code: 0,
        out: [
          `${noBruker}: a valid statute (Avtale om helsefellesskap i opptaksområdet for Sykehuset i Vestfold, version 2021-06-15)`,
          `${noBruker}: 1 warning`,
          '  bodies[1]: body "ssu" has no bruker seat: brukere are advised on every body, at every tier [lint.no-bruker]',
          '    source: Helsefellesskapet i Bergensområdet, Retningsline for deltaking og representasjon (SSU, 30.11.2022): "brukarrepresentasjon i alle samarbeidsorgan, på alle nivå" <https://www.saman.no/avtalar/retningsline-for-deltaking-og-representasjon-i-helsefellesskapet-i-bergensomradet/>',
        ].join('\n'),
        err: '',
      });
    });

    it('prints the warnings in bokmål by default, and in nynorsk with --lang nn', () => {
      expect(run('validate', noBruker).out).toContain(
        '  bodies[1]: organet «ssu» har ingen plass for brukere: brukerrepresentanter anbefales i alle organer, på alle nivåer [lint.no-bruker]',
      );
      expect(run('validate', noBruker, '--lang', 'nn').out).toContain(
        '  bodies[1]: organet «ssu» har ingen plass for brukarar: brukarrepresentantar er tilrådde i alle organ, på alle nivå [lint.no-bruker]',
      );
    });

    it('exits 1 with --strict, and lists the warnings in JSON', () => {
      expect(run('validate', noBruker, '--strict').code).toBe(1);
      const json = JSON.parse(run('validate', noBruker, '--json').out);
      expect(json).toMatchObject({ valid: true, id: 'vestfold' });
      expect(json.warnings).toEqual([
        expect.objectContaining({
          code: 'lint.no-bruker',
          path: ['bodies', 1],
          params: { body: 'ssu', tier: 2 },
        }),
      ]);
    });
  });

  it('lists every issue with its path and exits 2 on a bad statute', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({ ...presets.vestfold, effectiveFrom: '2021-02-30', parties: [] }),
    );
    const result = run('validate', bad, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `${bad}: 2 issues\n  effectiveFrom: expected a calendar date written YYYY-MM-DD, got "2021-02-30" [invalid_date]\n  parties: expected a length of at least 1, got 0 [too_small]`,
    );
    expect(run('validate', bad).err).toBe(
      `${bad}: 2 issues\n  effectiveFrom: ventet en dato som finnes, skrevet ÅÅÅÅ-MM-DD, fikk "2021-02-30" [invalid_date]\n  parties: ventet en lengde på minst 1, fikk 0 [too_small]`,
    );
    expect(run('validate', bad, '--lang', 'nn').err).toContain(
      '  effectiveFrom: venta ein dato som finst, skriven ÅÅÅÅ-MM-DD, fekk "2021-02-30" [invalid_date]',
    );
  });

  it('exits 2 on a bad event, naming its line', () => {
    const badLog = file(
      'bad.jsonl',
      `${JSON.stringify(events[0])}\n{"type":"vote-cast","at":"2024-03-14"}\n`,
    );
    const result = run('assess', vestfold, badLog, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${badLog}:2: 3 issues`);
    expect(result.err).toContain('proposal: required key "proposal" is missing [missing_key]');
    expect(run('assess', vestfold, badLog).err).toContain(
      'proposal: det påkrevde feltet «proposal» mangler [missing_key]',
    );
    expect(run('diff', vestfold, vestfold, badLog, '--lang', 'nn').err).toContain(
      'proposal: det påkravde feltet «proposal» manglar [missing_key]',
    );
  });

  it('exits 1 on a file it cannot read', () => {
    expect(run('validate', join(dir, 'missing.json')).code).toBe(1);
  });

  it('assesses a log in text, in either language, and as JSON', () => {
    expect(run('assess', vestfold, log).out).toContain(
      'SSU-7 «Pasientforløp for skrøpelige eldre»: ikke vedtatt (ikke gyldig)',
    );
    expect(run('assess', vestfold, log, '--lang', 'en', '--proposal', 'SSU-7').out).toContain(
      '✗ Decision rule: no consensus: 1 voting member against (konsensus)',
    );
    const json = JSON.parse(run('assess', vestfold, log, '--json').out);
    expect(json[0]).toMatchObject({ proposal: 'SSU-7', status: 'rejected', valid: false });
  });

  it('assesses in nynorsk with --lang nn, rejected events included', () => {
    const out = run('assess', vestfold, log, '--lang', 'nn', '--proposal', 'SSU-7').out;
    expect(out).toContain('SSU-7 «Pasientforløp for skrøpelige eldre»: ikkje vedteke (ikkje gyldig)');
    expect(out).toContain(
      '✗ Avgjerdsregel: ikkje konsensus: 1 medlem med stemmerett stemde imot (konsensus)',
    );
    const withStranger = file(
      'stranger-nn.jsonl',
      `${events.map((e) => JSON.stringify(e)).join('\n')}\n${JSON.stringify({ type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'stranger', vote: 'for' })}\n`,
    );
    expect(run('assess', vestfold, withStranger, '--lang', 'nn').err).toBe(
      'event 37: Avvist vote-cast: saka SSU-7 er avslutta',
    );
  });

  it('reports rejected events on stderr and still assesses', () => {
    const withStranger = file(
      'stranger.jsonl',
      `${events.map((e) => JSON.stringify(e)).join('\n')}\n${JSON.stringify({ type: 'vote-cast', at: '2024-03-14', proposal: 'SSU-7', member: 'stranger', vote: 'for' })}\n`,
    );
    const result = run('assess', vestfold, withStranger, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.err).toBe('event 37: Rejected vote-cast: proposal SSU-7 is concluded');
  });

  it('compares two statutes over a log', () => {
    const ssu = presets.vestfold.bodies.find((b) => b.id === 'ssu');
    const majority = file(
      'majority.json',
      JSON.stringify({
        ...presets.vestfold,
        bodies: presets.vestfold.bodies.map((b) =>
          b === ssu
            ? {
                ...b,
                decision: {
                  kind: 'majority',
                  threshold: { numerator: 1, denominator: 2 },
                  strict: true,
                  base: 'cast',
                  tieBreak: 'fails',
                  ref: 'konsensus',
                },
              }
            : b,
        ),
      }),
    );
    expect(run('diff', vestfold, majority, log)).toMatchObject({
      code: 0,
      out: 'SSU-7: rejected → adopted\n  decision-rule: consensus.objection → majority.met',
    });
  });

  it('prints its usage and exits 2 on a wrong call', () => {
    expect(run('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
    expect(run('assess', vestfold, log, '--lang', 'de').code).toBe(2);
  });
});

describe('the command line, on awkward input', () => {
  const runWith = (stdin: string, ...args: string[]) => runCli(args, stdin);

  it('reads a statute and an events file that start with a UTF-8 byte order mark', () => {
    const bomStatute = file('bom.json', `\uFEFF${JSON.stringify(presets.vestfold)}`);
    const bomLog = file('bom.jsonl', `\uFEFF${events.map((e) => JSON.stringify(e)).join('\r\n')}\r\n`);
    expect(run('validate', bomStatute).code).toBe(0);
    const bom = run('assess', bomStatute, bomLog, '--json');
    expect(bom.code).toBe(0);
    expect(bom.out).toBe(run('assess', vestfold, log, '--json').out);
  });

  it('reads `-` from standard input, for one file at most', () => {
    const piped = runWith(events.map((e) => JSON.stringify(e)).join('\n'), 'assess', vestfold, '-', '--json');
    expect(piped).toMatchObject({ code: 0, out: run('assess', vestfold, log, '--json').out });
    expect(runWith('{}', 'assess', '-', '-')).toMatchObject({
      code: 2,
      err: 'only one file can be read from standard input (-)',
    });
  });

  it('says so when the events file has no case to assess', () => {
    expect(run('assess', vestfold, file('empty.jsonl', ''))).toEqual({
      code: 0,
      out: `no cases to assess: ${join(dir, 'empty.jsonl')} has 0 events and no proposal`,
      err: '',
    });
    expect(run('assess', vestfold, file('empty2.jsonl', ''), '--json').out).toBe('[]');
  });

  it('answers an unknown proposal and a bad --as-of as bad input, without a stack trace', () => {
    expect(run('assess', vestfold, log, '--proposal', 'NOPE')).toMatchObject({
      code: 2,
      err: 'no proposal "NOPE" in the events; known: SSU-7',
    });
    expect(run('assess', vestfold, log, '--as-of', '2024-02-30')).toMatchObject({
      code: 2,
      err: '--as-of must be a calendar date written YYYY-MM-DD, not 2024-02-30',
    });
  });

  it('answers a decision rule nested too deeply to check as bad input', () => {
    // Written as text: building it as an object would overflow JSON.stringify first.
    const depth = 20_000;
    const core = '{"kind":"consensus","reservationBlocks":false,"ref":"konsensus"}';
    const rule = `${'{"kind":"each-bloc","ref":"konsensus","rule":'.repeat(depth)}${core}${'}'.repeat(depth)}`;
    const text = JSON.stringify(presets.vestfold).replace(/"decision":\{[^}]*\}/, `"decision":${rule}`);
    const result = run('validate', file('deep.json', text), '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/deep\.json: (1 issue[\s\S]*nested more than 64 levels deep|not JSON)/);
    expect(result.err).not.toContain('    at ');
  });
});

describe('a bad line in an events file', () => {
  const lines = events.map((e) => JSON.stringify(e));
  const bad = file(
    'two-bad-lines.jsonl',
    [lines[0], '{not json', ...lines.slice(1, 3), '{"type":"vote-cast"}', ...lines.slice(3)].join('\n'),
  );

  it('is bad input, every bad line named with its number, and nothing is assessed', () => {
    const result = run('assess', vestfold, bad);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/two-bad-lines\.jsonl:2: not JSON/);
    expect(result.err).toMatch(/two-bad-lines\.jsonl:5/);
  });

  it('with --keep-going, is named on standard error and left out, and the rest is assessed as if it were not there', () => {
    const result = run('assess', vestfold, bad, '--keep-going');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /two-bad-lines\.jsonl:2: not JSON[\s\S]*two-bad-lines\.jsonl:5[\s\S]*2 bad lines left out \(--keep-going\)/,
    );
    expect(result.out).toBe(run('assess', vestfold, log).out);
  });
});
