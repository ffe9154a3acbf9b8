import { describe, expect, it } from 'vitest';
import { classifyAddress, parseIPv6 } from './address.js';

const kind = (ip: string) => classifyAddress(ip)?.kind ?? 'public';

describe('classifyAddress on IPv4', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.255', 'private'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
  ])('%s is %s', (ip, expected) => {
    expect(kind(ip)).toBe(expected);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.0.1',
    '11.0.0.1',
  ])('%s is public', (ip) => {
    expect(classifyAddress(ip)).toBeNull();
  });
});

describe('classifyAddress on IPv6', () => {
  it.each([
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['fd00:ec2::254', 'metadata'],
    ['2001:db8::1', 'reserved'],
    ['64:ff9b:1::1', 'private'],
    ['1::1', 'reserved'],
  ])('%s is %s', (ip, expected) => {
    expect(kind(ip)).toBe(expected);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback', '127.0.0.1'],
    ['::ffff:7f00:1', 'loopback', '127.0.0.1'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback', '127.0.0.1'],
    ['::ffff:10.1.2.3', 'private', '10.1.2.3'],
    ['::ffff:a9fe:a9fe', 'metadata', '169.254.169.254'],
    ['::ffff:169.254.169.254', 'metadata', '169.254.169.254'],
    ['::ffff:192.168.0.1', 'private', '192.168.0.1'],
    ['::ffff:0:10.0.0.1', 'private', '10.0.0.1'],
    ['::127.0.0.1', 'loopback', '127.0.0.1'],
    ['64:ff9b::127.0.0.1', 'loopback', '127.0.0.1'],
    ['64:ff9b::a00:1', 'private', '10.0.0.1'],
    ['2002:7f00:1::', 'loopback', '127.0.0.1'],
    ['2002:c0a8:101::1', 'private', '192.168.1.1'],
  ])('%s carries %s address %s', (ip, expected, inner) => {
    expect(classifyAddress(ip)).toMatchObject({ kind: expected, embeddedIPv4: inner });
  });

  it.each([
    '2606:4700:4700::1111',
    '2a00:1450:4001:82a::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('%s is public', (ip) => {
    expect(classifyAddress(ip)).toBeNull();
  });

  it('expands "::" and a dotted tail into eight groups', () => {
    expect(parseIPv6('fe80::1')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  });
});

describe('classifyAddress on other input', () => {
  it('calls anything that is not an IP address reserved', () => {
    expect(kind('example.com')).toBe('reserved');
    expect(kind('999.1.1.1')).toBe('reserved');
  });
});
