import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  credentialSource,
  inputDigestTag,
  lookupInRegistry,
  planBuild,
  reuseVerdict,
  targetReference
} from "./chunk-2AZJMQVX.js";
import "./chunk-ZGUWF77U.js";
import "./chunk-GEIO5JER.js";
import "./chunk-W7ZVAYRB.js";
import "./chunk-FGBHSNPK.js";
import "./chunk-WPBSY374.js";
import "./chunk-TJLKJ74F.js";
import {
  RegistryClient
} from "./chunk-PQCI3ACI.js";
import "./chunk-V7L7ANJB.js";
import "./chunk-CDRSM3XE.js";
import "./chunk-WWE2H5DM.js";
import "./chunk-6U5DZSTP.js";
import {
  hasCommit,
  remoteDefaultBranch
} from "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import {
  readGitHubContext
} from "./chunk-QRD45XQP.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/build/built-image.ts
async function findBuiltImage(options, deps) {
  const { docker, log } = deps;
  const reference = targetReference(options);
  const credentialsFor = credentialSource(reference, options);
  const registry = new RegistryClient(reference.registry, {
    credentials: await credentialsFor(reference.registry),
    log
  });
  const planned = await planBuild(reference, options, docker, credentialsFor, log);
  const inTag = inputDigestTag(planned.inputDigest, "in-");
  const plan = { ...planned, inTag, trust: { protected: true, reason: "a release" } };
  const where = `${plan.name}:${inTag}`;
  if (!plan.revision) {
    throw new PinshipError(`${options.context} is in no Git work tree: no commit to find the image of`, {
      field: "context"
    });
  }
  const commit = plan.revision.slice(0, 12);
  const found = plan.skippable ? await lookupInRegistry(registry, plan) : void 0;
  if (!found) {
    throw new PinshipError(`no image built on a protected ref for ${commit}: ${where} is not in the registry`, {
      field: "image",
      hint: plan.skippable ? "a release pins what a push to the default branch built: tag a commit after its pipeline built it" : "a base image or ADD source could not be resolved, so these inputs have no key to find them by"
    });
  }
  const verdict = await reuseVerdict(found, plan, { docker, registry }, await pinHistory(options, plan.context.dir));
  if (!verdict.reuse) throw new PinshipError(`not pinning ${verdict.why}`, { field: "image", hint: hintFor(verdict) });
  const pinned = verdict.pinnedBy ? ` (pinned by ${verdict.pinnedBy.slice(0, 12)})` : "";
  log.info(`${where} is ${found.digest}, built for ${commit} by a protected build: no rebuild${pinned}`);
  return {
    image: plan.name,
    digest: found.digest,
    ref: `${plan.name}@${found.digest}`,
    tags: [inTag],
    skipped: true,
    inputDigest: plan.inputDigest
  };
}
async function pinHistory(options, dir) {
  const branch = readGitHubContext(options.env ?? process.env).defaultBranch ?? await remoteDefaultBranch(dir);
  const tip = branch && `refs/remotes/origin/${branch}`;
  return tip && await hasCommit(dir, tip) ? ["HEAD", tip] : ["HEAD"];
}
function hintFor(verdict) {
  const rule = "a release pins only an image the default branch built and pinned";
  if (verdict.cause === "history") return `${rule}: check out the whole history (actions/checkout fetch-depth: 0)`;
  if (verdict.cause === "label") return `${rule}: not pinning an image from outside the tagged history`;
  return `${rule}: tag a commit after its default-branch pipeline pinned its image (its pin commit, or a commit it followed). Where the overlays live in another repository, this checkout cannot see their pins: pin the release in that repository (pinship pin) with a digest you checked`;
}
export {
  findBuiltImage
};
