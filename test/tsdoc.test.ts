import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Every name a barrel exports, with the module it comes from. */
function exportsOf(barrel: string): { name: string; module: string }[] {
  const text = readFileSync(join(root, barrel), 'utf8');
  const out: { name: string; module: string }[] = [];
  for (const match of text.matchAll(/export (?:type )?\{([^}]*)\} from '([^']+)'/g)) {
    const module = join(root, barrel, '..', (match[2] as string).replace(/\.js$/, '.ts'));
    for (const name of (match[1] as string)
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean))
      out.push({ name, module });
  }
  return out;
}

/** The TSDoc block right before `export … name`, or undefined. */
function docOf(module: string, name: string): string | undefined {
  const text = readFileSync(module, 'utf8');
  const declaration = new RegExp(
    `export (?:declare )?(?:async )?(?:function\\*? |const |class |interface |type )${name}\\b`,
  );
  const at = text.search(declaration);
  if (at < 0) return undefined;
  const before = text.slice(0, at).trimEnd();
  if (!before.endsWith('*/')) return undefined;
  return before.slice(before.lastIndexOf('/**'));
}

describe.each(['src/index.ts', 'src/testing/index.ts'])('every public name of %s', (barrel) => {
  const names = exportsOf(barrel);

  it('is found', () => {
    expect(names.length).toBeGreaterThan(3);
  });

  it.each(names.map((n) => [n.name, n.module] as const))('%s has TSDoc with an example', (name, module) => {
    const doc = docOf(module, name);
    expect(doc, `${name} has no TSDoc`).toBeDefined();
    expect(doc, `${name} has no @example`).toContain('@example');
  });
});
