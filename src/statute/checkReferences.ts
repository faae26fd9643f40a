/**
 * Reference checks on a statute whose shape is right: unique ids, known parties, bodies,
 * matters, roles and sections, and an escalation chain that only goes up.
 *
 * @internal
 * @module
 */
import type { DecisionRule } from '../model/rules.js';
import type { Statute } from '../model/statute.js';
import type { InputIssue, InputIssueCode, IssuePath } from './issues.js';

/** @internal */
export function checkReferences(statute: Statute): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (
    code: InputIssueCode,
    path: IssuePath,
    message: string,
    params: Record<string, string | number> = {},
  ): void => {
    issues.push({ code, path, params, message });
  };

  const unique = <T>(
    items: readonly T[],
    key: (item: T) => string,
    at: (index: number) => IssuePath,
    what: string,
  ) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const id = key(item);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        add('duplicate_id', at(index), `${what} "${id}" is declared twice (first at index ${first})`, {
          id,
          first,
        });
    });
    return new Set(seen.keys());
  };

  const sections = new Set(Object.keys(statute.sections));
  const ref = (value: string | undefined, path: IssuePath): void => {
    if (value !== undefined && !sections.has(value)) {
      add('unknown_section', path, `no section "${value}" in sections`, { ref: value });
    }
  };

  const parties = unique(
    statute.parties,
    (p) => p.id,
    (i) => ['parties', i, 'id'],
    'party',
  );
  const numbers = new Map<string, number>();
  statute.parties.forEach((party, i) => {
    if (party.kind !== 'kommune') return;
    const first = numbers.get(party.kommunenummer);
    if (first === undefined) numbers.set(party.kommunenummer, i);
    else
      add(
        'duplicate_id',
        ['parties', i, 'kommunenummer'],
        `kommunenummer "${party.kommunenummer}" is declared twice (first at index ${first})`,
        { id: party.kommunenummer, first },
      );
  });
  const partyKind = new Map(statute.parties.map((p) => [p.id, p.kind] as const));
  const roles = unique(
    statute.participants,
    (p) => p.role,
    (i) => ['participants', i, 'role'],
    'participant role',
  );
  const bodies = unique(
    statute.bodies,
    (b) => b.id,
    (i) => ['bodies', i, 'id'],
    'body',
  );
  const matters = unique(
    statute.matters,
    (m) => m.id,
    (i) => ['matters', i, 'id'],
    'matter',
  );
  unique(
    statute.ratification,
    (r) => r.id,
    (i) => ['ratification', i, 'id'],
    'ratification rule',
  );

  const knownParty = (id: string, path: IssuePath) => {
    if (!parties.has(id)) add('unknown_party', path, `no party has the id "${id}"`, { party: id });
  };
  const knownMatter = (id: string, path: IssuePath) => {
    if (!matters.has(id)) add('unknown_matter', path, `no matter has the id "${id}"`, { matter: id });
  };
  const knownBody = (id: string, path: IssuePath) => {
    if (!bodies.has(id)) add('unknown_body', path, `no body has the id "${id}"`, { body: id });
  };

  statute.participants.forEach((p, i) => {
    ref(p.ref, ['participants', i, 'ref']);
  });
  statute.matters.forEach((m, i) => {
    ref(m.ref, ['matters', i, 'ref']);
  });

  const tierOf = new Map(statute.bodies.map((b) => [b.id, b.tier] as const));
  statute.bodies.forEach((body, b) => {
    const at = (...rest: (string | number)[]): IssuePath => ['bodies', b, ...rest];
    ref(body.ref, at('ref'));
    unique(
      body.seats,
      (s) => s.id,
      (i) => at('seats', i, 'id'),
      'seat',
    );
    const blocs = new Set<string>();
    let voting = 0;
    body.seats.forEach((seat, s) => {
      ref(seat.ref, at('seats', s, 'ref'));
      const isPartyRole = seat.role === 'kommune' || seat.role === 'helseforetak';
      if (!isPartyRole && !roles.has(seat.role)) {
        add(
          'unknown_role',
          at('seats', s, 'role'),
          `"${seat.role}" is neither a party kind nor a participant role of this statute`,
          { role: seat.role },
        );
      }
      if (seat.party !== undefined) {
        knownParty(seat.party, at('seats', s, 'party'));
        const kind = partyKind.get(seat.party);
        if (kind !== undefined && kind !== seat.role) {
          add(
            'party_role_mismatch',
            at('seats', s, 'party'),
            `party "${seat.party}" is a ${kind}, but the seat's role is "${seat.role}"`,
            { party: seat.party, kind, role: seat.role },
          );
        }
      }
      if (seat.rights.includes('vote')) {
        voting += seat.count;
        if (seat.bloc !== undefined) blocs.add(seat.bloc);
      }
    });
    if (voting === 0)
      add(
        'no_voting_seat',
        at('seats'),
        'the body has no seat with the right to vote, so it can decide nothing',
      );
    ref(body.quorum.ref, at('quorum', 'ref'));
    if (body.quorum.perBloc !== undefined && blocs.size === 0) {
      add(
        'bloc_rule_without_blocs',
        at('quorum', 'perBloc'),
        'a per-bloc quorum needs voting seats with a bloc',
      );
    }
    const walk = (rule: DecisionRule, path: IssuePath): void => {
      ref(rule.ref, [...path, 'ref']);
      if (rule.kind === 'each-bloc') {
        if (blocs.size === 0)
          add('bloc_rule_without_blocs', path, 'an each-bloc rule needs voting seats with a bloc');
        walk(rule.rule, [...path, 'rule']);
      } else if (rule.kind === 'all' || rule.kind === 'any') {
        rule.rules.forEach((r, i) => {
          walk(r, [...path, 'rules', i]);
        });
      }
    };
    walk(body.decision, at('decision'));
    ref(body.mandate.ref, at('mandate', 'ref'));
    const decides = new Set(body.mandate.decides);
    body.mandate.decides.forEach((m, i) => {
      knownMatter(m, at('mandate', 'decides', i));
    });
    body.mandate.recommends.forEach((m, i) => {
      knownMatter(m, at('mandate', 'recommends', i));
      if (decides.has(m))
        add(
          'mandate_overlap',
          at('mandate', 'recommends', i),
          `matter "${m}" is both decided and only recommended`,
          { matter: m },
        );
    });
    if (body.leadership !== undefined) ref(body.leadership.ref, at('leadership', 'ref'));
    if (body.delegation !== undefined) {
      ref(body.delegation.ref, at('delegation', 'ref'));
      body.delegation.matters.forEach((m, i) => {
        knownMatter(m, at('delegation', 'matters', i));
      });
    }
    if (body.escalatesTo !== undefined) {
      const target = body.escalatesTo;
      if (target === body.id) {
        add('escalation_to_self', at('escalatesTo'), `body "${body.id}" escalates to itself`, {
          body: body.id,
        });
      } else if (!bodies.has(target)) {
        knownBody(target, at('escalatesTo'));
      } else if ((tierOf.get(target) ?? 0) >= body.tier) {
        add(
          'escalation_not_upward',
          at('escalatesTo'),
          `body "${body.id}" (tier ${body.tier}) escalates to "${target}" (tier ${tierOf.get(target)}), which is not a higher tier`,
          { body: body.id, target, tier: body.tier, targetTier: tierOf.get(target) ?? 0 },
        );
      }
    }
  });

  // Cycles in the escalation chain (only possible when the tier check above also fails).
  const next = new Map(
    statute.bodies.flatMap((b) =>
      b.escalatesTo !== undefined && b.escalatesTo !== b.id ? [[b.id, b.escalatesTo] as const] : [],
    ),
  );
  statute.bodies.forEach((body, b) => {
    const seen = new Set<string>([body.id]);
    let at = next.get(body.id);
    while (at !== undefined) {
      if (at === body.id) {
        add(
          'escalation_cycle',
          ['bodies', b, 'escalatesTo'],
          `the escalation chain from "${body.id}" comes back to it`,
          { body: body.id },
        );
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
      at = next.get(at);
    }
  });

  const ratified = new Map<string, number>();
  statute.ratification.forEach((rule, r) => {
    ref(rule.ref, ['ratification', r, 'ref']);
    if (rule.council !== undefined) ref(rule.council.ref, ['ratification', r, 'council', 'ref']);
    rule.matters.forEach((m, i) => {
      knownMatter(m, ['ratification', r, 'matters', i]);
      const first = ratified.get(m);
      if (first === undefined) ratified.set(m, r);
      else
        add(
          'matter_ratified_twice',
          ['ratification', r, 'matters', i],
          `matter "${m}" is already covered by ratification rule ${first}`,
          { matter: m, first },
        );
    });
    rule.requires.forEach((req, q) => {
      if (req.kind === 'parties')
        req.parties.forEach((p, i) => {
          knownParty(p, ['ratification', r, 'requires', q, 'parties', i]);
        });
      if (req.kind === 'share-of-population') {
        statute.parties.forEach((p, i) => {
          if (p.kind === 'kommune' && p.population === undefined) {
            add(
              'missing_population',
              ['parties', i, 'population'],
              `kommune "${p.id}" has no population, which a population-weighted ratification needs`,
              { party: p.id },
            );
          }
        });
      }
    });
  });

  knownMatter(statute.amendment.matter, ['amendment', 'matter']);
  knownBody(statute.amendment.body, ['amendment', 'body']);
  ref(statute.amendment.ref, ['amendment', 'ref']);
  ref(statute.membership.ref, ['membership', 'ref']);
  if (statute.membership.establishment !== undefined)
    ref(statute.membership.establishment.ref, ['membership', 'establishment', 'ref']);
  statute.membership.founding?.forEach((p, i) => {
    knownParty(p, ['membership', 'founding', i]);
  });

  return issues;
}
