/**
 * The sentences of the secretariat check, in every locale, spread into each catalog.
 *
 * @internal
 * @module
 */
import type { SecretariatCheck } from '../../engine/checks/secretariat.js';
import type { Locale } from '../_catalog.js';
import type { Messages } from './types.js';
import { param as s } from './types.js';

const kroner = (amount: unknown, locale: Locale): string =>
  locale !== 'en'
    ? `${new Intl.NumberFormat(`${locale}-NO`).format(Number(amount))} kr`
    : `NOK ${new Intl.NumberFormat('en-GB').format(Number(amount))}`;

/** @internal */
export const secretariatChecksNb: Messages<SecretariatCheck> = {
  'secretariat.within': (p) =>
    `sekretariatet avgjør saker av typen «${s(p, 'matter')}» på vegne av ${s(p, 'body')}${
      p.maxAmount === undefined
        ? ''
        : `, innenfor ${kroner(p.maxAmount, 'nb')}${p.amount === undefined ? '' : ` (denne: ${kroner(p.amount, 'nb')})`}`
    }`,
  'secretariat.not-delegated': (p) =>
    `${s(p, 'body')} har ikke gitt sekretariatet myndighet til å avgjøre saker av typen «${s(p, 'matter')}»`,
  'secretariat.over-limit': (p) =>
    `saken gjelder ${kroner(p.amount, 'nb')}, over grensen på ${kroner(p.maxAmount, 'nb')} for det sekretariatet kan avgjøre på vegne av ${s(p, 'body')}`,
  'secretariat.amount-unstated': (p) =>
    `sekretariatet kan avgjøre saker opp til ${kroner(p.maxAmount, 'nb')}, men avgjørelsen oppgir ikke beløpet`,
};

/** @internal */
export const secretariatChecksNn: Messages<SecretariatCheck> = {
  'secretariat.within': (p) =>
    `sekretariatet avgjer saker av typen «${s(p, 'matter')}» på vegner av ${s(p, 'body')}${
      p.maxAmount === undefined
        ? ''
        : `, innanfor ${kroner(p.maxAmount, 'nn')}${p.amount === undefined ? '' : ` (denne: ${kroner(p.amount, 'nn')})`}`
    }`,
  'secretariat.not-delegated': (p) =>
    `${s(p, 'body')} har ikkje gitt sekretariatet mynde til å avgjere saker av typen «${s(p, 'matter')}»`,
  'secretariat.over-limit': (p) =>
    `saka gjeld ${kroner(p.amount, 'nn')}, over grensa på ${kroner(p.maxAmount, 'nn')} for det sekretariatet kan avgjere på vegner av ${s(p, 'body')}`,
  'secretariat.amount-unstated': (p) =>
    `sekretariatet kan avgjere saker opp til ${kroner(p.maxAmount, 'nn')}, men avgjerda oppgir ikkje beløpet`,
};

/** @internal */
export const secretariatChecksEn: Messages<SecretariatCheck> = {
  'secretariat.within': (p) =>
    `the secretariat decides "${s(p, 'matter')}" on behalf of ${s(p, 'body')}${
      p.maxAmount === undefined
        ? ''
        : `, within ${kroner(p.maxAmount, 'en')}${p.amount === undefined ? '' : ` (this one: ${kroner(p.amount, 'en')})`}`
    }`,
  'secretariat.not-delegated': (p) =>
    `${s(p, 'body')} has not let the secretariat decide matters of the kind "${s(p, 'matter')}"`,
  'secretariat.over-limit': (p) =>
    `the matter concerns ${kroner(p.amount, 'en')}, above the ${kroner(p.maxAmount, 'en')} the secretariat may decide on behalf of ${s(p, 'body')}`,
  'secretariat.amount-unstated': (p) =>
    `the secretariat may decide matters up to ${kroner(p.maxAmount, 'en')}, but the decision states no amount`,
};
