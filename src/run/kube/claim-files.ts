import { CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { PinshipError } from '../../errors.js';
import { isNotFound, kubeError, kubeErrorText } from '../../kube/api-error.js';
import { readContainerLog } from '../../kube/pod-log.js';
import { WatchedList } from '../../kube/watched-list.js';
import type { Logger } from '../../log/logger.js';
import type { OutputFile } from '../../record/types.js';
import { parseClaimListing } from './claim-listing.js';

/** Waiting reasons the kubelet keeps retrying: the collector would wait for ever. */
const STUCK = new Set(['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError']);

/** Where the collector pod mounts the claim (read-only). */
const MOUNT = '/pinship/claim';

/**
 * Run by the collector in the folder given as $1 (an argument, never spliced into the script):
 * one line per regular file, `pinship:file SIZE SHA256|- PATH`. Needs a POSIX sh, find, stat and
 * sha256sum (busybox has them).
 */
const SCRIPT = `[ -d "$1" ] || exit 0
cd "$1" || exit 3
find . -type f | while IFS= read -r f; do
  s=$(stat -c %s "$f") || continue
  if h=$(sha256sum "$f" 2>/dev/null); then h=\${h%% *}; else h=-; fi
  printf 'pinship:file %s %s %s\\n' "$s" "$h" "\${f#./}"
done`;

export interface ClaimListing {
  namespace: string;
  claim: string;
  /** Folder of the claim with one folder per shard index. */
  base: string;
  /** The collector's image, by digest: needs sh, find, stat and sha256sum, and runs as user 65534. */
  image: string;
  /** Names the collector pod and labels it. */
  runId: string;
}

/**
 * Lists the files shards wrote to a PersistentVolumeClaim (`<base>/<index>/...`) with a short
 * collector pod that mounts the claim read-only, hashes every file, prints one line per file and
 * is deleted. Returns the files by shard index.
 */
export async function listClaimFiles(
  config: KubeConfig,
  listing: ClaimListing,
  log: Logger,
  signal?: AbortSignal,
): Promise<Map<number, OutputFile[]>> {
  const core = config.makeApiClient(CoreV1Api);
  const { namespace } = listing;
  const name = `pinship-outputs-${listing.runId}`.slice(0, 63).replace(/[^a-z0-9]+$/, '');
  try {
    await core.createNamespacedPod({ namespace, body: collectorPod(listing, name) });
  } catch (err) {
    throw kubeError({ verb: 'create', resource: 'pods', namespace, name }, err);
  }
  try {
    const phase = await waitForCollector(config, core, namespace, name, log, signal);
    return parseClaimListing(await readCollectorLog(config, listing, name, phase));
  } finally {
    await core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }).catch((err: unknown) => {
      if (!isNotFound(err))
        log.warn(
          `could not delete the output collector pod ${name}: ` +
            `${kubeError({ verb: 'delete', resource: 'pods', namespace, name }, err).message}`,
        );
    });
  }
}

/** The collector pod: admitted where Pod Security `restricted` is enforced, it only reads files others may read. */
function collectorPod(listing: ClaimListing, name: string): V1Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: listing.namespace,
      labels: { 'io.pinship.run': listing.runId, 'io.pinship.role': 'output-collector' },
    },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [
        {
          name: 'collect',
          image: listing.image,
          command: ['sh', '-c', SCRIPT, 'sh', `${MOUNT}/${listing.base}`.replace(/\/+$/, '')],
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
            readOnlyRootFilesystem: true,
          },
          volumeMounts: [{ name: 'claim', mountPath: MOUNT, readOnly: true }],
          resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '64Mi' } },
        },
      ],
      volumes: [{ name: 'claim', persistentVolumeClaim: { claimName: listing.claim, readOnly: true } }],
    },
  };
}

/** Watches the collector pod until it ends: `Succeeded`, `Failed`, or `stuck: <waiting reason>`. */
async function waitForCollector(
  config: KubeConfig,
  core: CoreV1Api,
  namespace: string,
  name: string,
  log: Logger,
  signal?: AbortSignal,
): Promise<string> {
  const pods = new WatchedList<V1Pod>(config, {
    path: `/api/v1/namespaces/${namespace}/pods`,
    fieldSelector: `metadata.name=${name}`,
    list: (page) =>
      core.listNamespacedPod({
        namespace,
        fieldSelector: `metadata.name=${name}`,
        limit: page.limit,
        _continue: page.continue,
      }),
    request: { resource: 'pods', namespace },
    log,
  });
  try {
    await pods.start();
    return await pods.waitFor(() => {
      const p = pods.items()[0];
      const waiting = p?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (waiting && STUCK.has(waiting)) return `stuck: ${waiting}`;
      return p?.status?.phase === 'Succeeded' || p?.status?.phase === 'Failed' ? p.status.phase : undefined;
    }, signal);
  } finally {
    await pods.stop();
  }
}

/** The ended collector's log, or an error naming how it ended when it did not succeed. */
async function readCollectorLog(
  config: KubeConfig,
  listing: ClaimListing,
  name: string,
  phase: string,
): Promise<string> {
  let text = '';
  const read = readContainerLog(
    config,
    { namespace: listing.namespace, pod: name, container: 'collect' },
    (chunk) => (text += chunk.toString('utf8')),
  );
  if (phase !== 'Succeeded') {
    // A pod that never ran has no log: the phase is the error to tell, not the log's 400.
    const problem = await read.then(
      () => text.trim().split('\n').slice(-3).join(' / '),
      (err: unknown) => `its log could not be read (${kubeErrorText(err)})`,
    );
    throw new PinshipError(`the output collector pod ${name} ended ${phase}: ${problem}`, {
      hint: `its image ${listing.image} needs sh, find, stat and sha256sum, and runs as user 65534`,
    });
  }
  await read;
  return text;
}
