// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { loadConfig } from '../../config.ts';
import { parseTrustProxy, resolveClientAddress } from './client-address.ts';

const off = { kind: 'off' } as const;
const oneHop = { kind: 'hops', hops: 1 } as const;

describe('which address is the client (TRUST_PROXY)', () => {
  test('off (the default): the socket is the client, whatever X-Forwarded-For says', () => {
    expect(loadConfig({}).trustProxy).toEqual(off);
    expect(resolveClientAddress('203.0.113.5', '1.2.3.4', off)).toBe('203.0.113.5');
    expect(resolveClientAddress('::ffff:203.0.113.5', undefined, off)).toBe('203.0.113.5');
  });

  test('one hop: the address the proxy saw, the right-most entry; what the client wrote before it is ignored', () => {
    expect(resolveClientAddress('10.0.0.2', '198.51.100.7', oneHop)).toBe('198.51.100.7');
    // A client that sends its own X-Forwarded-For: the proxy appends the real address on the right.
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', oneHop)).toBe('198.51.100.7');
    expect(resolveClientAddress('10.0.0.2', undefined, oneHop)).toBe('10.0.0.2');
    // Two proxies: the second-from-right entry.
    expect(
      resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.9', { kind: 'hops', hops: 2 }),
    ).toBe('198.51.100.7');
  });

  test('a list of proxies: from the right, the first address that is not a trusted proxy', () => {
    const trust = parseTrustProxy('10.0.0.0/8, 2001:db8::1');
    if ('error' in trust) throw new Error(trust.error);
    expect(resolveClientAddress('10.1.2.3', '1.1.1.1, 198.51.100.7, 10.0.0.9', trust)).toBe('198.51.100.7');
    expect(resolveClientAddress('2001:db8::1', '[2001:db8::42]:5555', trust)).toBe('2001:db8::42');
    // Not from a trusted proxy: the header is ignored.
    expect(resolveClientAddress('203.0.113.5', '198.51.100.7', trust)).toBe('203.0.113.5');
    // Rubbish in the header: the last trusted hop that reported it is the client.
    expect(resolveClientAddress('10.1.2.3', 'not-an-address', trust)).toBe('10.1.2.3');
  });

  test('bad settings stop the start', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toEqual(oneHop);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1,10.1.0.0/16' }).trustProxy).toEqual({
      kind: 'list',
      entries: ['10.0.0.1', '10.1.0.0/16'],
    });
    expect(() => loadConfig({ TRUST_PROXY: 'loadbalancer' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});

describe('the limits behind a proxy', () => {
  let behindProxy: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    behindProxy = await buildTestApp({ TRUST_PROXY: '127.0.0.1' });
    direct = await buildTestApp();
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
  });

  /** Six wrong passwords for six accounts that do not exist: 30 wrong ones lock the client address. */
  async function lockOut(client: TestClient) {
    await client.get('/beheer/inloggen');
    for (let i = 0; i < 30; i++) {
      const response = await client.post('/beheer/inloggen', {
        email: `niemand${i % 6}@x.nl`,
        password: `fout ${i}`,
      });
      expect(response.status).toBe(401);
    }
  }

  test('with TRUST_PROXY set, two residents behind the proxy have their own limits', async () => {
    const first = new TestClient(behindProxy.app, {
      address: '127.0.0.1',
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    await lockOut(first);
    const locked = await first.post('/beheer/inloggen', { email: behindProxy.staff.editor, password: 'x' });
    expect(locked.status).toBe(429);
    const second = new TestClient(behindProxy.app, {
      address: '127.0.0.1',
      headers: { 'x-forwarded-for': '198.51.100.2' },
    });
    expect((await second.signIn(behindProxy.staff.editor)).status).toBe(303);
  });

  test('without TRUST_PROXY, a forged X-Forwarded-For changes nothing: the socket address stays locked', async () => {
    const attacker = new TestClient(direct.app, {
      address: '203.0.113.66',
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    await lockOut(attacker);
    const disguised = new TestClient(direct.app, {
      address: '203.0.113.66',
      headers: { 'x-forwarded-for': '198.51.100.99' },
    });
    expect((await disguised.signIn(direct.staff.editor)).status).toBe(429);
  });
});
