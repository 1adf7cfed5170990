/**
 * Keeps webhook deliveries off the organiser's own network (SSRF): in production a delivery may only
 * connect to a globally routable address. The check runs inside the connection's DNS lookup
 * (`guardedLookup`, given to the HTTP agent), so the address checked is the address connected to: a
 * name that resolves differently a moment later (DNS rebinding) cannot slip past it. Literal IP hosts
 * skip DNS, so `checkLiteralHost` checks them before any request is made. The ranges are IANA's
 * special-purpose registries, kept in Node's own net.BlockList.
 */
import dns from 'node:dns';
import net from 'node:net';

const NON_PUBLIC_IPV4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const NON_PUBLIC_IPV6: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds any IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

// IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are checked against the IPv4 rules by BlockList itself.
const nonPublic = new net.BlockList();
for (const [address, prefix] of NON_PUBLIC_IPV4) nonPublic.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of NON_PUBLIC_IPV6) nonPublic.addSubnet(address, prefix, 'ipv6');

/** True for an address a delivery may not reach in production (private, loopback, link-local ...). */
export function isNonPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  return nonPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Thrown (before any socket is opened) for a target the guard refuses. */
export class RefusedAddressError extends Error {
  constructor(readonly address: string) {
    super(`refused: ${address} is a private, loopback, link-local or otherwise non-public address`);
    this.name = 'RefusedAddressError';
  }
}

/** The hostname of a URL without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Refuses a URL whose host is a literal non-public IP (DNS names are checked at lookup). */
export function checkLiteralHost(url: URL): void {
  const host = bareHost(url);
  if (net.isIP(host) !== 0 && isNonPublicAddress(host)) throw new RefusedAddressError(host);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s).request: resolves like dns.lookup, then refuses the answer if ANY address
 * of it is non-public (a name that mixes public and private answers is not one to trust).
 */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isNonPublicAddress(entry.address));
    if (refused) return callback(new RefusedAddressError(refused.address) as NodeJS.ErrnoException, []);
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    return callback(null, first.address, first.family);
  });
}
