import { describe, expect, it } from 'vitest';
import { safeParseStatute } from '../../src/index.js';
import { minimalStatute } from '../fixtures.js';

/** An issue without its message: what the semantic checks decide. */
interface Found {
  code: string;
  path: (string | number)[];
  params: Record<string, string | number>;
}

/** Every issue of a statute, in order, without messages; `[]` when it parses. */
function issuesOf(input: unknown): Found[] {
  const result = safeParseStatute(input);
  return result.success
    ? []
    : result.issues.map(({ code, path, params }) => ({ code, path: [...path], params: { ...params } }));
}

/** The issues of the minimal statute after one change. */
function issuesAfter(change: (s: any) => void): Found[] {
  const input: any = structuredClone(minimalStatute);
  change(input);
  return issuesOf(input);
}

const hf2 = { kind: 'helseforetak', id: 'hf2', name: 'HF 2', organ: 'styre' };
const fylke = { kind: 'fylkeskommune', id: 'f', name: 'F', organ: 'fylkesting' };
const hospital = { kind: 'private-hospital', id: 'p', name: 'P', organ: 'styre', agreementWith: 'hf' };
const area = { id: 'x', name: 'X', parties: ['a', 'b'] };
const board = { id: 'nemnd', name: 'Nemnd', level: 'local', ref: '§1' };
const halfShare = { kind: 'share', fraction: { numerator: 1, denominator: 2 }, comparison: 'atLeast' };

/** Removes every bloc from the seats of the FSU (`bodies[2]`). */
function noBlocsOnFsu(s: any): void {
  for (const seat of s.bodies[2].seats) delete seat.bloc;
}

describe('the minimal statute', () => {
  it('has no issue as it stands', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });
});

describe('_checkIds: ids unique where they are declared', () => {
  it('reports a second and third party with one id, each naming the first', () => {
    expect(
      issuesAfter((s) => {
        s.parties[1].id = 'hf';
        s.parties.push({ ...hf2, id: 'hf' });
        s.bodies[0].seats[1].party = 'hf';
      }),
    ).toEqual([
      { code: 'duplicate_id', path: ['parties', 1, 'id'], params: { id: 'hf', first: 0, entity: 'party' } },
      { code: 'duplicate_id', path: ['parties', 3, 'id'], params: { id: 'hf', first: 0, entity: 'party' } },
    ]);
  });

  it('reports a kommunenummer used twice', () => {
    expect(issuesAfter((s) => void (s.parties[2].kommunenummer = '1001'))).toEqual([
      {
        code: 'duplicate_id',
        path: ['parties', 2, 'kommunenummer'],
        params: { id: '1001', first: 1, entity: 'kommunenummer' },
      },
    ]);
  });

  it('does not take two helseforetak, which have no kommunenummer, for a duplicate', () => {
    expect(issuesAfter((s) => void s.parties.push(hf2))).toEqual([]);
  });

  it('reports a participant role declared twice', () => {
    expect(issuesAfter((s) => void s.participants.push({ role: 'fastlege', name: 'Igjen' }))).toEqual([
      {
        code: 'duplicate_id',
        path: ['participants', 1, 'role'],
        params: { id: 'fastlege', first: 0, entity: 'participant-role' },
      },
    ]);
  });

  it('reports a body id used twice', () => {
    expect(issuesAfter((s) => void s.bodies.push(structuredClone(s.bodies[2])))).toEqual([
      { code: 'duplicate_id', path: ['bodies', 3, 'id'], params: { id: 'fsu', first: 2, entity: 'body' } },
    ]);
  });

  it('reports a matter id used twice', () => {
    expect(issuesAfter((s) => void (s.matters[2].id = 'budget'))).toEqual([
      {
        code: 'duplicate_id',
        path: ['matters', 2, 'id'],
        params: { id: 'budget', first: 1, entity: 'matter' },
      },
      {
        code: 'unknown_matter',
        path: ['bodies', 0, 'mandate', 'decides', 1],
        params: { matter: 'statute-amendment' },
      },
      { code: 'unknown_matter', path: ['amendment', 'matter'], params: { matter: 'statute-amendment' } },
    ]);
  });

  it('reports a ratification rule id used twice', () => {
    expect(
      issuesAfter((s) => void s.ratification.push({ ...s.ratification[0], matters: ['pathway'] })),
    ).toEqual([
      {
        code: 'duplicate_id',
        path: ['ratification', 1, 'id'],
        params: { id: 'r', first: 0, entity: 'ratification-rule' },
      },
    ]);
  });

  it('accepts dispute boards with their own ids, and reports one id used twice', () => {
    expect(issuesAfter((s) => void (s.disputeBoards = [board, { ...board, id: 'nemnd2' }]))).toEqual([]);
    expect(issuesAfter((s) => void (s.disputeBoards = [board, board]))).toEqual([
      {
        code: 'duplicate_id',
        path: ['disputeBoards', 1, 'id'],
        params: { id: 'nemnd', first: 0, entity: 'dispute-board' },
      },
    ]);
  });
});

