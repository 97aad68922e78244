import { PinshipError } from '../errors.js';
import { parseKeyValues } from '../inputs/key-value.js';
import { parseCpus, parseDuration, parseMemory } from '../run/quantity.js';
import { runShards } from '../run/run.js';
import { stopOnSignals } from '../run/stop-signals.js';
import { headline } from '../run/summary.js';
import { parseCount, parseFlags, printJson, readPasswordStdin } from './args.js';
import type { Command } from './command.js';
import { OBSERVE_FLAGS, checkObserveFlags, observeOptions } from './run-observe.js';

const HELP = `pinship run: run an image as indexed shards and write the run record

Usage: pinship run [--local] REF [options] [-- ARGS...]
       pinship run --overlay DIR [--kubeconfig PATH] [--context C] [--namespace NS]
                   [--timeout DUR] [--out FILE] [--json]
       pinship run --overlay DIR --observe [--kustomization NS/NAME] [--revision SHA] [--reconcile]

Runs REF (repo@sha256:..., or a tag resolved to its digest) as N shards on the local Docker
engine, P at a time. Shard i gets JOB_COMPLETION_INDEX=i, JOB_COMPLETION_COUNT=N and
PINSHIP_OUTPUT_DIR (a folder of its own under the output dir); ARGS replace the image's CMD.
A stdout line 'pinship:result {json}' is a result; every other line is ordinary log.

With --overlay, runs a Kustomize overlay on Kubernetes instead: renders it (kustomize or
kubectl kustomize), applies it server-side (field manager pinship; a Job whose pod template
changed is replaced), and waits by watching until its Jobs end and its Deployments roll out.
Each index of an Indexed Job is a shard; the pods' logs give the results.

With --observe, applies nothing: waits (by watching) until the Flux Kustomization building the
overlay applied the commit (HEAD of the overlay's clone, or --revision) and is Ready, then
follows its Jobs and Deployments the same way; the record names the Kustomization and revision.
Fails with the controller's message when it refuses the commit, or when a newer one replaced it.

Options:
  --local                 run on the local Docker engine (the default; DOCKER_HOST is honoured)
  --shards N              number of shards (default 1)
  --parallelism P         shards running at once (default: all)
  --cpus C                CPU limit per shard: 0.5, 2, 500m
  --memory M              memory limit per shard, no swap: 64m, 1g, 256Mi, 1Gi
  --backoff-limit B       retries per shard after a failed attempt (default 0)
  --timeout DUR           stop the run after 30s, 5m, 1h30m...: shards end as DeadlineExceeded
  --env K=V               environment for every shard (repeatable); only names are recorded
  --out FILE              where to write the run record (default <output-dir>/run.json)
  --output-dir DIR        shard outputs go to DIR/shards/<i>/ (default .pinship/runs/<run id>)
  --source-commit SHA     the source commit to record (default GITHUB_SHA, then the image's
                          org.opencontainers.image.revision label)
  --username U            registry user for pulling REF (else DOCKER_CONFIG or ~/.docker/config.json)
  --password-stdin        read the registry password from stdin
  --json                  print the run record on stdout
  --overlay DIR           run the overlay on Kubernetes (see above)
  --kubeconfig PATH       credentials (default KUBECONFIG, ~/.kube/config, then in-cluster)
  --context C             a context of the kubeconfig (default its current-context)
  --namespace NS          for objects that name none (default the overlay's, else the context's)
  --observe               wait for Flux to apply the overlay instead of applying it (see above)
  --kustomization NS/NAME the Flux Kustomization (default: the one whose path and GitRepository URL
                          are the overlay's path and its clone's origin)
  --revision SHA          the GitOps commit to observe (default HEAD of the overlay's clone)
  --reconcile             request a reconcile now (reconcile.fluxcd.io/requestedAt) of it and its source
  -h, --help              this help

Exit code: 0 when every shard succeeded and every result line parsed, 1 otherwise.
Ctrl-C stops and removes every container of the run (press twice to quit at once).
With --overlay, Ctrl-C or the timeout ends the wait and leaves the cluster as applied; the
record is then cancelled or timed-out and pinship names what is still running.

Examples:
  pinship run --local 127.0.0.1:5000/team/compute@sha256:4f1c... --shards 8 --parallelism 3 \\
    --cpus 0.5 --memory 256Mi --backoff-limit 1 --timeout 10m --out run.json
  pinship run --local team/compute:dev --shards 4 --env SEED=42 -- python -m sim --steps 1000
  pinship run --overlay overlays/kube --kubeconfig ~/.kube/ci --timeout 30m --out run.json`;

