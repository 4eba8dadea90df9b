// IPv4 and IPv6 addresses as bigints, parsed and printed as Terraform does (Go's net package,
// in the fork Terraform keeps so that IPv4 octets with leading zeros stay decimal: "010" is 10).

export interface Cidr {
  /** 32 or 128. */
  width: number;
  /** The network address: host bits cleared, as Go's ParseCIDR does. */
  network: bigint;
  prefix: number;
}

function parseIPv4(text: string): bigint | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (match === null) return undefined;
  const octets = match.slice(1, 5);
  if (octets.some((o) => Number(o) > 255)) return undefined;
  return octets.reduce((acc, o) => acc * 256n + BigInt(o), 0n);
}

/** Eight groups of 1–4 hex digits, one `::` for a run of zero groups, an optional dotted IPv4 tail. */
function parseIPv6(text: string): bigint | undefined {
  let groups = text;
  let tail: bigint | undefined;
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4 !== null) {
    tail = parseIPv4(v4[2]);
    if (tail === undefined) return undefined;
    groups = `${v4[1]}0:0`; // the two groups the IPv4 tail stands for
  }
  const halves = groups.split('::');
  if (halves.length > 2) return undefined;
  const split = (s: string) => (s === '' ? [] : s.split(':'));
  const head = split(halves[0]);
  const rest = halves.length === 2 ? split(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const value = all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
  return tail === undefined ? value : (value & ~0xffffffffn) | tail;
}

/** `address/prefix` of either family; undefined when Terraform would reject it. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0 || !/^\d{1,3}$/.test(text.slice(slash + 1))) return undefined;
  const address = text.slice(0, slash);
  const prefix = Number(text.slice(slash + 1));
  const width = address.includes(':') ? 128 : 32;
  const value = width === 32 ? parseIPv4(address) : parseIPv6(address);
  if (value === undefined || prefix > width) return undefined;
  const hostBits = BigInt(width - prefix);
  return { width, prefix, network: (value >> hostBits) << hostBits };
}

function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

/** RFC 5952 as Go prints it: lower case, no leading zeros, the first longest run (≥ 2) of zero groups as `::`. */
function formatIPv6(value: bigint): string {
  if (value >> 32n === 0xffffn) return formatIPv4(value & 0xffffffffn); // IPv4-mapped: Go prints the IPv4 form
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

export function formatAddress(value: bigint, width: number): string {
  return width === 32 ? formatIPv4(value) : formatIPv6(value);
}
