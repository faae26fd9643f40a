import { checkInvariants, invariants } from 'helsefellesskap/testing';
import { describe, expect, it } from 'vitest';
import { type State, scenario } from '../../src/index.js';
import { innlandet } from '../engine/_innlandet.js';

/** FSU-1 fails and goes up; SSU-1 continues it. */
function escalated(): State {
  const s = scenario(innlandet).on('2024-01-10');
  for (const body of ['ssu', 'fsu'])
    s.appoint(body, 'kommune', [`${body}-k`], { party: 'kommune-a' }).appoint(body, 'hf', [`${body}-h`]);
  s.on('2024-02-20')
    .convene('fsu')
    .propose('FSU-1', 'procedure')
    .vote('FSU-1', { 'fsu-k': 'for', 'fsu-h': 'against' })
    .conclude();
  s.on('2024-02-21').escalate('FSU-1');
  s.on('2024-03-05')
    .convene('ssu')
    .propose('SSU-1', 'procedure', { escalatedFrom: 'FSU-1' })
    .vote('SSU-1', { 'ssu-k': 'for', 'ssu-h': 'for' });
  return s.state;
}

/** A writable JSON copy of a state, for breaking on purpose. */
const copy = (state: State) => JSON.parse(JSON.stringify(state));

/** The record with `id` anywhere in a JSON value (the proposals sit in a trie). */
function recordOf(value: unknown, id: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.id === id && 'votes' in record) return record;
  for (const child of Object.values(record)) {
    const found = recordOf(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

const run = (name: string, state: unknown) =>
  (invariants[name] as (s: State) => { invariant: string; detail: string }[])(state as State);

describe('structure invariants, each shown able to fail', () => {
  const state = escalated();

  it('hold on a state the reducer built', () => {
    expect(checkInvariants(state)).toEqual([]);
  });

  it('statutes-ordered: two versions on one day', () => {
    const broken = copy(state);
    broken.statutes.push({ ...broken.statutes[0], version: 'again' });
    expect(run('statutes-ordered', broken)).toEqual([
      { invariant: 'statutes-ordered', detail: `again after ${innlandet.version}` },
    ]);
  });

  it('votes-within-seats: more votes than seats', () => {
    const broken = copy(state);
    const ssu = broken.statutes[0].bodies.find((b: { id: string }) => b.id === 'ssu');
    ssu.seats = [{ ...ssu.seats[0], count: 1 }];
    expect(run('votes-within-seats', broken)).toEqual([
      { invariant: 'votes-within-seats', detail: 'SSU-1: 2 votes, 1 seats' },
    ]);
  });

  it('escalation-lies-once: a continuation that does not name its source', () => {
    const broken = copy(state);
    delete (recordOf(broken, 'SSU-1') as Record<string, unknown>).escalatedFrom;
    expect(run('escalation-lies-once', broken)).toEqual([
      { invariant: 'escalation-lies-once', detail: 'FSU-1: SSU-1 does not continue it' },
    ]);
  });
});
