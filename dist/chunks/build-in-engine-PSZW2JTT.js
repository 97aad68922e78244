import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  VARIABLE,
  contextReadError,
  contextTransfer,
  mb,
  patternMatcher,
  readStages,
  stageVariables,
  substitute
} from "./chunk-JRTPKSWX.js";
import {
  readJsonMessages
} from "./chunk-WPBSY374.js";
import {
  displayText
} from "./chunk-Y544KSEM.js";
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  require_protobufjs,
  require_src
} from "./chunk-HOTZEDBU.js";
import "./chunk-TJLKJ74F.js";
import {
  PinshipError,
  describeError
} from "./chunk-SI2EDPFI.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

// src/docker/buildkit/auth-service.ts
function authService(loginFor) {
  return {
    name: "moby.filesync.v1.Auth",
    handlers: {
      async Credentials(request) {
        const login = await loginFor(String(request.Host ?? ""));
        return login ? { Username: login.username, Secret: login.password } : {};
      }
    }
  };
}

// src/docker/buildkit/failure-hints.ts
function failureHint(failure, dockerfileText) {
  if (/dockerfile parse error|unknown instruction/i.test(failure) && HEREDOC.test(dockerfileText)) {
    return `heredocs (<<EOF) need Dockerfile syntax 1.4 or later: this engine's built-in frontend is older, and a "# syntax=" frontend image must be pullable by the engine; or write the lines as one RUN with &&, or COPY a file`;
  }
  if (/no SSH key .* forwarded from the client/i.test(failure)) {
    return "pinship forwards no SSH agent to the build (there is no --ssh): fetch private sources with a --secret";
  }
  return void 0;
}
var HEREDOC = /^\s*(RUN|COPY|ADD)\b[^\n]*<<-?["']?[A-Za-z_][A-Za-z0-9_]*/im;

// src/docker/buildkit/step-line.ts
function parseStepName(name) {
  const m = /^\[([^\]]*)\]\s*([\s\S]*)$/.exec(name.trim());
  if (!m) return { internal: false, text: name.trim() };
  const words = m[1].trim().split(/\s+/);
  const last = words.pop() ?? "";
  if (last === "internal") return { internal: true, text: m[2] };
  const count = /^(\d+)\/(\d+)$/.exec(last);
  if (!count) return { internal: false, text: name.trim() };
  const stage = words.filter((w) => !w.includes("/")).at(-1);
  return { stage, index: Number(count[1]), total: Number(count[2]), internal: false, text: m[2] };
}
function dockerfileLine(dockerfile, stepName, buildArgs = {}) {
  const step = parseStepName(stepName);
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const context = { globalArgs, buildArgs };
  if (step.internal) {
    const image = /^load metadata for (\S+)$/.exec(step.text.trim())?.[1];
    return image ? fromLine(image, stages) : void 0;
  }
  if (step.index !== void 0) {
    const stage = stageNamed(step.stage, stages);
    if (stage) {
      return numberedStep(stage, step, true) ?? textLine(step.text, [stage], context) ?? numberedStep(stage, step);
    }
  }
  return textLine(step.text, stages, context);
}
function stageNamed(name, stages) {
  if (name === void 0) return stages.length === 1 ? stages[0] : void 0;
  const lower = name.toLowerCase();
  const unnamed = /^stage-(\d+)$/.exec(lower);
  return stages.find((s) => s.name === lower) ?? (unnamed ? stages[Number(unnamed[1])] : void 0);
}
function numberedStep(stage, step, strict = false) {
  const numbered = [];
  let total = 0;
  if (!stage.parent && stage.base.toLowerCase() !== "scratch") {
    numbered.push(stage.from);
    total++;
  }
  for (const instruction of stage.instructions) {
    if (!["RUN", "COPY", "ADD", "WORKDIR"].includes(instruction.keyword)) continue;
    total++;
    if (instruction.keyword !== "WORKDIR" || instruction.rest.trim() !== "/") numbered.push(instruction);
  }
  if (strict && total !== step.total) return void 0;
  const found = numbered[step.index - 1];
  return found && found.keyword === keyword(step.text) ? found.line : void 0;
}
function textLine(text, stages, context) {
  const wanted = normalize(text);
  if (!wanted) return void 0;
  if (keyword(wanted) === "FROM") return fromLine(wanted.slice(4).trim(), stages);
  let prefixed;
  for (const stage of stages) {
    const { seen } = stageVariables(stage, context);
    for (const instruction of stage.instructions) {
      const env = seen.get(instruction);
      for (const candidate of shownTexts(instruction, env)) {
        if (candidate === wanted) return instruction.line;
        if (prefixed === void 0 && candidate.startsWith(wanted)) prefixed = instruction.line;
      }
    }
  }
  return prefixed;
}
function fromLine(image, stages) {
  const wanted = imageKey(image);
  return wanted ? stages.find((s) => !s.parent && imageKey(s.base) === wanted)?.from.line : void 0;
}
function imageKey(image) {
  try {
    const ref = parseReference(image.replace(/@.*$/, ""));
    return `${ref.registry}/${ref.path}:${ref.tag ?? "latest"}`;
  } catch {
    return void 0;
  }
}
function shownTexts(instruction, vars) {
  const written = `${instruction.keyword} ${instruction.rest}`;
  const run = instruction.keyword === "RUN";
  return [normalize(written), normalize(`${instruction.keyword} ${expand(instruction.rest, vars, run)}`)];
}
function expand(text, vars, run) {
  return text.split(/('[^']*')/).map((part, i) => {
    if (i % 2 === 1) return run ? part : part.slice(1, -1);
    const expanded = part.replace(
      VARIABLE,
      (whole, braced, _op, _alt, bare) => run && !vars.has(braced ?? bare) ? whole : substitute(whole, vars)
    );
    return run ? expanded : expanded.replace(/"/g, "");
  }).join("");
}
function keyword(text) {
  return text.trim().split(/\s+/, 1)[0].toUpperCase();
}
function normalize(text) {
  const t = text.trim().replace(/\s+/g, " ");
  const space = t.indexOf(" ");
  return space === -1 ? t.toUpperCase() : t.slice(0, space).toUpperCase() + t.slice(space);
}

