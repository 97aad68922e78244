import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  overlayAccess,
  planOverlay,
  recordOverlayRun,
  renderOverlay
} from "./chunk-B7IFOQE7.js";
import {
  checkNamespaceName,
  cleanup,
  ensureNamespace,
  removeExpired
} from "./chunk-VX7323LC.js";
import "./chunk-DUGKWIYY.js";
import {
  newRunId,
  sourceFrom
} from "./chunk-G47E5S6C.js";
import "./chunk-AJHGJJON.js";
import "./chunk-V4YVO7GE.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-R5EDXYIK.js";
import "./chunk-A7J7SWZT.js";
import "./chunk-Y544KSEM.js";
import {
  editKustomization,
  parseKustomization,
  readImages
} from "./chunk-H2VK5AYM.js";
import {
  overlayMissing
} from "./chunk-ENTH7TMH.js";
import "./chunk-YZGLF4LN.js";
import {
  RegistryClient
} from "./chunk-PQCI3ACI.js";
import {
  resolveCredentials
} from "./chunk-V7L7ANJB.js";
import "./chunk-ER27BKIH.js";
import {
  pinCommitOf
} from "./chunk-CDRSM3XE.js";
import "./chunk-WWE2H5DM.js";
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import "./chunk-XFI7XXBZ.js";
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/run/kube/run-overlay.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve } from "node:path";

