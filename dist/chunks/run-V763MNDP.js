import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  printJson,
  readFlags,
  readPasswordStdin
} from "./chunk-AMFUGK22.js";
import {
  besideOverlayError,
  checkRunForm,
  localRunOptions,
  overlayRunOptions,
  runSchema
} from "./chunk-DRM5NOER.js";
import "./chunk-WTE3RSPF.js";
import {
  headline
} from "./chunk-V5BDOAQ7.js";
import "./chunk-6ZN2BK6V.js";
import "./chunk-6U5DZSTP.js";
import "./chunk-YJIP63MZ.js";
import {
  stopOnSignals
} from "./chunk-6I5N4CR6.js";
import "./chunk-6F3K4STA.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/cli/run.ts
var HELP = `pinship run: run an image as indexed shards and write the run record

Usage: pinship run [--local] REF [options] [-- ARGS...]
       pinship run --overlay DIR [--kubeconfig PATH] [--context C] [--namespace NS]
                   [--image NAME=REF]... [--allow-kind KIND]... [--cleanup] [--rerun]
                   [--timeout DUR] [--out FILE] [--source-commit SHA] [--json]
       pinship run --overlay DIR --observe [--kustomization NS/NAME] [--revision SHA] [--reconcile]

Runs REF (repo@sha256:..., or a tag resolved to its digest) as N shards on the local Docker
engine, P at a time. Shard i gets JOB_COMPLETION_INDEX=i, JOB_COMPLETION_COUNT=N and
PINSHIP_OUTPUT_DIR (a folder of its own under the output dir); ARGS replace the image's CMD.
A stdout line 'pinship:result {json}' is a result; every other line is ordinary log.

With --overlay, runs a Kustomize overlay on Kubernetes instead: renders it (kustomize or
kubectl kustomize), applies it server-side (field manager pinship; a Job whose pod template
changed is replaced), and waits by watching until its Jobs end and its Deployments roll out.
Each index of an Indexed Job is a shard; the pods' logs give the results. Only Job, Deployment,
Service, ConfigMap, PersistentVolumeClaim and ServiceAccount objects in the run's namespace (and
that Namespace) are applied: anything else is refused before anything is applied. A same-named
Job or Deployment that pinship did not create is never taken over.

With --observe, applies nothing: waits (by watching) until the Flux Kustomization building the
overlay applied the commit (HEAD of the overlay's clone, or --revision) and is Ready, then
follows its Jobs and Deployments the same way; the record names the Kustomization and revision.
Fails with the controller's message when it refuses the commit, or when a newer one replaced it.
What only applying uses (--namespace, --image, --allow-kind, --pull-request, --ttl, --cleanup,
--rerun) is refused beside --observe: Flux applies what the commit says.

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
                          org.opencontainers.image.revision label; with --overlay, then the
                          Pinship-Source trailer of the commit that pinned the image)
  --username U            registry user for pulling REF (else DOCKER_CONFIG or ~/.docker/config.json)
  --password-stdin        read the registry password from stdin
  --user UID[:GID]        run the shards as this user (default the runner's own, who owns the shard
                          folders); shards run with no capabilities and no-new-privileges
  --pids-limit N          processes a shard may hold at once (default 512): a fork bomb ends the
                          shard, not the runner
  --json                  print the run record on stdout
  --overlay DIR           run the overlay on Kubernetes (see above)
  --kubeconfig PATH       credentials (default KUBECONFIG, ~/.kube/config, then in-cluster)
  --context C             a context of the kubeconfig (default its current-context)
  --namespace NS          run there: every namespaced object is moved to NS as the overlay renders,
                          and NS is created (labelled as pinship's) when missing (default the
                          overlay's namespace, else the context's)
  --image NAME=REF        render the overlay with image NAME replaced by REF (repo@sha256:...), as
                          pin would pin it, in memory: nothing is written (repeatable)
  --allow-kind KIND       also apply objects of KIND (Secret, rbac.authorization.k8s.io/Role...)
  --pull-request N        label a namespace pinship creates with the pull request N
  --ttl DUR               a namespace pinship creates is removed by a later run or cleanup after
                          DUR (default 72h)
  --collector-image REF   list the files the Jobs wrote to their output claim with this image, by
                          digest (needs sh, find, stat, sha256sum; runs as user 65534); without
                          it the outputs are not listed
  --cleanup               after the run, delete what pinship created in the namespace (and the
                          namespace, when pinship created it); see pinship cleanup
  --rerun                 replace the overlay's Jobs even when unchanged, so they run again (an
                          unchanged Job is otherwise left alone: the record says it was not re-run)
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
var runCommand = {
  name: "run",
  summary: "run an image as indexed shards and write the run record",
  help: HELP,
  async run({ argv, log, stdout }) {
    const options = readRunFlags(argv);
    const password = options.passwordStdin ? await readPasswordStdin(log) : void 0;
    const overlay = options.overlay;
    const stop = stopOnSignals(
      log,
      overlay === void 0 ? void 0 : "ending the wait; the cluster keeps what was applied"
    );
    try {
      const context = { signal: stop.signal, log };
      const { record, recordPath } = overlay !== void 0 ? await (await loadKubernetes(options.observe))({
        ...overlayRunOptions(options, overlay),
        kubeconfig: options.kubeconfig,
        ...context
      }) : await (await import("./run-shards-5UCWCIWL.js")).runShards({
        ...localRunOptions(options, options.image),
        password,
        ...context
      });
      log.info(headline(record));
      log.info(`run record: ${recordPath}`);
      if (options.json) printJson(stdout, record);
      return record.conclusion === "success" ? 0 : 1;
    } finally {
      stop.dispose();
    }
  }
};
function readRunFlags(argv) {
  const dashes = argv.indexOf("--");
  const read = readFlags(runSchema, dashes === -1 ? argv : argv.slice(0, dashes));
  const args = dashes === -1 ? [] : argv.slice(dashes + 1);
  checkRunForm(read);
  const { values, positionals } = read;
  if (values.overlay !== void 0) {
    if (positionals.length || args.length) throw besideOverlayError("an image or ARGS", "--overlay", "--overlay");
  } else if (positionals.length !== 1) {
    throw new PinshipError(
      positionals.length ? `expected one image, got ${positionals.join(" ")}` : "expected an image to run",
      { hint: "pinship run --local REF [options] [-- ARGS...]; see --help" }
    );
  }
  return { ...values, image: positionals[0], args };
}
async function loadKubernetes(observe) {
  return observe ? (await import("./observe-overlay-DBZNQM3B.js")).observeOverlay : (await import("./run-overlay-GHNASRQ6.js")).runOverlay;
}
export {
  runCommand
};
