import type { Random } from './random.js';

/** The syntax a mutator writes in: the structural mutations need to know it, the byte-level ones do not. */
export type Syntax = 'hcl' | 'json' | 'yaml';

export interface Mutator {
  name: string;
  /** Syntaxes it applies to; every syntax when absent. */
  syntaxes?: readonly Syntax[];
  mutate: (input: Buffer, random: Random, syntax: Syntax) => Buffer;
}

const text = (input: Buffer) => input.toString('latin1');
const bytes = (value: string) => Buffer.from(value, 'latin1');

/** A position in the input, biased to line starts so that inserted lines stay lines. */
function lineStart(input: Buffer, random: Random): number {
  const starts = [0];
  for (let i = 0; i < input.length; i++) if (input[i] === 0x0a) starts.push(i + 1);
  return random.pick(starts);
}

function insertAt(input: Buffer, at: number, inserted: Buffer): Buffer {
  return Buffer.concat([input.subarray(0, at), inserted, input.subarray(at)]);
}

/** `depth` nested values, in the syntax's own notation (flow style for YAML). */
export function nested(syntax: Syntax, depth: number): string {
  if (syntax === 'hcl') return '['.repeat(depth) + ']'.repeat(depth);
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** A value of `size` characters that is a valid string in the syntax. */
function hugeString(size: number, random: Random): string {
  return random.pick(['a', 'ab', '${', '%{', '\\', ' ', '!Ref ', '0.0.0.0/0 ']).repeat(Math.ceil(size / 2)).slice(0, size);
}

const BYTE_LEVEL: Mutator[] = [
  { name: 'truncate', mutate: (input, random) => input.subarray(0, random.int(0, input.length)) },
  {
    name: 'byte-flip',
    mutate: (input, random) => {
      const out = Buffer.from(input);
      for (let n = random.int(1, 8); n > 0 && out.length > 0; n--) out[random.int(0, out.length - 1)] ^= 1 << random.int(0, 7);
      return out;
    },
  },
  {
    name: 'control-bytes',
    mutate: (input, random) => {
      let out = input;
      for (let n = random.int(1, 6); n > 0; n--) out = insertAt(out, random.int(0, out.length), Buffer.from([random.pick([0x00, 0x0d, 0x0b, 0x0c, 0x1b, 0x7f])]));
      return out;
    },
  },
  { name: 'crlf', mutate: (input, random) => bytes(text(input).replace(/\n/g, random.pick(['\r\n', '\r', '\n\r']))) },
  {
    name: 'invalid-utf8',
    mutate: (input, random) => {
      const junk = random.pick([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf]]);
      return insertAt(input, random.int(0, input.length), Buffer.from(junk));
    },
  },
  {
    name: 'long-line',
    mutate: (input, random) => {
      const line = random.pick(['#', '//', ' ', 'x', '- ', '"']) + hugeString(random.int(10_000, 400_000), random) + '\n';
      return insertAt(input, lineStart(input, random), bytes(line));
    },
  },
  {
    name: 'repeat',
    mutate: (input, random) => Buffer.concat(Array.from({ length: random.int(2, 200) }, () => input)),
  },
  {
    name: 'splice',
    mutate: (input, random) => {
      const from = random.int(0, input.length);
      const chunk = input.subarray(from, from + random.int(1, 200));
      return insertAt(input, random.int(0, input.length), chunk);
    },
  },
];