// src/docker/buildkit/step-log.ts
var TAIL = 20;
var StepLog = class {
  constructor(log) {
    this.log = log;
  }
  log;
  steps = /* @__PURE__ */ new Map();
  failed;
  /** Takes one decoded StatusResponse. */
  update(trace) {
    for (const v of trace.vertexes) {
      const step = this.step(v.digest, v.name);
      step.cached ||= v.cached;
      step.started ??= v.started;
      if (v.completed) step.completed = v.completed;
      if (v.error) step.error = v.error;
    }
    for (const l of trace.logs) this.output(this.step(l.vertex), l.msg.toString("utf8"));
    for (const w of trace.warnings) this.log.warn(`${this.label(this.step(w.vertex))}: ${w.short}`);
    for (const v of trace.vertexes) {
      const step = this.steps.get(v.digest);
      if (step.completed && !step.done) this.finish(step);
    }
  }
  /** The step that failed, if one did (the first one reported with an error). */
  failure() {
    const step = this.failed;
    return step && { name: step.name, error: step.error, lines: step.tail };
  }
  step(digest, name) {
    let step = this.steps.get(digest);
    if (!step) {
      step = {
        number: this.steps.size + 1,
        name: name ?? "",
        cached: false,
        error: "",
        done: false,
        partial: "",
        tail: []
      };
      this.steps.set(digest, step);
    }
    if (name && !step.name) step.name = name;
    return step;
  }
  output(step, text) {
    const lines = (step.partial + text).split(/\r?\n/);
    step.partial = lines.pop() ?? "";
    for (const line of lines) this.line(step, line);
  }
  line(step, line) {
    step.tail.push(line);
    if (step.tail.length > TAIL) step.tail.shift();
    this.log.info(`#${step.number} | ${line}`);
  }
  finish(step) {
    step.done = true;
    if (step.partial) this.line(step, step.partial);
    step.partial = "";
    const took = step.started && step.completed ? ` ${((step.completed - step.started) / 1e3).toFixed(1)}s` : "";
    if (step.error) {
      this.failed ??= step;
      this.log.info(`${this.label(step)} ERROR${took}: ${step.error}`);
    } else {
      this.log.info(`${this.label(step)}${step.cached ? " CACHED" : took}`);
    }
  }
  label(step) {
    return `#${step.number} ${step.name}`;
  }
};

// src/docker/buildkit/protos.ts
var import_protobufjs = __toESM(require_protobufjs(), 1);

// src/docker/buildkit/proto/auth.ts
var auth_default = `
syntax = "proto3";

package moby.filesync.v1;

service Auth{
	rpc Credentials(CredentialsRequest) returns (CredentialsResponse);
	rpc FetchToken(FetchTokenRequest) returns (FetchTokenResponse);
	rpc GetTokenAuthority(GetTokenAuthorityRequest) returns (GetTokenAuthorityResponse);
	rpc VerifyTokenAuthority(VerifyTokenAuthorityRequest) returns (VerifyTokenAuthorityResponse);
}

message CredentialsRequest {
	string Host = 1;
}

message CredentialsResponse {
	string Username = 1;
	string Secret = 2;
}

message FetchTokenRequest {
	string ClientID = 1;
	string Host = 2;
	string Realm = 3;
	string Service = 4;
	repeated string Scopes = 5;
}

message FetchTokenResponse {
	string Token = 1;
	int64 ExpiresIn = 2; // seconds
	int64 IssuedAt = 3; // timestamp
}

message GetTokenAuthorityRequest {
	string Host = 1;
	bytes Salt = 2;
}

message GetTokenAuthorityResponse {
	bytes PublicKey = 1;
}

message VerifyTokenAuthorityRequest {
	string Host = 1;
	bytes Payload = 2;
	bytes Salt = 3;
}

message VerifyTokenAuthorityResponse {
	bytes Signed = 1;
}
`;

// src/docker/buildkit/proto/control.ts
var control_default = `
syntax = "proto3";

package moby.buildkit.v1;

import "google/protobuf/timestamp.proto";

message StatusResponse {
	repeated Vertex vertexes = 1;
	repeated VertexStatus statuses = 2;
	repeated VertexLog logs = 3;
	repeated VertexWarning warnings = 4;
}

message Vertex {
	string digest = 1;
	repeated string inputs = 2;
	string name = 3;
	bool cached = 4;
	google.protobuf.Timestamp started = 5;
	google.protobuf.Timestamp completed = 6;
	string error = 7; // typed errors?
	pb.ProgressGroup progressGroup = 8;
}

message VertexStatus {
	string ID = 1;
	string vertex = 2;
	string name = 3;
	int64 current = 4;
	int64 total = 5;
	google.protobuf.Timestamp timestamp = 6;
	google.protobuf.Timestamp started = 7;
	google.protobuf.Timestamp completed = 8;
}

message VertexLog {
	string vertex = 1;
	google.protobuf.Timestamp timestamp = 2;
	int64 stream = 3;
	bytes msg = 4;
}

message VertexWarning {
	string vertex = 1;
	int64 level = 2;
	bytes short = 3;
	repeated bytes detail = 4;
	string url = 5;
	pb.SourceInfo info = 6;
	repeated pb.Range ranges = 7;
}
`;

// src/docker/buildkit/proto/filesync.ts
var filesync_default = `
syntax = "proto3";

package moby.filesync.v1;

service FileSync{
  rpc DiffCopy(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
  rpc TarStream(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
}
`;

// src/docker/buildkit/proto/fsutil.ts
var fsutil_default = `
syntax = "proto3";

package fsutil.types;

message Stat {
  string path = 1;
  uint32 mode = 2;
  uint32 uid = 3;
  uint32 gid = 4;
  int64 size = 5;
  int64 modTime = 6;
  // int32 typeflag = 7;
  string linkname = 7;
  int64 devmajor = 8;
  int64 devminor = 9;
  map<string, bytes> xattrs = 10;
}

message Packet {
  enum PacketType {
    PACKET_STAT = 0;
    PACKET_REQ = 1;
    PACKET_DATA = 2;
    PACKET_FIN = 3;
    PACKET_ERR = 4;
  }
  PacketType type = 1;
  Stat stat = 2;
  uint32 ID = 3;
  bytes data = 4;
}
`;

// src/docker/buildkit/proto/health.ts
var health_default = `
syntax = "proto3";

package grpc.health.v1;

message HealthCheckRequest {
  string service = 1;
}

message HealthCheckResponse {
  enum ServingStatus {
    UNKNOWN = 0;
    SERVING = 1;
    NOT_SERVING = 2;
    SERVICE_UNKNOWN = 3;
  }
  ServingStatus status = 1;
}

service Health {
  rpc Check(HealthCheckRequest) returns (HealthCheckResponse);
}
`;