describe('_checkSeats: the seats of a body', () => {
  it('reports a seat id used twice within a body', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[2].id = 'k'))).toEqual([
      {
        code: 'duplicate_id',
        path: ['bodies', 1, 'seats', 2, 'id'],
        params: { id: 'k', first: 0, entity: 'seat' },
      },
    ]);
  });

  it('allows the same seat id in two bodies', () => {
    expect(issuesAfter((s) => void (s.bodies[0].seats[0].id = 'gp'))).toEqual([]);
  });

  it('reports a seat ref that is not a section, and accepts one that is', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[0].ref = '§2'))).toEqual([]);
    expect(issuesAfter((s) => void (s.bodies[1].seats[0].ref = '§9'))).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'seats', 0, 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports a role that is neither a party kind nor a declared participant', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[2].role = 'bruker'))).toEqual([
      { code: 'unknown_role', path: ['bodies', 1, 'seats', 2, 'role'], params: { role: 'bruker' } },
    ]);
  });

  it('accepts a participant role declared by the statute on a seat', () => {
    expect(
      issuesAfter((s) => {
        s.participants.push({ role: 'bruker', name: 'Bruker' });
        s.bodies[0].seats.push({ id: 'b', role: 'bruker', count: 1, rights: ['attend'] });
      }),
    ).toEqual([]);
  });

  it('reports a seat of an unknown party once, without a kind mismatch', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[1].party = 'bindal'))).toEqual([
      { code: 'unknown_party', path: ['bodies', 1, 'seats', 1, 'party'], params: { party: 'bindal' } },
    ]);
  });

  it('reports a seat whose party is of another kind than its role', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[0].party = 'hf'))).toEqual([
      {
        code: 'party_role_mismatch',
        path: ['bodies', 1, 'seats', 0, 'party'],
        params: { party: 'hf', kind: 'helseforetak', role: 'kommune' },
      },
    ]);
  });

  it('accepts a kommune seat held by a kommune', () => {
    expect(issuesAfter((s) => void (s.bodies[1].seats[0].party = 'a'))).toEqual([]);
  });

  it('reports a body none of whose seats may vote, with no params', () => {
    expect(
      issuesAfter((s) => {
        s.bodies[2].seats[0].rights = ['attend', 'speak', 'propose'];
        s.bodies[2].seats[1].rights = ['attend'];
      }),
    ).toEqual([{ code: 'no_voting_seat', path: ['bodies', 2, 'seats'], params: {} }]);
  });

  it('accepts a body with one voting seat among observers', () => {
    expect(issuesAfter((s) => void (s.bodies[2].seats[1].rights = ['attend']))).toEqual([]);
  });

  it('counts the bloc only of a seat that votes', () => {
    expect(
      issuesAfter((s) => {
        noBlocsOnFsu(s);
        s.bodies[2].seats.push({
          id: 'o',
          role: 'fastlege',
          count: 1,
          rights: ['attend'],
          bloc: 'kommunesiden',
        });
        s.bodies[2].decision = { kind: 'each-bloc', rule: { kind: 'unanimity', ref: '§3' }, ref: '§3' };
      }),
    ).toEqual([
      { code: 'bloc_rule_without_blocs', path: ['bodies', 2, 'decision'], params: { rule: 'each-bloc' } },
    ]);
  });
});

describe('_checkBody: the fields of a body', () => {
  it('reports a body ref that is not a section', () => {
    expect(issuesAfter((s) => void (s.bodies[2].ref = '§9'))).toEqual([
      { code: 'unknown_section', path: ['bodies', 2, 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports a substitutes ref that is not a section, and accepts one that is', () => {
    expect(issuesAfter((s) => void (s.bodies[1].substitutes = { kind: 'personal', ref: '§2' }))).toEqual([]);
    expect(issuesAfter((s) => void (s.bodies[1].substitutes = { kind: 'personal', ref: '§9' }))).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'substitutes', 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports substitutes ordered per bloc in a body whose voting seats have no bloc', () => {
    expect(
      issuesAfter((s) => {
        noBlocsOnFsu(s);
        s.bodies[2].substitutes = { kind: 'ordered', per: 'bloc', ref: '§3' };
      }),
    ).toEqual([
      {
        code: 'bloc_rule_without_blocs',
        path: ['bodies', 2, 'substitutes', 'per'],
        params: { rule: 'substitutes' },
      },
    ]);
  });

  it('accepts substitutes per bloc where seats have blocs, and per seat or personal where none has', () => {
    expect(
      issuesAfter((s) => void (s.bodies[2].substitutes = { kind: 'ordered', per: 'bloc', ref: '§3' })),
    ).toEqual([]);
    for (const substitutes of [
      { kind: 'ordered', per: 'seat', ref: '§3' },
      { kind: 'ordered', per: 'party', ref: '§3' },
      { kind: 'personal', ref: '§3' },
    ]) {
      expect(
        issuesAfter((s) => {
          noBlocsOnFsu(s);
          s.bodies[2].substitutes = substitutes;
        }),
      ).toEqual([]);
    }
  });
});

describe('_checkBodyRules: quorum and decision rules', () => {
  it('reports a quorum ref that is not a section, stated or not', () => {
    expect(issuesAfter((s) => void (s.bodies[1].quorum.ref = '§9'))).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'quorum', 'ref'], params: { ref: '§9' } },
    ]);
    expect(issuesAfter((s) => void (s.bodies[1].quorum = { kind: 'not-stated', ref: '§9' }))).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'quorum', 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports the ref of notice days not stated when it is not a section, and accepts one that is', () => {
    expect(issuesAfter((s) => void (s.bodies[0].noticeDays = { kind: 'not-stated', ref: '§1' }))).toEqual([]);
    expect(issuesAfter((s) => void (s.bodies[0].noticeDays = { kind: 'not-stated', ref: '§9' }))).toEqual([
      { code: 'unknown_section', path: ['bodies', 0, 'noticeDays', 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports a quorum per bloc in a body whose voting seats have no bloc', () => {
    expect(
      issuesAfter((s) => {
        noBlocsOnFsu(s);
        s.bodies[2].quorum.perBloc = 1;
      }),
    ).toEqual([
      {
        code: 'bloc_rule_without_blocs',
        path: ['bodies', 2, 'quorum', 'perBloc'],
        params: { rule: 'quorum' },
      },
    ]);
  });

  it('accepts a quorum per bloc where seats have blocs, and no blocs with no quorum per bloc', () => {
    expect(issuesAfter((s) => void (s.bodies[2].quorum.perBloc = 1))).toEqual([]);
    expect(issuesAfter(noBlocsOnFsu)).toEqual([]);
    expect(
      issuesAfter((s) => {
        noBlocsOnFsu(s);
        s.bodies[2].quorum = { kind: 'not-stated', ref: '§3' };
      }),
    ).toEqual([]);
  });

  it('accepts a rule of each bloc where voting seats have blocs', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.bodies[2].decision = {
            kind: 'each-bloc',
            rule: { kind: 'unanimity', ref: '§3' },
            ref: '§3',
          }),
      ),
    ).toEqual([]);
  });

  it('reports an unknown ref of a rule of each bloc and of the rule inside it', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.bodies[1].decision = {
            kind: 'each-bloc',
            rule: { kind: 'unanimity', ref: '§8' },
            ref: '§9',
          }),
      ),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'decision', 'ref'], params: { ref: '§9' } },
      { code: 'unknown_section', path: ['bodies', 1, 'decision', 'rule', 'ref'], params: { ref: '§8' } },
    ]);
  });

  it('reports a rule of each bloc nested in an all-rule and an any-rule where no seat has a bloc', () => {
    const eachBloc = { kind: 'each-bloc', rule: { kind: 'unanimity', ref: '§3' }, ref: '§3' };
    expect(
      issuesAfter((s) => {
        noBlocsOnFsu(s);
        s.bodies[2].decision = {
          kind: 'all',
          rules: [
            { kind: 'unanimity', ref: '§3' },
            { kind: 'any', rules: [eachBloc], ref: '§3' },
          ],
          ref: '§3',
        };
      }),
    ).toEqual([
      {
        code: 'bloc_rule_without_blocs',
        path: ['bodies', 2, 'decision', 'rules', 1, 'rules', 0],
        params: { rule: 'each-bloc' },
      },
    ]);
  });

  it('reports an unknown ref inside an any-rule', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.bodies[1].decision = {
            kind: 'any',
            rules: [
              { kind: 'unanimity', ref: '§2' },
              { kind: 'consensus', reservationBlocks: true, ref: '§7' },
            ],
            ref: '§2',
          }),
      ),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'decision', 'rules', 1, 'ref'], params: { ref: '§7' } },
    ]);
  });
});

