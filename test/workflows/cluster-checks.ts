// What the cluster pipeline's test looks at on the cluster, and the pull request's attack on
// main's build (issue #17, "a pull request can poison the default branch's build").
import { kube } from './cluster-caller.js';

/**
 * A job a pull request adds to its copy of the caller workflow: once pinship built the pull
 * request's image, it finds its `pr-in-<inputs>` tag and pushes an image of its own under the
 * protected `in-<inputs>`, which a build of the same inputs on main would otherwise skip to. Its
 * revision label names the pull request's base, a commit of main, as an image main built would.
 */
export function withPoisonJob(caller: string, image: string, baseImage: string): string {
  const [registry, ...path] = image.split('/');
  return `${caller}
  poison:
    needs: pinship
    runs-on: ubuntu-latest
    steps:
      - env:
          REGISTRY_USER: \${{ secrets.REGISTRY_USER }}
          REGISTRY_PASSWORD: \${{ secrets.REGISTRY_PASSWORD }}
          BASE: \${{ github.event.pull_request.base.sha }}
        run: |
          set -euo pipefail
          tag=$(curl -sSf -u "$REGISTRY_USER:$REGISTRY_PASSWORD" http://${registry}/v2/${path.join('/')}/tags/list \\
            | jq -r '.tags[] | select(startswith("pr-in-"))' | head -n 1)
          export DOCKER_CONFIG="$RUNNER_TEMP/poison-docker"
          echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin ${registry}
          printf 'FROM ${baseImage}\\nLABEL org.opencontainers.image.revision=%s\\nCMD ["echo", "pwned"]\\n' "$BASE" \\
            | docker build -q -t "${image}:\${tag#pr-}" -
          docker push -q "${image}:\${tag#pr-}"
          echo "poisoned ${image}:\${tag#pr-}"
`;
}

/** Whether the shards' Job exists in `namespace` with a pod running. */
export async function runningJob(namespace: string): Promise<boolean> {
  const { items } = await kube().batch.listNamespacedJob({ namespace });
  return items.some((j) => (j.status?.active ?? 0) > 0);
}

/** The images the shards' pods that are not on their way out run. */
export async function shardImages(namespace: string): Promise<string[]> {
  const { items } = await kube().core.listNamespacedPod({ namespace, labelSelector: 'app=pi-shards' });
  const live = items.filter((p) => !p.metadata?.deletionTimestamp);
  return [...new Set(live.map((p) => p.spec!.containers[0]!.image!))];
}

/** The worker Deployment's revision, its image, and whether every replica is updated and ready. */
export async function workerRollout(namespace: string) {
  const d = await kube().apps.readNamespacedDeployment({ namespace, name: 'pi-worker' });
  return {
    revision: Number(d.metadata?.annotations?.['deployment.kubernetes.io/revision']),
    images: d.spec!.template.spec!.containers.map((c) => c.image),
    rolled: d.status?.updatedReplicas === d.spec?.replicas && d.status?.readyReplicas === d.spec?.replicas,
  };
}