// src/docker/buildkit/proto/ops.ts
var ops_default = `
syntax = "proto3";

package pb;

// Source info contains the shared metadata of a source mapping
message SourceInfo {
	string filename = 1;
	bytes data = 2;
	string language = 4;
}

// Range is an area in the source file
message Range {
	Position start = 1;
	Position end = 2;
}

// Position is single location in a source file
message Position {
	int32 line = 1;
	int32 character = 2;
}

message ProgressGroup {
	string id = 1;
	string name = 2;
	bool weak = 3;
}
`;

// src/docker/buildkit/proto/secrets.ts
var secrets_default = `
syntax = "proto3";

package moby.buildkit.secrets.v1;

service Secrets{
  rpc GetSecret(GetSecretRequest) returns (GetSecretResponse);
}

message GetSecretRequest {
	string ID = 1;
	map<string, string> annotations = 2;
}

message GetSecretResponse {
	bytes data = 1;
}
`;

// src/docker/buildkit/protos.ts
var root;
function buildkitProtos() {
  if (root) return root;
  const r = new import_protobufjs.default.Root();
  r.addJSON(import_protobufjs.default.common.get("google/protobuf/timestamp.proto").nested);
  for (const text of [ops_default, control_default, auth_default, secrets_default, fsutil_default, filesync_default, health_default])
    import_protobufjs.default.parse(text, r, { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}
function messageType(name) {
  return buildkitProtos().lookupType(name);
}

// src/docker/buildkit/trace.ts
var TRACE_ID = "moby.buildkit.trace";
function decodeTrace(aux) {
  const type = messageType("moby.buildkit.v1.StatusResponse");
  const raw = type.toObject(type.decode(Buffer.from(aux, "base64")), { longs: Number, defaults: true });
  return {
    vertexes: raw.vertexes.map((v) => ({
      digest: v.digest,
      name: v.name,
      cached: v.cached,
      error: v.error,
      started: millis(v.started),
      completed: millis(v.completed)
    })),
    statuses: raw.statuses.map((s) => ({
      id: s.ID,
      vertex: s.vertex,
      current: s.current,
      total: s.total,
      completed: millis(s.completed)
    })),
    logs: raw.logs.map((l) => ({ vertex: l.vertex, stream: l.stream, msg: Buffer.from(l.msg) })),
    warnings: raw.warnings.map((w) => ({ vertex: w.vertex, short: Buffer.from(w.short).toString("utf8") }))
  };
}
function millis(t) {
  if (!t) return void 0;
  const seconds = typeof t.seconds === "object" ? t.seconds.toNumber() : t.seconds ?? 0;
  return seconds * 1e3 + Math.floor((t.nanos ?? 0) / 1e6);
}

// src/docker/buildkit/build.ts
async function runBuildKitBuild(docker, context, options, log) {
  let tarError;
  context?.on("error", (err) => tarError ??= err);
  const uploadError = () => tarError ?? options.syncFailure?.();
  const steps = new StepLog(log);
  let outcome;
  try {
    outcome = await log.group(options.group, () => streamBuild(docker, context, options, steps));
  } catch (err) {
    throw uploadError() ?? err;
  }
  const failed = uploadError();
  if (failed) throw failed;
  if (outcome.failure) throw buildFailure(outcome.failure, steps.failure(), options, log);
  if (!outcome.imageId) throw new PinshipError(`building ${options.tag}: the engine reported no image id`);
  return outcome.imageId;
}
async function streamBuild(docker, context, options, steps) {
  const query = {
    version: "2",
    session: options.session,
    t: options.tag,
    dockerfile: options.dockerfile,
    buildargs: JSON.stringify(options.buildArgs),
    labels: JSON.stringify(options.labels),
    rm: "1",
    forcerm: "1"
  };
  if (options.target) query.target = options.target;
  if (options.platform) query.platform = options.platform;
  if (options.network) query.networkmode = options.network;
  if (options.cacheFrom.length) query.cachefrom = JSON.stringify(options.cacheFrom);
  if (options.pull) query.pull = "1";
  if (!context) query.remote = "client-session";
  const stream = await new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: "/build?",
        method: "POST",
        // Without a body, docker-modem would send the query as a JSON body: `_body: {}` sends none.
        ...context ? { file: context, options: query } : { options: { _query: query, _body: {} } },
        isStream: true,
        statusCodes: { 200: true, 400: "bad parameter", 500: "server error" }
      },
      (err, res) => {
        if (err) reject(engineRefused(err, options));
        else resolve(res);
      }
    );
  });
  const out = {};
  await readJsonMessages(stream, (m) => {
    const aux = m.aux;
    if (m.id === TRACE_ID && typeof aux === "string") steps.update(decodeTrace(aux));
    else if (m.id === "moby.image.id" && m.aux?.ID) out.imageId = m.aux.ID;
    if (m.error || m.errorDetail) out.failure = m.errorDetail?.message ?? m.error;
  }).catch((err) => {
    const why = `the engine's build stream broke: ${describeError(err)}`;
    throw new PinshipError(`building ${options.tag}: ${why}`, { cause: err });
  });
  return out;
}
function engineRefused(err, options) {
  const message = err.json?.message ?? describeError(err);
  return new PinshipError(`building ${options.tag}: the engine refused the build: ${message.trim()}`, { cause: err });
}
function buildFailure(failure, step, options, log) {
  const frontend = /^#\s*syntax\s*=\s*(\S+)/im.exec(options.dockerfileText);
  const dockerfileStepFailed = Boolean(step?.name.match(/^\[.*\d+\/\d+\]/));
  if (frontend && !dockerfileStepFailed && /frontend|dockerfile/i.test(failure)) {
    const what = `the Dockerfile's frontend ${frontend[1]} (its "# syntax=" line) could not be pulled`;
    return new PinshipError(`building ${options.tag}: ${what}: ${failure}`, {
      field: "file",
      hint: `make that image reachable from the engine, or remove the "# syntax=" line to use the engine's built-in Dockerfile frontend`
    });
  }
  const target = /failed to reach build target (\S+)|target stage (\S+) could not be found/.exec(failure);
  if (target) {
    const stage = target[1] ?? target[2];
    const why = `${options.dockerfile} has no FROM \u2026 AS ${stage}`;
    return new PinshipError(`unknown build stage ${JSON.stringify(stage)}: ${why}`, { field: "target" });
  }
  const hint = failureHint(failure, options.dockerfileText);
  if (!step) return new PinshipError(`building ${options.tag} failed: ${failure}`, { hint });
  log.info(`failing step: ${step.name}`);
  for (const line2 of step.lines) log.info(`  ${displayText(line2)}`);
  const line = dockerfileLine(options.dockerfileText, step.name, options.buildArgs);
  const where = line ? `${options.dockerfile}:${line}: ` : "step ";
  return new PinshipError(`building ${options.tag} failed at ${where}${step.name}: ${failure}`, { hint });
}

