import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Body,
  lintStatute,
  parseStatute,
  presets,
  type Statute,
  type StatuteWarning,
} from '../../src/index.js';
import { lintSources } from '../../src/statute/_lintText.js';

const base = presets.nationalTemplate;

/** The national template with the body `id` changed; it must still be a valid statute. */
function changed(id: string, change: (body: Body) => Body, from: Statute = base): Statute {
  return parseStatute({ ...from, bodies: from.bodies.map((b) => (b.id === id ? change(b) : b)) });
}
const without =
  (role: string) =>
  (body: Body): Body => ({ ...body, seats: body.seats.filter((s) => s.role !== role) });
const noEscalation = ({ escalatesTo: _, ...body }: Body): Body => body;
const at = (id: string, from: Statute = base) => ['bodies', from.bodies.findIndex((b) => b.id === id)];
const codes = (s: Statute) => lintStatute(s).map((w) => `${w.code} ${w.params.body}`);

describe('lintStatute', () => {
  it('gives no warning for a statute that follows the guidance', () => {
    expect(lintStatute(base)).toEqual([]);
  });

  describe('lint.no-fastlege', () => {
    it('warns at each body of a tier 1–3 where no body has a fastlege seat', () => {
      expect(lintStatute(changed('fsu', without('fastlege')))).toEqual([
        {
          code: 'lint.no-fastlege',
          path: at('fsu'),
          params: { body: 'fsu', tier: 3 },
          message:
            'body "fsu" has no fastlege seat, and no other body at tier 3 has one: fastleger are advised at all three tiers',
          source: lintSources['lint.no-fastlege'],
        },
      ]);
    });

    it('counts a fastlege observer, and does not ask for one at tier 4 or at a tier with no body', () => {
      const observer = changed('ssu', (b) => ({
        ...b,
        seats: b.seats.map((s) => (s.role === 'fastlege' ? { ...s, rights: ['attend', 'speak'] } : s)),
      }));
      expect(lintStatute(observer)).toEqual([]);
      expect(lintStatute(changed('fagrad-barn-unge', without('fastlege')))).toEqual([]);
      const noFsu = parseStatute({
        ...base,
        bodies: base.bodies
          .filter((b) => b.id !== 'fsu')
          .map((b) => (b.tier === 4 ? { ...b, escalatesTo: 'ssu' } : b)),
      });
      expect(lintStatute(noFsu)).toEqual([]);
    });

    it('is content with one fastlege seat at a tier, on any of its bodies', () => {
      const ssu = base.bodies.find((b) => b.id === 'ssu') as Body;
      const second = { ...without('fastlege')(ssu), id: 'ssu-nord', name: 'SSU nord' };
      expect(lintStatute(parseStatute({ ...base, bodies: [...base.bodies, second] }))).toEqual([]);
      const both = parseStatute({
        ...base,
        bodies: [...base.bodies.map((b) => (b.id === 'ssu' ? without('fastlege')(b) : b)), second],
      });
      expect(codes(both)).toEqual(['lint.no-fastlege ssu', 'lint.no-fastlege ssu-nord']);
    });
  });

  describe('lint.no-bruker', () => {
    it('warns at every body, at any tier, with no bruker seat', () => {
      expect(lintStatute(changed('fagrad-kroniske', without('bruker')))).toEqual([
        {
          code: 'lint.no-bruker',
          path: at('fagrad-kroniske'),
          params: { body: 'fagrad-kroniske', tier: 4 },
          message:
            'body "fagrad-kroniske" has no bruker seat: brukere are advised on every body, at every tier',
          source: lintSources['lint.no-bruker'],
        },
      ]);
    });

    it('counts a bruker observer', () => {
      const observer = changed('pm', (b) => ({
        ...b,
        seats: b.seats.map((s) => (s.role === 'bruker' ? { ...s, rights: ['attend', 'speak'] } : s)),
      }));
      expect(lintStatute(observer)).toEqual([]);
    });
  });

  describe('lint.ssu-parity', () => {
    const hfSeats = (count: number) => (b: Body) => ({
      ...b,
      seats: b.seats.map((s) => (s.role === 'helseforetak' ? { ...s, count } : s)),
    });

    it('warns when an SSU has more voting seats on one side', () => {
      expect(lintStatute(changed('ssu', hfSeats(2)))).toEqual([
        {
          code: 'lint.ssu-parity',
          path: at('ssu'),
          params: { body: 'ssu', kommunesiden: 3, helseforetakssiden: 2 },
          message:
            'the SSU "ssu" has 3 voting seats on kommunesiden and 2 on helseforetakssiden, not an equal number',
          source: lintSources['lint.ssu-parity'],
        },
      ]);
    });

    it('counts only voting seats, and only at tier 2', () => {
      const klinikk = {
        id: 'klinikk',
        role: 'helseforetak',
        party: 'hf',
        count: 2,
        rights: ['attend', 'speak'] as const,
        bloc: 'helseforetakssiden' as const,
      };
      const withObserver = changed('ssu', (b) => ({ ...b, seats: [...b.seats, klinikk] }));
      expect(lintStatute(withObserver)).toEqual([]);
      expect(lintStatute(changed('fsu', hfSeats(1)))).toEqual([]);
    });
  });

  describe('lint.bloc-without-votes', () => {
    it('warns when a bloc holds seats on a body but none that vote', () => {
      const observers = changed('pm', (b) => ({
        ...b,
        seats: b.seats.map((s) => (s.role === 'helseforetak' ? { ...s, rights: ['attend', 'speak'] } : s)),
      }));
      expect(lintStatute(observers)).toEqual([
        {
          code: 'lint.bloc-without-votes',
          path: at('pm'),
          params: { body: 'pm', bloc: 'helseforetakssiden', seats: 2 },
          message:
            'helseforetakssiden has 2 seats on body "pm" but none with the right to vote, so rules that must hold on each side leave it out',
          source: lintSources['lint.bloc-without-votes'],
        },
      ]);
    });

    it('leaves observers without a bloc alone, and a bloc with at least one voting seat', () => {
      const sekretariat = base.bodies
        .find((b) => b.id === 'ssu')
        ?.seats.find((s) => s.role === 'sekretariat');
      expect(sekretariat).toMatchObject({ rights: ['attend', 'speak'] });
      expect(sekretariat?.bloc).toBeUndefined();
      const mixed = changed('fsu', (b) => ({
        ...b,
        seats: [
          ...b.seats,
          {
            id: 'hf-obs',
            role: 'helseforetak',
            party: 'hf',
            count: 1,
            rights: ['attend'] as const,
            bloc: 'helseforetakssiden' as const,
          },
        ],
      }));
      expect(lintStatute(mixed)).toEqual([]);
    });
  });

  describe('lint.unreachable-body', () => {
    it('warns at a body below tier 1 that escalates nowhere and that no body escalates to', () => {
      expect(lintStatute(changed('fagrad-barn-unge', noEscalation))).toEqual([
        {
          code: 'lint.unreachable-body',
          path: at('fagrad-barn-unge'),
          params: { body: 'fagrad-barn-unge', tier: 4 },
          message:
            'body "fagrad-barn-unge" (tier 4) escalates nowhere and no body escalates to it, so a disagreement there cannot go up',
          source: lintSources['lint.unreachable-body'],
        },
      ]);
    });

    it('leaves alone a body that some body escalates to, and the partnerskapsmøte', () => {
      expect(lintStatute(changed('fsu', noEscalation))).toEqual([]);
      expect(lintStatute(changed('ssu', noEscalation))).toEqual([]);
      const lonePm = parseStatute({ ...base, bodies: base.bodies.filter((b) => b.id === 'pm') });
      expect(lintStatute(lonePm)).toEqual([]);
    });
  });

  it('gives the warnings in the order of the bodies, and for each body in the order of the codes', () => {
    const messy = changed(
      'ssu',
      (b) => ({
        ...b,
        seats: b.seats.filter((s) => !['bruker', 'fastlege', 'helseforetak'].includes(s.role)),
      }),
      changed('fagrad-psykisk-rus', (b) => without('bruker')(noEscalation(b))),
    );
    expect(codes(messy)).toEqual([
      'lint.no-fastlege ssu',
      'lint.no-bruker ssu',
      'lint.ssu-parity ssu',
      'lint.no-bruker fagrad-psykisk-rus',
      'lint.unreachable-body fagrad-psykisk-rus',
    ]);
  });

  it('gives the presets exactly these warnings', () => {
    const warnings: Record<keyof typeof presets, StatuteWarning[]> = {
      nationalTemplate: lintStatute(presets.nationalTemplate),
      helgeland: lintStatute(presets.helgeland),
      vestfold: lintStatute(presets.vestfold),
      finnmark: lintStatute(presets.finnmark),
    };
    // The Finnmark SU's member list names no fastlege: the sources say so, and the warning stands.
    expect(warnings).toEqual({
      nationalTemplate: [],
      helgeland: [],
      vestfold: [],
      finnmark: [expect.objectContaining({ code: 'lint.no-fastlege', params: { body: 'su', tier: 2 } })],
    });
  });

  it('cites a public page for every warning, and docs/lint.md lists each code with it', () => {
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'lint.md'), 'utf8');
    for (const [code, source] of Object.entries(lintSources)) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(docs).toContain(`\`${code}\``);
      expect(docs).toContain(source.url);
    }
  });
});
