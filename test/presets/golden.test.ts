import { describe, expect, it } from 'vitest';
import { presets } from '../../src/index.js';

// Each preset as the JSON a user would save, pinned in test/golden/presets/: a fact of a real
// statute (a seat, a threshold, a section's reference or status) changes only with a reviewed
// change to its golden file, never by accident. `npx vitest run test/presets -u` rewrites them.
describe('the presets, as JSON', () => {
  it.each(Object.keys(presets))('%s is as reviewed', async (name) => {
    const preset = presets[name as keyof typeof presets];
    await expect(`${JSON.stringify(preset, null, 2)}\n`).toMatchFileSnapshot(
      `../golden/presets/${name}.json`,
    );
  });

  it('round-trips through JSON unchanged', () => {
    for (const preset of Object.values(presets)) expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
  });
});