// src/docker/buildkit/secrets-service.ts
var grpc2 = __toESM(require_src(), 1);

// src/docker/buildkit/grpc-service.ts
var grpc = __toESM(require_src(), 1);
var GrpcError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};
function methodPaths(services) {
  return services.flatMap(
    (s) => [...Object.keys(s.handlers), ...Object.keys(s.streams ?? {})].map((m) => `/${s.name}/${m}`)
  );
}
function addService(server, service) {
  const definition = buildkitProtos().lookupService(service.name);
  const methods = {};
  const impl = {};
  const definitionOf = (name, streaming) => {
    const method = definition.methods[name];
    if (!method) throw new Error(`${service.name} has no method ${name}`);
    method.resolve();
    const requestType = method.resolvedRequestType;
    const responseType = method.resolvedResponseType;
    methods[name] = {
      path: `/${service.name}/${name}`,
      requestStream: streaming,
      responseStream: streaming,
      requestSerialize: (m) => Buffer.from(requestType.encode(requestType.fromObject(m)).finish()),
      requestDeserialize: (b) => requestType.toObject(requestType.decode(b), { defaults: true }),
      responseSerialize: (m) => Buffer.from(responseType.encode(responseType.fromObject(m)).finish()),
      responseDeserialize: (b) => responseType.toObject(responseType.decode(b), { defaults: true })
    };
  };
  for (const [name, handler] of Object.entries(service.handlers)) {
    definitionOf(name, false);
    impl[name] = ((call, callback) => {
      handler(call.request).then(
        (response) => callback(null, response),
        (err) => callback({
          code: err instanceof GrpcError ? err.code : grpc.status.INTERNAL,
          details: err instanceof Error ? err.message : String(err)
        })
      );
    });
  }
  for (const [name, handler] of Object.entries(service.streams ?? {})) {
    definitionOf(name, true);
    impl[name] = handler;
  }
  server.addService(methods, impl);
}

// src/docker/buildkit/secrets-service.ts
function secretsService(secrets) {
  return {
    name: "moby.buildkit.secrets.v1.Secrets",
    handlers: {
      async GetSecret(request) {
        const data = secrets.get(String(request.ID ?? ""));
        if (!data) throw new GrpcError(grpc2.status.NOT_FOUND, `secret ${String(request.ID)} not found`);
        return { data };
      }
    }
  };
}

// src/docker/buildkit/filesync-service.ts
var grpc3 = __toESM(require_src(), 1);

// src/docker/buildkit/follow-links.ts
import { posix } from "node:path";

// src/docker/buildkit/name-pattern.ts
function nameMatches(pattern, name) {
  const tokens = parsePattern(pattern);
  return tokens !== void 0 && matchTokens(tokens, [...name]);
}
function hasWildcards(name) {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
function parsePattern(pattern) {
  const chars = [...pattern];
  const tokens = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i++];
    if (c === "*") tokens.push({ kind: "star" });
    else if (c === "?") tokens.push({ kind: "any" });
    else if (c === "[") {
      const parsed = parseClass(chars, i);
      if (!parsed) return void 0;
      tokens.push(parsed.token);
      i = parsed.next;
    } else if (c === "\\") {
      if (i >= chars.length) return void 0;
      tokens.push({ kind: "char", char: chars[i++] });
    } else tokens.push({ kind: "char", char: c });
  }
  return tokens;
}
function parseClass(chars, start) {
  let i = start;
  const negated = chars[i] === "^";
  if (negated) i++;
  const ranges = [];
  for (; ; ) {
    if (chars[i] === "]" && ranges.length) return { token: { kind: "class", negated, ranges }, next: i + 1 };
    const lo = classChar(chars, i);
    if (!lo) return void 0;
    let hi = lo;
    if (chars[lo.next] === "-") {
      const end = classChar(chars, lo.next + 1);
      if (!end) return void 0;
      hi = end;
    }
    ranges.push([lo.codePoint, hi.codePoint]);
    i = hi.next;
  }
}
function classChar(chars, i) {
  let c = chars[i];
  let next = i + 1;
  if (c === void 0 || c === "-" || c === "]") return void 0;
  if (c === "\\") {
    c = chars[next++];
    if (c === void 0) return void 0;
  }
  return { codePoint: c.codePointAt(0), next };
}
function matchTokens(tokens, chars) {
  let t = 0;
  let c = 0;
  let starToken = -1;
  let starChar = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token?.kind === "star") {
      starToken = t++;
      starChar = c;
    } else if (token && matchesOne(token, chars[c])) {
      t++;
      c++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      c = ++starChar;
    } else return false;
  }
  while (tokens[t]?.kind === "star") t++;
  return t === tokens.length;
}
function matchesOne(token, char) {
  if (token.kind === "any") return true;
  if (token.kind === "char") return token.char === char;
  const codePoint = char.codePointAt(0);
  return token.ranges.some(([lo, hi]) => lo <= codePoint && codePoint <= hi) !== token.negated;
}

// src/docker/buildkit/follow-links.ts
var MAX_LINK_HOPS = 40;
function followTargets(entries, followPaths) {
  const listing = listingOf(entries);
  const resolved = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const resolve = (path, hops) => {
    if (seen.has(path) || hops > MAX_LINK_HOPS) return;
    seen.add(path);
    const parts = path ? path.split("/") : [];
    let current = "";
    for (const [index, part] of parts.entries()) {
      current = current ? `${current}/${part}` : part;
      const targets = linkTargets(listing, current);
      if (targets.length === 0) continue;
      resolved.add(current);
      const rest = parts.slice(index + 1).join("/");
      for (const target of targets) resolve(withinRoot(`${target}/${rest}`), hops + 1);
      return;
    }
    resolved.add(current);
  };
  for (const path of followPaths) resolve(withinRoot(path), 0);
  return resolved.has("") ? [] : [...resolved].sort();
}
function listingOf(entries) {
  const links = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.kind === "symlink") links.set(entry.path, entry.linkname ?? "");
    const dir = parentOf(entry.path);
    const names = children.get(dir) ?? [];
    names.push(posix.basename(entry.path));
    children.set(dir, names);
  }
  return { links, children };
}
function linkTargets(listing, path) {
  const name = posix.basename(path);
  if (!hasWildcards(name)) return linkTarget(listing, path);
  const dir = parentOf(path);
  const matching = (listing.children.get(dir) ?? []).filter((n) => nameMatches(name, n));
  return matching.flatMap((n) => linkTarget(listing, dir ? `${dir}/${n}` : n));
}
function linkTarget(listing, path) {
  const target = listing.links.get(path);
  if (target === void 0) return [];
  return [target.startsWith("/") ? target : `/${parentOf(path)}/${target}`];
}
function parentOf(path) {
  const dir = posix.dirname(path);
  return dir === "." ? "" : dir;
}
function withinRoot(path) {
  const cleaned = posix.normalize(`/${path}`).replace(/^\/+|\/+$/g, "");
  return cleaned === "." ? "" : cleaned;
}

