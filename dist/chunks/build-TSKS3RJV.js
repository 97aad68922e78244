import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  printJson,
  readFlags,
  readPasswordStdin
} from "./chunk-AMFUGK22.js";
import {
  buildSchema
} from "./chunk-QCQJ6JJM.js";
import "./chunk-6F3K4STA.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/cli/build.ts
var HELP = `pinship build: build an image through the Docker engine, push it, name it by digest.

Usage: pinship build --context DIR --image REPO [options]

Options:
  --context DIR        build context (default .); .dockerignore applies as in docker build
  --file PATH          Dockerfile (default DIR/Dockerfile)
  --image REPO         repository, e.g. 127.0.0.1:5000/team/compute
  --tag T              extra tag (repeatable, or T1,T2); sha-<short> and the branch or pr-<n> are added
  --build-arg K=V      build argument (repeatable)
  --target S           build stage to stop at
  --label K=V          image label (repeatable); overrides the default OCI labels
  --platform P         target platform, e.g. linux/amd64 (default and in the skip key: the engine's)
  --builder B          buildkit (default) or classic; classic is used, with a line saying so,
                       when the engine has no BuildKit
  --network MODE       network for RUN steps (default the engine's; none without a bridge network)
  --secret SPEC        id=X,src=FILE or id=X,env=VAR for RUN --mount=type=secret (repeatable)
  --cache-from REF     image (or tag of --image) to reuse layers from (repeatable, or R1,R2); default with
                       --push: this branch's previous image, then the default branch's
  --cache-to TAG       also push the image, with its inline cache, under this tag of --image
  --push               push to the registry; without it the image stays in the engine
  --username U         registry user (else DOCKER_CONFIG or ~/.docker/config.json)
  --password-stdin     read the registry password from stdin
  --json               print one JSON object: image, digest, ref, tags, skipped, inputDigest

When an image with the same inputs exists (the in-<input digest> tag), nothing is built: this
commit's tags are added to it and "skipped" is true. Without --push, digest is the local image
ID and ref is REPO:<first tag>: an image has no registry digest before it is pushed.

Examples:
  pinship build --context example/compute --image 127.0.0.1:5000/pinship/compute --push
  echo "$TOKEN" | pinship build --context . --image ghcr.io/org/app --push \\
      --username bot --password-stdin --build-arg VERSION=1.2 --json
  pinship build --context . --file docker/Dockerfile --target runtime --image app`;
var buildCommand = {
  name: "build",
  summary: "build an image, push it, and print its digest (skips unchanged inputs)",
  help: HELP,
  async run({ argv, log, stdout }) {
    const { values: options, positionals } = readFlags(buildSchema, argv);
    if (positionals.length)
      throw new PinshipError(`unexpected argument ${JSON.stringify(positionals[0])}`, { hint: "see --help" });
    const password = options.passwordStdin ? await readPasswordStdin(log) : void 0;
    const { connectEngine } = await import("./engine-2LSGAD5G.js");
    const { buildImage } = await import("./build-image-HXSSRYS7.js");
    const docker = await connectEngine();
    const result = await buildImage({ ...options, password }, { docker, log });
    if (options.json) printJson(stdout, result);
    else stdout.write(`${result.ref}
`);
    return 0;
  }
};
export {
  buildCommand
};