describe('_checkEscalation: escalation goes up to a known body', () => {
  it('reports a body escalating to itself, and no cycle for it', () => {
    expect(issuesAfter((s) => void (s.bodies[1].escalatesTo = 'ssu'))).toEqual([
      { code: 'escalation_to_self', path: ['bodies', 1, 'escalatesTo'], params: { body: 'ssu' } },
    ]);
  });

  it('reports an escalation to an unknown body', () => {
    expect(issuesAfter((s) => void (s.bodies[2].escalatesTo = 'styret'))).toEqual([
      { code: 'unknown_body', path: ['bodies', 2, 'escalatesTo'], params: { body: 'styret' } },
    ]);
  });

  it('reports an escalation to a body of the same tier', () => {
    expect(
      issuesAfter((s) => {
        s.bodies[2].tier = 2;
        s.bodies[2].escalatesTo = 'ssu';
      }),
    ).toEqual([
      {
        code: 'escalation_not_upward',
        path: ['bodies', 2, 'escalatesTo'],
        params: { body: 'fsu', target: 'ssu', tier: 2, targetTier: 2 },
      },
    ]);
  });

  it('accepts an escalation past a tier, to a body two tiers up', () => {
    expect(issuesAfter((s) => void (s.bodies[2].escalatesTo = 'pm'))).toEqual([]);
  });

  it('reports an escalation down to a lower tier, without a cycle where the chain ends', () => {
    expect(issuesAfter((s) => void (s.bodies[0].escalatesTo = 'fsu'))).toEqual([
      {
        code: 'escalation_not_upward',
        path: ['bodies', 0, 'escalatesTo'],
        params: { body: 'pm', target: 'fsu', tier: 1, targetTier: 3 },
      },
      { code: 'escalation_cycle', path: ['bodies', 0, 'escalatesTo'], params: { body: 'pm' } },
      { code: 'escalation_cycle', path: ['bodies', 1, 'escalatesTo'], params: { body: 'ssu' } },
      { code: 'escalation_cycle', path: ['bodies', 2, 'escalatesTo'], params: { body: 'fsu' } },
    ]);
  });

  it('reports a cycle for each body on it, and none for a body whose chain only runs into it', () => {
    expect(issuesAfter((s) => void (s.bodies[0].escalatesTo = 'ssu'))).toEqual([
      {
        code: 'escalation_not_upward',
        path: ['bodies', 0, 'escalatesTo'],
        params: { body: 'pm', target: 'ssu', tier: 1, targetTier: 2 },
      },
      { code: 'escalation_cycle', path: ['bodies', 0, 'escalatesTo'], params: { body: 'pm' } },
      { code: 'escalation_cycle', path: ['bodies', 1, 'escalatesTo'], params: { body: 'ssu' } },
    ]);
  });
});

