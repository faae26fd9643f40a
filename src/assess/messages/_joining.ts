/**
 * The sentences of a joining the council's vote did not adopt (`party.not-joined`), in every
 * locale (bokmål, nynorsk, English), spread into each catalog.
 *
 * @internal
 * @module
 */
import { type Params, param as s } from './types.js';

type Reasons = { readonly 'party.not-joined': (p: Params) => string };

/** Why a council vote does not adopt a joining, in English. */
function notJoinedEn(p: Params): string {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} against, ${s(p, 'present')} of ${s(p, 'members')} present`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'the party has no kommunestyre or fylkesting whose vote could be recorded';
    case 'council.tie-chair-against':
      return `the council vote was tied (${votes}) and the møteleder, whose vote decides a tie, voted against`;
    case 'council.tie-chair-missing':
      return `the council vote was tied (${votes}) and the møteleder's vote, which decides a tie, is not recorded`;
    case 'council.tie-fails':
      return `the council vote was tied (${votes}), and under the council rule a tie fails`;
    case 'council.no-quorum':
      return `too few members were present and voted (${votes})`;
    case 'council.rejected':
      return `too few votes for (${votes})`;
    case 'council.abstention':
      return `present members did not vote, which stemmeplikt does not allow (${votes})`;
    default:
      return `the council vote does not adopt it (${s(p, 'code')}: ${votes})`;
  }
}

/** Hvorfor kommunestyrets avstemning ikke vedtar å slutte seg til. */
function notJoinedNb(p: Params): string {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} mot, ${s(p, 'present')} av ${s(p, 'members')} til stede`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'parten har ikke noe kommunestyre eller fylkesting som kan stemme';
    case 'council.tie-chair-against':
      return `avstemningen endte med stemmelikhet (${votes}), og møteleder, hvis stemme er avgjørende, stemte mot`;
    case 'council.tie-chair-missing':
      return `avstemningen endte med stemmelikhet (${votes}), og møteleders stemme, som er avgjørende, er ikke protokollert`;
    case 'council.tie-fails':
      return `avstemningen endte med stemmelikhet (${votes}), og etter regelen faller forslaget da`;
    case 'council.no-quorum':
      return `for få medlemmer var til stede og stemte (${votes})`;
    case 'council.rejected':
      return `for få stemmer for (${votes})`;
    case 'council.abstention':
      return `medlemmer til stede stemte ikke, noe stemmeplikten ikke tillater (${votes})`;
    default:
      return `avstemningen vedtar det ikke (${s(p, 'code')}: ${votes})`;
  }
}

/** Kvifor røystinga i kommunestyret ikkje vedtek å slutte seg til. */
function notJoinedNn(p: Params): string {
  const votes = `${s(p, 'for')} for, ${s(p, 'against')} mot, ${s(p, 'present')} av ${s(p, 'members')} til stades`;
  switch (p.code) {
    case 'council.not-a-council':
      return 'parten har ikkje noko kommunestyre eller fylkesting som kan stemme';
    case 'council.tie-chair-against':
      return `røystinga enda med stemmelikskap (${votes}), og møteleiaren, som har dobbeltstemme, stemde mot`;
    case 'council.tie-chair-missing':
      return `røystinga enda med stemmelikskap (${votes}), og stemma til møteleiaren, som er avgjerande, er ikkje protokollført`;
    case 'council.tie-fails':
      return `røystinga enda med stemmelikskap (${votes}), og etter regelen fell forslaget då`;
    case 'council.no-quorum':
      return `for få medlemmer var til stades og stemde (${votes})`;
    case 'council.rejected':
      return `for få stemmer for (${votes})`;
    case 'council.abstention':
      return `medlemmer til stades stemde ikkje, noko stemmeplikta ikkje tillèt (${votes})`;
    default:
      return `røystinga vedtek det ikkje (${s(p, 'code')}: ${votes})`;
  }
}

/** @internal */
export const joiningReasonsEn: Reasons = {
  'party.not-joined': (p) => `${s(p, 'party')} has not joined: ${notJoinedEn(p)}`,
};
/** @internal */
export const joiningReasonsNb: Reasons = {
  'party.not-joined': (p) => `${s(p, 'party')} har ikke sluttet seg til: ${notJoinedNb(p)}`,
};
/** @internal */
export const joiningReasonsNn: Reasons = {
  'party.not-joined': (p) => `${s(p, 'party')} har ikkje slutta seg til: ${notJoinedNn(p)}`,
};
