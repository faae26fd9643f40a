import { describe, expect, it } from 'vitest';
import { mermaidId, mermaidText } from '../../src/assess/_mermaid.js';
import { type Body, diagram, InputError, presets, type Statute } from '../../src/index.js';
import { innlandet } from '../engine/_innlandet.js';
import { stavanger } from '../engine/_stavanger.js';

const names = Object.keys(presets) as (keyof typeof presets)[];

describe('the structure diagram of every preset', () => {
  it.each(names.flatMap((name) => (['nb', 'nn', 'en'] as const).map((locale) => [name, locale] as const)))(
    '%s in %s is exactly its stored output',
    async (name, locale) => {
      // A change to a diagram is a change of what users see: review the diff, then update with -u.
      await expect(diagram(presets[name], { locale })).toMatchFileSnapshot(
        `../golden/diagram/${name}.${locale}.mmd`,
      );
    },
  );

  it('draws Helgeland from its statute: tiers from the top, seats per side, escalation, ratifiers, boards', () => {
    const text = diagram(presets.helgeland, { locale: 'nb' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('flowchart BT');
    const tiers = lines.filter((l) => l.trim().startsWith('subgraph t_')).map((l) => l.trim());
    expect(tiers).toEqual([
      'subgraph t_1["Nivå 1"]',
      'subgraph t_2["Nivå 2"]',
      'subgraph t_3["Nivå 3"]',
      'subgraph t_4["Nivå 4"]',
    ]);
    expect(text).toContain(
      'b_ssu["Strategisk samarbeidsutvalg Helgeland<br/>Kommunesiden 6<br/>Helseforetakssiden 6<br/>Andre med stemmerett: fastlege 1, bruker 1<br/>Observatører (møterett, talerett): sekretariat 1"]',
    );
    expect(lines).toContain('  b_fsu -->|"uenighet, tilråding"| b_ssu');
    expect(lines).toContain('  b_pm ==>|"tilslutning (§8): alle"| k_kommunestyrene');
    expect(lines).toContain('  b_pm ==>|"tilslutning (§8)"| p_helgelandssykehuset');
    expect(lines).toContain('    k_kommunestyrene["Kommunestyrene (18)"]');
    // The boards sit outside the community's box, local first, and bind no one.
    const community = lines.slice(
      lines.indexOf('  subgraph c_community["Vedtekter for Helsefellesskap Helgeland (versjon 2023-05-04)"]'),
    );
    const end = community.indexOf('  end');
    expect(community.slice(0, end).some((l) => l.trim().startsWith('d_'))).toBe(false);
    expect(end).toBeGreaterThan(8);
    expect(lines).toContain('  b_pm -.->|"uenighet"| d_lokal_2d_tvistelosningsnemnd');
    expect(lines).toContain(
      '  d_lokal_2d_tvistelosningsnemnd -.->|"deretter"| d_nasjonal_2d_tvistelosningsnemnd',
    );
  });

  it('speaks English with locale en, and Norwegian by default', () => {
    const en = diagram(presets.vestfold, { locale: 'en' });
    expect(en).toContain('Kommune side 6<br/>HF side 6<br/>Other voting seats: GP 2, user representative 2');
    expect(en).toContain('"ratification (forpliktende, tilslutning): all"');
    expect(diagram(presets.vestfold)).toBe(diagram(presets.vestfold, { locale: 'nb' }));
  });

  it('speaks nynorsk with locale nn', () => {
    const nn = diagram(presets.helgeland, { locale: 'nn' });
    expect(nn).toContain(
      'Kommunesida 6<br/>Helseføretakssida 6<br/>Andre med stemmerett: fastlege 1, brukar 1',
    );
    expect(nn).toContain('    k_kommunestyrene["Kommunestyra (18)"]');
    expect(nn).toContain('  b_fsu -->|"usemje, tilråding"| b_ssu');
    expect(nn).toContain('rådgjevande, bind ingen');
  });

  it("shows delegation from the parties' organs to a delegated body (Finnmark)", () => {
    expect(diagram(presets.finnmark, { locale: 'nb' }).split('\n')).toContain(
      '  b_su -.-|"delegert myndighet (su-delegasjon)"| k_kommunestyrene',
    );
  });

  it('draws advice through via as a dotted arrow, apart from the escalation arrow', () => {
    const lines = diagram(innlandet, { locale: 'nb' }).split('\n');
    expect(lines).toContain('  b_fagutvalg_2d_rus -.->|"råd via Arbeidsutvalget"| b_ssu');
  });

  it('says what each rule asks: each party for itself, a share of the kommuner or of the population, named kommuner', () => {
    expect(diagram(stavanger).split('\n')).toContain(
      '  b_ssu ==>|"tilslutning (hol § 6-1): hver part for seg"| k_kommunestyrene',
    );
    const shares: Statute = {
      ...presets.vestfold,
      parties: [
        ...presets.vestfold.parties,
        { kind: 'fylkeskommune', id: 'vtfk', name: 'Vestfold fylkeskommune', organ: 'fylkesting' },
      ],
      ratification: [
        {
          id: 'andel',
          matters: ['budget'],
          requires: [
            {
              kind: 'share-of-kommuner',
              threshold: { kind: 'share', fraction: { numerator: 2, denominator: 3 }, comparison: 'atLeast' },
            },
            {
              kind: 'share-of-population',
              threshold: { kind: 'count', count: 100000, comparison: 'moreThan' },
            },
            { kind: 'parties', parties: ['horten', 'vtfk'] },
          ],
          effect: 'all-or-nothing',
          ref: 'forpliktende',
        },
      ],
    };
    const lines = diagram(shares, { locale: 'en' }).split('\n');
    expect(lines).toContain(
      '  b_pm ==>|"ratification (forpliktende): at least 2/3 of the kommuner, kommuner with more than 100000 inhabitants, Horten"| k_kommunestyrene',
    );
    expect(lines).toContain('    p_vtfk["Fylkesting of Vestfold fylkeskommune"]');
    expect(lines).toContain('  b_pm ==>|"ratification (forpliktende)"| p_vtfk');
  });

  it('is deterministic: the same statute, or a JSON copy of it, gives the same text', () => {
    const copy = JSON.parse(JSON.stringify(presets.helgeland)) as Statute;
    expect(diagram(copy, { locale: 'en' })).toBe(diagram(presets.helgeland, { locale: 'en' }));
  });

  it('keeps a tier above the one below with an invisible link when no arrow goes up', () => {
    const lone: Body = { ...(presets.vestfold.bodies[1] as Body), id: 'ssu' };
    const { escalatesTo: _, ...noEscalation } = lone;
    const statute: Statute = {
      ...presets.vestfold,
      bodies: [
        presets.vestfold.bodies[0] as Body,
        { ...noEscalation, mandate: { ...lone.mandate, recommends: [] } },
      ],
    };
    expect(diagram(statute).split('\n')).toContain('  b_ssu ~~~ b_pm');
  });

  it('rejects a locale it does not write', () => {
    expect(() => diagram(presets.vestfold, { locale: 'se' as 'nb' })).toThrow(InputError);
  });
});

describe('names that would break Mermaid', () => {
  const hostile: Statute = {
    ...presets.vestfold,
    title: 'Vedtekter "A" [B] {C} <D> | #E; `F` end',
    bodies: presets.vestfold.bodies.map((b, i) =>
      i === 0
        ? { ...b, id: 'end', name: 'PM "x"]\nclick b_ssu call alert()%%' }
        : { ...b, escalatesTo: 'end' },
    ),
  };
  const text = diagram(hostile);

  it('escape every label, so no name can close a label, start a line or add a statement', () => {
    expect(text).toContain(
      'c_community["Vedtekter #34;A#34; #91;B#93; #123;C#125; #60;D#62; #124; #35;E#59; #96;F#96; end (versjon 2021-06-15)"]',
    );
    expect(text).toContain('b_end["PM #34;x#34;#93; click b_ssu call alert()#37;#37;<br/>');
    expect(text.split('\n').filter((l) => l.trim().startsWith('click'))).toEqual([]);
    // Every label opens and closes its quotes on its own line.
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('name a seat whose role is an inherited name by the role itself, not by what the catalog inherits', () => {
    const seats = presets.vestfold.bodies[0]?.seats ?? [];
    const odd: Statute = {
      ...presets.vestfold,
      bodies: presets.vestfold.bodies.map((b, i) =>
        i === 0
          ? { ...b, seats: [...seats, { id: 'x', role: 'toString', count: 1, rights: ['attend'] }] }
          : b,
      ),
    };
    expect(diagram(odd)).toContain('Observatører (møterett): toString 1"]');
  });

  it('make an id that is a Mermaid keyword into a plain node id', () => {
    expect(text).toContain('  b_ssu -->|"uenighet, tilråding"| b_end');
  });
});

describe('mermaidText', () => {
  it.each([
    ['Fagråd barn og unge', 'Fagråd barn og unge'],
    ['"quoted"', '#34;quoted#34;'],
    ['[a](b){c}', '#91;a#93;(b)#123;c#125;'],
    ['#35; is not an entity', '#35;35#59; is not an entity'],
    ['a|b', 'a#124;b'],
    ['<b>bold</b>', '#60;b#62;bold#60;/b#62;'],
    ['line\nbreak\ttab', 'line break tab'],
    ['Kommunesiden: 6', 'Kommunesiden: 6'],
    ['style:x#1;', 'style#58;x#35;1#59;'],
    ['ends with:', 'ends with:'],
    ['§ 6-1 «avtale»', '§ 6-1 «avtale»'],
    ['a\u2028b\u0085c', 'a b c'],
    ['`md` & ~', '#96;md#96; #38; #126;'],
  ])('%j → %j', (input, output) => {
    expect(mermaidText(input)).toBe(output);
  });
});

describe('mermaidId', () => {
  it('keeps ASCII letters and digits and spells out every other character', () => {
    expect(mermaidId('b', 'fagrad-barn-unge')).toBe('b_fagrad_2d_barn_2d_unge');
    expect(mermaidId('p', 'bø')).toBe('p_b_f8_');
    expect(mermaidId('b', 'end')).toBe('b_end');
  });

  it('never gives two ids the same node id', () => {
    const ids = ['a-b', 'a_b', 'a_2d_b', 'a__b', 'a b', 'ab', 'a-b-', 'a'];
    expect(new Set(ids.map((id) => mermaidId('b', id))).size).toBe(ids.length);
  });
});
