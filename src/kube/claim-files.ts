import { CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { OutputFile } from '../record/types.js';
import { parseClaimListing } from './claim-listing.js';
import { isNotFound, kubeError, kubeErrorText } from './api-error.js';
import { readContainerLog } from './pod-log.js';
import { WatchedList } from './watched-list.js';

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
  const pod: V1Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels: { 'io.pinship.run': listing.runId, 'io.pinship.role': 'output-collector' } },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      // Admitted where Pod Security `restricted` is enforced: it only reads files others may read.
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
  try {
    await core.createNamespacedPod({ namespace, body: pod });
  } catch (err) {
    throw kubeError({ verb: 'create', resource: 'pods', namespace, name }, err);
  }
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
    const phase = await pods.waitFor(() => {
      const p = pods.items()[0];
      const waiting = p?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (waiting && STUCK.has(waiting)) return `stuck: ${waiting}`;
      return p?.status?.phase === 'Succeeded' || p?.status?.phase === 'Failed' ? p.status.phase : undefined;
    }, signal);
    let text = '';
    const read = readContainerLog(
      config,
      { namespace, pod: name, container: 'collect' },
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
    return parseClaimListing(text);
  } finally {
    await pods.stop();
    await core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }).catch((err: unknown) => {
      if (!isNotFound(err))
        log.warn(
          `could not delete the output collector pod ${name}: ` +
            `${kubeError({ verb: 'delete', resource: 'pods', namespace, name }, err).message}`,
        );
    });
  }
}
