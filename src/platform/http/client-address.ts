// SPDX-License-Identifier: EUPL-1.2
import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * Which proxies in front of the site may say who the client is (TRUST_PROXY): none (the socket's
 * address is the client), the nearest `hops` proxies, or the proxies at these addresses/networks.
 */
export type TrustProxy =
  | { kind: 'off' }
  | { kind: 'hops'; hops: number }
  | { kind: 'list'; entries: readonly string[] };

/** Reads TRUST_PROXY: unset/0/off, a number of hops (1, 2), or a comma list of addresses and CIDR networks. */
export function parseTrustProxy(value: string | undefined): TrustProxy | { error: string } {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'off' || text === 'false') return { kind: 'off' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 20 ? { kind: 'hops', hops } : { error: 'at most 20 hops' };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const maxPrefix = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      rest.length > 0 ||
      (prefix !== undefined && (!/^\d+$/.test(prefix) || Number(prefix) > maxPrefix))
    ) {
      return {
        error: `"${entry}" is not an address or network (use e.g. 1, or 10.0.0.5, or 10.0.0.0/8,fd00::/8)`,
      };
    }
  }
  return { kind: 'list', entries };
}

/** An address as written by a proxy or a socket, in one form: no port, no brackets, IPv4 not mapped into IPv6. */
function cleanAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = address.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  if (address.toLowerCase().startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) === 0 ? null : address;
}

function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIP(address!) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(prefix), type);
  }
  return list;
}

/**
 * The client's address: the socket's, unless it is a trusted proxy; then the proxies' X-Forwarded-For
 * is read from the right (each proxy appends the address it saw) up to the first hop that is not
 * trusted. The left-most entries are whatever the client sent, so they are never taken blindly.
 */
export function resolveClientAddress(
  socket: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustProxy,
  list: BlockList | null = trust.kind === 'list' ? trustedProxies(trust.entries) : null,
): string {
  const peer = socket === undefined ? null : cleanAddress(socket);
  if (peer === null) return socket ?? 'unknown';
  if (trust.kind === 'off' || !forwardedFor) return peer;
  const hops = forwardedFor.split(',').reverse();
  const trusted = (address: string, index: number) =>
    trust.kind === 'hops' ? index < trust.hops : list!.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  // index 0 is the socket's peer, 1 the address that peer reported, and so on to the left.
  let current = peer;
  for (let index = 0; index < hops.length; index++) {
    if (!trusted(current, index)) return current;
    const next = cleanAddress(hops[index]!);
    if (next === null) return current;
    current = next;
  }
  return current;
}

/** Works out the client's address once per request (see resolveClientAddress); read it with clientAddress(c). */
export function clientAddressFrom(trust: TrustProxy): MiddlewareHandler {
  const list = trust.kind === 'list' ? trustedProxies(trust.entries) : null;
  return async (c, next) => {
    c.set(
      'clientAddress',
      resolveClientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trust, list),
    );
    await next();
  };
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The address a request came from, for rate limits ('unknown' where there is no socket, as in tests). */
export function clientAddress(c: Context): string {
  return c.get('clientAddress') ?? socketAddress(c) ?? 'unknown';
}