describe('_checkRatification: ratification rules', () => {
  it('reports a rule ref and a council ref that are not sections, and accepts ones that are', () => {
    const council = {
      quorum: halfShare,
      voteDuty: true,
      majority: { fraction: { numerator: 1, denominator: 2 }, comparison: 'moreThan' },
      tieBreak: 'chair',
      electionTie: 'lot',
      ref: '§1',
    };
    expect(issuesAfter((s) => void (s.ratification[0].council = council))).toEqual([]);
    expect(
      issuesAfter((s) => {
        s.ratification[0].ref = '§9';
        s.ratification[0].council = { ...council, ref: '§8' };
      }),
    ).toEqual([
      { code: 'unknown_section', path: ['ratification', 0, 'ref'], params: { ref: '§9' } },
      { code: 'unknown_section', path: ['ratification', 0, 'council', 'ref'], params: { ref: '§8' } },
    ]);
  });

  it('reports an unknown matter of a rule', () => {
    expect(issuesAfter((s) => void (s.ratification[0].matters = ['budget', 'vaksine']))).toEqual([
      { code: 'unknown_matter', path: ['ratification', 0, 'matters', 1], params: { matter: 'vaksine' } },
    ]);
  });

  it('reports a matter under a second and a third rule, each naming the first rule', () => {
    expect(
      issuesAfter((s) => {
        s.ratification.push({ ...s.ratification[0], id: 'r2', matters: ['pathway', 'budget'] });
        s.ratification.push({ ...s.ratification[0], id: 'r3' });
      }),
    ).toEqual([
      {
        code: 'matter_ratified_twice',
        path: ['ratification', 1, 'matters', 1],
        params: { matter: 'budget', first: 0 },
      },
      {
        code: 'matter_ratified_twice',
        path: ['ratification', 2, 'matters', 0],
        params: { matter: 'budget', first: 0 },
      },
    ]);
  });

  it('accepts two rules for different matters', () => {
    expect(
      issuesAfter((s) => void s.ratification.push({ ...s.ratification[0], id: 'r2', matters: ['pathway'] })),
    ).toEqual([]);
  });

  it('reports an unknown party named by a requirement', () => {
    expect(
      issuesAfter((s) => void (s.ratification[0].requires = [{ kind: 'parties', parties: ['hf', 'rana'] }])),
    ).toEqual([
      {
        code: 'unknown_party',
        path: ['ratification', 0, 'requires', 0, 'parties', 1],
        params: { party: 'rana' },
      },
    ]);
  });

  it('reports each kommune without a population under a population share, and no helseforetak', () => {
    expect(
      issuesAfter((s) => {
        delete s.parties[1].population;
        delete s.parties[2].population;
        s.ratification[0].requires = [
          { kind: 'helseforetak' },
          { kind: 'share-of-population', threshold: halfShare },
        ];
      }),
    ).toEqual([
      { code: 'missing_population', path: ['parties', 1, 'population'], params: { party: 'a' } },
      { code: 'missing_population', path: ['parties', 2, 'population'], params: { party: 'b' } },
    ]);
  });

  it('does not ask for populations under a share of the kommuner, or with every population given', () => {
    expect(
      issuesAfter((s) => {
        delete s.parties[1].population;
        s.ratification[0].requires = [{ kind: 'share-of-kommuner', threshold: halfShare }];
      }),
    ).toEqual([]);
    expect(
      issuesAfter(
        (s) => void (s.ratification[0].requires = [{ kind: 'share-of-population', threshold: halfShare }]),
      ),
    ).toEqual([]);
  });

  it('reports a collective rule with no requirement, naming its effect', () => {
    expect(issuesAfter((s) => void (s.ratification[0].requires = []))).toEqual([
      {
        code: 'too_small',
        path: ['ratification', 0, 'requires'],
        params: { minimum: 1, effect: 'binds-ratifiers' },
      },
    ]);
    expect(
      issuesAfter((s) => {
        s.ratification[0].requires = [];
        s.ratification[0].effect = 'all-or-nothing';
      }),
    ).toEqual([
      {
        code: 'too_small',
        path: ['ratification', 0, 'requires'],
        params: { minimum: 1, effect: 'all-or-nothing' },
      },
    ]);
  });

  it('accepts shares under a collective rule', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.ratification[0].requires = [
            { kind: 'share-of-kommuner', threshold: halfShare },
            { kind: 'share-of-population', threshold: halfShare },
          ]),
      ),
    ).toEqual([]);
  });

  it('reports each share of the kommuner or of the population under a per-party rule', () => {
    expect(
      issuesAfter((s) => {
        s.ratification[0].effect = 'per-party';
        s.ratification[0].requires = [
          { kind: 'share-of-population', threshold: halfShare },
          { kind: 'helseforetak' },
          { kind: 'share-of-kommuner', threshold: halfShare },
        ];
      }),
    ).toEqual([
      {
        code: 'per_party_threshold',
        path: ['ratification', 0, 'requires', 0],
        params: { kind: 'share-of-population' },
      },
      {
        code: 'per_party_threshold',
        path: ['ratification', 0, 'requires', 2],
        params: { kind: 'share-of-kommuner' },
      },
    ]);
  });
});

