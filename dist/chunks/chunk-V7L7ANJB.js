import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";

// src/registry/credentials.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var CREDENTIALS_HINT = "run docker login for it, or give --username and --password-stdin (action inputs: username, password)";
var DOCKER_HUB_KEY = "https://index.docker.io/v1/";
async function resolveCredentials(registry, options = {}) {
  if (options.username || options.password) {
    if (!options.username || !options.password) {
      throw new PinshipError(`give both a username and a password for ${registry}`, {
        field: options.username ? "password" : "username"
      });
    }
    return { username: options.username, password: options.password, source: "inputs" };
  }
  const env = options.env ?? process.env;
  const configPath = join(env.DOCKER_CONFIG || join(homedir(), ".docker"), "config.json");
  const config = await readConfig(configPath);
  if (!config) return void 0;
  const helper = config.credHelpers?.[registry] ?? config.credHelpers?.[serverAddress(registry)];
  if (helper) return fromHelper(helper, registry, env);
  const entry = findAuth(config.auths ?? {}, registry);
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) {
      throw new PinshipError(`the auth entry for ${registry} is not base64 of user:password`, { file: configPath });
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: "config.json auths" };
  }
  if (entry?.username && entry.password) {
    return { username: entry.username, password: entry.password, source: "config.json auths" };
  }
  if (config.credsStore) return fromHelper(config.credsStore, registry, env, true);
  return void 0;
}
async function readConfig(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw new PinshipError(`cannot read it: ${describeError(err)}`, { file: path, cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PinshipError(`not valid JSON: ${describeError(err)}`, { file: path, cause: err });
  }
}
function serverAddress(registry) {
  return registry === "docker.io" ? DOCKER_HUB_KEY : registry;
}
function findAuth(auths, registry) {
  const want = registry === "docker.io" ? "index.docker.io" : registry;
  for (const [key, value] of Object.entries(auths)) {
    const host = key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
    if (host === want || registry === "docker.io" && host === "docker.io") return value;
  }
  return void 0;
}
function fromHelper(helper, registry, env, optional = false) {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ["get"], { timeout: HELPER_TIMEOUT_MS, env }, (err, stdout) => {
      if (err) {
        if (optional || /not found/i.test(String(stdout) + String(err.message))) return resolve(void 0);
        return reject(
          new PinshipError(`${program} get failed for ${registry}: ${helperFailure(err)}`, {
            hint: `run \`echo ${serverAddress(registry)} | ${program} get\` to see what it says`
          })
        );
      }
      try {
        const out = JSON.parse(stdout);
        if (!out.Username || !out.Secret) return resolve(void 0);
        resolve({ username: out.Username, password: out.Secret, source: program });
      } catch (parseErr) {
        reject(new PinshipError(`${program} get printed no JSON for ${registry}`, { cause: parseErr }));
      }
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(serverAddress(registry));
  });
}
var HELPER_TIMEOUT_MS = 3e4;
function helperFailure(err) {
  if (err.killed && err.signal === "SIGTERM") return `no answer within ${HELPER_TIMEOUT_MS / 1e3} s`;
  if (err.code === "ENOENT") return "not found on PATH";
  if (typeof err.code === "number") return `exit ${err.code}`;
  return err.signal ? `killed by ${err.signal}` : "it failed";
}

export {
  CREDENTIALS_HINT,
  resolveCredentials,
  serverAddress
};