// src/docker/buildkit/filesync-selection.ts
function selectEntries(entries, request) {
  const includes = [...request.includePatterns ?? [], ...followTargets(entries, request.followPaths ?? [])];
  const included = includes.length ? patternMatcher(includes) : () => true;
  const excluded = request.excludePatterns?.length ? patternMatcher(request.excludePatterns) : () => false;
  const directories = new Map(entries.filter((e) => e.kind === "directory").map((e) => [e.path, e]));
  const sentDirectories = /* @__PURE__ */ new Set();
  const out = [];
  for (const entry of entries) {
    if (!included(entry.path) || excluded(entry.path)) continue;
    const parts = entry.path.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const parent = parts.slice(0, depth).join("/");
      if (sentDirectories.has(parent)) continue;
      out.push(directories.get(parent) ?? plainDirectory(parent));
      sentDirectories.add(parent);
    }
    if (entry.kind === "directory") sentDirectories.add(entry.path);
    out.push(entry);
  }
  return out;
}
function plainDirectory(path) {
  return { path, kind: "directory", mode: 493, size: 0, modTimeNs: "0" };
}

// src/docker/buildkit/filesync-service.ts
var STAT = 0;
var REQ = 1;
var DATA = 2;
var FIN = 3;
var ERR = 4;
var GO_MODE = {
  directory: 2 ** 31,
  symlink: 2 ** 27,
  fifo: 2 ** 25,
  setuid: 2 ** 23,
  setgid: 2 ** 22,
  sticky: 2 ** 20
};
function fileSyncService(dirs, onError) {
  return {
    name: "moby.filesync.v1.FileSync",
    handlers: {},
    streams: { DiffCopy: (call) => diffCopy(call, dirs, onError) }
  };
}
function diffCopy(call, dirs, onError) {
  const name = metadataValues(call.metadata, "dir-name")[0] ?? "";
  const dir = dirs.get(name);
  if (!dir) {
    call.emit("error", { code: grpc3.status.NOT_FOUND, details: `no access allowed to dir "${name}"` });
    return;
  }
  const known = /* @__PURE__ */ new Set([...dir.entries.map((e) => e.path), ...dir.ignorePatterns ?? []]);
  const request = {
    includePatterns: optionalValues(call.metadata, "include-patterns", known),
    excludePatterns: optionalValues(call.metadata, "exclude-patterns", known),
    followPaths: optionalValues(call.metadata, "followpaths", known)
  };
  const files = /* @__PURE__ */ new Map();
  for (const [id, entry] of selectEntries(dir.entries, request).entries()) {
    if (entry.kind === "file") files.set(id, entry);
    call.write({ type: STAT, stat: wireStat(entry) });
  }
  call.write({ type: STAT });
  const requested = [];
  let pumping = false;
  let finished = false;
  let cancelled = false;
  const finish = (last) => {
    if (finished) return;
    finished = true;
    try {
      if (last && !cancelled) call.write(last);
      call.end();
    } catch {
    }
  };
  const fail = (err) => {
    if (finished || cancelled) return;
    onError(err);
    finish({ type: ERR, data: Buffer.from(describeError(err)) });
  };
  const pump = async () => {
    for (let id = requested.shift(); id !== void 0 && !finished; id = requested.shift()) {
      const entry = files.get(id);
      if (!entry) throw new Error(`the engine asked for an unknown file id ${id}`);
      for await (const chunk of dir.content(entry)) {
        if (finished) return;
        if (!call.write({ type: DATA, ID: id, data: chunk })) await drained(call);
      }
      if (!finished) call.write({ type: DATA, ID: id });
    }
  };
  call.on("data", (packet) => {
    if (finished) return;
    if (packet.type === REQ) {
      requested.push(packet.ID ?? 0);
      if (!pumping) {
        pumping = true;
        pump().catch(fail).finally(() => {
          pumping = false;
        });
      }
    } else if (packet.type === FIN) {
      finish({ type: FIN });
    } else if (packet.type === ERR) {
      finish();
    }
  });
  const torndown = () => {
    cancelled = true;
    finished = true;
  };
  call.on("cancelled", torndown);
  call.on("error", torndown);
}
function wireStat(entry) {
  let mode = entry.mode & 511;
  if (entry.mode & 2048) mode += GO_MODE.setuid;
  if (entry.mode & 1024) mode += GO_MODE.setgid;
  if (entry.mode & 512) mode += GO_MODE.sticky;
  if (entry.kind !== "file") mode += GO_MODE[entry.kind];
  return {
    path: entry.path,
    mode,
    uid: 0,
    gid: 0,
    size: entry.size,
    modTime: entry.modTimeNs,
    linkname: entry.linkname ?? ""
  };
}
function drained(call) {
  return new Promise((resolve) => {
    const done = () => {
      call.off("drain", done);
      call.off("close", done);
      resolve();
    };
    call.once("drain", done);
    call.once("close", done);
  });
}
function metadataValues(metadata, key, known = /* @__PURE__ */ new Set()) {
  const values = metadata.get(key).flatMap((v) => rejoin(String(v).split(", "), known));
  const encoded = metadata.get(`${key}-encoded`).map(String)[0];
  if (encoded !== "1" && encoded !== "true") return values;
  return values.map((v) => decodeURIComponent(v.replace(/\+/g, " ")));
}
function rejoin(pieces, known) {
  const out = [];
  for (let i = 0; i < pieces.length; ) {
    let end = i + 1;
    for (let j = pieces.length; j > i + 1; j--) {
      if (known.has(pieces.slice(i, j).join(", "))) {
        end = j;
        break;
      }
    }
    out.push(pieces.slice(i, end).join(", "));
    i = end;
  }
  return out;
}
function optionalValues(metadata, key, known) {
  const values = metadataValues(metadata, key, known);
  return values.length ? values : void 0;
}