describe('_checkAreas: areas, area seats and agreements', () => {
  it('reports an area id used twice', () => {
    expect(issuesAfter((s) => void (s.areas = [area, { ...area, parties: ['b'] }]))).toEqual([
      { code: 'duplicate_id', path: ['areas', 1, 'id'], params: { id: 'x', first: 0, entity: 'area' } },
    ]);
  });

  it('reports an area ref that is not a section, and accepts one that is', () => {
    expect(issuesAfter((s) => void (s.areas = [{ ...area, ref: '§2' }]))).toEqual([]);
    expect(issuesAfter((s) => void (s.areas = [{ ...area, ref: '§9' }]))).toEqual([
      { code: 'unknown_section', path: ['areas', 0, 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports an unknown party of an area once', () => {
    expect(issuesAfter((s) => void (s.areas = [{ ...area, parties: ['rana', 'a'] }]))).toEqual([
      { code: 'unknown_party', path: ['areas', 0, 'parties', 0], params: { party: 'rana' } },
    ]);
  });

  it('reports an area party that is not a kommune, naming its kind', () => {
    expect(
      issuesAfter((s) => {
        s.parties.push(fylke);
        s.areas = [{ ...area, parties: ['a', 'f', 'hf'] }];
      }),
    ).toEqual([
      {
        code: 'area_party_not_kommune',
        path: ['areas', 0, 'parties', 1],
        params: { area: 'x', party: 'f', kind: 'fylkeskommune' },
      },
      {
        code: 'area_party_not_kommune',
        path: ['areas', 0, 'parties', 2],
        params: { area: 'x', party: 'hf', kind: 'helseforetak' },
      },
    ]);
  });

  it('reports a seat of an area that is not declared, with areas or without', () => {
    const unknown = [
      { code: 'unknown_area', path: ['bodies', 1, 'seats', 0, 'area'], params: { area: 'y' } },
    ];
    expect(issuesAfter((s) => void (s.bodies[1].seats[0].area = 'y'))).toEqual(unknown);
    expect(
      issuesAfter((s) => {
        s.areas = [area];
        s.bodies[1].seats[0].area = 'y';
      }),
    ).toEqual(unknown);
  });

  it('accepts a kommune seat of an area held by a kommune of the area, or by no one named', () => {
    expect(
      issuesAfter((s) => {
        s.areas = [{ ...area, id: 'z', parties: ['b'] }, area];
        s.bodies[1].seats[0] = { ...s.bodies[1].seats[0], area: 'x', party: 'a' };
        s.bodies[2].seats[0].area = 'z';
      }),
    ).toEqual([]);
  });

  it('reports an area seat whose role is not kommune, and whose party is outside the area', () => {
    expect(
      issuesAfter((s) => {
        s.areas = [area];
        s.bodies[1].seats[1].area = 'x';
      }),
    ).toEqual([
      {
        code: 'area_seat_role',
        path: ['bodies', 1, 'seats', 1, 'role'],
        params: { seat: 'h', area: 'x', role: 'helseforetak' },
      },
      {
        code: 'party_outside_area',
        path: ['bodies', 1, 'seats', 1, 'party'],
        params: { seat: 'h', area: 'x', party: 'hf' },
      },
    ]);
  });

  it('reports a kommune seat of an area held by a kommune outside it', () => {
    expect(
      issuesAfter((s) => {
        s.areas = [{ ...area, parties: ['a'] }];
        s.bodies[1].seats[0] = { ...s.bodies[1].seats[0], area: 'x', party: 'b' };
      }),
    ).toEqual([
      {
        code: 'party_outside_area',
        path: ['bodies', 1, 'seats', 0, 'party'],
        params: { seat: 'k', area: 'x', party: 'b' },
      },
    ]);
  });

  it('accepts a private hospital with an agreement with a helseforetak', () => {
    expect(issuesAfter((s) => void s.parties.push(hospital))).toEqual([]);
  });

  it('reports an agreement with an unknown party, and one with a party that is not a helseforetak', () => {
    expect(issuesAfter((s) => void s.parties.push({ ...hospital, agreementWith: 'rhf' }))).toEqual([
      { code: 'unknown_party', path: ['parties', 3, 'agreementWith'], params: { party: 'rhf' } },
    ]);
    expect(
      issuesAfter((s) => void s.parties.push(hospital, { ...hospital, id: 'q', agreementWith: 'p' })),
    ).toEqual([
      {
        code: 'agreement_not_helseforetak',
        path: ['parties', 4, 'agreementWith'],
        params: { party: 'q', agreementWith: 'p', kind: 'private-hospital' },
      },
    ]);
  });
});

describe('_checkLeadership: leadership rules', () => {
  const alternates = {
    between: ['kommunesiden', 'helseforetakssiden'],
    everyYears: 2,
    startsWith: 'kommunesiden',
    from: '2024-01-01',
  };
  const lead = (s: any, rule: object, body = 0) =>
    void (s.bodies[body].leadership = { oppositeBlocs: true, ref: '§1', ...rule });

  it('accepts an alternation, a rotation and a body followed, each as written', () => {
    expect(issuesAfter((s) => lead(s, { alternates, rotationYears: 2 }))).toEqual([]);
    expect(
      issuesAfter((s) => lead(s, { rotatesAmong: { bloc: 'kommunesiden', parties: ['a', 'b'] } })),
    ).toEqual([]);
    expect(issuesAfter((s) => lead(s, { followsBody: { body: 'pm', relation: 'opposite' } }, 1))).toEqual([]);
  });

  it('reports a leadership ref that is not a section', () => {
    expect(issuesAfter((s) => lead(s, { ref: '§9' }))).toEqual([
      { code: 'unknown_section', path: ['bodies', 0, 'leadership', 'ref'], params: { ref: '§9' } },
    ]);
  });

  it('reports a side named twice in an alternation, and a start that is not one of its sides', () => {
    expect(
      issuesAfter((s) =>
        lead(s, {
          alternates: {
            ...alternates,
            between: ['kommunesiden', 'kommunesiden'],
            startsWith: 'helseforetakssiden',
          },
        }),
      ),
    ).toEqual([
      {
        code: 'duplicate_id',
        path: ['bodies', 0, 'leadership', 'alternates', 'between', 1],
        params: { id: 'kommunesiden', first: 0, entity: 'side' },
      },
      {
        code: 'bloc_not_alternating',
        path: ['bodies', 0, 'leadership', 'alternates', 'startsWith'],
        params: { bloc: 'helseforetakssiden', between: 'kommunesiden, kommunesiden' },
      },
    ]);
  });

  it('reports rotation years that differ from the years of the alternation', () => {
    expect(issuesAfter((s) => lead(s, { alternates, rotationYears: 3 }))).toEqual([
      {
        code: 'leadership_conflict',
        path: ['bodies', 0, 'leadership', 'rotationYears'],
        params: { rotationYears: 3, everyYears: 2 },
      },
    ]);
  });

  it('accepts rotation years alone, or an alternation alone', () => {
    expect(issuesAfter((s) => lead(s, { rotationYears: 3 }))).toEqual([]);
    expect(issuesAfter((s) => lead(s, { alternates }))).toEqual([]);
  });

  it('reports an unknown body followed', () => {
    expect(issuesAfter((s) => lead(s, { followsBody: { body: 'styret', relation: 'same' } }))).toEqual([
      {
        code: 'unknown_body',
        path: ['bodies', 0, 'leadership', 'followsBody', 'body'],
        params: { body: 'styret' },
      },
    ]);
  });

  it('reports a body followed together with an alternation, with no params', () => {
    expect(
      issuesAfter((s) => lead(s, { alternates, followsBody: { body: 'ssu', relation: 'same' } })),
    ).toEqual([
      { code: 'leadership_conflict', path: ['bodies', 0, 'leadership', 'followsBody'], params: {} },
    ]);
  });

  it('reports a rotating party unknown, listed twice, or of the other side', () => {
    expect(
      issuesAfter((s) =>
        lead(s, { rotatesAmong: { bloc: 'kommunesiden', parties: ['a', 'rana', 'a', 'hf'] } }),
      ),
    ).toEqual([
      {
        code: 'duplicate_id',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'parties', 2],
        params: { id: 'a', first: 0, entity: 'rotating-party' },
      },
      {
        code: 'unknown_party',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'parties', 1],
        params: { party: 'rana' },
      },
      {
        code: 'party_bloc_mismatch',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'parties', 3],
        params: { party: 'hf', kind: 'helseforetak', bloc: 'kommunesiden' },
      },
    ]);
  });

  it('puts a private hospital on the hospital side, a kommune on its own, and a fylkeskommune on either', () => {
    expect(
      issuesAfter((s) => {
        s.parties.push(hospital, fylke);
        lead(s, { rotatesAmong: { bloc: 'helseforetakssiden', parties: ['hf', 'p', 'f'] } });
      }),
    ).toEqual([]);
    expect(
      issuesAfter((s) => {
        s.parties.push(hospital, fylke);
        lead(s, { rotatesAmong: { bloc: 'kommunesiden', parties: ['a', 'f', 'p'] } });
      }),
    ).toEqual([
      {
        code: 'party_bloc_mismatch',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'parties', 2],
        params: { party: 'p', kind: 'private-hospital', bloc: 'kommunesiden' },
      },
    ]);
    expect(
      issuesAfter((s) => lead(s, { rotatesAmong: { bloc: 'helseforetakssiden', parties: ['hf', 'b'] } })),
    ).toEqual([
      {
        code: 'party_bloc_mismatch',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'parties', 1],
        params: { party: 'b', kind: 'kommune', bloc: 'helseforetakssiden' },
      },
    ]);
  });

  it('reports a rotation on a side the alternation does not name, and accepts one it names', () => {
    const one = { ...alternates, between: ['kommunesiden'] };
    expect(
      issuesAfter((s) =>
        lead(s, { alternates: one, rotatesAmong: { bloc: 'kommunesiden', parties: ['a'] } }),
      ),
    ).toEqual([]);
    expect(
      issuesAfter((s) =>
        lead(s, { alternates: one, rotatesAmong: { bloc: 'helseforetakssiden', parties: ['hf'] } }),
      ),
    ).toEqual([
      {
        code: 'bloc_not_alternating',
        path: ['bodies', 0, 'leadership', 'rotatesAmong', 'bloc'],
        params: { bloc: 'helseforetakssiden' },
      },
    ]);
  });

  it('reports a body that follows itself', () => {
    expect(issuesAfter((s) => lead(s, { followsBody: { body: 'ssu', relation: 'same' } }, 1))).toEqual([
      {
        code: 'leadership_cycle',
        path: ['bodies', 1, 'leadership', 'followsBody', 'body'],
        params: { body: 'ssu' },
      },
    ]);
  });

  it('reports each body on a cycle of bodies followed, and none for a body that only follows into it', () => {
    expect(
      issuesAfter((s) => {
        lead(s, { followsBody: { body: 'ssu', relation: 'opposite' } }, 0);
        lead(s, { followsBody: { body: 'pm', relation: 'opposite' } }, 1);
        lead(s, { followsBody: { body: 'ssu', relation: 'same' } }, 2);
      }),
    ).toEqual([
      {
        code: 'leadership_cycle',
        path: ['bodies', 0, 'leadership', 'followsBody', 'body'],
        params: { body: 'pm' },
      },
      {
        code: 'leadership_cycle',
        path: ['bodies', 1, 'leadership', 'followsBody', 'body'],
        params: { body: 'ssu' },
      },
    ]);
  });
});

