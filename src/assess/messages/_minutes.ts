/**
 * The words of a draft møteprotokoll, per locale (bokmål, nynorsk, English).
 *
 * @internal
 * @module
 */

/** @internal */
export interface MinutesWords {
  readonly title: (body: string, date: string) => string;
  readonly draft: (version: string) => string;
  readonly chair: string;
  readonly present: string;
  readonly substitutes: string;
  readonly substituteFor: (vara: string, member: string) => string;
  readonly absent: string;
  readonly none: string;
  readonly item: (number: string, title: string) => string;
  readonly matter: string;
  readonly closedTitle: string;
  readonly closed: (ground: string) => string;
  readonly tabledBy: string;
  readonly secretariat: string;
  readonly recused: string;
  readonly vote: (f: number, a: number, ab: number) => string;
  readonly votedFor: string;
  readonly votedAgainst: string;
  readonly abstained: string;
  readonly noVotes: string;
  readonly reservations: string;
  readonly outcome: string;
  readonly sentTo: (body: string) => string;
  readonly grounds: string;
  readonly toParties: (parties: string, deadline: string | null, ref: string) => string;
}

/** @internal */
export const minutesNb: MinutesWords = {
  title: (body, date) => `Protokoll: ${body}, ${date}`,
  draft: (version) => `Utkast til godkjenning, skrevet fra hendelsesloggen. Vedtekter versjon ${version}.`,
  chair: 'Møteleder',
  present: 'Til stede',
  substitutes: 'Vara',
  substituteFor: (vara, member) => `${vara} for ${member}`,
  absent: 'Forfall',
  none: 'ingen',
  item: (number, title) => `Sak ${number}: ${title}`,
  matter: 'Sakstype',
  closedTitle: 'Unntatt offentlighet',
  closed: (ground) => `Behandlet for lukkede dører: ${ground}`,
  tabledBy: 'Fremmet av',
  secretariat: 'sekretariatet',
  recused: 'Inhabil',
  vote: (f, a, ab) => `${f} for, ${a} mot, ${ab} avstod`,
  votedFor: 'For',
  votedAgainst: 'Mot',
  abstained: 'Avstod',
  noVotes: 'Ingen stemmer registrert',
  reservations: 'Dissens og protokolltilførsler',
  outcome: 'Utfall',
  sentTo: (body) => `sendt videre til ${body}`,
  grounds: 'Hjemmel',
  toParties: (parties, deadline, ref) =>
    `Til behandling i partenes egne organer (${ref}): ${parties}${deadline === null ? '' : `, innen ${deadline}`}`,
};

/** @internal */
export const minutesNn: MinutesWords = {
  title: (body, date) => `Protokoll: ${body}, ${date}`,
  draft: (version) => `Utkast til godkjenning, skrive frå hendingsloggen. Vedtekter versjon ${version}.`,
  chair: 'Møteleiar',
  present: 'Til stades',
  substitutes: 'Vara',
  substituteFor: (vara, member) => `${vara} for ${member}`,
  absent: 'Forfall',
  none: 'ingen',
  item: (number, title) => `Sak ${number}: ${title}`,
  matter: 'Sakstype',
  closedTitle: 'Unnateke offentleg innsyn',
  closed: (ground) => `Handsama for lukka dører: ${ground}`,
  tabledBy: 'Fremja av',
  secretariat: 'sekretariatet',
  recused: 'Inhabil',
  vote: (f, a, ab) => `${f} for, ${a} mot, ${ab} avstod`,
  votedFor: 'For',
  votedAgainst: 'Mot',
  abstained: 'Avstod',
  noVotes: 'Ingen stemmer registrerte',
  reservations: 'Dissens og protokolltilførslar',
  outcome: 'Utfall',
  sentTo: (body) => `sendt vidare til ${body}`,
  grounds: 'Heimel',
  toParties: (parties, deadline, ref) =>
    `Til handsaming i organa til partane (${ref}): ${parties}${deadline === null ? '' : `, innan ${deadline}`}`,
};

/** @internal */
export const minutesEn: MinutesWords = {
  title: (body, date) => `Minutes: ${body}, ${date}`,
  draft: (version) => `Draft for approval, written from the event log. Statute version ${version}.`,
  chair: 'Chair',
  present: 'Present',
  substitutes: 'Substitutes',
  substituteFor: (vara, member) => `${vara} for ${member}`,
  absent: 'Apologies',
  none: 'none',
  item: (number, title) => `Case ${number}: ${title}`,
  matter: 'Matter',
  closedTitle: 'Exempt from public access',
  closed: (ground) => `Handled behind closed doors: ${ground}`,
  tabledBy: 'Tabled by',
  secretariat: 'the secretariat',
  recused: 'Recused',
  vote: (f, a, ab) => `${f} for, ${a} against, ${ab} abstained`,
  votedFor: 'For',
  votedAgainst: 'Against',
  abstained: 'Abstained',
  noVotes: 'No votes recorded',
  reservations: 'Dissents and entries in the minutes',
  outcome: 'Outcome',
  sentTo: (body) => `sent on to ${body}`,
  grounds: 'Grounds',
  toParties: (parties, deadline, ref) =>
    `For each party's own organ to handle (${ref}): ${parties}${deadline === null ? '' : `, by ${deadline}`}`,
};
