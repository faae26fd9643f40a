/**
 * Canonical JSON and a content digest over it, in pure JavaScript (the same in Node and in a
 * browser, synchronous, no `node:crypto`).
 *
 * @internal
 * @module
 */

/**
 * The canonical JSON of a plain JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, keys whose value is `undefined` left out, strings and numbers as `JSON.stringify`
 * writes them. Two equal values give the same text on every machine. @internal
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of a text, as 16 lowercase hex digits. The 64-bit
 * product by the FNV prime 2^40 + 0x1b3 is done on two 32-bit halves. @internal
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