describe('_checkMandate: mandate, route, delegation, two-stage handling and secretariat', () => {
  const route = (s: any, to: object) =>
    void (s.bodies[1].mandate.recommendsTo = { body: 'pm', as: 'recommendation', ref: '§2', ...to });

  it('reports a mandate ref and a disputes ref that are not sections, and accepts ones that are', () => {
    expect(issuesAfter((s) => void (s.bodies[0].mandate.settlesDisputes = { ref: '§1' }))).toEqual([]);
    expect(
      issuesAfter((s) => {
        s.bodies[0].mandate.ref = '§9';
        s.bodies[0].mandate.settlesDisputes = { ref: '§8' };
      }),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 0, 'mandate', 'ref'], params: { ref: '§9' } },
      {
        code: 'unknown_section',
        path: ['bodies', 0, 'mandate', 'settlesDisputes', 'ref'],
        params: { ref: '§8' },
      },
    ]);
  });

  it('reports unknown matters decided and recommended', () => {
    expect(
      issuesAfter((s) => {
        s.bodies[1].mandate.decides = ['vaksine', 'pathway'];
        s.bodies[1].mandate.recommends = ['budget', 'husleie'];
      }),
    ).toEqual([
      { code: 'unknown_matter', path: ['bodies', 1, 'mandate', 'decides', 0], params: { matter: 'vaksine' } },
      {
        code: 'unknown_matter',
        path: ['bodies', 1, 'mandate', 'recommends', 1],
        params: { matter: 'husleie' },
      },
    ]);
  });

  it('reports a matter both decided and recommended', () => {
    expect(issuesAfter((s) => void (s.bodies[1].mandate.recommends = ['pathway', 'budget']))).toEqual([
      {
        code: 'mandate_overlap',
        path: ['bodies', 1, 'mandate', 'recommends', 0],
        params: { matter: 'pathway' },
      },
    ]);
  });

  it('accepts a route to another known body, directly or via a third', () => {
    expect(issuesAfter((s) => route(s, {}))).toEqual([]);
    expect(issuesAfter((s) => route(s, { via: 'fsu' }))).toEqual([]);
  });

  it('reports a route ref that is not a section', () => {
    expect(issuesAfter((s) => route(s, { ref: '§9' }))).toEqual([
      {
        code: 'unknown_section',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'ref'],
        params: { ref: '§9' },
      },
    ]);
  });

  it('reports a route to or via the body itself', () => {
    expect(issuesAfter((s) => route(s, { body: 'ssu' }))).toEqual([
      {
        code: 'route_to_self',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'body'],
        params: { body: 'ssu' },
      },
    ]);
    expect(issuesAfter((s) => route(s, { via: 'ssu' }))).toEqual([
      {
        code: 'route_to_self',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'via'],
        params: { body: 'ssu' },
      },
    ]);
  });

  it('reports a route to and via unknown bodies', () => {
    expect(issuesAfter((s) => route(s, { body: 'styret', via: 'rådet' }))).toEqual([
      {
        code: 'unknown_body',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'body'],
        params: { body: 'styret' },
      },
      {
        code: 'unknown_body',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'via'],
        params: { body: 'rådet' },
      },
    ]);
  });

  it('reports a route via the body it goes to', () => {
    expect(issuesAfter((s) => route(s, { via: 'pm' }))).toEqual([
      {
        code: 'route_via_target',
        path: ['bodies', 1, 'mandate', 'recommendsTo', 'via'],
        params: { body: 'pm' },
      },
    ]);
  });

  it('reports a delegation ref that is not a section and an unknown matter delegated', () => {
    expect(issuesAfter((s) => void (s.bodies[1].delegation = { matters: ['pathway'], ref: '§2' }))).toEqual(
      [],
    );
    expect(
      issuesAfter((s) => void (s.bodies[1].delegation = { matters: ['pathway', 'vaksine'], ref: '§9' })),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'delegation', 'ref'], params: { ref: '§9' } },
      {
        code: 'unknown_matter',
        path: ['bodies', 1, 'delegation', 'matters', 1],
        params: { matter: 'vaksine' },
      },
    ]);
  });

  it('accepts two-stage handling with no first stage, or one by the body itself, the secretariat or another body', () => {
    expect(issuesAfter((s) => void (s.bodies[1].twoStage = { matters: ['pathway'], ref: '§2' }))).toEqual([]);
    expect(
      issuesAfter(
        (s) =>
          void (s.bodies[1].twoStage = {
            matters: ['pathway'],
            firstStage: [{ kind: 'same-body' }, { kind: 'secretariat' }, { kind: 'body', body: 'fsu' }],
            ref: '§2',
          }),
      ),
    ).toEqual([]);
  });

  it('reports a two-stage ref that is not a section, an unknown matter, and an unknown or own body as first stage', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.bodies[1].twoStage = {
            matters: ['vaksine'],
            firstStage: [
              { kind: 'secretariat' },
              { kind: 'body', body: 'styret' },
              { kind: 'body', body: 'ssu' },
            ],
            ref: '§9',
          }),
      ),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 1, 'twoStage', 'ref'], params: { ref: '§9' } },
      {
        code: 'unknown_matter',
        path: ['bodies', 1, 'twoStage', 'matters', 0],
        params: { matter: 'vaksine' },
      },
      {
        code: 'unknown_body',
        path: ['bodies', 1, 'twoStage', 'firstStage', 1, 'body'],
        params: { body: 'styret' },
      },
      {
        code: 'first_stage_self',
        path: ['bodies', 1, 'twoStage', 'firstStage', 2, 'body'],
        params: { body: 'ssu' },
      },
    ]);
  });

  it('accepts a secretariat deciding what the body decides', () => {
    expect(
      issuesAfter((s) => void (s.bodies[0].secretariat = { matters: ['budget'], maxAmount: 100, ref: '§1' })),
    ).toEqual([]);
  });

  it('reports a secretariat ref that is not a section and matters the body does not decide', () => {
    expect(
      issuesAfter(
        (s) => void (s.bodies[0].secretariat = { matters: ['budget', 'pathway', 'vaksine'], ref: '§9' }),
      ),
    ).toEqual([
      { code: 'unknown_section', path: ['bodies', 0, 'secretariat', 'ref'], params: { ref: '§9' } },
      {
        code: 'secretariat_beyond_mandate',
        path: ['bodies', 0, 'secretariat', 'matters', 1],
        params: { matter: 'pathway', body: 'pm' },
      },
      {
        code: 'unknown_matter',
        path: ['bodies', 0, 'secretariat', 'matters', 2],
        params: { matter: 'vaksine' },
      },
      {
        code: 'secretariat_beyond_mandate',
        path: ['bodies', 0, 'secretariat', 'matters', 2],
        params: { matter: 'vaksine', body: 'pm' },
      },
    ]);
  });
});

