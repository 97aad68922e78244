import { describe, expect, it } from 'vitest';
import { ignoreMatcher, patternMatcher } from '../../src/docker/dockerignore.js';

// Every path of up to four segments over a few names, parents listed before their children.
const NAMES = ['a', 'b', 'ab', 'c.d'];
function allPaths(depth: number): string[] {
  let level = [''];
  const out: string[] = [];
  for (let d = 0; d < depth; d++) {
    level = level.flatMap((p) => NAMES.map((n) => (p ? `${p}/${n}` : n)));
    out.push(...level);
  }
  return out;
}

// Pattern pieces as users write them, including the ones that must turn the shortcut off.
const SEGMENTS = ['a', 'b', 'ab', '*', 'a*', '?', '*.d', 'c.d', '**', '[ab]', 'a|b', '(a)', 'a\\b'];
function randomPatterns(next: () => number): string[] {
  const count = 1 + Math.floor(next() * 4);
  return Array.from({ length: count }, () => {
    const depth = 1 + Math.floor(next() * 3);
    const segments = Array.from({ length: depth }, () => SEGMENTS[Math.floor(next() * SEGMENTS.length)]!);
    const lead = ['', '', '/', './', '!', '!/'][Math.floor(next() * 6)]!;
    const trail = next() < 0.2 ? '/' : '';
    return `${lead}${segments.join('/')}${trail}`;
  });
}

// A small deterministic generator (mulberry32): the same cases on every run.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ignoreMatcher', () => {
  it("gives every path the library's verdict when a walk asks only at the depths it names", () => {
    const paths = allPaths(4);
    const next = seeded(11);
    let inherited = 0;
    for (let round = 0; round < 400; round++) {
      const patterns = randomPatterns(next);
      const full = patternMatcher(patterns);
      const matcher = ignoreMatcher(patterns);
      const verdicts = new Map<string, boolean>();
      for (const path of paths) {
        const segments = path.split('/').length;
        const parent = path.includes('/') ? verdicts.get(path.slice(0, path.lastIndexOf('/')))! : false;
        const asked = matcher.decidesAt(segments);
        const verdict = asked ? matcher.ignores(path) : parent;
        if (!asked) inherited++;
        verdicts.set(path, verdict);
        expect({ patterns, path, ignored: verdict }).toEqual({ patterns, path, ignored: full(path) });
      }
    }
    // The shortcut is taken, not only checked.
    expect(inherited).toBeGreaterThan(paths.length * 40);
  });

  it('asks at every depth once a pattern holds ** or other regular-expression syntax', () => {
    expect(ignoreMatcher(['cache', '!cache/keep']).decidesAt(3)).toBe(false);
    expect(ignoreMatcher(['cache', '**/*.pyc']).decidesAt(3)).toBe(true);
    expect(ignoreMatcher(['[ab]x']).decidesAt(2)).toBe(true);
  });
});
