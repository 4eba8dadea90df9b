/**
 * `Fn::Cidr` for IPv4: the first `count` subnets of `block` with `bits` host bits each, from the
 * block's network address. Undefined when CloudFormation would reject the call (a malformed block,
 * count outside 1–256, subnets larger than the block or not fitting in it). IPv6 blocks are
 * undefined too: the text CloudFormation prints for IPv6 subnets (zero compression) is not
 * documented, and a check comparing CIDR strings must not read a guessed spelling.
 */
export function cidrSubnets(block: string, count: number, bits: number): string[] | undefined {
  const parsed = parseIpv4Block(block);
  if (!parsed || !Number.isInteger(count) || !Number.isInteger(bits)) return undefined;
  const { network, prefix } = parsed;
  const hostBits = 32 - prefix;
  if (count < 1 || count > 256 || bits < 0 || bits > hostBits) return undefined;
  if (count > 2 ** (hostBits - bits)) return undefined;
  const size = 2 ** bits;
  return Array.from({ length: count }, (_, i) => `${formatIpv4(network + i * size)}/${32 - bits}`);
}

function parseIpv4Block(block: string): { network: number; prefix: number } | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return { network: Math.floor(address / size) * size, prefix };
}

function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}