// src/docker/buildkit/session.ts
var grpc4 = __toESM(require_src(), 1);
import { randomBytes, randomUUID } from "node:crypto";

// src/docker/buildkit/health-service.ts
function healthService() {
  return {
    name: "grpc.health.v1.Health",
    handlers: {
      async Check() {
        return { status: 1 };
      }
    }
  };
}

// src/docker/buildkit/session.ts
async function openSession(docker, services, options = {}) {
  const id = randomUUID();
  const all = [healthService(), ...services];
  const socket = await new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        method: "POST",
        path: "/session",
        hijack: true,
        headers: {
          Upgrade: "h2c",
          "X-Docker-Expose-Session-Uuid": id,
          "X-Docker-Expose-Session-Name": "pinship",
          // Names the engine's copy of the last context sent from the same place: the file sync
          // then asks only for files whose stat changed (the docker CLI hashes the context path).
          "X-Docker-Expose-Session-Sharedkey": options.sharedKey ?? randomBytes(16).toString("hex"),
          "X-Docker-Expose-Session-Grpc-Method": methodPaths(all)
        },
        statusCodes: { 101: true, 200: true, 400: "bad request", 404: "no session endpoint", 500: "server error" }
      },
      (err, sock) => {
        if (err) {
          reject(new PinshipError(`opening a BuildKit session with the engine: ${describeError(err)}`, { cause: err }));
        } else {
          resolve(sock);
        }
      }
    );
  });
  const server = new grpc4.Server();
  for (const service of all) addService(server, service);
  const injector = server.createConnectionInjector(grpc4.ServerCredentials.createInsecure());
  socket.on("error", () => void 0);
  injector.injectConnection(socket);
  return {
    id,
    close() {
      injector.destroy();
      server.forceShutdown();
      socket.destroy();
    }
  };
}

// src/docker/image-build.ts
async function runEngineBuild(docker, context, options, log) {
  const streamed = options.group ? await log.group(options.group, () => streamBuild2(docker, context, options, log)) : await streamBuild2(docker, context, options, log);
  const { failure, step } = streamed;
  let { imageId } = streamed;
  if (failure) {
    const target = /failed to reach build target (\S+)/.exec(failure);
    if (target) throw unknownTarget(target[1], options.dockerfile);
    if (step) {
      log.info(`failing step: ${step.header}`);
      for (const line of step.lines.slice(-20)) log.info(`  ${displayText(line)}`);
      throw new PinshipError(`building ${options.tag} failed at ${step.header.replace(/\s+/g, " ")}: ${failure}`);
    }
    throw new PinshipError(`building ${options.tag} failed: ${failure}`);
  }
  if (!imageId) {
    imageId = (await docker.getImage(options.tag).inspect()).Id;
  }
  return imageId;
}
async function streamBuild2(docker, context, options, log) {
  let stream;
  try {
    stream = await docker.buildImage(context, {
      t: options.tag,
      dockerfile: options.dockerfile,
      buildargs: options.buildArgs,
      labels: options.labels,
      target: options.target || void 0,
      platform: options.platform || void 0,
      networkmode: options.network || void 0,
      rm: true,
      forcerm: true,
      version: "1"
    });
  } catch (err) {
    throw engineError(err, options);
  }
  const out = {};
  let partial = "";
  const emit = (line) => {
    const plain = stripAnsi(line);
    if (/^Step \d+\/\d+ :/.test(plain)) out.step = { header: plain, lines: [] };
    else if (!/^ ---> |^Removing intermediate container /.test(plain)) out.step?.lines.push(plain);
    log.info(line);
  };
  await readJsonMessages(stream, (m) => {
    if (m.aux?.ID) out.imageId = m.aux.ID;
    if (m.stream) {
      partial += m.stream;
      const lines = partial.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) emit(line.replace(/\r$/, ""));
    }
    if (m.error || m.errorDetail) out.failure = m.errorDetail?.message ?? m.error;
  }).catch((err) => {
    throw new PinshipError(`building ${options.tag}: the engine's build stream broke: ${describeError(err)}`, {
      cause: err
    });
  });
  if (partial) emit(partial);
  return out;
}
function engineError(err, options) {
  const message = err.json?.message ?? describeError(err);
  const target = /failed to reach build target (\S+)/.exec(message);
  if (target) return unknownTarget(target[1], options.dockerfile);
  return new PinshipError(`building ${options.tag}: the engine refused the build: ${message}`, { cause: err });
}
function unknownTarget(stage, dockerfile) {
  return new PinshipError(`unknown build stage ${JSON.stringify(stage)}: ${dockerfile} has no FROM \u2026 AS ${stage}`, {
    field: "target"
  });
}
function stripAnsi(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

// src/build/context/sync.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync2 } from "node:fs";
import { basename } from "node:path";

// src/build/context/tar.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { Readable } from "node:stream";

// src/build/context/tar-header.ts
var TYPEFLAG = { file: "0", symlink: "2", directory: "5", fifo: "6" };
var MAX_OCTAL_11 = 8589934591;
function encodeHeader(h) {
  const name = h.type === "directory" && !h.name.endsWith("/") ? `${h.name}/` : h.name;
  const split = splitName(name);
  const records = [];
  if (!split) records.push(["path", name]);
  if (h.linkname && (!isAscii(h.linkname) || h.linkname.length > 100)) records.push(["linkpath", h.linkname]);
  if (h.size > MAX_OCTAL_11) records.push(["size", String(h.size)]);
  const main = ustar({
    name: split?.name ?? asciiFallback(name).slice(-100),
    prefix: split?.prefix ?? "",
    typeflag: TYPEFLAG[h.type],
    mode: h.mode,
    size: h.size > MAX_OCTAL_11 ? 0 : h.size,
    mtimeMs: h.mtimeMs,
    linkname: h.linkname && records.every(([k]) => k !== "linkpath") ? h.linkname : asciiFallback(h.linkname ?? "").slice(0, 100)
  });
  if (records.length === 0) return main;
  const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(""), "utf8");
  const pax = ustar({
    name: "PaxHeader",
    prefix: "",
    typeflag: "x",
    mode: 420,
    size: body.length,
    mtimeMs: h.mtimeMs,
    linkname: ""
  });
  return Buffer.concat([pax, body, Buffer.alloc(padding(body.length)), main]);
}
function padding(size) {
  return (512 - size % 512) % 512;
}
function splitName(path) {
  if (!isAscii(path)) return void 0;
  if (path.length <= 100) return { name: path, prefix: "" };
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (prefix.length <= 155 && name.length <= 100 && name.length > 0) return { name, prefix };
    if (prefix.length > 155) break;
  }
  return void 0;
}
function ustar(f) {
  const buf = Buffer.alloc(512);
  buf.write(f.name, 0, 100, "latin1");
  octal(buf, 100, 8, f.mode & 4095);
  octal(buf, 108, 8, 0);
  octal(buf, 116, 8, 0);
  octal(buf, 124, 12, f.size);
  octal(buf, 136, 12, Math.max(0, Math.floor(f.mtimeMs / 1e3)));
  buf.write("        ", 148, 8, "latin1");
  buf.write(f.typeflag, 156, 1, "latin1");
  buf.write(f.linkname, 157, 100, "latin1");
  buf.write("ustar\x0000", 257, 8, "latin1");
  buf.write(f.prefix, 345, 155, "latin1");
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += buf[i];
  buf.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
  return buf;
}
function octal(buf, offset, width, value) {
  buf.write(`${value.toString(8).padStart(width - 1, "0")}\0`, offset, width, "latin1");
}
function paxRecord(key, value) {
  const rest = ` ${key}=${value}
`;
  const bytes = Buffer.byteLength(rest);
  let length = bytes + 1;
  while (String(length).length + bytes !== length) length = String(length).length + bytes;
  return `${length}${rest}`;
}
function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}
function asciiFallback(text) {
  return text.replace(/[^\x20-\x7e]/g, "_");
}

