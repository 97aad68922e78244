import { describe, expect, it } from 'vitest';
import { isSupportedNode, MINIMUM_NODE } from '../../src/cli/node-version.js';

describe('isSupportedNode', () => {
  it('agrees with package.json engines', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE.replace(/\.0$/, '')}`);
  });

  it.each(['22.19.0', '22.20.1', '23.0.0', '24.21.0', '30.1.2'])('runs on Node %s', (version) => {
    expect(isSupportedNode(version)).toBe(true);
  });

  it.each(['20.20.2', '22.18.9', '22.9.0', '18.19.0', '21.99.0'])('refuses Node %s', (version) => {
    expect(isSupportedNode(version)).toBe(false);
  });
});
