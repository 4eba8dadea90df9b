import { int, str } from './args.js';
import { formatAddress, parseCidr, type Cidr } from './ip-address.js';
import { check, type FunctionSpec } from './spec.js';

// cidrsubnet, cidrsubnets and cidrhost for IPv4 and IPv6; cidrnetmask for IPv4 only, as in
// Terraform ("IPv6 addresses cannot have a netmask"). Arithmetic on bigints: IPv6 needs 128 bits.

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  check(parsed !== undefined, `invalid CIDR address "${text}"`);
  return parsed;
}

function subnet({ width, network, prefix }: Cidr, newbits: number, netnum: number): string {
  const length = prefix + newbits;
  check(newbits >= 0 && length <= width, `cannot extend a /${prefix} prefix by ${newbits} bits`);
  check(netnum >= 0 && BigInt(netnum) < 1n << BigInt(newbits), `network number ${netnum} does not fit in ${newbits} bits`);
  return `${formatAddress(network | (BigInt(netnum) << BigInt(width - length)), width)}/${length}`;
}

function host({ width, network, prefix }: Cidr, hostnum: number): string {
  const size = 1n << BigInt(width - prefix);
  const offset = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  check(offset >= 0n && offset < size, `host number ${hostnum} does not fit in a /${prefix}`);
  return formatAddress(network + offset, width);
}

/**
 * Consecutive subnets of the given sizes, each aligned to its own size after the previous one
 * (Terraform's algorithm: go-cidr's NextSubnet from the end of the previous allocation).
 */
function subnets(base: Cidr, newbits: number[]): string[] {
  let next = base.network;
  const end = base.network + (1n << BigInt(base.width - base.prefix));
  return newbits.map((bits, i) => {
    const length = base.prefix + bits;
    check(bits >= 1 && length <= base.width, `cannot extend a /${base.prefix} prefix by ${bits} bits (argument ${i + 2})`);
    const size = 1n << BigInt(base.width - length);
    const start = ((next + size - 1n) / size) * size;
    check(start + size <= end, `not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatAddress(next - 1n, base.width)}`);
    next = start + size;
    return `${formatAddress(start, base.width)}/${length}`;
  });
}

export const NETWORK_FUNCTIONS: Record<string, FunctionSpec> = {
  cidrsubnet: { arity: [3, 3], fn: ([p, b, n]) => subnet(cidr(str(p)), int(b, 'newbits'), int(n, 'netnum')) },
  cidrsubnets: { arity: [1], fn: ([p, ...bits]) => subnets(cidr(str(p)), bits.map((b) => int(b, 'newbits'))) },
  cidrhost: { arity: [2, 2], fn: ([p, h]) => host(cidr(str(p)), int(h, 'hostnum')) },
  cidrnetmask: {
    arity: [1, 1],
    fn: ([p]) => {
      const { width, prefix } = cidr(str(p));
      check(width === 32, `IPv6 addresses cannot have a netmask: ${str(p)}`);
      return formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefix)) - 1n), 32);
    },
  },
};