/** Replaces one quoted string's content with a huge one (a string literal stays a string literal). */
const HUGE_STRING: Mutator = {
  name: 'huge-string',
  mutate: (input, random) => {
    const source = text(input);
    const quotes = [...source.matchAll(/"[^"\n\\$%]{1,80}"/g)];
    if (quotes.length === 0) return insertAt(input, 0, bytes(`# ${hugeString(1_000_000, random)}\n`));
    const match = random.pick(quotes);
    const huge = hugeString(random.int(100_000, 2_000_000), random).replace(/["\\]/g, 'q');
    return bytes(source.slice(0, match.index! + 1) + huge + source.slice(match.index! + match[0].length - 1));
  },
};

/** Deep nesting, as a value where the format reads one (Terraform locals, a CloudFormation Metadata, a YAML key). */
const DEEP_NESTING: Mutator = {
  name: 'deep-nesting',
  mutate: (input, random, syntax) => {
    const depth = random.pick([200, 1_000, 5_000, 50_000]);
    const source = text(input);
    if (syntax === 'hcl') return bytes(`${source}\nlocals {\n  fuzz_deep = ${nested('hcl', depth)}\n}\n`);
    if (syntax === 'yaml') {
      const at = lineStart(input, random);
      return insertAt(input, at, bytes(`fuzz_deep: ${nested('json', depth)}\n`));
    }
    // JSON: wrap a random value position after a `:`
    const colons = [...source.matchAll(/:\s*/g)];
    if (colons.length === 0) return bytes(nested('json', depth));
    const colon = random.pick(colons);
    const at = colon.index! + colon[0].length;
    const end = valueEnd(source, at);
    return bytes(source.slice(0, at) + '{"a":'.repeat(depth) + source.slice(at, end) + '}'.repeat(depth) + source.slice(end));
  },
};

/** Where the JSON value starting at `at` ends (naively: balanced brackets, strings skipped). */
function valueEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === '\\') i++;
      if (depth === 0) return i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (c === ',' || c === '\n')) return i;
  }
  return source.length;
}

/** Aliases that multiply (billion laughs), which the YAML library bounds by alias count. */
const YAML_ALIASES: Mutator = {
  name: 'yaml-aliases',
  syntaxes: ['yaml'],
  mutate: (input, random) => {
    const levels = random.int(3, 12);
    const lines = ['fuzz_l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < levels; i++) lines.push(`fuzz_l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
    return insertAt(input, lineStart(input, random), bytes(lines.join('\n') + '\n'));
  },
};

/** A chain of merge keys, each merging the previous mapping twice. */
const YAML_MERGE_KEYS: Mutator = {
  name: 'yaml-merge-keys',
  syntaxes: ['yaml'],
  mutate: (input, random) => {
    const lines = ['fuzz_m0: &m0 {a: 1}'];
    for (let i = 1, n = random.int(5, 40); i < n; i++) lines.push(`fuzz_m${i}: &m${i} {<<: [*m${i - 1}, *m${i - 1}], k${i}: ${i}}`);
    return insertAt(input, lineStart(input, random), bytes(lines.join('\n') + '\n'));
  },
};

/** Huge expansions: count, for_each over range(), nested for. */
const HUGE_COUNT: Mutator = {
  name: 'huge-count',
  syntaxes: ['hcl'],
  mutate: (input, random) => {
    const source = text(input);
    const blocks = [...source.matchAll(/^resource\s+"[^"]+"\s+"[^"]+"\s*\{\n/gm)];
    const meta = random.pick([
      'count = 1000000000',
      'count = 100000',
      'for_each = toset([for i in range(1000000000) : tostring(i)])',
      'for_each = { for p in setproduct(range(3000), range(3000)) : "${p[0]}-${p[1]}" => p }',
    ]);
    if (blocks.length === 0) return bytes(`${source}\nlocals {\n  fuzz_big = ${meta.replace(/^\w+ = /, '')}\n}\n`);
    const block = random.pick(blocks);
    const at = block.index! + block[0].length;
    return bytes(source.slice(0, at) + `  ${meta}\n` + source.slice(at));
  },
};

export const MUTATORS: readonly Mutator[] = [...BYTE_LEVEL, HUGE_STRING, DEEP_NESTING, YAML_ALIASES, YAML_MERGE_KEYS, HUGE_COUNT];

export function mutatorsFor(syntax: Syntax): Mutator[] {
  return MUTATORS.filter((m) => m.syntaxes === undefined || m.syntaxes.includes(syntax));
}