describe('_checkSense: what a statute of the right shape cannot mean', () => {
  it('reports a matter named twice in a list of a body, and the matter as the value', () => {
    expect(
      issuesAfter((s) => {
        s.bodies[1].mandate.recommends = ['budget', 'budget'];
        s.bodies[1].delegation = { matters: ['pathway', 'pathway'], ref: '§2' };
        s.bodies[1].twoStage = { matters: ['pathway', 'pathway'], ref: '§2' };
        s.bodies[1].secretariat = { matters: ['pathway', 'pathway'], ref: '§2' };
      }),
    ).toEqual([
      {
        code: 'duplicate_value',
        path: ['bodies', 1, 'mandate', 'recommends', 1],
        params: { value: 'budget' },
      },
      {
        code: 'duplicate_value',
        path: ['bodies', 1, 'delegation', 'matters', 1],
        params: { value: 'pathway' },
      },
      {
        code: 'duplicate_value',
        path: ['bodies', 1, 'twoStage', 'matters', 1],
        params: { value: 'pathway' },
      },
      {
        code: 'duplicate_value',
        path: ['bodies', 1, 'secretariat', 'matters', 1],
        params: { value: 'pathway' },
      },
    ]);
  });

  it('reports a right named twice on a seat and a matter decided twice', () => {
    expect(
      issuesAfter((s) => {
        s.bodies[2].seats[1].rights = ['vote', 'attend', 'vote', 'vote'];
        s.bodies[0].mandate.decides = ['budget', 'statute-amendment', 'budget'];
      }),
    ).toEqual([
      { code: 'duplicate_value', path: ['bodies', 0, 'mandate', 'decides', 2], params: { value: 'budget' } },
      { code: 'duplicate_value', path: ['bodies', 2, 'seats', 1, 'rights', 2], params: { value: 'vote' } },
      { code: 'duplicate_value', path: ['bodies', 2, 'seats', 1, 'rights', 3], params: { value: 'vote' } },
    ]);
  });

  it('reports a matter, a requirement and a party named twice in a ratification rule, a requirement as JSON', () => {
    expect(
      issuesAfter((s) => {
        s.ratification[0].matters = ['budget', 'budget'];
        s.ratification[0].requires = [
          { kind: 'every-kommune' },
          { kind: 'parties', parties: ['a', 'hf', 'a'] },
          { kind: 'every-kommune' },
        ];
      }),
    ).toEqual([
      {
        code: 'matter_ratified_twice',
        path: ['ratification', 0, 'matters', 1],
        params: { matter: 'budget', first: 0 },
      },
      { code: 'duplicate_value', path: ['ratification', 0, 'matters', 1], params: { value: 'budget' } },
      {
        code: 'duplicate_value',
        path: ['ratification', 0, 'requires', 2],
        params: { value: '{"kind":"every-kommune"}' },
      },
      {
        code: 'duplicate_value',
        path: ['ratification', 0, 'requires', 1, 'parties', 2],
        params: { value: 'a' },
      },
    ]);
  });

  it('tells requirements apart by their content', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.ratification[0].requires = [
            { kind: 'parties', parties: ['a'] },
            { kind: 'parties', parties: ['b'] },
          ]),
      ),
    ).toEqual([]);
  });

  it('reports a founding party named twice, and accepts founding parties each once', () => {
    expect(issuesAfter((s) => void (s.membership.founding = ['hf', 'a', 'b']))).toEqual([]);
    expect(issuesAfter((s) => void (s.membership.founding = ['a', 'hf', 'a']))).toEqual([
      { code: 'duplicate_value', path: ['membership', 'founding', 2], params: { value: 'a' } },
    ]);
  });

  it.each([
    ['a high surrogate at the end', 'A\ud800', true],
    ['a low surrogate at the start', '\udc00A', true],
    ['a low surrogate before a high one', '\udc00\ud800', true],
    ['two high surrogates', '\ud800\ud800', true],
    ['a high surrogate before a letter', '\udbffA', true],
    ['a lone low surrogate at the top of the range', 'A\udfff', true],
    ['a surrogate pair', 'A\ud800\udc00', false],
    ['a surrogate pair at the top of the range', '\udbff\udfff', false],
    ['the last character before the surrogates', '\ud7ff', false],
    ['the first character after the surrogates', '\ue000', false],
  ])('judges text with %s', (_name, text, malformed) => {
    expect(issuesAfter((s) => void (s.parties[1].name = text))).toEqual(
      malformed ? [{ code: 'malformed_text', path: ['parties', 1, 'name'], params: {} }] : [],
    );
  });

  it('reports malformed text in keys of a record and deep in lists, with number indexes', () => {
    expect(
      issuesAfter((s) => {
        s.sections['§2'].text = '\ud800';
        s.bodies[2].seats[1].appointedBy = '\udc00';
      }),
    ).toEqual([
      { code: 'malformed_text', path: ['sections', '§2', 'text'], params: {} },
      { code: 'malformed_text', path: ['bodies', 2, 'seats', 1, 'appointedBy'], params: {} },
    ]);
  });

  it('reports a share of the whole compared strictly in a council, as in a quorum and a decision', () => {
    // The quorum and the decision: test/statute/sense.test.ts.
    expect(
      issuesAfter((s) => {
        s.council = {
          quorum: halfShare,
          voteDuty: false,
          majority: { fraction: { numerator: 2, denominator: 2 }, comparison: 'moreThan' },
          tieBreak: 'fails',
          electionTie: 'lot',
          ref: '§1',
        };
      }),
    ).toEqual([
      {
        code: 'threshold_unreachable',
        path: ['council', 'majority', 'comparison'],
        params: { rule: 'more-than' },
      },
    ]);
  });

  it('accepts all of them at least, more than a part, a strict majority of a part and a majority of all', () => {
    const majority = (numerator: number, denominator: number, strict: boolean) => ({
      kind: 'majority',
      threshold: { numerator, denominator },
      strict,
      base: 'present',
      tieBreak: 'fails',
      ref: '§2',
    });
    expect(
      issuesAfter((s) => {
        s.bodies[0].quorum.threshold = {
          kind: 'share',
          fraction: { numerator: 3, denominator: 3 },
          comparison: 'atLeast',
        };
        s.bodies[1].quorum.threshold = {
          kind: 'share',
          fraction: { numerator: 2, denominator: 3 },
          comparison: 'moreThan',
        };
        s.bodies[1].decision = {
          kind: 'all',
          rules: [majority(1, 2, true), majority(1, 1, false)],
          ref: '§2',
        };
      }),
    ).toEqual([]);
  });

  it('reports a share of the whole compared strictly under a ratification requirement', () => {
    expect(
      issuesAfter(
        (s) =>
          void (s.ratification[0].requires = [
            {
              kind: 'share-of-kommuner',
              threshold: {
                kind: 'share',
                fraction: { numerator: 5, denominator: 5 },
                comparison: 'moreThan',
              },
            },
          ]),
      ),
    ).toEqual([
      {
        code: 'threshold_unreachable',
        path: ['ratification', 0, 'requires', 0, 'threshold', 'comparison'],
        params: { rule: 'more-than' },
      },
    ]);
  });
});