// src/build/context/tar.ts
var CHUNK = 1 << 20;
function packContext(context, options = {}) {
  return Readable.from(chunks(context, options), { objectMode: false, highWaterMark: CHUNK });
}
function tarSize(context) {
  let total = 1024;
  for (const e of context.entries) {
    const size = e.type === "file" ? e.size : 0;
    total += encodeHeader({ ...e, size }).length + size + padding(size);
  }
  return total;
}
async function* chunks(context, options) {
  let out = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let sent = 0;
  const take = () => {
    const full = out.subarray(0, used);
    sent += used;
    options.onBytes?.(sent);
    out = Buffer.allocUnsafe(CHUNK);
    used = 0;
    return full;
  };
  function* put(bytes) {
    for (let offset = 0; offset < bytes.length; ) {
      if (used === CHUNK) yield take();
      const n = bytes.copy(out, used, offset);
      used += n;
      offset += n;
    }
  }
  for (const [index, entry] of context.entries.entries()) {
    const expected = options.expectIds?.[index];
    yield* put(encodeHeader({ ...entry, size: entry.type === "file" ? entry.size : 0 }));
    if (entry.type !== "file") continue;
    if (entry.content) {
      yield* put(entry.content);
    } else {
      const fd = openEntry(context.dir, entry);
      const hash = expected ? createHash("sha1").update(`blob ${entry.size}\0`) : void 0;
      try {
        for (let position = 0; position < entry.size; ) {
          if (used === CHUNK) yield take();
          const n = readEntry(
            context.dir,
            entry,
            fd,
            out,
            used,
            Math.min(CHUNK - used, entry.size - position),
            position
          );
          if (n === 0) throw changedWhileSending(entry, SHORTER);
          hash?.update(out.subarray(used, used + n));
          used += n;
          position += n;
        }
      } finally {
        closeSync(fd);
      }
      if (hash && hash.digest("hex") !== expected) throw changedWhileSending(entry, CONTENT_CHANGED);
    }
    yield* put(Buffer.alloc(padding(entry.size)));
  }
  yield* put(Buffer.alloc(1024));
  if (used > 0) yield take();
}
function openEntry(dir, entry) {
  try {
    return openSync(entry.source, "r");
  } catch (err) {
    throw contextReadError(dir, entry.name, err);
  }
}
function readEntry(dir, entry, fd, out, at, length, position) {
  try {
    return readSync(fd, out, at, length, position);
  } catch (err) {
    throw contextReadError(dir, entry.name, err);
  }
}
var CONTENT_CHANGED = "its content changed after the input digest was computed; nothing was tagged with that digest";
var SHORTER = "it is shorter than when it was listed";
function changedWhileSending(entry, why) {
  return new PinshipError(`sending ${entry.name}: ${why}`, {
    hint: "did the file change during the build? If git calls it unchanged, its bytes may differ from the blob git's index names (an eol or filter attribute removed after checkout): run `git add --renormalize .` or check the file out again"
  });
}

