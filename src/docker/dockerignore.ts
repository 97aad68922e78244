import dockerignore from '@balena/dockerignore';
import { posix } from 'node:path';

// The package is CommonJS (`module.exports = factory`) typed as `export default`: take whichever
// the loader (Node, esbuild, vitest) hands over.
type IgnoreFactory = typeof dockerignore.default;
const ignore: IgnoreFactory =
  (dockerignore as unknown as { default?: IgnoreFactory }).default ?? (dockerignore as unknown as IgnoreFactory);

/**
 * A predicate telling whether a `/`-separated path matches `.dockerignore`-style patterns, with
 * Docker's rules (a pattern matching a directory matches what is inside it, `!` exceptions,
 * `**`). Case-sensitive, as Docker matches on Linux (Go's regexp); the library ignores case by
 * default.
 */
export function patternMatcher(patterns: readonly string[]): (path: string) => boolean {
  const matcher = ignore({ ignorecase: false }).add([...patterns]);
  return (path) => matcher.ignores(path);
}

/** patternMatcher, and which path depths a walk must ask it about. */
export interface IgnoreMatcher {
  ignores(path: string): boolean;
  /**
   * False when no pattern can judge a path of `segments` segments (`a/b/c`: 3) otherwise than
   * the directory holding it: a walk may then give each entry its directory's verdict.
   */
  decidesAt(segments: number): boolean;
}

/**
 * patternMatcher for walks. The library tries every pattern on the path and on its parents, a
 * regular expression each; over thousands of files that was a third of the walk. A pattern
 * without `**`, classes or other regular-expression syntax matches only paths of exactly as
 * many segments as it has, and a path inherits the verdicts of shorter patterns from its parent
 * (both apply them to the same leading segments), so only depths that some pattern has need
 * asking.
 */
export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const ignores = patternMatcher(patterns);
  const depths = new Set<number>();
  let anyDepth = false;
  for (const raw of patterns) {
    const pattern = posix.normalize(raw.trim().replace(/^!/, '').trim()).replace(/^\/+|\/+$/g, '');
    if (pattern.includes('**') || /[[\](){}|+^\\]/.test(pattern)) anyDepth = true;
    else depths.add(pattern.split('/').length);
  }
  return { ignores, decidesAt: (segments) => anyDepth || depths.has(segments) };
}
