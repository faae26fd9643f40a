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
  let out = '';
  walk(value, (text) => {
    out += text;
  });
  return out;
}

/** Feeds the canonical JSON of `value` to `write`, piece by piece. */
function walk(value: unknown, write: (text: string) => void): void {
  if (value === null || typeof value !== 'object') {
    write(JSON.stringify(value) ?? 'null');
  } else if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',');
      walk(value[i], write);
    }
    write(']');
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    write('{');
    for (const key of Object.keys(record).sort()) {
      if (record[key] === undefined) continue;
      write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      walk(record[key], write);
    }
    write('}');
  }
}

/**
 * FNV-1a, 64 bits, over UTF-8 bytes, kept as two 32-bit halves: the product by the FNV prime
 * 2^40 + 0x1b3 is `lo * 0x1b3` (with its carry) plus `lo << 40`, which lands in the high half.
 */
class Fnv64 {
  hi = 0xcbf29ce4;
  lo = 0x84222325;

  byte(b: number): void {
    const low = ((this.lo ^ b) >>> 0) * 0x1b3;
    this.hi = (Math.imul(this.hi, 0x1b3) + ((low / 0x1_0000_0000) >>> 0) + ((this.lo ^ b) << 8)) >>> 0;
    this.lo = low >>> 0;
  }

  /** The UTF-8 bytes of a text (a lone surrogate as U+FFFD, as `TextEncoder` writes it). */
  text(text: string): void {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        this.byte(c);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
        } else c = 0xfffd;
      }
      if (c < 0x800) this.byte(0xc0 | (c >> 6));
      else if (c < 0x10000) {
        this.byte(0xe0 | (c >> 12));
        this.byte(0x80 | ((c >> 6) & 63));
      } else {
        this.byte(0xf0 | (c >> 18));
        this.byte(0x80 | ((c >> 12) & 63));
        this.byte(0x80 | ((c >> 6) & 63));
      }
      this.byte(0x80 | (c & 63));
    }
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

/** FNV-1a, 64 bits, over the UTF-8 bytes of a text, as 16 lowercase hex digits. @internal */
export function fnv1a64(text: string): string {
  const hash = new Fnv64();
  hash.text(text);
  return hash.hex();
}

/**
 * `fnv1a64(canonicalJson(value))`, without building the text: the pieces go straight into the
 * hash. @internal
 */
export function digestJson(value: unknown): string {
  const hash = new Fnv64();
  walk(value, (text) => {
    hash.text(text);
  });
  return hash.hex();
}