// src/run/kube/overlay-override.ts
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
async function renderWithOverrides(dir, overrides) {
  const images = overrides.images ?? [];
  if (!overrides.namespace && images.length === 0) return renderOverlay(dir);
  const folder = await mkdtemp(join(tmpdir(), "pinship-render-"));
  try {
    const rendered = renderedNames(dir);
    const pins = images.map((pin) => ({ ...pin, name: rendered.get(pin.name) ?? pin.name }));
    let text = `resources:
  - ${relative(folder, dir).split(sep).join("/")}
`;
    if (overrides.namespace) text += `namespace: ${overrides.namespace}
`;
    const file = join(folder, "kustomization.yaml");
    if (pins.length) text = editKustomization(text, file, pins, { rollJobs: false }).text;
    await writeFile(file, text);
    return await renderOverlay(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
function renderedNames(dir) {
  const names = /* @__PURE__ */ new Map();
  const file = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((name) => join(dir, name)).find(existsSync);
  if (!file) return names;
  for (const entry of readImages(parseKustomization(readFileSync(file, "utf8"), file))) {
    if (typeof entry.name === "string" && typeof entry.newName === "string") names.set(entry.name, entry.newName);
  }
  return names;
}

// src/run/kube/overlay-policy.ts
var DEFAULT_KINDS = [
  "batch/Job",
  "apps/Deployment",
  "Service",
  "ConfigMap",
  "PersistentVolumeClaim",
  "ServiceAccount"
];
function groupKind(object) {
  const slash = object.apiVersion.indexOf("/");
  return slash === -1 ? object.kind : `${object.apiVersion.slice(0, slash)}/${object.kind}`;
}
function objectName(object) {
  const { namespace, name } = object.metadata;
  return namespace ? `${object.kind}/${namespace}/${name}` : `${object.kind}/${name}`;
}
function checkOverlayObjects(objects, options) {
  const allowed = { defaults: new Set(DEFAULT_KINDS), given: new Set(options.allowKinds) };
  const refused = [];
  for (const object of objects) {
    const why = refusal(object, options.namespace, allowed);
    if (why) refused.push(`${objectName(object)} (${why})`);
  }
  if (refused.length === 0) return;
  throw new PinshipError(`the overlay holds what a run may not create: ${refused.join(", ")}; nothing was applied`, {
    file: options.dir,
    field: "overlay",
    hint: `a run creates ${DEFAULT_KINDS.join(", ")} in its namespace ${options.namespace} and that Namespace; remove the others, or widen the set on purpose with --allow-kind KIND`
  });
}
function kindAllowed(object, allowed) {
  const kind = groupKind(object);
  return allowed.defaults.has(kind) || allowed.given.has(kind) || allowed.given.has(object.kind);
}
function refusal(object, namespace, allowed) {
  if (object.kind === "Namespace" && object.apiVersion === "v1") {
    return object.metadata.name === namespace ? void 0 : `not the run's namespace ${namespace}`;
  }
  if (!kindAllowed(object, allowed)) return "kind not allowed";
  const named = object.metadata.namespace;
  if (named && named !== namespace) return `not in the run's namespace ${namespace}`;
  return void 0;
}

// src/registry/image-labels.ts
var OCI_ARCH = { x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" };
async function imageLabels(client, repository, digest) {
  let manifest = await manifestJson(client, repository, digest);
  if (manifest.manifests) {
    const linux = manifest.manifests.filter((m) => m.platform?.os === "linux" && m.digest);
    const mine = linux.find((m) => m.platform?.architecture === (OCI_ARCH[process.arch] ?? process.arch));
    const chosen = (mine ?? linux[0])?.digest;
    if (!chosen) throw new PinshipError(`${client.registry}/${repository}@${digest}: the index has no linux image`);
    manifest = await manifestJson(client, repository, chosen);
  }
  const config = manifest.config?.digest;
  if (!config) throw new PinshipError(`${client.registry}/${repository}@${digest}: the manifest names no config`);
  const parsed = JSON.parse((await client.getBlob(repository, config)).toString("utf8"));
  return parsed.config?.Labels ?? {};
}
async function manifestJson(client, repository, digest) {
  const found = await client.findManifest(repository, digest);
  if (!found) throw new PinshipError(`${client.registry}/${repository}@${digest} is not in the registry`);
  return JSON.parse(found.bytes.toString("utf8"));
}

// src/run/kube/overlay-source.ts
var REVISION_LABEL = "org.opencontainers.image.revision";
async function overlaySource(image, dir, log, env) {
  const ref = parseReference(image);
  if (!ref.digest) {
    log.info("source commit unknown: the overlay does not pin its image by digest (pass --source-commit)");
    return void 0;
  }
  const label = await revisionLabel(ref.registry, ref.path, ref.digest, log, env);
  if (label) {
    log.info(`source commit ${label}: the image's ${REVISION_LABEL} label`);
    return { commit: label, from: "image-label" };
  }
  const pinned = await pinCommitOf(dir, ref.digest);
  if (pinned) {
    log.info(`source commit ${pinned.source}: the Pinship-Source trailer of pin commit ${pinned.pin.slice(0, 12)}`);
    return { commit: pinned.source, from: "pin-commit" };
  }
  log.info(`source commit unknown: no ${REVISION_LABEL} label, no pin commit of it here (pass --source-commit)`);
  return void 0;
}
async function revisionLabel(registry, repository, digest, log, env) {
  try {
    const credentials = await resolveCredentials(registry, { env });
    const client = new RegistryClient(registry, {
      credentials,
      log,
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 }
    });
    return (await imageLabels(client, repository, digest))[REVISION_LABEL] || void 0;
  } catch (err) {
    log.warn(`reading the ${REVISION_LABEL} label of ${registry}/${repository}@${digest}: ${describeError(err)}`);
    return void 0;
  }
}

// src/run/kube/run-overlay.ts
var DEFAULT_NAMESPACE_TTL_SECONDS = 3 * 24 * 3600;
async function runOverlay(options) {
  const processEnv = options.processEnv ?? process.env;
  const dir = resolve(options.overlay);
  if (!existsSync2(dir)) throw overlayMissing(options.overlay);
  const access = overlayAccess(options);
  const namespace = options.namespace && checkNamespaceName(options.namespace, "--namespace");
  const objects = await renderWithOverrides(dir, { namespace, images: options.images });
  const plan = planOverlay(objects, { namespace, contextNamespace: access.namespace, dir });
  checkOverlayObjects(objects, { namespace: plan.namespace, allowKinds: options.allowKinds ?? [], dir });
  for (const warning of plan.warnings) options.log.warn(warning);
  const given = sourceFrom(options.sourceCommit, processEnv);
  if (namespace) await prepareNamespace(access, namespace, given, options);
  const cluster = access.config.getCurrentCluster()?.server ?? "";
  options.log.info(
    `running ${options.overlay} on ${cluster} (context ${access.config.getCurrentContext()}, namespace ${plan.namespace}): ${plan.jobs.length} job(s), ${plan.parameters.shards} shard(s), ${plan.deployments.length} deployment(s)`
  );
  const run = recordOverlayRun(options, {
    id: newRunId(),
    access,
    plan,
    objects,
    source: given ?? await overlaySource(plan.image, dir, options.log, processEnv),
    action: `running overlay ${options.overlay}`,
    kube: { rerun: options.rerun }
  });
  return options.cleanup ? cleanUpAfter(run, plan.namespace, options) : run;
}
async function prepareNamespace(access, namespace, source, options) {
  const owner = {
    pullRequest: options.pullRequest,
    repository: options.repository ?? (options.processEnv ?? process.env).GITHUB_REPOSITORY,
    sourceCommit: source?.commit ?? void 0,
    ttlSeconds: options.ttlSeconds ?? DEFAULT_NAMESPACE_TTL_SECONDS
  };
  await ensureNamespace(access.config, namespace, owner, options.log);
  await removeExpired(access.config, options.log, options.signal);
}
async function cleanUpAfter(run, namespace, options) {
  const clean = () => cleanup({
    namespace,
    kubeconfig: options.kubeconfig,
    context: options.context,
    log: options.log,
    processEnv: options.processEnv ?? process.env
  });
  let outcome;
  try {
    outcome = await run;
  } catch (err) {
    await clean().catch((cleanupErr) => options.log.warn(`cleanup: ${describeError(cleanupErr)}`));
    throw err;
  }
  await clean();
  return outcome;
}
export {
  DEFAULT_NAMESPACE_TTL_SECONDS,
  runOverlay
};
