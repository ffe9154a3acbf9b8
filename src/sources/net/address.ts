import { isIPv4, isIPv6 } from 'node:net';

/** Why an address may not be fetched from; `null` from `classifyAddress` means a public address. */
export type AddressKind =
  'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'broadcast' | 'metadata' | 'reserved';

export interface AddressClass {
  kind: AddressKind;
  /** reads after "is": "a loopback address" */
  description: string;
  /** the IPv4 address an IPv6 form carries ("::ffff:7f00:1" carries 127.0.0.1), when that decided */
  embeddedIPv4?: string;
}

type Range4 = [base: number, bits: number, kind: AddressKind, description: string];

// Order matters: the first matching range names the address (metadata before link-local).
const V4: Range4[] = [
  [v4('169.254.169.254'), 32, 'metadata', 'a cloud metadata address'],
  [v4('100.100.100.200'), 32, 'metadata', 'a cloud metadata address'],
  [v4('168.63.129.16'), 32, 'metadata', 'a cloud metadata address'],
  [v4('0.0.0.0'), 32, 'unspecified', 'an unspecified address'],
  [v4('0.0.0.0'), 8, 'unspecified', 'an unspecified ("this network") address'],
  [v4('127.0.0.0'), 8, 'loopback', 'a loopback address'],
  [v4('10.0.0.0'), 8, 'private', 'a private address'],
  [v4('172.16.0.0'), 12, 'private', 'a private address'],
  [v4('192.168.0.0'), 16, 'private', 'a private address'],
  [v4('100.64.0.0'), 10, 'private', 'a private (carrier-grade NAT) address'],
  [v4('169.254.0.0'), 16, 'link-local', 'a link-local address'],
  [v4('192.0.0.0'), 24, 'reserved', 'a reserved (IETF protocol) address'],
  [v4('192.0.2.0'), 24, 'reserved', 'a reserved (documentation) address'],
  [v4('198.51.100.0'), 24, 'reserved', 'a reserved (documentation) address'],
  [v4('203.0.113.0'), 24, 'reserved', 'a reserved (documentation) address'],
  [v4('198.18.0.0'), 15, 'reserved', 'a reserved (benchmarking) address'],
  [v4('192.88.99.0'), 24, 'reserved', 'a reserved (6to4 relay) address'],
  [v4('224.0.0.0'), 4, 'multicast', 'a multicast address'],
  [v4('255.255.255.255'), 32, 'broadcast', 'a broadcast address'],
  [v4('240.0.0.0'), 4, 'reserved', 'a reserved address'],
];

function v4(s: string): number {
  return s.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const v4String = (n: number): string => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');

function inRange4(n: number, base: number, bits: number): boolean {
  if (bits === 0) return true;
  const mask = bits === 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
  return (n & mask) >>> 0 === (base & mask) >>> 0;
}

function classify4(n: number): AddressClass | null {
  for (const [base, bits, kind, description] of V4) if (inRange4(n, base, bits)) return { kind, description };
  return null;
}

/** "fe80::1%eth0" or "::ffff:1.2.3.4" to eight 16-bit groups. Expects a valid IPv6 string. */
export function parseIPv6(ip: string): number[] {
  let s = ip.replace(/%.*$/, '').toLowerCase();
  const tail4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail4) {
    const n = v4(tail4[1]!);
    s = `${s.slice(0, -tail4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const fill = rest === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

type Range6 = [prefix: number[], bits: number, kind: AddressKind, description: string];

const V6: Range6[] = [
  [parseIPv6('fd00:ec2::254'), 128, 'metadata', 'a cloud metadata address'],
  [parseIPv6('::'), 128, 'unspecified', 'an unspecified address'],
  [parseIPv6('::1'), 128, 'loopback', 'a loopback address'],
  [parseIPv6('fc00::'), 7, 'private', 'a private (unique local) address'],
  [parseIPv6('fe80::'), 10, 'link-local', 'a link-local address'],
  [parseIPv6('fec0::'), 10, 'private', 'a private (site-local) address'],
  [parseIPv6('ff00::'), 8, 'multicast', 'a multicast address'],
  [parseIPv6('64:ff9b:1::'), 48, 'private', 'a private (local NAT64) address'],
  [parseIPv6('2001:db8::'), 32, 'reserved', 'a reserved (documentation) address'],
  [parseIPv6('2001::'), 32, 'reserved', 'a reserved (Teredo) address'],
  [parseIPv6('100::'), 64, 'reserved', 'a reserved (discard) address'],
];

function inRange6(groups: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((groups[i]! & mask) !== (prefix[i]! & mask)) return false;
  }
  return true;
}

const join32 = (hi: number, lo: number): number => ((hi << 16) | lo) >>> 0;

/** The IPv4 address an IPv6 form stands for: mapped, translated, compatible, NAT64 or 6to4. */
function embeddedIPv4(g: number[]): number | null {
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zero(0, 5) && g[5] === 0xffff) return join32(g[6]!, g[7]!); // ::ffff:a.b.c.d
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return join32(g[6]!, g[7]!); // ::ffff:0:a.b.c.d
  if (zero(0, 6)) return join32(g[6]!, g[7]!); // ::a.b.c.d (deprecated "compatible")
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return join32(g[6]!, g[7]!); // 64:ff9b::a.b.c.d
  if (g[0] === 0x2002) return join32(g[1]!, g[2]!); // 6to4 2002:AABB:CCDD::
  return null;
}

/**
 * Classifies an IP address as one a fetcher must not connect to, or `null` for a public one.
 * IPv6 forms that carry an IPv4 address are judged by that address, so "::ffff:127.0.0.1" is
 * loopback and "::ffff:8.8.8.8" is public. Anything that is not an IP address is "reserved".
 */
export function classifyAddress(ip: string): AddressClass | null {
  if (isIPv4(ip)) return classify4(v4(ip));
  if (!isIPv6(ip)) return { kind: 'reserved', description: 'not an IP address' };
  const g = parseIPv6(ip);
  for (const [prefix, bits, kind, description] of V6)
    if (inRange6(g, prefix, bits)) return { kind, description };
  const inner = embeddedIPv4(g);
  if (inner !== null) {
    const c = classify4(inner);
    return c ? { ...c, embeddedIPv4: v4String(inner) } : null;
  }
  // global unicast is 2000::/3; the rest of the space is unassigned
  if ((g[0]! & 0xe000) !== 0x2000) return { kind: 'reserved', description: 'a reserved address' };
  return null;
}
