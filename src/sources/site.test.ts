import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from './site.js';

describe('registrableDomain', () => {
  it('keeps the last two labels of an ordinary host', () => {
    expect(registrableDomain('news.example.com')).toBe('example.com');
    expect(registrableDomain('Example.COM.')).toBe('example.com');
  });

  it('keeps three labels under a generic second level of a country code', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('nasional.kompas.co.id')).toBe('kompas.co.id');
    expect(registrableDomain('a.b.go.id')).toBe('b.go.id');
  });

  it('reads an IP address as its own site', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('sameSite', () => {
  it('joins subdomains of one site and parts different sites', () => {
    expect(sameSite('https://m.example.com/a', 'https://www.example.com/b')).toBe(true);
    expect(sameSite('https://evil.example/a', 'https://www.example.com/a')).toBe(false);
    expect(sameSite('https://one.co.uk/a', 'https://two.co.uk/a')).toBe(false);
    expect(sameSite('not a url', 'https://example.com')).toBe(false);
  });
});
