import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  DEFAULT_PIDS_LIMIT
} from "./chunk-WTE3RSPF.js";
import {
  parseCount,
  parseFlags,
  printJson,
  readPasswordStdin
} from "./chunk-7JEJH5LJ.js";
import {
  OVERLAY_ONLY,
  besideOverlayError,
  parseCollectorImage,
  parseCpus,
  parseDuration,
  parseMemory,
  parseUserId
} from "./chunk-RSGFOX33.js";
import {
  stopOnSignals
} from "./chunk-6I5N4CR6.js";
import {
  headline
} from "./chunk-V5BDOAQ7.js";
import "./chunk-N5HVZCNU.js";
import {
  parseImagePins
} from "./chunk-6ZN2BK6V.js";
import "./chunk-6U5DZSTP.js";
import {
  parseKeyValues
} from "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/cli/run-observe.ts
var OBSERVE_FLAGS = {
  observe: { type: "boolean" },
  kustomization: { type: "string" },
  revision: { type: "string" },
  reconcile: { type: "boolean" }
};
function checkObserveFlags(values) {
  if (values.observe && values.overlay === void 0) {
    throw new PinshipError("--observe goes with --overlay DIR", { field: "--observe", hint: "see --help" });
  }
  const extra = ["kustomization", "revision", "reconcile"].find((f) => values[f] !== void 0);
  if (extra && !values.observe) {
    throw new PinshipError(`--${extra} goes with --observe`, { field: `--${extra}`, hint: "see --help" });
  }
  if (values.kustomization !== void 0 && !/^[a-z0-9.-]+\/[a-z0-9.-]+$/.test(values.kustomization)) {
    throw new PinshipError(`expected NAMESPACE/NAME, got ${JSON.stringify(values.kustomization)}`, {
      field: "--kustomization"
    });
  }
}
function observeOptions(values) {
  return values.observe ? { kustomization: values.kustomization, revision: values.revision, reconcile: values.reconcile ?? false } : {};
}

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
var LOCAL_ONLY = [
  "local",
  "shards",
  "parallelism",
  "cpus",
  "memory",
  "backoff-limit",
  "env",
  "output-dir",
  "username",
  "password-stdin",
  "user",
  "pids-limit"
];
var runCommand = {
  name: "run",
  summary: "run an image as indexed shards and write the run record",
  help: HELP,
  async run({ argv, log, stdout }) {
    const dashes = argv.indexOf("--");
    const flags = dashes === -1 ? argv : argv.slice(0, dashes);
    const args = dashes === -1 ? [] : argv.slice(dashes + 1);
    const { values, positionals } = parseFlags(flags, {
      local: { type: "boolean" },
      shards: { type: "string" },
      parallelism: { type: "string" },
      cpus: { type: "string" },
      memory: { type: "string" },
      "backoff-limit": { type: "string" },
      timeout: { type: "string" },
      env: { type: "string", multiple: true },
      out: { type: "string" },
      "output-dir": { type: "string" },
      "source-commit": { type: "string" },
      username: { type: "string" },
      user: { type: "string" },
      "pids-limit": { type: "string" },
      "password-stdin": { type: "boolean" },
      json: { type: "boolean" },
      overlay: { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      namespace: { type: "string" },
      image: { type: "string", multiple: true },
      "allow-kind": { type: "string", multiple: true },
      "pull-request": { type: "string" },
      ttl: { type: "string" },
      cleanup: { type: "boolean" },
      "collector-image": { type: "string" },
      rerun: { type: "boolean" },
      ...OBSERVE_FLAGS
    });
    if (values.rerun && values.overlay === void 0)
      throw new PinshipError("--rerun goes with --overlay", { field: "--rerun", hint: "a local run always runs" });
    if (values.overlay !== void 0) {
      const local = LOCAL_ONLY.find((flag) => values[flag] !== void 0);
      if (local) throw besideOverlayError(`--${local}`, "--overlay");
      if (positionals.length || args.length) throw besideOverlayError("an image or ARGS", "--overlay", "--overlay");
    } else {
      const kube = OVERLAY_ONLY.find((flag) => values[flag] !== void 0);
      if (kube) throw new PinshipError(`--${kube} goes with --overlay`, { field: `--${kube}`, hint: "see --help" });
    }
    if (values.overlay === void 0 && positionals.length !== 1) {
      throw new PinshipError(
        positionals.length ? `expected one image, got ${positionals.join(" ")}` : "expected an image to run",
        {
          hint: "pinship run --local REF [options] [-- ARGS...]; see --help"
        }
      );
    }
    checkObserveFlags(values);
    const overlay = values.overlay;
    const shards = parseCount(values.shards, "--shards", 1);
    const password = values["password-stdin"] ? await readPasswordStdin(log) : void 0;
    const stop = stopOnSignals(
      log,
      overlay === void 0 ? void 0 : "ending the wait; the cluster keeps what was applied"
    );
    try {
      const timeoutSeconds = values.timeout === void 0 ? null : parseDuration(values.timeout, "--timeout");
      const { record, recordPath } = overlay !== void 0 ? await (await loadKubernetes(values.observe))({
        overlay,
        ...observeOptions(values),
        kubeconfig: values.kubeconfig,
        context: values.context,
        namespace: values.namespace,
        images: values.image && parseImagePins(values.image, "--image"),
        allowKinds: values["allow-kind"],
        pullRequest: values["pull-request"] === void 0 ? void 0 : parseCount(values["pull-request"], "--pull-request", 0),
        ttlSeconds: values.ttl === void 0 ? void 0 : parseDuration(values.ttl, "--ttl"),
        cleanup: values.cleanup,
        collectorImage: values["collector-image"] && parseCollectorImage(values["collector-image"], "--collector-image"),
        timeoutSeconds,
        out: values.out,
        sourceCommit: values["source-commit"],
        rerun: values.rerun,
        signal: stop.signal,
        log
      }) : await (await import("./run-shards-UPT7QOXZ.js")).runShards({
        image: positionals[0],
        shards,
        parallelism: parseCount(values.parallelism, "--parallelism", shards),
        cpus: values.cpus === void 0 ? null : parseCpus(values.cpus, "--cpus"),
        memoryBytes: values.memory === void 0 ? null : parseMemory(values.memory, "--memory"),
        backoffLimit: parseCount(values["backoff-limit"], "--backoff-limit", 0, 0),
        timeoutSeconds,
        env: parseKeyValues(values.env ?? [], "--env"),
        args,
        out: values.out,
        outputDir: values["output-dir"],
        sourceCommit: values["source-commit"],
        username: values.username,
        password,
        user: values.user === void 0 ? void 0 : parseUserId(values.user, "--user"),
        pidsLimit: parseCount(values["pids-limit"], "--pids-limit", DEFAULT_PIDS_LIMIT),
        signal: stop.signal,
        log
      });
      log.info(headline(record));
      log.info(`run record: ${recordPath}`);
      if (values.json) printJson(stdout, record);
      return record.conclusion === "success" ? 0 : 1;
    } finally {
      stop.dispose();
    }
  }
};
async function loadKubernetes(observe) {
  return observe ? (await import("./observe-overlay-GG6FNA66.js")).observeOverlay : (await import("./run-overlay-KTY3JPLQ.js")).runOverlay;
}
export {
  runCommand
};
