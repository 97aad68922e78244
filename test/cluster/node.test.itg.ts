import { describe, expect, it } from 'vitest';
import { kubectl } from './support.js';

interface Condition {
  type: string;
  status: string;
}
interface Node {
  metadata: { name: string; labels: Record<string, string> };
  spec: { taints?: unknown[] };
  status: { conditions: Condition[]; nodeInfo: { kubeletVersion: string; containerRuntimeVersion: string } };
}

describe('the test cluster', () => {
  it('has one real node, Ready, running kubelet 1.35 on containerd', async () => {
    const nodes = JSON.parse(await kubectl(['get', 'nodes', '-l', 'type!=kwok', '-o', 'json'])) as { items: Node[] };
    expect(nodes.items).toHaveLength(1);
    const node = nodes.items[0]!;
    expect(node.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(node.status.nodeInfo.kubeletVersion).toMatch(/^v1\.35\./);
    expect(node.status.nodeInfo.containerRuntimeVersion).toMatch(/^containerd:\/\//);
    // Test pods must be able to land on it.
    expect(node.spec.taints ?? []).toEqual([]);
  });

  it('answers the real kubectl with a 1.35 API server, and the default ServiceAccount exists', async () => {
    const version = JSON.parse(await kubectl(['version', '-o', 'json'])) as { serverVersion: { gitVersion: string } };
    expect(version.serverVersion.gitVersion).toMatch(/^v1\.35\./);
    const account = JSON.parse(await kubectl(['get', 'serviceaccount', 'default', '-n', 'default', '-o', 'json']));
    expect(account.metadata.name).toBe('default');
  });
});
