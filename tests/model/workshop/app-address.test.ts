import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  appAddress,
  linkAt,
  publishedAddress,
} from '../../../src/model/workshop/links/app-address';

describe('addressProblem', () => {
  it.each([
    ['http://localhost:5173/', 'local'],
    ['http://127.0.0.1:4173/', 'local'],
    ['http://[::1]:4173/', 'local'],
    ['http://app.localhost/', 'local'],
    ['http://192.168.1.20:4173/', 'private'],
    ['http://10.0.0.5/', 'private'],
    ['http://172.20.1.1/', 'private'],
    ['https://laptop.local/', 'private'],
    ['http://intranet/', 'private'],
    ['http://radar.example.nl/', 'insecure'],
    ['https://radar.example.nl/app/', null],
    ['https://172.15.0.1/', null],
  ])('%s: %s', (href, problem) => {
    expect(addressProblem(href)).toBe(problem);
  });
});

describe('publishedAddress', () => {
  it('adds https:// when no scheme is given and drops the fragment and query', () => {
    expect(publishedAddress(' radar.example.nl/se ')).toBe('https://radar.example.nl/se');
    expect(publishedAddress('https://radar.example.nl/app/?x=1#/a/b')).toBe(
      'https://radar.example.nl/app/',
    );
  });

  it('refuses what is not a web address', () => {
    expect(publishedAddress('')).toBeNull();
    expect(publishedAddress('not an address')).toBeNull();
    expect(publishedAddress('ftp://radar.example.nl/')).toBeNull();
    expect(publishedAddress('javascript:alert(1)')).toBeNull();
  });
});

describe('linkAt', () => {
  it('puts the fragment after the app address, replacing any route', () => {
    expect(appAddress('https://r.example/app/#/a/x')).toBe('https://r.example/app/');
    expect(linkAt('https://r.example/app/#/a/x', '/i/AAAA')).toBe('https://r.example/app/#/i/AAAA');
  });
});
