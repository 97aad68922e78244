/** The oldest Node pinship runs on (package.json `engines`): the Kubernetes client's undici needs it. */
export const MINIMUM_NODE = '22.19.0';

/** Whether `version` (as in `process.versions.node`) is at least MINIMUM_NODE. */
export function isSupportedNode(version: string): boolean {
  const have = version.split('.').map((part) => Number.parseInt(part, 10));
  const need = MINIMUM_NODE.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) > need[i]!;
  }
  return true;
}
