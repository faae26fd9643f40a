import type { Bloc, Roll, RollEntry } from '../../src/index.js';

/**
 * A roll from a compact notation, one character per member:
 * `f` for · `a` against · `x` abstain · `p` present, no vote · `-` absent ·
 * `r` recused (voted against, must be ignored) · `R` for, with a reservation ·
 * `o` observer voting against · `O` observer with a reservation.
 * Groups `K:…` and `H:…` put members in kommunesiden and helseforetakssiden; members are named
 * by group and position (`K0`, `H1`, `m2`). `chair` names the chair.
 */
export function roll(spec: string, chair?: string): Roll {
  const entries: RollEntry[] = [];
  for (const group of spec.trim().split(/\s+/)) {
    const [prefix, marks] = group.includes(':') ? (group.split(':') as [string, string]) : ['m', group];
    const bloc: Bloc | undefined =
      prefix === 'K' ? 'kommunesiden' : prefix === 'H' ? 'helseforetakssiden' : undefined;
    [...marks].forEach((mark, i) => {
      const member = `${prefix}${i}`;
      const base = { member, ...(bloc === undefined ? {} : { bloc }) };
      switch (mark) {
        case 'f':
          entries.push({ ...base, voting: true, present: true, vote: 'for' });
          break;
        case 'a':
          entries.push({ ...base, voting: true, present: true, vote: 'against' });
          break;
        case 'x':
          entries.push({ ...base, voting: true, present: true, vote: 'abstain' });
          break;
        case 'p':
          entries.push({ ...base, voting: true, present: true });
          break;
        case '-':
          entries.push({ ...base, voting: true, present: false });
          break;
        case 'r':
          entries.push({ ...base, voting: true, present: true, recused: true, vote: 'against' });
          break;
        case 'R':
          entries.push({ ...base, voting: true, present: true, vote: 'for', reservation: true });
          break;
        case 'o':
          entries.push({ ...base, voting: false, present: true, vote: 'against' });
          break;
        case 'O':
          entries.push({ ...base, voting: false, present: true, reservation: true });
          break;
        default:
          throw new Error(`unknown mark ${mark}`);
      }
    });
  }
  return chair === undefined ? { entries } : { entries, chair };
}
