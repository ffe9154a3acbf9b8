import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addressRefusal, checkUrl, guardedLookup, type Resolver } from './guard.js';

const closed = { allowPrivate: false };

function lookupOnce(fn: LookupFunction, host: string, all = true): Promise<string | LookupAddress[]> {
  return new Promise((resolve, reject) =>
    fn(host, { all }, (err, address) => (err ? reject(err) : resolve(address))),
  );
}

describe('checkUrl', () => {
  it('names the address and the flag in its refusal', () => {
    expect(() => checkUrl(new URL('http://127.0.0.1:8080/x.html'), closed)).toThrow(
      'refusing to fetch http://127.0.0.1:8080/x.html: 127.0.0.1 is a loopback address (use --allow-private to allow it)',
    );
  });

  it.each([
    ['http://10.0.0.1/', '10.0.0.1 is a private address'],
    ['http://[::1]/', '::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is a loopback address (it stands for 127.0.0.1)'],
    ['http://[fd00::1]/', 'fd00::1 is a private (unique local) address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://100.64.1.1/', '100.64.1.1 is a private (carrier-grade NAT) address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
    ['http://0/', '0.0.0.0 is an unspecified address'],
  ])('refuses %s', (url, why) => {
    expect(() => checkUrl(new URL(url), closed)).toThrow(why);
  });

  it('refuses cloud metadata even when private addresses are allowed', () => {
    const open = { allowPrivate: true };
    expect(() => checkUrl(new URL('http://169.254.169.254/latest/meta-data/'), open)).toThrow(
      '169.254.169.254 is a cloud metadata address (cloud metadata endpoints are never fetched)',
    );
    expect(() => checkUrl(new URL('http://[fd00:ec2::254]/'), open)).toThrow('cloud metadata address');
    expect(() => checkUrl(new URL('http://metadata.google.internal/computeMetadata/v1/'), open)).toThrow(
      'metadata.google.internal is a cloud metadata host',
    );
  });

  it('lets private addresses through when allowed', () => {
    expect(() => checkUrl(new URL('http://127.0.0.1:8080/'), { allowPrivate: true })).not.toThrow();
    expect(() =>
      checkUrl(new URL('http://192.168.1.5/'), { allowPrivate: false, allowedAddresses: ['192.168.1.5'] }),
    ).not.toThrow();
  });

  it('refuses other schemes', () => {
    expect(() => checkUrl(new URL('file:///etc/passwd'), { allowPrivate: true })).toThrow(
      'only http and https',
    );
    expect(() => checkUrl(new URL('gopher://example.com/'), { allowPrivate: true })).toThrow(
      'only http and https',
    );
  });

  it('accepts a public address', () => {
    expect(() => checkUrl(new URL('https://93.184.215.14/'), closed)).not.toThrow();
  });
});

describe('addressRefusal', () => {
  it('matches allowed addresses whatever their IPv6 spelling', () => {
    expect(addressRefusal('::1', { allowPrivate: false, allowedAddresses: ['0:0:0:0:0:0:0:1'] })).toBeNull();
  });
});

describe('guardedLookup', () => {
  const fake =
    (answers: Record<string, string[]>): Resolver =>
    async (host) =>
      (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('passes public answers on, in the form asked for', async () => {
    const lookup = guardedLookup(
      'http://news.example/',
      closed,
      fake({ 'news.example': ['93.184.215.14', '2606:2800::1'] }),
    );
    expect(await lookupOnce(lookup, 'news.example')).toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800::1', family: 6 },
    ]);
    expect(await lookupOnce(lookup, 'news.example', false)).toBe('93.184.215.14');
  });

  it('refuses a name that resolves to a private address, naming both', async () => {
    const lookup = guardedLookup(
      'http://intranet.example/x',
      closed,
      fake({ 'intranet.example': ['10.1.2.3'] }),
    );
    await expect(lookupOnce(lookup, 'intranet.example')).rejects.toMatchObject({
      code: 'fetch_refused',
      message:
        'refusing to fetch http://intranet.example/x: intranet.example resolves to 10.1.2.3, a private address (use --allow-private to allow it)',
    });
  });

  it('refuses when any of the answers is private', async () => {
    const lookup = guardedLookup(
      'http://mixed.example/',
      closed,
      fake({ 'mixed.example': ['93.184.215.14', '127.0.0.1'] }),
    );
    await expect(lookupOnce(lookup, 'mixed.example')).rejects.toMatchObject({ code: 'fetch_refused' });
  });

  it('checks every look-up, so a name rebound to 127.0.0.1 after a first public answer is refused', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [
      { address: calls++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 },
    ];
    const lookup = guardedLookup('http://rebind.example/', closed, rebinding);
    await expect(lookupOnce(lookup, 'rebind.example')).resolves.toBeTruthy();
    await expect(lookupOnce(lookup, 'rebind.example')).rejects.toMatchObject({
      message: expect.stringContaining('rebind.example resolves to 127.0.0.1, a loopback address'),
    });
  });

  it('refuses IPv4-mapped answers that stand for private addresses', async () => {
    const lookup = guardedLookup(
      'http://m.example/',
      closed,
      fake({ 'm.example': ['::ffff:169.254.169.254'] }),
    );
    await expect(lookupOnce(lookup, 'm.example')).rejects.toMatchObject({
      message: expect.stringContaining('a cloud metadata address (it stands for 169.254.169.254)'),
    });
  });

  it('reports a name with no addresses as not found', async () => {
    const lookup = guardedLookup('http://none.example/', closed, fake({}));
    await expect(lookupOnce(lookup, 'none.example')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });
});
