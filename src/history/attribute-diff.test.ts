import { describe, expect, it } from '@jest/globals';
import { unknownValue } from '../model/index.js';
import { diffAttributes, formatChange, formatPath, pathsOverlap } from './attribute-diff.js';

describe('diffAttributes', () => {
  it('lists changed, added and removed leaves by path', () => {
    const before = { versioning: { enabled: true }, tags: { team: 'a' }, ingress: [{ cidr: ['10.0.0.0/8'] }] };
    const after = { versioning: { enabled: false }, logging: { enabled: true }, ingress: [{ cidr: ['10.0.0.0/8', '0.0.0.0/0'] }] };
    expect(diffAttributes(before, after).map(formatChange)).toEqual([
      'ingress[0].cidr[1]: (absent) → "0.0.0.0/0"',
      'logging.enabled: (absent) → true',
      'tags.team: "a" → (absent)',
      'versioning.enabled: true → false',
    ]);
  });

  it('is empty for equal configurations whatever the key order, and treats unknowns as leaves', () => {
    expect(diffAttributes({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual([]);
    expect(diffAttributes({ name: 'x' }, { name: unknownValue('var.name has no value') }).map(formatChange)).toEqual(['name: "x" → (unknown: var.name has no value)']);
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe('metadata.labels["app.kubernetes.io/name"]');
  });

  it('relates a finding path to a change when one contains the other', () => {
    expect(pathsOverlap(['ingress', 0, 'cidr'], ['ingress', 0, 'cidr', 1])).toBe(true);
    expect(pathsOverlap(['versioning'], ['versioning', 'enabled'])).toBe(true);
    expect(pathsOverlap(['versioning', 'enabled'], ['logging', 'enabled'])).toBe(false);
  });
});
