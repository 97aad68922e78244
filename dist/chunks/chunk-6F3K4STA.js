import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseKeyValues,
  splitList
} from "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/whole-number.ts
function parseWholeNumber(value, field, min = 0) {
  const text2 = value.trim();
  if (!/^\d+$/.test(text2) || Number(text2) < min) {
    throw new PinshipError(`expected a whole number of at least ${min}, got ${JSON.stringify(value)}`, { field });
  }
  return Number(text2);
}

// src/options/option.ts
var asText = (raw) => typeof raw === "string" ? raw : String(raw);
var asLines = (raw) => typeof raw === "string" ? [raw] : Array.isArray(raw) ? [...raw] : [];
function text(names, parse) {
  return {
    ...names,
    kind: "string",
    fallback: void 0,
    read: (raw, field) => parse ? parse(asText(raw), field) : asText(raw)
  };
}
function requiredText(names, hint) {
  return { ...names, required: hint ?? true, kind: "string", fallback: "", read: (raw) => asText(raw) };
}
function textOr(names, fallback, parse) {
  return { ...names, kind: "string", fallback, read: (raw, field) => parse ? parse(asText(raw), field) : raw };
}
function boolean(names, fallback = false) {
  return { ...names, kind: "boolean", fallback, read: (raw, field) => readBoolean(raw, field) };
}
function count(names, min, fallback) {
  return { ...names, kind: "count", fallback, read: (raw, field) => parseWholeNumber(asText(raw), field, min) };
}
function lines(names, parse) {
  const { split, ...rest } = names;
  return {
    ...rest,
    kind: "lines",
    fallback: parse ? void 0 : [],
    read: (raw, field) => {
      const list = split ? asLines(raw).flatMap(splitList) : asLines(raw);
      return parse ? parse(list, field) : list;
    }
  };
}
function keyValues(names) {
  return {
    ...names,
    kind: "key-values",
    fallback: /* @__PURE__ */ Object.create(null),
    read: (raw, field) => parseKeyValues(asLines(raw), field)
  };
}
function oneOf(names, values, fallback) {
  return {
    ...names,
    kind: "enum",
    values,
    fallback,
    read: (raw, field) => {
      const word = asText(raw).trim();
      if (!values.includes(word)) {
        const words = `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
        throw new PinshipError(`expected ${words}, got ${JSON.stringify(word)}`, { field });
      }
      return word;
    }
  };
}
function readBoolean(raw, field) {
  if (typeof raw === "boolean") return raw;
  const word = asText(raw).trim().toLowerCase();
  if (["true", "yes", "1"].includes(word)) return true;
  if (["false", "no", "0"].includes(word)) return false;
  throw new PinshipError(`expected true or false, got ${JSON.stringify(word)}`, { field });
}
function readOptions(schema, raw, nameOf, required) {
  const values = {};
  const given = /* @__PURE__ */ new Set();
  for (const key of Object.keys(schema)) {
    const option = schema[key];
    const value = raw[key];
    if (value === void 0) {
      if (option.required) throw required(key);
      values[key] = option.fallback;
      continue;
    }
    values[key] = option.read(value, nameOf(key));
    if (option.kind !== "boolean" || values[key] !== option.fallback) given.add(key);
  }
  return { values, given, nameOf };
}

export {
  text,
  requiredText,
  textOr,
  boolean,
  count,
  lines,
  keyValues,
  oneOf,
  readOptions
};
