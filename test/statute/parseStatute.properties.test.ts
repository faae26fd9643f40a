import { describe, expect } from 'vitest';
import { parseStatute, presets, safeParseStatute } from '../../src/index.js';
import { clone } from '../fixtures.js';
import { fc, prop } from '../prop.js';

describe('safeParseStatute properties', () => {
  prop([fc.jsonValue()], { numRuns: 1000 })('returns and never throws for any JSON value', (value) => {
    const result = safeParseStatute(value);
    expect(typeof result.success).toBe('boolean');
  });

  prop(
    [fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true })],
    { numRuns: 300 },
  )('returns and never throws for any JavaScript value', (value) => {
    expect(typeof safeParseStatute(value).success).toBe('boolean');
  });

  // Replace one value anywhere in a preset by an arbitrary JSON value: the parser must answer,
  // and what it accepts must be a statute that parses again to itself.
  prop([fc.constantFrom(...Object.values(presets)), fc.nat(), fc.jsonValue()], { numRuns: 300 })(
    'answers for any one-value corruption of a preset',
    (preset, pick, replacement) => {
      const input = clone(preset);
      const slots: [any, string | number][] = [];
      const walk = (node: any) => {
        if (node === null || typeof node !== 'object') return;
        for (const key of Object.keys(node)) {
          slots.push([node, Array.isArray(node) ? Number(key) : key]);
          walk(node[key]);
        }
      };
      walk(input);
      const [parent, key] = slots[pick % slots.length] ?? [input, 'id'];
      parent[key] = replacement;
      const result = safeParseStatute(input);
      if (result.success) expect(parseStatute(clone(result.data))).toEqual(result.data);
      else expect(result.issues.length).toBeGreaterThan(0);
    },
  );
});
