import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  readOptions
} from "./chunk-6F3K4STA.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseFlags(argv, options) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    const flag = /^Option '(--[\w-]+)(?:, -\w)?' argument is ambiguous/.exec(
      err instanceof Error ? err.message : ""
    )?.[1];
    const value = flag === void 0 ? void 0 : argv[argv.indexOf(flag) + 1];
    if (flag !== void 0 && value !== void 0) {
      throw new PinshipError(`expected a value, got ${JSON.stringify(value)}`, {
        field: flag,
        hint: `a value that starts with "-" is written ${flag}=${value}`
      });
    }
    const message = err instanceof Error ? err.message.replace(/\. To specify.*$/s, "") : String(err);
    throw new PinshipError(message, { hint: "see --help" });
  }
}
function readFlags(schema, argv) {
  const flagged = Object.keys(schema).filter((key) => schema[key].flag);
  const config = {};
  for (const key of flagged) {
    const { flag, kind } = schema[key];
    config[flag] = {
      type: kind === "boolean" ? "boolean" : "string",
      multiple: kind === "lines" || kind === "key-values"
    };
  }
  const { values, positionals } = parseFlags(argv, config);
  const raw = {};
  for (const key of flagged) {
    const value = values[schema[key].flag];
    if (value !== void 0) raw[key] = schema[key].negated ? !value : value;
  }
  const nameOf = (key) => schema[key].flag ? `--${schema[key].flag}` : key;
  const required = (key) => {
    const hint = schema[key].required;
    return new PinshipError(`${nameOf(key)} is required`, { hint: typeof hint === "string" ? hint : "see --help" });
  };
  return { ...readOptions(schema, raw, nameOf, required), positionals };
}
function printJson(stdout, value) {
  stdout.write(`${JSON.stringify(value).replace(/#(?=#\[)/g, "\\u0023")}
`);
}
async function readPasswordStdin(log) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  if (!password) throw new PinshipError("read an empty password from stdin", { field: "--password-stdin" });
  log.addSecret(password);
  return password;
}

export {
  readFlags,
  printJson,
  readPasswordStdin
};