/** Flags of the local form only: refused beside --overlay, where the overlay says all of it. */
const LOCAL_ONLY = [
  'local',
  'shards',
  'parallelism',
  'cpus',
  'memory',
  'backoff-limit',
  'env',
  'output-dir',
  'username',
  'password-stdin',
] as const;

export const runCommand: Command = {
  name: 'run',
  summary: 'run an image as indexed shards and write the run record',
  help: HELP,
  async run({ argv, log, stdout }) {
    const dashes = argv.indexOf('--');
    const flags = dashes === -1 ? argv : argv.slice(0, dashes);
    const args = dashes === -1 ? [] : argv.slice(dashes + 1);
    const { values, positionals } = parseFlags(flags, {
      local: { type: 'boolean' },
      shards: { type: 'string' },
      parallelism: { type: 'string' },
      cpus: { type: 'string' },
      memory: { type: 'string' },
      'backoff-limit': { type: 'string' },
      timeout: { type: 'string' },
      env: { type: 'string', multiple: true },
      out: { type: 'string' },
      'output-dir': { type: 'string' },
      'source-commit': { type: 'string' },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      json: { type: 'boolean' },
      overlay: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespace: { type: 'string' },
      ...OBSERVE_FLAGS,
    });
    if (values.overlay !== undefined) {
      const local = LOCAL_ONLY.find((flag) => values[flag] !== undefined);
      if (positionals.length || args.length || local) {
        throw new PinshipError(
          '--overlay runs what the overlay says: ' +
            `${local ? `--${local}` : 'an image or ARGS'} cannot be given beside it`,
          {
            field: local ? `--${local}` : '--overlay',
            hint: "set it in the overlay (the Job's completions, parallelism, resources, env)",
          },
        );
      }
    } else if (values.kubeconfig ?? values.context ?? values.namespace) {
      throw new PinshipError('--kubeconfig, --context and --namespace go with --overlay', { hint: 'see --help' });
    }
    if (values.overlay === undefined && positionals.length !== 1) {
      throw new PinshipError(
        positionals.length ? `expected one image, got ${positionals.join(' ')}` : 'expected an image to run',
        {
          hint: 'pinship run --local REF [options] [-- ARGS...]; see --help',
        },
      );
    }
    checkObserveFlags(values);
    const overlay = values.overlay;
    const shards = parseCount(values.shards, '--shards', 1);
    const password = values['password-stdin'] ? await readPasswordStdin(log) : undefined;
    const stop = stopOnSignals(
      log,
      overlay === undefined ? undefined : 'ending the wait; the cluster keeps what was applied',
    );
    try {
      const timeoutSeconds = values.timeout === undefined ? null : parseDuration(values.timeout, '--timeout');
      const { record, recordPath } =
        overlay !== undefined
          ? await (await loadKubernetes(values.observe))({
              overlay,
              ...observeOptions(values),
              kubeconfig: values.kubeconfig,
              context: values.context,
              namespace: values.namespace,
              timeoutSeconds,
              out: values.out,
              sourceCommit: values['source-commit'],
              signal: stop.signal,
              log,
            })
          : await runShards({
              image: positionals[0]!,
              shards,
              parallelism: parseCount(values.parallelism, '--parallelism', shards),
              cpus: values.cpus === undefined ? null : parseCpus(values.cpus, '--cpus'),
              memoryBytes: values.memory === undefined ? null : parseMemory(values.memory, '--memory'),
              backoffLimit: parseCount(values['backoff-limit'], '--backoff-limit', 0, 0),
              timeoutSeconds,
              env: parseKeyValues(values.env ?? [], '--env'),
              args,
              out: values.out,
              outputDir: values['output-dir'],
              sourceCommit: values['source-commit'],
              username: values.username,
              password,
              signal: stop.signal,
              log,
            });
      log.info(headline(record));
      log.info(`run record: ${recordPath}`);
      if (values.json) printJson(stdout, record);
      return record.conclusion === 'success' ? 0 : 1;
    } finally {
      stop.dispose();
    }
  },
};

/**
 * Loaded on use: @kubernetes/client-node brings undici 8, which needs Node 22.19 or later when it
 * loads; the local form must keep working on the Node 20 the package supports.
 */
async function loadKubernetes(observe: boolean | undefined) {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    throw new PinshipError(`run --overlay needs Node 22.19 or later, this is ${process.versions.node}`, {
      field: '--overlay',
      hint: 'the Kubernetes client (@kubernetes/client-node and its undici) needs it; the action runs on node24',
    });
  }
  return observe
    ? (await import('../run/kube/observe/observe-overlay.js')).observeOverlay
    : (await import('../run/kube/run-overlay.js')).runOverlay;
}
