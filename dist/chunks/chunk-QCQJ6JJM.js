import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  boolean,
  keyValues,
  lines,
  oneOf,
  requiredText,
  text,
  textOr
} from "./chunk-6F3K4STA.js";

// src/options/build.ts
var buildSchema = {
  context: textOr({ flag: "context", input: "context" }, "."),
  file: text({ flag: "file", input: "file" }),
  image: requiredText({ flag: "image", input: "image" }, "e.g. --image 127.0.0.1:5000/team/compute"),
  tags: lines({ flag: "tag", input: "tags", split: true }),
  buildArgs: keyValues({ flag: "build-arg", input: "build-args" }),
  target: text({ flag: "target", input: "target" }),
  labels: keyValues({ flag: "label", input: "labels" }),
  platform: text({ flag: "platform", input: "platform" }),
  builder: oneOf({ flag: "builder", input: "builder" }, ["buildkit", "classic"]),
  network: text({ flag: "network", input: "network" }),
  secrets: lines({ flag: "secret", input: "secrets" }),
  cacheFrom: lines({ flag: "cache-from", input: "cache-from", split: true }),
  cacheTo: text({ flag: "cache-to", input: "cache-to" }),
  push: boolean({ flag: "push", input: "push", actionDefault: "true" }),
  username: text({ flag: "username", input: "username" }),
  password: text({ input: "password" }),
  passwordStdin: boolean({ flag: "password-stdin" }),
  json: boolean({ flag: "json" })
};

export {
  buildSchema
};
