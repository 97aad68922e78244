import dockerignore from '@balena/dockerignore';

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
