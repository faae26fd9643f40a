/**
 * What each statute warning says, and the source of the guidance it rests on: every sentence and
 * citation of `lintStatute` in one place.
 *
 * @internal
 * @module
 */
import type { StatuteWarningCode, StatuteWarningParams, WarningSource } from './warnings.js';

/** The source of each warning's guidance; docs/lint.md says how far each is confirmed. @internal */
export const lintSources: { readonly [C in StatuteWarningCode]: WarningSource } = {
  'lint.no-fastlege': {
    citation:
      'KS and Legeforeningen, Veileder om fastlegers deltakelse i helsefellesskap (2021): fastleger at "alle tre nivåer" (partnerskapsmøtet, SSU, FSU)',
    url: 'https://www.ks.no/fagomrader/helse-og-omsorg/legetjenester/veileder-om-fastlegers-deltakelse-i-helsefellesskap/',
  },
  'lint.no-bruker': {
    citation:
      'Helsefellesskapet i Bergensområdet, Retningsline for deltaking og representasjon (SSU, 30.11.2022): "brukarrepresentasjon i alle samarbeidsorgan, på alle nivå"',
    url: 'https://www.saman.no/avtalar/retningsline-for-deltaking-og-representasjon-i-helsefellesskapet-i-bergensomradet/',
  },
  'lint.ssu-parity': {
    citation:
      'Helse Stavanger, SSU: "likt antall representanter" from the helseforetak and the kommuner; parity also in Vestfold (6 + 6), Østfold (5 + 5) and Finnmark (5 + 5)',
    url: 'https://www.helse-stavanger.no/fag-og-forskning/samhandling/samhandlingsfora/',
  },
  'lint.bloc-without-votes': {
    citation:
      'KS Innlandet, samarbeidsavtale om helsefellesskap: likeverdighet between the parties; the decision seats are held by both sides (Vestfold, Østfold, Finnmark)',
    url: 'https://www.ks.no/regioner/ks-innlandet/samarbeidsavtale-om-helsefellesskap/',
  },
  'lint.unreachable-body': {
    citation:
      'Helse Møre og Romsdal, SSU mandate: the SSU discusses and proposes solutions to disputes; disagreement goes up FSU → SSU → partnerskapsmøtet',
    url: 'https://www.helse-mr.no/fag-og-forsking/samhandling/helsefellesskap-more-og-romsdal/strategisk-samarbeidsutval/',
  },
};

/** One message per warning code, from its params: a locale missing one does not compile. @internal */
export type WarningMessages = {
  readonly [C in StatuteWarningCode]: (params: StatuteWarningParams[C]) => string;
};

/** The English message of each warning, from its params. @internal */
export const lintMessages: WarningMessages = {
  'lint.no-fastlege': ({ body, tier }) =>
    `body "${body}" has no fastlege seat, and no other body at tier ${tier} has one: fastleger are advised at all three tiers`,
  'lint.no-bruker': ({ body }) =>
    `body "${body}" has no bruker seat: brukere are advised on every body, at every tier`,
  'lint.ssu-parity': ({ body, kommunesiden, helseforetakssiden }) =>
    `the SSU "${body}" has ${kommunesiden} voting ${kommunesiden === 1 ? 'seat' : 'seats'} on kommunesiden and ${helseforetakssiden} on helseforetakssiden, not an equal number`,
  'lint.bloc-without-votes': ({ body, bloc, seats }) =>
    `${bloc} has ${seats} ${seats === 1 ? 'seat' : 'seats'} on body "${body}" but none with the right to vote, so rules that must hold on each side leave it out`,
  'lint.unreachable-body': ({ body, tier }) =>
    `body "${body}" (tier ${tier}) escalates nowhere and no body escalates to it, so a disagreement there cannot go up`,
};