// src/build/context/sync.ts
var CHUNK2 = 256 << 10;
function contextSync(context, contentIds, onBytes = () => void 0) {
  let sent = 0;
  const asked = /* @__PURE__ */ new Set();
  const { contextEntries, fromDisk, inMemory } = contextDirEntries(context, contentIds);
  const { dockerfileName, dockerfileDir } = dockerfileDirEntries(context);
  const ignoreFile = context.dockerfileIgnore;
  const beside = (e) => e.path === dockerfileName ? context.dockerfileContent : ignoreFile?.content;
  async function* read(entry, memory, inContext = true) {
    onBytes(sent);
    if (memory) {
      if (inContext) asked.add(entry.path);
      sent += memory.length;
      yield memory;
      return;
    }
    asked.add(entry.path);
    const planned = fromDisk.get(entry.path);
    if (!planned) throw new Error(`${entry.path} is not a planned context file`);
    yield* readVerified(context.dir, planned.entry, planned.id, (n) => {
      sent += n;
      onBytes(sent);
    });
  }
  return {
    dirs: /* @__PURE__ */ new Map([
      [
        "context",
        {
          entries: contextEntries,
          content: (e) => read(e, inMemory.get(e.path)),
          ignorePatterns: context.ignorePatterns
        }
      ],
      ["dockerfile", { entries: dockerfileDir, content: (e) => read(e, beside(e), false) }]
    ]),
    dockerfileName,
    sent: () => ({ files: asked.size, offered: fromDisk.size + inMemory.size, bytes: sent }),
    sharedKey: sharedKeyOf(context, contentIds)
  };
}
function contextDirEntries(context, contentIds) {
  const fromDisk = /* @__PURE__ */ new Map();
  const inMemory = /* @__PURE__ */ new Map();
  const contextEntries = [];
  for (const [index, entry] of context.entries.entries()) {
    if (entry.source) {
      contextEntries.push(syncEntry(entry));
      if (entry.type === "file") fromDisk.set(entry.name, { entry, id: contentIds[index] });
    } else if (entry.name === ".dockerignore" && context.ownDockerignore) {
      const own = context.ownDockerignore;
      contextEntries.push({ ...syncEntry({ ...entry, stat: own.stat }), size: own.content.length });
      inMemory.set(entry.name, own.content);
    }
  }
  return { contextEntries, fromDisk, inMemory };
}
function dockerfileDirEntries(context) {
  const dockerfileName = basename(context.dockerfilePath);
  const dockerfileDir = [
    {
      path: dockerfileName,
      kind: "file",
      mode: context.dockerfileStat.mode & 4095,
      size: context.dockerfileContent.length,
      modTimeNs: nanoseconds(context.dockerfileStat.mtimeMs)
    }
  ];
  const ignoreFile = context.dockerfileIgnore;
  if (ignoreFile) {
    dockerfileDir.push({
      path: ignoreFile.name,
      kind: "file",
      mode: ignoreFile.stat.mode & 4095,
      size: ignoreFile.content.length,
      modTimeNs: nanoseconds(ignoreFile.stat.mtimeMs)
    });
  }
  return { dockerfileName, dockerfileDir };
}
function sharedKeyOf(context, contentIds) {
  const hash = createHash2("sha256").update(`pinship-context/v2\0${context.dir}\0`);
  for (const [index, e] of context.entries.entries()) {
    const what = e.type === "symlink" ? e.linkname : contentIds[index] ?? "";
    hash.update(`${e.name}\0${e.type}\0${e.mode}\0${what}
`);
  }
  return hash.digest("hex");
}
function* readVerified(dir, entry, expected, onRead) {
  const fd = openEntry(dir, entry);
  const hash = expected ? createHash2("sha1").update(`blob ${entry.size}\0`) : void 0;
  try {
    for (let position = 0; position < entry.size; ) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK2, entry.size - position));
      const n = readEntry(dir, entry, fd, chunk, 0, chunk.length, position);
      if (n === 0) throw changedWhileSending(entry, SHORTER);
      hash?.update(chunk.subarray(0, n));
      position += n;
      onRead(n);
      yield chunk.subarray(0, n);
    }
  } finally {
    closeSync2(fd);
  }
  if (hash && hash.digest("hex") !== expected) throw changedWhileSending(entry, CONTENT_CHANGED);
}
function syncEntry(entry) {
  return {
    path: entry.name,
    kind: entry.type,
    mode: entry.mode,
    size: entry.type === "file" ? entry.size : entry.type === "symlink" ? Buffer.byteLength(entry.linkname ?? "") : 0,
    // The walk's lstat in microseconds (a double's precision); the same file gives the same value.
    modTimeNs: nanoseconds(entry.stat?.mtimeMs ?? entry.mtimeMs),
    linkname: entry.linkname
  };
}
function nanoseconds(ms) {
  return (BigInt(Math.floor(ms * 1e3)) * 1000n).toString();
}

// src/build/build-in-engine.ts
async function buildInEngine(docker, plan, options, inputs, log) {
  const { context, name, tags } = plan;
  const common = {
    group: `building ${name}:${tags[0]} (${plan.builder === "buildkit" ? "BuildKit" : "classic builder"})`,
    tag: `${name}:${tags[0]}`,
    dockerfile: context.dockerfileName,
    labels: plan.labels,
    target: options.target,
    platform: options.platform,
    network: plan.network
  };
  if (plan.builder === "classic") {
    const tar = contextTar(plan, log);
    return runEngineBuild(docker, tar, { ...common, buildArgs: options.buildArgs ?? {} }, log);
  }
  const services = [authService(inputs.loginFor), secretsService(plan.secrets)];
  const buildKit = {
    ...common,
    // Not in the input digest: it adds cache metadata to the image config, nothing else.
    buildArgs: { ...options.buildArgs, ...inputs.inlineCache ? { BUILDKIT_INLINE_CACHE: "1" } : {} },
    dockerfileText: context.dockerfileContent.toString("utf8"),
    cacheFrom: inputs.cacheFrom,
    pull: plan.pull
  };
  if (contextTransfer(options) === "tar") return buildKitFromTar(docker, plan, buildKit, services, log);
  return buildKitOverFileSync(docker, plan, buildKit, services, log);
}
async function buildKitFromTar(docker, plan, buildKit, services, log) {
  if (plan.context.readOnlyEntries.length) {
    const kept = plan.context.readOnlyEntries.join(", ");
    log.warn(
      `with BuildKit and a tar upload, COPY of the whole context also copies ${kept}, which .dockerignore excludes but the engine must read (the file sync and the classic builder drop them)`
    );
  }
  const tar = contextTar(plan, log);
  const session = await openSession(docker, services);
  try {
    return await runBuildKitBuild(docker, tar, { ...buildKit, session: session.id }, log);
  } finally {
    session.close();
  }
}
async function buildKitOverFileSync(docker, plan, buildKit, services, log) {
  const total = mb(plan.context.bytes);
  let failure;
  const sync = contextSync(
    plan.context,
    plan.contentIds,
    throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB (the files the engine asks for)`))
  );
  const fileSync = fileSyncService(sync.dirs, (err) => failure ??= err);
  const session = await openSession(docker, [...services, fileSync], { sharedKey: sync.sharedKey });
  try {
    const syncFailure = () => failure;
    const id = await runBuildKitBuild(
      docker,
      void 0,
      { ...buildKit, dockerfile: sync.dockerfileName, session: session.id, syncFailure },
      log
    );
    const sent = sync.sent();
    log.info(
      `context: the engine asked for ${sent.files} of ${sent.offered} files (${mb(sent.bytes)} of ${total} MB); the others it kept from an earlier build of this directory, or no step reads them`
    );
    return id;
  } finally {
    session.close();
  }
}
function contextTar(plan, log) {
  const total = mb(tarSize(plan.context));
  return packContext(plan.context, {
    onBytes: throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB`)),
    expectIds: plan.contentIds
  });
}
function throttle(fn, ms = 500) {
  let last = 0;
  return (n) => {
    const now = Date.now();
    if (now - last >= ms) {
      last = now;
      fn(n);
    }
  };
}
export {
  buildInEngine
};
