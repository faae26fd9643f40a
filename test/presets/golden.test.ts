import { describe, expect, it } from 'vitest';

// Each preset as the JSON a user would save, pinned in test/golden/presets/: a fact of a real
// statute (a seat, a threshold, a section's reference or status) changes only with a reviewed
// change to its golden file, never by accident. `npx vitest run test/presets -u` rewrites them.
const names = ['nationalTemplate', 'helgeland', 'vestfold', 'finnmark'] as const;

// Loaded inside each test, so that presets which fail to load fail the tests, not only the file.
const load = async () => (await import('../../src/index.js')).presets;

describe('the presets, as JSON', () => {
  it('are the four the package lists, in order', async () => {
    expect(Object.keys(await load())).toEqual(names);
  });

  it.each(names)('%s is as reviewed', async (name) => {
    const preset = (await load())[name];
    await expect(`${JSON.stringify(preset, null, 2)}\n`).toMatchFileSnapshot(
      `../golden/presets/${name}.json`,
    );
  });

  it.each(names)(
    '%s is plain JSON: it round-trips unchanged, with no key that holds undefined',
    async (name) => {
      const preset = (await load())[name];
      expect(JSON.parse(JSON.stringify(preset))).toStrictEqual(preset);
    },
  );
});
