import { formatNumber } from '../convert.js';
import { isRecord, unknown } from '../values.js';
import { jsonEncode } from './encoding.js';
import { check } from './spec.js';
import { int, num, str } from './args.js';

/**
 * A verb: flags, width, precision, letter. As in Go's fmt, every `0` right after `%` is a flag, so
 * the width starts at 1-9: flags and width never compete for a digit, which keeps this linear.
 */
const VERB = /%([-+# 0]*)([1-9]\d*)?(?:\.(\d+))?([a-zA-Z%])/g;

function pad(text: string, flags: string, width: string | undefined): string {
  if (width === undefined) return text;
  const n = Number(width);
  if (flags.includes('-')) return text.padEnd(n);
  return flags.includes('0') && /^-?\d/.test(text) ? (text.startsWith('-') ? '-' + text.slice(1).padStart(n - 1, '0') : text.padStart(n, '0')) : text.padStart(n);
}

/** One verb applied to one value, or undefined when posture-gate does not render it exactly. */
function verb(letter: string, value: unknown, precision: string | undefined): string | undefined {
  switch (letter) {
    case 's':
      return str(value, '%s argument');
    case 'd':
      return String(int(value, '%d argument'));
    case 'f':
      return num(value, '%f argument').toFixed(precision === undefined ? 6 : Number(precision));
    case 't':
      check(typeof value === 'boolean', '%t needs a bool');
      return String(value);
    case 'q': {
      const text = str(value, '%q argument');
      return /^[\x20-\x7e]*$/.test(text) ? JSON.stringify(text) : undefined;
    }
    case 'v':
      if (typeof value === 'number') return formatNumber(value);
      if (typeof value === 'string' || typeof value === 'boolean') return String(value);
      return Array.isArray(value) || isRecord(value) ? jsonEncode(value) : undefined;
    default:
      return undefined;
  }
}

/**
 * Terraform's `format` for the common verbs (%s %d %v %q %f %t %%, with width and flags).
 * `charge` is told each piece's length (a width included) before the piece is built.
 */
export function formatString(format: string, args: unknown[], charge: (characters: number) => void = () => undefined): unknown {
  if (format.includes('%[')) return unknown('format(): explicit argument indexes are not rendered by posture-gate');
  let next = 0;
  let unsupported: string | undefined;
  const out = format.replace(VERB, (whole, flags: string, width: string | undefined, precision: string | undefined, letter: string) => {
    if (letter === '%') return '%';
    check(next < args.length, `not enough arguments for ${whole}`);
    const value = args[next++];
    const text = flags.replace(/[-0]/g, '') === '' ? verb(letter, value, precision) : undefined;
    if (text === undefined) unsupported ??= whole;
    charge(Math.max(text?.length ?? 0, Number(width ?? 0)));
    return pad(text ?? '', flags, width);
  });
  if (unsupported !== undefined) return unknown(`format(): the verb ${unsupported} is not rendered by posture-gate`);
  check(next === args.length, `format string uses ${next} of ${args.length} arguments`);
  return out;
}
