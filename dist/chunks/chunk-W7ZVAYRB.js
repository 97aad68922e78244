import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  readJsonMessages
} from "./chunk-WPBSY374.js";
import {
  CREDENTIALS_HINT,
  resolveCredentials,
  serverAddress
} from "./chunk-V7L7ANJB.js";
import {
  formatReference,
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/docker/engine-auth.ts
function engineAuth(credentials, registry) {
  return credentials ? { username: credentials.username, password: credentials.password, serveraddress: serverAddress(registry) } : void 0;
}

// src/docker/image.ts
async function prepareImage(docker, ref, options) {
  const parsed = parseReference(ref);
  const wanted = parsed.digest ? formatReference({ name: parsed.name, digest: parsed.digest }) : ref.trim();
  let info = await inspectImage(docker, wanted);
  if (!info) {
    await pullImage(docker, wanted, parsed.registry, options);
    info = await inspectImage(docker, wanted);
    if (!info) throw new PinshipError(`pulled ${wanted} but the engine does not list it`);
  }
  const labels = info.Config?.Labels ?? {};
  const base = { ref: ref.trim(), name: parsed.name, imageId: info.Id, labels };
  if (parsed.digest) return { ...base, digest: parsed.digest, resolvedFrom: "digest", note: null };
  const repoDigest = (info.RepoDigests ?? []).find((d) => d.startsWith(`${parsed.name}@`));
  if (repoDigest) {
    const digest = repoDigest.slice(parsed.name.length + 1);
    return {
      ...base,
      digest,
      resolvedFrom: "tag",
      note: `tag ${parsed.tag ?? "latest"} resolved to ${digest} in the engine`
    };
  }
  return {
    ...base,
    digest: null,
    resolvedFrom: "local-image",
    note: `${ref.trim()} exists only in this engine (never pushed), so it has no registry digest; the run used image ID ${info.Id}`
  };
}
async function inspectImage(docker, ref) {
  try {
    return await docker.getImage(ref).inspect();
  } catch (err) {
    if (err.statusCode === 404) return void 0;
    throw wrapError(`inspecting image ${ref}`, err);
  }
}
async function pullImage(docker, ref, registry, options) {
  const credentials = await resolveCredentials(registry, {
    username: options.username,
    password: options.password,
    env: options.env
  });
  if (credentials) options.log.addSecret(credentials.password);
  options.log.info(`pulling ${ref}${credentials ? ` as ${credentials.username} (${credentials.source})` : ""}`);
  const authconfig = engineAuth(credentials, registry);
  try {
    const stream = await docker.pull(ref, {
      ...authconfig ? { authconfig } : {},
      ...options.signal ? { abortSignal: options.signal } : {}
    });
    let failure;
    await readJsonMessages(stream, (m) => {
      failure ??= m.errorDetail?.message ?? m.error;
    });
    if (failure) throw new Error(failure);
  } catch (err) {
    if (options.signal?.aborted) {
      const why = options.signal.reason?.message ?? "aborted";
      throw new PinshipError(`stopped while pulling ${ref}: ${why}`, { cause: err });
    }
    throw new PinshipError(`pulling ${ref}: ${describeError(err)}`, {
      field: "image",
      hint: credentials ? "check the image exists and the credentials may read it" : `is the image pushed? If the registry needs a login: ${CREDENTIALS_HINT}`,
      cause: err
    });
  }
}

export {
  engineAuth,
  prepareImage,
  pullImage
};
