/**
 * Text and ids that are safe to put into Mermaid source, whatever a statute names its bodies.
 *
 * @internal
 * @module
 */

/** ASCII that stays as it is in a label: letters, digits, the space and plain punctuation. */
const plain = /^[A-Za-z0-9 ,.'/+?!()_-]$/;

/**
 * A text as the inside of a quoted Mermaid label: every other ASCII character becomes an entity
 * code (`#34;` for `"`, `#35;` for `#`), so a quote, a bracket, a pipe, a `#`, a `;` or a `<`
 * can neither end the label nor be read as markup or as an entity; line breaks and other control
 * characters become spaces. Letters beyond ASCII (æ, ø, å, §, «») stay as they are. A `:`
 * stays only before a space or at the end: Mermaid drops the `;` of an entity on a line that
 * reads like a style (`style…:x#35;`), which a `:` right before other text could make it.
 *
 * @example
 * ```ts
 * mermaidText('Fagråd "barn" [0-18]'); // 'Fagråd #34;barn#34; #91;0-18#93;'
 * ```
 * @internal
 */
export function mermaidText(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((char, i) => {
    const code = char.codePointAt(0) as number;
    const next = chars[i + 1];
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x2028 || code === 0x2029) out += ' ';
    else if (code >= 0xa0 || plain.test(char)) out += char;
    else if (char === ':' && (next === undefined || next === ' ')) out += char;
    else out += `#${code};`;
  });
  return out;
}

/**
 * A Mermaid node or subgraph id made from a prefix and any id: ASCII letters and digits stay,
 * every other character becomes `_` and its code point in hex and `_` again, so two different
 * ids never give the same node id, and no id can be a keyword (`end`) or start an edge (`o`, `x`).
 *
 * @example
 * ```ts
 * mermaidId('b', 'fagrad-barn'); // 'b_fagrad_2d_barn'
 * ```
 * @internal
 */
export function mermaidId(prefix: string, id: string): string {
  let out = `${prefix}_`;
  for (const char of id)
    out += /^[A-Za-z0-9]$/.test(char) ? char : `_${(char.codePointAt(0) as number).toString(16)}_`;
  return out;
}
