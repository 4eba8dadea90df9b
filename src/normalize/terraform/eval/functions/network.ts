import { unknown } from '../values.js';
import { int, str } from './args.js';
import { check, type FunctionSpec } from './spec.js';

interface Cidr {
  network: number;
  bits: number;
}

/** `a.b.c.d/n` → the network address (host bits cleared, as Go's ParseCIDR does) and prefix length. */
function parseCidr(text: string): Cidr | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (match === null) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  check(octets.every((o) => o <= 255) && bits <= 32 && !match.slice(1, 5).some((o) => o.length > 1 && o.startsWith('0')), `invalid CIDR "${text}"`);
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - bits);
  return { network: address - (address % size), bits };
}

function toDotted(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** IPv6 is not computed: unknown, not an error. */
function ipv4(text: string, fn: (cidr: Cidr) => string): unknown {
  if (text.includes(':')) return unknown('IPv6 CIDR arithmetic is not evaluated by posture-gate');
  const cidr = parseCidr(text);
  check(cidr !== undefined, `invalid CIDR "${text}"`);
  return fn(cidr);
}

function subnet({ network, bits }: Cidr, newbits: number, netnum: number): string {
  const length = bits + newbits;
  check(newbits >= 0 && length <= 32, `cannot extend a /${bits} prefix by ${newbits} bits`);
  check(netnum >= 0 && netnum < 2 ** newbits, `network number ${netnum} does not fit in ${newbits} bits`);
  return `${toDotted(network + netnum * 2 ** (32 - length))}/${length}`;
}

function host({ network, bits }: Cidr, hostnum: number): string {
  const size = 2 ** (32 - bits);
  const offset = hostnum < 0 ? size + hostnum : hostnum;
  check(offset >= 0 && offset < size, `host number ${hostnum} does not fit in a /${bits}`);
  return toDotted(network + offset);
}

export const NETWORK_FUNCTIONS: Record<string, FunctionSpec> = {
  cidrsubnet: { arity: [3, 3], fn: ([p, b, n]) => ipv4(str(p), (c) => subnet(c, int(b, 'newbits'), int(n, 'netnum'))) },
  cidrhost: { arity: [2, 2], fn: ([p, h]) => ipv4(str(p), (c) => host(c, int(h, 'hostnum'))) },
  cidrnetmask: { arity: [1, 1], fn: ([p]) => ipv4(str(p), (c) => toDotted(2 ** 32 - 2 ** (32 - c.bits))) },
};
