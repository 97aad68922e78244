import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/registry/reference.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
var HOST_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
var HOST = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[a-fA-F0-9:]+\\])(?::\\d+)?$`);
function isTag(value) {
  return TAG.test(value);
}
function isDigest(value) {
  return DIGEST.test(value);
}
function parseReference(input, field = "image") {
  const fail = (why) => {
    throw new PinshipError(`invalid image reference ${JSON.stringify(input)}: ${why}`, { field });
  };
  const text = input.trim();
  if (!text) fail("it is empty");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) fail(`the digest must be sha256: and 64 lowercase hex digits`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`the tag ${JSON.stringify(tag)} is not valid`);
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
    if (!HOST.test(registry)) fail(`the registry host ${JSON.stringify(registry)} is not valid`);
  }
  if (parts.length === 0 || parts.some((p) => !PATH_COMPONENT.test(p))) {
    fail("the repository must be lowercase letters, digits and separators (. _ __ -) between slashes");
  }
  const explicitName = rest;
  const path = registry === "docker.io" && parts.length === 1 ? `library/${parts[0]}` : parts.join("/");
  return { registry, path, name: explicitName, tag, digest };
}
function formatReference(ref) {
  return `${ref.name}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

export {
  isTag,
  parseReference,
  formatReference
};
