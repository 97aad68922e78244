import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-XDLBQ6T7.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// record-validator:reader
var require_reader = __commonJS({
  "record-validator:reader"(exports, module) {
    "use strict";
    module.exports = validate20;
    module.exports.default = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pinship.dev/schema/run-record.v1.json", "title": "pinship run record, version 1", "description": "One document per `pinship run`: what ran (image by digest, source commit, parameters), how each indexed shard went (attempts, exit codes, reasons, results, output files, resource usage) and the overall conclusion. Written by both backends (local Docker engine, Kubernetes); `pinship report` reads only this.", "type": "object", "required": ["apiVersion", "kind", "id", "backend", "image", "source", "startedAt", "finishedAt", "durationSeconds", "parameters", "conclusion", "cancellation", "outputDir", "totals", "shards", "rollouts"], "properties": { "apiVersion": { "const": "pinship.dev/v1" }, "kind": { "const": "RunRecord" }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.-]{0,62}$", "description": "Run id; also the value of the io.pinship.run label on every container or pod of the run." }, "backend": { "enum": ["local", "kubernetes"] }, "image": { "type": "object", "required": ["ref", "name", "digest", "imageId", "resolvedFrom", "note"], "properties": { "ref": { "type": "string", "minLength": 1, "description": "The reference as given." }, "name": { "type": "string", "minLength": 1 }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$", "description": "Manifest digest every shard ran; null for an image never pushed to a registry." }, "imageId": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$", "description": "Engine image ID (config digest) the containers were created from." }, "resolvedFrom": { "enum": ["digest", "tag", "local-image"] }, "note": { "type": ["string", "null"] } } }, "source": { "type": "object", "required": ["commit", "from"], "properties": { "commit": { "type": ["string", "null"] }, "from": { "enum": ["option", "GITHUB_SHA", "image-label", "pin-commit", "unknown"], "description": "pin-commit: the Pinship-Source trailer of the commit that pinned the image's digest in the overlay's repository (Kubernetes runs; added in v1, so readers older than it refuse such a record)." } } }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "durationSeconds": { "type": "number", "minimum": 0 }, "parameters": { "type": "object", "required": ["shards", "parallelism", "cpus", "memoryBytes", "timeoutSeconds", "backoffLimit", "args", "envNames"], "properties": { "shards": { "type": "integer", "minimum": 0, "description": "0 only on Kubernetes, for an overlay with Deployments and no Job." }, "parallelism": { "type": "integer", "minimum": 0 }, "cpus": { "type": ["number", "null"], "exclusiveMinimum": 0 }, "memoryBytes": { "type": ["integer", "null"], "minimum": 1 }, "timeoutSeconds": { "type": ["number", "null"], "exclusiveMinimum": 0 }, "backoffLimit": { "type": "integer", "minimum": 0 }, "args": { "type": "array", "items": { "type": "string" } }, "envNames": { "type": "array", "items": { "type": "string" }, "description": "Names only; values are never recorded." } } }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "cancellation": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["reason", "at", "message"], "properties": { "reason": { "enum": ["timeout", "signal", "error"] }, "at": { "type": "string", "format": "date-time" }, "message": { "type": "string" } } }] }, "outputDir": { "type": ["string", "null"] }, "totals": { "type": "object", "required": ["shards", "succeeded", "failed", "timedOut", "cancelled", "notStarted", "attempts", "retries", "results", "resultErrors", "outputFiles", "outputBytes", "cpuCoreSeconds", "peakMemoryBytes", "maxConcurrent"], "properties": { "shards": { "$ref": "#/$defs/count" }, "succeeded": { "$ref": "#/$defs/count" }, "failed": { "$ref": "#/$defs/count" }, "timedOut": { "$ref": "#/$defs/count" }, "cancelled": { "$ref": "#/$defs/count" }, "notStarted": { "$ref": "#/$defs/count" }, "attempts": { "$ref": "#/$defs/count" }, "retries": { "$ref": "#/$defs/count" }, "results": { "$ref": "#/$defs/count" }, "resultErrors": { "$ref": "#/$defs/count" }, "outputFiles": { "$ref": "#/$defs/count" }, "outputBytes": { "$ref": "#/$defs/count" }, "unreadableOutputs": { "$ref": "#/$defs/count", "description": "Output files and folders pinship could not read (added in v1; absent in older records). They do not change the conclusion." }, "notHashedOutputs": { "$ref": "#/$defs/count", "description": "Output files left without a hash because the run stopped first (timeout, cancellation); not counted in unreadableOutputs (added in v1; absent in older records)." }, "cpuCoreSeconds": { "type": "number", "minimum": 0 }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "maxConcurrent": { "$ref": "#/$defs/count" } } }, "shards": { "type": "array", "items": { "$ref": "#/$defs/shard" } }, "rollouts": { "type": "array", "items": { "$ref": "#/$defs/rollout" } }, "suspendedSeconds": { "type": "number", "minimum": 0, "description": "Kubernetes: seconds the run's Jobs waited suspended (spec.suspend, held by a queue) before they ran, the longest of them; included in durationSeconds. Absent when no Job was suspended." }, "notRerun": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/notRerunJob" }, "description": "Kubernetes: Jobs the run found unchanged and did not run again (added in v1; absent when every Job ran). Their shards are as the Job's earlier run left them; the record's startedAt, finishedAt and durationSeconds are pinship's wait, not a run, and a report compares no times of such a record." }, "appliedBy": { "type": "object", "description": "run --observe: the GitOps controller that applied the overlay (absent when pinship applied it).", "required": ["controller", "kustomization", "revision", "commit", "sourceUrl"], "additionalProperties": false, "properties": { "controller": { "const": "flux" }, "kustomization": { "type": "string", "description": "namespace/name of the Flux Kustomization." }, "revision": { "type": "string", "description": "Its lastAppliedRevision, e.g. main@sha1:<commit>." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40,64}$" }, "sourceUrl": { "type": ["string", "null"], "description": "The GitRepository's URL." } } } }, "$defs": { "notRerunJob": { "type": "object", "required": ["job", "namespace", "startedAt", "finishedAt"], "properties": { "job": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "startedAt": { "$ref": "#/$defs/nullableTime", "description": "When the Job did run: its status.startTime." }, "finishedAt": { "$ref": "#/$defs/nullableTime", "description": "Its status.completionTime (null when it did not complete)." } } }, "count": { "type": "integer", "minimum": 0 }, "nullableSeconds": { "type": ["number", "null"], "minimum": 0 }, "nullableTime": { "type": ["string", "null"], "format": "date-time" }, "shard": { "type": "object", "required": ["index", "status", "attempts", "results", "resultErrors", "outputs", "resources"], "properties": { "index": { "type": "integer", "minimum": 0, "description": "JOB_COMPLETION_INDEX of the shard." }, "job": { "type": "string", "minLength": 1, "description": "Kubernetes: the Job of the shard, when the overlay has more than one." }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled", "not-started"], "description": "The last attempt's status." }, "attempts": { "type": "array", "items": { "$ref": "#/$defs/attempt" } }, "results": { "type": "array", "items": { "$ref": "#/$defs/result" }, "maxItems": 1e5, "description": "Result lines of the last attempt (a run keeps at most 100,000 per attempt)." }, "resultErrors": { "type": "array", "items": { "$ref": "#/$defs/resultError" } }, "outputs": { "type": "array", "items": { "$ref": "#/$defs/outputFile" } }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceSummary" }] } } }, "attempt": { "type": "object", "required": ["attempt", "status", "exitCode", "reason", "message", "startedAt", "finishedAt", "durationSeconds", "runner", "logLines", "logTail", "resultCount", "resultErrorCount", "resources"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled"] }, "exitCode": { "type": ["integer", "null"] }, "reason": { "enum": ["Completed", "Error", "OOMKilled", "DeadlineExceeded", "Cancelled", "StartError", "Evicted", "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError"], "description": "Kubernetes' words; the last six only on Kubernetes." }, "message": { "type": ["string", "null"] }, "startedAt": { "$ref": "#/$defs/nullableTime" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds" }, "runner": { "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "enum": ["container", "pod"] }, "id": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } } }, "logLines": { "$ref": "#/$defs/count" }, "logTail": { "type": "array", "items": { "type": "string" }, "maxItems": 50 }, "resultCount": { "$ref": "#/$defs/count" }, "resultErrorCount": { "$ref": "#/$defs/count", "description": "Invalid result lines of the attempt, all of them; the shard's resultErrors keeps the first 100 of each attempt." }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceUsage" }] }, "logsRead": { "const": false, "description": "Present only when the pod's log was not read (its Job is annotated pinship.dev/logs: none): logLines, logTail and results are then empty and the outcome is the container's exit alone." } } }, "result": { "type": "object", "required": ["attempt", "line", "value"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "line": { "type": "integer", "minimum": 1, "description": "1-based line number in the attempt's stdout." }, "value": { "type": "object" } } }, "resultError": { "type": "object", "required": ["attempt", "line", "message", "text"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "line": { "type": "integer", "minimum": 1 }, "message": { "type": "string" }, "text": { "type": "string", "maxLength": 200 } } }, "outputFile": { "type": "object", "required": ["path", "size", "sha256"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the shard's folder, / separators; `.` is the folder itself." }, "size": { "$ref": "#/$defs/count", "description": "Bytes (lstat); 0 for a folder that could not be listed." }, "sha256": { "type": ["string", "null"], "pattern": "^[a-f0-9]{64}$", "description": "null when the file could not be read (see unreadable)." }, "kind": { "const": "directory", "description": "Only on a folder that could not be listed; every other entry is a regular file." }, "unreadable": { "type": "string", "minLength": 1, "description": "Why it could not be read, e.g. `permission denied`, or was not (`not hashed: the run timed out`, with notHashed); absent when it was read." }, "notHashed": { "const": true, "description": "The run stopped (timeout, cancellation) before the file was hashed (added in v1); the file may well be readable." } }, "if": { "properties": { "sha256": { "type": "null" } } }, "then": { "properties": { "unreadable": true }, "required": ["unreadable"] }, "else": { "properties": { "unreadable": false, "kind": false, "notHashed": false } } }, "resourceUsage": { "type": "object", "required": ["samples", "summary"], "properties": { "samples": { "type": "array", "items": { "$ref": "#/$defs/resourceSample" }, "maxItems": 120 }, "summary": { "$ref": "#/$defs/resourceSummary" } } }, "resourceSample": { "type": "object", "required": ["t", "cpuCores", "memoryBytes", "ioReadBytes", "ioWriteBytes"], "properties": { "t": { "type": "number", "minimum": 0 }, "cpuCores": { "type": "number", "minimum": 0 }, "memoryBytes": { "$ref": "#/$defs/count" }, "ioReadBytes": { "$ref": "#/$defs/count" }, "ioWriteBytes": { "$ref": "#/$defs/count" } } }, "resourceSummary": { "type": "object", "required": ["wallSeconds", "cpuCoreSeconds", "averageCores", "peakCores", "peakMemoryBytes", "memoryLimitBytes", "peakMemoryOfLimit", "ioReadBytes", "ioWriteBytes", "samples"], "properties": { "wallSeconds": { "$ref": "#/$defs/nullableSeconds" }, "cpuCoreSeconds": { "$ref": "#/$defs/nullableSeconds" }, "averageCores": { "$ref": "#/$defs/nullableSeconds" }, "peakCores": { "$ref": "#/$defs/nullableSeconds" }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "memoryLimitBytes": { "type": ["integer", "null"], "minimum": 1 }, "peakMemoryOfLimit": { "$ref": "#/$defs/nullableSeconds" }, "ioReadBytes": { "type": ["integer", "null"], "minimum": 0 }, "ioWriteBytes": { "type": ["integer", "null"], "minimum": 0 }, "samples": { "$ref": "#/$defs/count" } } }, "rollout": { "type": "object", "required": ["name", "namespace", "revision", "replicas", "conclusion", "message", "startedAt", "finishedAt"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "revision": { "type": ["string", "null"] }, "replicas": { "type": "object", "required": ["desired", "updated", "ready", "available"], "properties": { "desired": { "$ref": "#/$defs/count" }, "updated": { "$ref": "#/$defs/count" }, "ready": { "$ref": "#/$defs/count" }, "available": { "$ref": "#/$defs/count" } } }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "message": { "type": ["string", "null"] }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "reason": { "type": ["string", "null"], "description": "Why it failed or stalled: ProgressDeadlineExceeded, ReadinessProbeFailing, CrashLoopBackOff..." }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds", "description": "From the apply to rolled out." }, "images": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["container", "image", "digest", "pods"], "properties": { "container": { "type": "string" }, "image": { "type": "string" }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$" }, "pods": { "$ref": "#/$defs/count" } } }, "description": "Images the current pods actually run, digests from their status." }, "restarts": { "$ref": "#/$defs/count" }, "pods": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "ready", "restarts", "reason", "message"], "properties": { "name": { "type": "string" }, "ready": { "type": "boolean" }, "restarts": { "$ref": "#/$defs/count" }, "reason": { "type": ["string", "null"] }, "message": { "type": ["string", "null"] } } } } } } } };
    var pattern4 = new RegExp("^[a-z0-9][a-z0-9.-]{0,62}$", "u");
    var pattern5 = new RegExp("^sha256:[a-f0-9]{64}$", "u");
    var pattern9 = new RegExp("^[0-9a-f]{40,64}$", "u");
    var func1 = require_ucs2length().default;
    var formats0 = require_formats().fullFormats["date-time"];
    var schema47 = { "type": "object", "required": ["index", "status", "attempts", "results", "resultErrors", "outputs", "resources"], "properties": { "index": { "type": "integer", "minimum": 0, "description": "JOB_COMPLETION_INDEX of the shard." }, "job": { "type": "string", "minLength": 1, "description": "Kubernetes: the Job of the shard, when the overlay has more than one." }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled", "not-started"], "description": "The last attempt's status." }, "attempts": { "type": "array", "items": { "$ref": "#/$defs/attempt" } }, "results": { "type": "array", "items": { "$ref": "#/$defs/result" }, "maxItems": 1e5, "description": "Result lines of the last attempt (a run keeps at most 100,000 per attempt)." }, "resultErrors": { "type": "array", "items": { "$ref": "#/$defs/resultError" } }, "outputs": { "type": "array", "items": { "$ref": "#/$defs/outputFile" } }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceSummary" }] } } };
    var schema48 = { "type": "object", "required": ["attempt", "status", "exitCode", "reason", "message", "startedAt", "finishedAt", "durationSeconds", "runner", "logLines", "logTail", "resultCount", "resultErrorCount", "resources"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled"] }, "exitCode": { "type": ["integer", "null"] }, "reason": { "enum": ["Completed", "Error", "OOMKilled", "DeadlineExceeded", "Cancelled", "StartError", "Evicted", "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError"], "description": "Kubernetes' words; the last six only on Kubernetes." }, "message": { "type": ["string", "null"] }, "startedAt": { "$ref": "#/$defs/nullableTime" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds" }, "runner": { "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "enum": ["container", "pod"] }, "id": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } } }, "logLines": { "$ref": "#/$defs/count" }, "logTail": { "type": "array", "items": { "type": "string" }, "maxItems": 50 }, "resultCount": { "$ref": "#/$defs/count" }, "resultErrorCount": { "$ref": "#/$defs/count", "description": "Invalid result lines of the attempt, all of them; the shard's resultErrors keeps the first 100 of each attempt." }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceUsage" }] }, "logsRead": { "const": false, "description": "Present only when the pod's log was not read (its Job is annotated pinship.dev/logs: none): logLines, logTail and results are then empty and the outcome is the container's exit alone." } } };
    var schema49 = { "type": ["string", "null"], "format": "date-time" };
    var schema51 = { "type": ["number", "null"], "minimum": 0 };
    function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate24.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.t === void 0 && (missing0 = "t") || data.cpuCores === void 0 && (missing0 = "cpuCores") || data.memoryBytes === void 0 && (missing0 = "memoryBytes") || data.ioReadBytes === void 0 && (missing0 = "ioReadBytes") || data.ioWriteBytes === void 0 && (missing0 = "ioWriteBytes")) {
            validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.t !== void 0) {
              let data0 = data.t;
              const _errs1 = errors;
              if (errors === _errs1) {
                if (typeof data0 == "number" && isFinite(data0)) {
                  if (data0 < 0 || isNaN(data0)) {
                    validate24.errors = [{ instancePath: instancePath + "/t", schemaPath: "#/properties/t/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                } else {
                  validate24.errors = [{ instancePath: instancePath + "/t", schemaPath: "#/properties/t/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.cpuCores !== void 0) {
                let data1 = data.cpuCores;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 == "number" && isFinite(data1)) {
                    if (data1 < 0 || isNaN(data1)) {
                      validate24.errors = [{ instancePath: instancePath + "/cpuCores", schemaPath: "#/properties/cpuCores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  } else {
                    validate24.errors = [{ instancePath: instancePath + "/cpuCores", schemaPath: "#/properties/cpuCores/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.memoryBytes !== void 0) {
                  let data2 = data.memoryBytes;
                  const _errs5 = errors;
                  const _errs6 = errors;
                  if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                    validate24.errors = [{ instancePath: instancePath + "/memoryBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs6) {
                    if (typeof data2 == "number" && isFinite(data2)) {
                      if (data2 < 0 || isNaN(data2)) {
                        validate24.errors = [{ instancePath: instancePath + "/memoryBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.ioReadBytes !== void 0) {
                    let data3 = data.ioReadBytes;
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                      validate24.errors = [{ instancePath: instancePath + "/ioReadBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs9) {
                      if (typeof data3 == "number" && isFinite(data3)) {
                        if (data3 < 0 || isNaN(data3)) {
                          validate24.errors = [{ instancePath: instancePath + "/ioReadBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.ioWriteBytes !== void 0) {
                      let data4 = data.ioWriteBytes;
                      const _errs11 = errors;
                      const _errs12 = errors;
                      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                        validate24.errors = [{ instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs12) {
                        if (typeof data4 == "number" && isFinite(data4)) {
                          if (data4 < 0 || isNaN(data4)) {
                            validate24.errors = [{ instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        } else {
          validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate24.errors = vErrors;
      return errors === 0;
    }
    validate24.evaluated = { "props": { "t": true, "cpuCores": true, "memoryBytes": true, "ioReadBytes": true, "ioWriteBytes": true }, "dynamicProps": false, "dynamicItems": false };
    var schema60 = { "type": "object", "required": ["wallSeconds", "cpuCoreSeconds", "averageCores", "peakCores", "peakMemoryBytes", "memoryLimitBytes", "peakMemoryOfLimit", "ioReadBytes", "ioWriteBytes", "samples"], "properties": { "wallSeconds": { "$ref": "#/$defs/nullableSeconds" }, "cpuCoreSeconds": { "$ref": "#/$defs/nullableSeconds" }, "averageCores": { "$ref": "#/$defs/nullableSeconds" }, "peakCores": { "$ref": "#/$defs/nullableSeconds" }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "memoryLimitBytes": { "type": ["integer", "null"], "minimum": 1 }, "peakMemoryOfLimit": { "$ref": "#/$defs/nullableSeconds" }, "ioReadBytes": { "type": ["integer", "null"], "minimum": 0 }, "ioWriteBytes": { "type": ["integer", "null"], "minimum": 0 }, "samples": { "$ref": "#/$defs/count" } } };
    function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate26.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.wallSeconds === void 0 && (missing0 = "wallSeconds") || data.cpuCoreSeconds === void 0 && (missing0 = "cpuCoreSeconds") || data.averageCores === void 0 && (missing0 = "averageCores") || data.peakCores === void 0 && (missing0 = "peakCores") || data.peakMemoryBytes === void 0 && (missing0 = "peakMemoryBytes") || data.memoryLimitBytes === void 0 && (missing0 = "memoryLimitBytes") || data.peakMemoryOfLimit === void 0 && (missing0 = "peakMemoryOfLimit") || data.ioReadBytes === void 0 && (missing0 = "ioReadBytes") || data.ioWriteBytes === void 0 && (missing0 = "ioWriteBytes") || data.samples === void 0 && (missing0 = "samples")) {
            validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.wallSeconds !== void 0) {
              let data0 = data.wallSeconds;
              const _errs1 = errors;
              const _errs2 = errors;
              if (!(typeof data0 == "number" && isFinite(data0)) && data0 !== null) {
                validate26.errors = [{ instancePath: instancePath + "/wallSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                return false;
              }
              if (errors === _errs2) {
                if (typeof data0 == "number" && isFinite(data0)) {
                  if (data0 < 0 || isNaN(data0)) {
                    validate26.errors = [{ instancePath: instancePath + "/wallSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.cpuCoreSeconds !== void 0) {
                let data1 = data.cpuCoreSeconds;
                const _errs4 = errors;
                const _errs5 = errors;
                if (!(typeof data1 == "number" && isFinite(data1)) && data1 !== null) {
                  validate26.errors = [{ instancePath: instancePath + "/cpuCoreSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                  return false;
                }
                if (errors === _errs5) {
                  if (typeof data1 == "number" && isFinite(data1)) {
                    if (data1 < 0 || isNaN(data1)) {
                      validate26.errors = [{ instancePath: instancePath + "/cpuCoreSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.averageCores !== void 0) {
                  let data2 = data.averageCores;
                  const _errs7 = errors;
                  const _errs8 = errors;
                  if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
                    validate26.errors = [{ instancePath: instancePath + "/averageCores", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                    return false;
                  }
                  if (errors === _errs8) {
                    if (typeof data2 == "number" && isFinite(data2)) {
                      if (data2 < 0 || isNaN(data2)) {
                        validate26.errors = [{ instancePath: instancePath + "/averageCores", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.peakCores !== void 0) {
                    let data3 = data.peakCores;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
                      validate26.errors = [{ instancePath: instancePath + "/peakCores", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                      return false;
                    }
                    if (errors === _errs11) {
                      if (typeof data3 == "number" && isFinite(data3)) {
                        if (data3 < 0 || isNaN(data3)) {
                          validate26.errors = [{ instancePath: instancePath + "/peakCores", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.peakMemoryBytes !== void 0) {
                      let data4 = data.peakMemoryBytes;
                      const _errs13 = errors;
                      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
                        validate26.errors = [{ instancePath: instancePath + "/peakMemoryBytes", schemaPath: "#/properties/peakMemoryBytes/type", keyword: "type", params: { type: schema60.properties.peakMemoryBytes.type }, message: "must be integer,null" }];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (typeof data4 == "number" && isFinite(data4)) {
                          if (data4 < 0 || isNaN(data4)) {
                            validate26.errors = [{ instancePath: instancePath + "/peakMemoryBytes", schemaPath: "#/properties/peakMemoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.memoryLimitBytes !== void 0) {
                        let data5 = data.memoryLimitBytes;
                        const _errs15 = errors;
                        if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
                          validate26.errors = [{ instancePath: instancePath + "/memoryLimitBytes", schemaPath: "#/properties/memoryLimitBytes/type", keyword: "type", params: { type: schema60.properties.memoryLimitBytes.type }, message: "must be integer,null" }];
                          return false;
                        }
                        if (errors === _errs15) {
                          if (typeof data5 == "number" && isFinite(data5)) {
                            if (data5 < 1 || isNaN(data5)) {
                              validate26.errors = [{ instancePath: instancePath + "/memoryLimitBytes", schemaPath: "#/properties/memoryLimitBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.peakMemoryOfLimit !== void 0) {
                          let data6 = data.peakMemoryOfLimit;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
                            validate26.errors = [{ instancePath: instancePath + "/peakMemoryOfLimit", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                            return false;
                          }
                          if (errors === _errs18) {
                            if (typeof data6 == "number" && isFinite(data6)) {
                              if (data6 < 0 || isNaN(data6)) {
                                validate26.errors = [{ instancePath: instancePath + "/peakMemoryOfLimit", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.ioReadBytes !== void 0) {
                            let data7 = data.ioReadBytes;
                            const _errs20 = errors;
                            if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
                              validate26.errors = [{ instancePath: instancePath + "/ioReadBytes", schemaPath: "#/properties/ioReadBytes/type", keyword: "type", params: { type: schema60.properties.ioReadBytes.type }, message: "must be integer,null" }];
                              return false;
                            }
                            if (errors === _errs20) {
                              if (typeof data7 == "number" && isFinite(data7)) {
                                if (data7 < 0 || isNaN(data7)) {
                                  validate26.errors = [{ instancePath: instancePath + "/ioReadBytes", schemaPath: "#/properties/ioReadBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.ioWriteBytes !== void 0) {
                              let data8 = data.ioWriteBytes;
                              const _errs22 = errors;
                              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
                                validate26.errors = [{ instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/properties/ioWriteBytes/type", keyword: "type", params: { type: schema60.properties.ioWriteBytes.type }, message: "must be integer,null" }];
                                return false;
                              }
                              if (errors === _errs22) {
                                if (typeof data8 == "number" && isFinite(data8)) {
                                  if (data8 < 0 || isNaN(data8)) {
                                    validate26.errors = [{ instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/properties/ioWriteBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs22 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.samples !== void 0) {
                                let data9 = data.samples;
                                const _errs24 = errors;
                                const _errs25 = errors;
                                if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                  validate26.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs25) {
                                  if (typeof data9 == "number" && isFinite(data9)) {
                                    if (data9 < 0 || isNaN(data9)) {
                                      validate26.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate26.errors = vErrors;
      return errors === 0;
    }
    validate26.evaluated = { "props": { "wallSeconds": true, "cpuCoreSeconds": true, "averageCores": true, "peakCores": true, "peakMemoryBytes": true, "memoryLimitBytes": true, "peakMemoryOfLimit": true, "ioReadBytes": true, "ioWriteBytes": true, "samples": true }, "dynamicProps": false, "dynamicItems": false };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.samples === void 0 && (missing0 = "samples") || data.summary === void 0 && (missing0 = "summary")) {
            validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.samples !== void 0) {
              let data0 = data.samples;
              const _errs1 = errors;
              if (errors === _errs1) {
                if (Array.isArray(data0)) {
                  if (data0.length > 120) {
                    validate23.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maxItems", keyword: "maxItems", params: { limit: 120 }, message: "must NOT have more than 120 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs3 = errors;
                      if (!validate24(data0[i0], { instancePath: instancePath + "/samples/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs3 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.summary !== void 0) {
                const _errs4 = errors;
                if (!validate26(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        } else {
          validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate23.errors = vErrors;
      return errors === 0;
    }
    validate23.evaluated = { "props": { "samples": true, "summary": true }, "dynamicProps": false, "dynamicItems": false };
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.attempt === void 0 && (missing0 = "attempt") || data.status === void 0 && (missing0 = "status") || data.exitCode === void 0 && (missing0 = "exitCode") || data.reason === void 0 && (missing0 = "reason") || data.message === void 0 && (missing0 = "message") || data.startedAt === void 0 && (missing0 = "startedAt") || data.finishedAt === void 0 && (missing0 = "finishedAt") || data.durationSeconds === void 0 && (missing0 = "durationSeconds") || data.runner === void 0 && (missing0 = "runner") || data.logLines === void 0 && (missing0 = "logLines") || data.logTail === void 0 && (missing0 = "logTail") || data.resultCount === void 0 && (missing0 = "resultCount") || data.resultErrorCount === void 0 && (missing0 = "resultErrorCount") || data.resources === void 0 && (missing0 = "resources")) {
            validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.attempt !== void 0) {
              let data0 = data.attempt;
              const _errs1 = errors;
              if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
                validate22.errors = [{ instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs1) {
                if (typeof data0 == "number" && isFinite(data0)) {
                  if (data0 < 1 || isNaN(data0)) {
                    validate22.errors = [{ instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                let data1 = data.status;
                const _errs3 = errors;
                if (!(data1 === "succeeded" || data1 === "failed" || data1 === "timed-out" || data1 === "cancelled")) {
                  validate22.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema48.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.exitCode !== void 0) {
                  let data2 = data.exitCode;
                  const _errs4 = errors;
                  if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
                    validate22.errors = [{ instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema48.properties.exitCode.type }, message: "must be integer,null" }];
                    return false;
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.reason !== void 0) {
                    let data3 = data.reason;
                    const _errs6 = errors;
                    if (!(data3 === "Completed" || data3 === "Error" || data3 === "OOMKilled" || data3 === "DeadlineExceeded" || data3 === "Cancelled" || data3 === "StartError" || data3 === "Evicted" || data3 === "ImagePullBackOff" || data3 === "ErrImagePull" || data3 === "InvalidImageName" || data3 === "CreateContainerConfigError" || data3 === "CreateContainerError")) {
                      validate22.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/enum", keyword: "enum", params: { allowedValues: schema48.properties.reason.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.message !== void 0) {
                      let data4 = data.message;
                      const _errs7 = errors;
                      if (typeof data4 !== "string" && data4 !== null) {
                        validate22.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema48.properties.message.type }, message: "must be string,null" }];
                        return false;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.startedAt !== void 0) {
                        let data5 = data.startedAt;
                        const _errs9 = errors;
                        const _errs10 = errors;
                        if (typeof data5 !== "string" && data5 !== null) {
                          validate22.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" }];
                          return false;
                        }
                        if (errors === _errs10) {
                          if (errors === _errs10) {
                            if (typeof data5 === "string") {
                              if (!formats0.validate(data5)) {
                                validate22.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                return false;
                              }
                            }
                          }
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.finishedAt !== void 0) {
                          let data6 = data.finishedAt;
                          const _errs12 = errors;
                          const _errs13 = errors;
                          if (typeof data6 !== "string" && data6 !== null) {
                            validate22.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" }];
                            return false;
                          }
                          if (errors === _errs13) {
                            if (errors === _errs13) {
                              if (typeof data6 === "string") {
                                if (!formats0.validate(data6)) {
                                  validate22.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.durationSeconds !== void 0) {
                            let data7 = data.durationSeconds;
                            const _errs15 = errors;
                            const _errs16 = errors;
                            if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
                              validate22.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                              return false;
                            }
                            if (errors === _errs16) {
                              if (typeof data7 == "number" && isFinite(data7)) {
                                if (data7 < 0 || isNaN(data7)) {
                                  validate22.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.runner !== void 0) {
                              let data8 = data.runner;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                  let missing1;
                                  if (data8.kind === void 0 && (missing1 = "kind") || data8.id === void 0 && (missing1 = "id") || data8.name === void 0 && (missing1 = "name")) {
                                    validate22.errors = [{ instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    if (data8.kind !== void 0) {
                                      let data9 = data8.kind;
                                      const _errs20 = errors;
                                      if (!(data9 === "container" || data9 === "pod")) {
                                        validate22.errors = [{ instancePath: instancePath + "/runner/kind", schemaPath: "#/properties/runner/properties/kind/enum", keyword: "enum", params: { allowedValues: schema48.properties.runner.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid4 = _errs20 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data8.id !== void 0) {
                                        let data10 = data8.id;
                                        const _errs21 = errors;
                                        if (typeof data10 !== "string" && data10 !== null) {
                                          validate22.errors = [{ instancePath: instancePath + "/runner/id", schemaPath: "#/properties/runner/properties/id/type", keyword: "type", params: { type: schema48.properties.runner.properties.id.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid4 = _errs21 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data8.name !== void 0) {
                                          let data11 = data8.name;
                                          const _errs23 = errors;
                                          if (typeof data11 !== "string" && data11 !== null) {
                                            validate22.errors = [{ instancePath: instancePath + "/runner/name", schemaPath: "#/properties/runner/properties/name/type", keyword: "type", params: { type: schema48.properties.runner.properties.name.type }, message: "must be string,null" }];
                                            return false;
                                          }
                                          var valid4 = _errs23 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.logLines !== void 0) {
                                let data12 = data.logLines;
                                const _errs25 = errors;
                                const _errs26 = errors;
                                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                  validate22.errors = [{ instancePath: instancePath + "/logLines", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs26) {
                                  if (typeof data12 == "number" && isFinite(data12)) {
                                    if (data12 < 0 || isNaN(data12)) {
                                      validate22.errors = [{ instancePath: instancePath + "/logLines", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs25 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.logTail !== void 0) {
                                  let data13 = data.logTail;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (Array.isArray(data13)) {
                                      if (data13.length > 50) {
                                        validate22.errors = [{ instancePath: instancePath + "/logTail", schemaPath: "#/properties/logTail/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" }];
                                        return false;
                                      } else {
                                        var valid6 = true;
                                        const len0 = data13.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          const _errs30 = errors;
                                          if (typeof data13[i0] !== "string") {
                                            validate22.errors = [{ instancePath: instancePath + "/logTail/" + i0, schemaPath: "#/properties/logTail/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid6 = _errs30 === errors;
                                          if (!valid6) {
                                            break;
                                          }
                                        }
                                      }
                                    } else {
                                      validate22.errors = [{ instancePath: instancePath + "/logTail", schemaPath: "#/properties/logTail/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs28 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.resultCount !== void 0) {
                                    let data15 = data.resultCount;
                                    const _errs32 = errors;
                                    const _errs33 = errors;
                                    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                                      validate22.errors = [{ instancePath: instancePath + "/resultCount", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs33) {
                                      if (typeof data15 == "number" && isFinite(data15)) {
                                        if (data15 < 0 || isNaN(data15)) {
                                          validate22.errors = [{ instancePath: instancePath + "/resultCount", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs32 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.resultErrorCount !== void 0) {
                                      let data16 = data.resultErrorCount;
                                      const _errs35 = errors;
                                      const _errs36 = errors;
                                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                        validate22.errors = [{ instancePath: instancePath + "/resultErrorCount", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs36) {
                                        if (typeof data16 == "number" && isFinite(data16)) {
                                          if (data16 < 0 || isNaN(data16)) {
                                            validate22.errors = [{ instancePath: instancePath + "/resultErrorCount", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid0 = _errs35 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.resources !== void 0) {
                                        let data17 = data.resources;
                                        const _errs38 = errors;
                                        const _errs39 = errors;
                                        let valid9 = false;
                                        let passing0 = null;
                                        const _errs40 = errors;
                                        if (data17 !== null) {
                                          const err0 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                          if (vErrors === null) {
                                            vErrors = [err0];
                                          } else {
                                            vErrors.push(err0);
                                          }
                                          errors++;
                                        }
                                        var _valid0 = _errs40 === errors;
                                        if (_valid0) {
                                          valid9 = true;
                                          passing0 = 0;
                                        }
                                        const _errs42 = errors;
                                        if (!validate23(data17, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData, dynamicAnchors })) {
                                          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                          errors = vErrors.length;
                                        }
                                        var _valid0 = _errs42 === errors;
                                        if (_valid0 && valid9) {
                                          valid9 = false;
                                          passing0 = [passing0, 1];
                                        } else {
                                          if (_valid0) {
                                            valid9 = true;
                                            passing0 = 1;
                                            var props0 = {};
                                            props0.samples = true;
                                            props0.summary = true;
                                          }
                                        }
                                        if (!valid9) {
                                          const err1 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                          if (vErrors === null) {
                                            vErrors = [err1];
                                          } else {
                                            vErrors.push(err1);
                                          }
                                          errors++;
                                          validate22.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs39;
                                          if (vErrors !== null) {
                                            if (_errs39) {
                                              vErrors.length = _errs39;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid0 = _errs38 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.logsRead !== void 0) {
                                          const _errs43 = errors;
                                          if (false !== data.logsRead) {
                                            validate22.errors = [{ instancePath: instancePath + "/logsRead", schemaPath: "#/properties/logsRead/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" }];
                                            return false;
                                          }
                                          var valid0 = _errs43 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate22.errors = vErrors;
      return errors === 0;
    }
    validate22.evaluated = { "props": { "attempt": true, "status": true, "exitCode": true, "reason": true, "message": true, "startedAt": true, "finishedAt": true, "durationSeconds": true, "runner": true, "logLines": true, "logTail": true, "resultCount": true, "resultErrorCount": true, "resources": true, "logsRead": true }, "dynamicProps": false, "dynamicItems": false };
    var schema69 = { "type": "object", "required": ["path", "size", "sha256"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the shard's folder, / separators; `.` is the folder itself." }, "size": { "$ref": "#/$defs/count", "description": "Bytes (lstat); 0 for a folder that could not be listed." }, "sha256": { "type": ["string", "null"], "pattern": "^[a-f0-9]{64}$", "description": "null when the file could not be read (see unreadable)." }, "kind": { "const": "directory", "description": "Only on a folder that could not be listed; every other entry is a regular file." }, "unreadable": { "type": "string", "minLength": 1, "description": "Why it could not be read, e.g. `permission denied`, or was not (`not hashed: the run timed out`, with notHashed); absent when it was read." }, "notHashed": { "const": true, "description": "The run stopped (timeout, cancellation) before the file was hashed (added in v1); the file may well be readable." } }, "if": { "properties": { "sha256": { "type": "null" } } }, "then": { "properties": { "unreadable": true }, "required": ["unreadable"] }, "else": { "properties": { "unreadable": false, "kind": false, "notHashed": false } } };
    var pattern7 = new RegExp("^[a-f0-9]{64}$", "u");
    function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate30.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      let valid0 = true;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.sha256 !== void 0) {
          if (data.sha256 !== null) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs2 === errors;
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.unreadable === void 0 && (missing0 = "unreadable")) {
            validate30.errors = [{ instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          }
        }
        var _valid0 = _errs5 === errors;
        valid0 = _valid0;
        if (valid0) {
          var props0 = {};
          props0.unreadable = true;
          props0.sha256 = true;
        }
        ifClause0 = "then";
      } else {
        const _errs6 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.unreadable !== void 0) {
            var valid2 = false;
            validate30.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/else/properties/unreadable/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
            return false;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.kind !== void 0) {
              var valid2 = false;
              validate30.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/else/properties/kind/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
              return false;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.notHashed !== void 0) {
                var valid2 = false;
                validate30.errors = [{ instancePath: instancePath + "/notHashed", schemaPath: "#/else/properties/notHashed/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
                return false;
              } else {
                var valid2 = true;
              }
            }
          }
        }
        var _valid0 = _errs6 === errors;
        valid0 = _valid0;
        if (valid0) {
          if (props0 !== true) {
            props0 = props0 || {};
            props0.unreadable = true;
            props0.kind = true;
            props0.notHashed = true;
          }
        }
        ifClause0 = "else";
      }
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
        validate30.errors = vErrors;
        return false;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing1;
          if (data.path === void 0 && (missing1 = "path") || data.size === void 0 && (missing1 = "size") || data.sha256 === void 0 && (missing1 = "sha256")) {
            validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
          } else {
            if (props0 !== true) {
              props0 = props0 || {};
              props0.path = true;
              props0.size = true;
              props0.sha256 = true;
              props0.kind = true;
              props0.unreadable = true;
              props0.notHashed = true;
            }
            if (data.path !== void 0) {
              let data4 = data.path;
              const _errs7 = errors;
              if (errors === _errs7) {
                if (typeof data4 === "string") {
                  if (func1(data4) < 1) {
                    validate30.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid3 = _errs7 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.size !== void 0) {
                let data5 = data.size;
                const _errs9 = errors;
                const _errs10 = errors;
                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                  validate30.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs10) {
                  if (typeof data5 == "number" && isFinite(data5)) {
                    if (data5 < 0 || isNaN(data5)) {
                      validate30.errors = [{ instancePath: instancePath + "/size", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  }
                }
                var valid3 = _errs9 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.sha256 !== void 0) {
                  let data6 = data.sha256;
                  const _errs12 = errors;
                  if (typeof data6 !== "string" && data6 !== null) {
                    validate30.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema69.properties.sha256.type }, message: "must be string,null" }];
                    return false;
                  }
                  if (errors === _errs12) {
                    if (typeof data6 === "string") {
                      if (!pattern7.test(data6)) {
                        validate30.errors = [{ instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"' }];
                        return false;
                      }
                    }
                  }
                  var valid3 = _errs12 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data.kind !== void 0) {
                    const _errs14 = errors;
                    if ("directory" !== data.kind) {
                      validate30.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "directory" }, message: "must be equal to constant" }];
                      return false;
                    }
                    var valid3 = _errs14 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data.unreadable !== void 0) {
                      let data8 = data.unreadable;
                      const _errs15 = errors;
                      if (errors === _errs15) {
                        if (typeof data8 === "string") {
                          if (func1(data8) < 1) {
                            validate30.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          }
                        } else {
                          validate30.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid3 = _errs15 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data.notHashed !== void 0) {
                        const _errs17 = errors;
                        if (true !== data.notHashed) {
                          validate30.errors = [{ instancePath: instancePath + "/notHashed", schemaPath: "#/properties/notHashed/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid3 = _errs17 === errors;
                      } else {
                        var valid3 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate30.errors = vErrors;
      evaluated0.props = props0;
      return errors === 0;
    }
    validate30.evaluated = { "dynamicProps": true, "dynamicItems": false };
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.index === void 0 && (missing0 = "index") || data.status === void 0 && (missing0 = "status") || data.attempts === void 0 && (missing0 = "attempts") || data.results === void 0 && (missing0 = "results") || data.resultErrors === void 0 && (missing0 = "resultErrors") || data.outputs === void 0 && (missing0 = "outputs") || data.resources === void 0 && (missing0 = "resources")) {
            validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.index !== void 0) {
              let data0 = data.index;
              const _errs1 = errors;
              if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
                validate21.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs1) {
                if (typeof data0 == "number" && isFinite(data0)) {
                  if (data0 < 0 || isNaN(data0)) {
                    validate21.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.job !== void 0) {
                let data1 = data.job;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (func1(data1) < 1) {
                      validate21.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.status !== void 0) {
                  let data2 = data.status;
                  const _errs5 = errors;
                  if (!(data2 === "succeeded" || data2 === "failed" || data2 === "timed-out" || data2 === "cancelled" || data2 === "not-started")) {
                    validate21.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema47.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.attempts !== void 0) {
                    let data3 = data.attempts;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (Array.isArray(data3)) {
                        var valid1 = true;
                        const len0 = data3.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs8 = errors;
                          if (!validate22(data3[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs8 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.results !== void 0) {
                      let data5 = data.results;
                      const _errs9 = errors;
                      if (errors === _errs9) {
                        if (Array.isArray(data5)) {
                          if (data5.length > 1e5) {
                            validate21.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                            return false;
                          } else {
                            var valid2 = true;
                            const len1 = data5.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data6 = data5[i1];
                              const _errs11 = errors;
                              const _errs12 = errors;
                              if (errors === _errs12) {
                                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                  let missing1;
                                  if (data6.attempt === void 0 && (missing1 = "attempt") || data6.line === void 0 && (missing1 = "line") || data6.value === void 0 && (missing1 = "value")) {
                                    validate21.errors = [{ instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                  } else {
                                    if (data6.attempt !== void 0) {
                                      let data7 = data6.attempt;
                                      const _errs14 = errors;
                                      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                                        validate21.errors = [{ instancePath: instancePath + "/results/" + i1 + "/attempt", schemaPath: "#/$defs/result/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs14) {
                                        if (typeof data7 == "number" && isFinite(data7)) {
                                          if (data7 < 1 || isNaN(data7)) {
                                            validate21.errors = [{ instancePath: instancePath + "/results/" + i1 + "/attempt", schemaPath: "#/$defs/result/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid4 = _errs14 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data6.line !== void 0) {
                                        let data8 = data6.line;
                                        const _errs16 = errors;
                                        if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                                          validate21.errors = [{ instancePath: instancePath + "/results/" + i1 + "/line", schemaPath: "#/$defs/result/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs16) {
                                          if (typeof data8 == "number" && isFinite(data8)) {
                                            if (data8 < 1 || isNaN(data8)) {
                                              validate21.errors = [{ instancePath: instancePath + "/results/" + i1 + "/line", schemaPath: "#/$defs/result/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid4 = _errs16 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data6.value !== void 0) {
                                          let data9 = data6.value;
                                          const _errs18 = errors;
                                          if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                                            validate21.errors = [{ instancePath: instancePath + "/results/" + i1 + "/value", schemaPath: "#/$defs/result/properties/value/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                          var valid4 = _errs18 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs11 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resultErrors !== void 0) {
                        let data10 = data.resultErrors;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (Array.isArray(data10)) {
                            var valid5 = true;
                            const len2 = data10.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                              let data11 = data10[i2];
                              const _errs22 = errors;
                              const _errs23 = errors;
                              if (errors === _errs23) {
                                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                  let missing2;
                                  if (data11.attempt === void 0 && (missing2 = "attempt") || data11.line === void 0 && (missing2 = "line") || data11.message === void 0 && (missing2 = "message") || data11.text === void 0 && (missing2 = "text")) {
                                    validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                    return false;
                                  } else {
                                    if (data11.attempt !== void 0) {
                                      let data12 = data11.attempt;
                                      const _errs25 = errors;
                                      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                                        validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/attempt", schemaPath: "#/$defs/resultError/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs25) {
                                        if (typeof data12 == "number" && isFinite(data12)) {
                                          if (data12 < 1 || isNaN(data12)) {
                                            validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/attempt", schemaPath: "#/$defs/resultError/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid7 = _errs25 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data11.line !== void 0) {
                                        let data13 = data11.line;
                                        const _errs27 = errors;
                                        if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                                          validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/line", schemaPath: "#/$defs/resultError/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs27) {
                                          if (typeof data13 == "number" && isFinite(data13)) {
                                            if (data13 < 1 || isNaN(data13)) {
                                              validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/line", schemaPath: "#/$defs/resultError/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid7 = _errs27 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data11.message !== void 0) {
                                          const _errs29 = errors;
                                          if (typeof data11.message !== "string") {
                                            validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/message", schemaPath: "#/$defs/resultError/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid7 = _errs29 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data11.text !== void 0) {
                                            let data15 = data11.text;
                                            const _errs31 = errors;
                                            if (errors === _errs31) {
                                              if (typeof data15 === "string") {
                                                if (func1(data15) > 200) {
                                                  validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/text", schemaPath: "#/$defs/resultError/properties/text/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2 + "/text", schemaPath: "#/$defs/resultError/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid7 = _errs31 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs22 === errors;
                              if (!valid5) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/resultErrors", schemaPath: "#/properties/resultErrors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.outputs !== void 0) {
                          let data16 = data.outputs;
                          const _errs33 = errors;
                          if (errors === _errs33) {
                            if (Array.isArray(data16)) {
                              var valid8 = true;
                              const len3 = data16.length;
                              for (let i3 = 0; i3 < len3; i3++) {
                                const _errs35 = errors;
                                if (!validate30(data16[i3], { instancePath: instancePath + "/outputs/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
                                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                  errors = vErrors.length;
                                }
                                var valid8 = _errs35 === errors;
                                if (!valid8) {
                                  break;
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs33 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.resources !== void 0) {
                            let data18 = data.resources;
                            const _errs36 = errors;
                            const _errs37 = errors;
                            let valid9 = false;
                            let passing0 = null;
                            const _errs38 = errors;
                            if (data18 !== null) {
                              const err0 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs38 === errors;
                            if (_valid0) {
                              valid9 = true;
                              passing0 = 0;
                            }
                            const _errs40 = errors;
                            if (!validate26(data18, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                              errors = vErrors.length;
                            }
                            var _valid0 = _errs40 === errors;
                            if (_valid0 && valid9) {
                              valid9 = false;
                              passing0 = [passing0, 1];
                            } else {
                              if (_valid0) {
                                valid9 = true;
                                passing0 = 1;
                                var props1 = {};
                                props1.wallSeconds = true;
                                props1.cpuCoreSeconds = true;
                                props1.averageCores = true;
                                props1.peakCores = true;
                                props1.peakMemoryBytes = true;
                                props1.memoryLimitBytes = true;
                                props1.peakMemoryOfLimit = true;
                                props1.ioReadBytes = true;
                                props1.ioWriteBytes = true;
                                props1.samples = true;
                              }
                            }
                            if (!valid9) {
                              const err1 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                              if (vErrors === null) {
                                vErrors = [err1];
                              } else {
                                vErrors.push(err1);
                              }
                              errors++;
                              validate21.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs37;
                              if (vErrors !== null) {
                                if (_errs37) {
                                  vErrors.length = _errs37;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs36 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": { "index": true, "job": true, "status": true, "attempts": true, "results": true, "resultErrors": true, "outputs": true, "resources": true }, "dynamicProps": false, "dynamicItems": false };
    var schema71 = { "type": "object", "required": ["name", "namespace", "revision", "replicas", "conclusion", "message", "startedAt", "finishedAt"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "revision": { "type": ["string", "null"] }, "replicas": { "type": "object", "required": ["desired", "updated", "ready", "available"], "properties": { "desired": { "$ref": "#/$defs/count" }, "updated": { "$ref": "#/$defs/count" }, "ready": { "$ref": "#/$defs/count" }, "available": { "$ref": "#/$defs/count" } } }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "message": { "type": ["string", "null"] }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "reason": { "type": ["string", "null"], "description": "Why it failed or stalled: ProgressDeadlineExceeded, ReadinessProbeFailing, CrashLoopBackOff..." }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds", "description": "From the apply to rolled out." }, "images": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["container", "image", "digest", "pods"], "properties": { "container": { "type": "string" }, "image": { "type": "string" }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$" }, "pods": { "$ref": "#/$defs/count" } } }, "description": "Images the current pods actually run, digests from their status." }, "restarts": { "$ref": "#/$defs/count" }, "pods": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "ready", "restarts", "reason", "message"], "properties": { "name": { "type": "string" }, "ready": { "type": "boolean" }, "restarts": { "$ref": "#/$defs/count" }, "reason": { "type": ["string", "null"] }, "message": { "type": ["string", "null"] } } } } } };
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate34.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.name === void 0 && (missing0 = "name") || data.namespace === void 0 && (missing0 = "namespace") || data.revision === void 0 && (missing0 = "revision") || data.replicas === void 0 && (missing0 = "replicas") || data.conclusion === void 0 && (missing0 = "conclusion") || data.message === void 0 && (missing0 = "message") || data.startedAt === void 0 && (missing0 = "startedAt") || data.finishedAt === void 0 && (missing0 = "finishedAt")) {
            validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.name !== void 0) {
              let data0 = data.name;
              const _errs1 = errors;
              if (errors === _errs1) {
                if (typeof data0 === "string") {
                  if (func1(data0) < 1) {
                    validate34.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate34.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.namespace !== void 0) {
                let data1 = data.namespace;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (func1(data1) < 1) {
                      validate34.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate34.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.revision !== void 0) {
                  let data2 = data.revision;
                  const _errs5 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate34.errors = [{ instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: schema71.properties.revision.type }, message: "must be string,null" }];
                    return false;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.replicas !== void 0) {
                    let data3 = data.replicas;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.desired === void 0 && (missing1 = "desired") || data3.updated === void 0 && (missing1 = "updated") || data3.ready === void 0 && (missing1 = "ready") || data3.available === void 0 && (missing1 = "available")) {
                          validate34.errors = [{ instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data3.desired !== void 0) {
                            let data4 = data3.desired;
                            const _errs9 = errors;
                            const _errs10 = errors;
                            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                              validate34.errors = [{ instancePath: instancePath + "/replicas/desired", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs10) {
                              if (typeof data4 == "number" && isFinite(data4)) {
                                if (data4 < 0 || isNaN(data4)) {
                                  validate34.errors = [{ instancePath: instancePath + "/replicas/desired", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid1 = _errs9 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data3.updated !== void 0) {
                              let data5 = data3.updated;
                              const _errs12 = errors;
                              const _errs13 = errors;
                              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                                validate34.errors = [{ instancePath: instancePath + "/replicas/updated", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs13) {
                                if (typeof data5 == "number" && isFinite(data5)) {
                                  if (data5 < 0 || isNaN(data5)) {
                                    validate34.errors = [{ instancePath: instancePath + "/replicas/updated", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                              var valid1 = _errs12 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data3.ready !== void 0) {
                                let data6 = data3.ready;
                                const _errs15 = errors;
                                const _errs16 = errors;
                                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                                  validate34.errors = [{ instancePath: instancePath + "/replicas/ready", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs16) {
                                  if (typeof data6 == "number" && isFinite(data6)) {
                                    if (data6 < 0 || isNaN(data6)) {
                                      validate34.errors = [{ instancePath: instancePath + "/replicas/ready", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid1 = _errs15 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data3.available !== void 0) {
                                  let data7 = data3.available;
                                  const _errs18 = errors;
                                  const _errs19 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                                    validate34.errors = [{ instancePath: instancePath + "/replicas/available", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs19) {
                                    if (typeof data7 == "number" && isFinite(data7)) {
                                      if (data7 < 0 || isNaN(data7)) {
                                        validate34.errors = [{ instancePath: instancePath + "/replicas/available", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid1 = _errs18 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate34.errors = [{ instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.conclusion !== void 0) {
                      let data8 = data.conclusion;
                      const _errs21 = errors;
                      if (!(data8 === "success" || data8 === "failure" || data8 === "timed-out" || data8 === "cancelled")) {
                        validate34.errors = [{ instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema71.properties.conclusion.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.message !== void 0) {
                        let data9 = data.message;
                        const _errs22 = errors;
                        if (typeof data9 !== "string" && data9 !== null) {
                          validate34.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema71.properties.message.type }, message: "must be string,null" }];
                          return false;
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.startedAt !== void 0) {
                          let data10 = data.startedAt;
                          const _errs24 = errors;
                          if (errors === _errs24) {
                            if (errors === _errs24) {
                              if (typeof data10 === "string") {
                                if (!formats0.validate(data10)) {
                                  validate34.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                  return false;
                                }
                              } else {
                                validate34.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.finishedAt !== void 0) {
                            let data11 = data.finishedAt;
                            const _errs26 = errors;
                            const _errs27 = errors;
                            if (typeof data11 !== "string" && data11 !== null) {
                              validate34.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" }];
                              return false;
                            }
                            if (errors === _errs27) {
                              if (errors === _errs27) {
                                if (typeof data11 === "string") {
                                  if (!formats0.validate(data11)) {
                                    validate34.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid0 = _errs26 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.reason !== void 0) {
                              let data12 = data.reason;
                              const _errs29 = errors;
                              if (typeof data12 !== "string" && data12 !== null) {
                                validate34.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema71.properties.reason.type }, message: "must be string,null" }];
                                return false;
                              }
                              var valid0 = _errs29 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.durationSeconds !== void 0) {
                                let data13 = data.durationSeconds;
                                const _errs31 = errors;
                                const _errs32 = errors;
                                if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                                  validate34.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" }];
                                  return false;
                                }
                                if (errors === _errs32) {
                                  if (typeof data13 == "number" && isFinite(data13)) {
                                    if (data13 < 0 || isNaN(data13)) {
                                      validate34.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs31 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.images !== void 0) {
                                  let data14 = data.images;
                                  const _errs34 = errors;
                                  if (errors === _errs34) {
                                    if (Array.isArray(data14)) {
                                      var valid8 = true;
                                      const len0 = data14.length;
                                      for (let i0 = 0; i0 < len0; i0++) {
                                        let data15 = data14[i0];
                                        const _errs36 = errors;
                                        if (errors === _errs36) {
                                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                            let missing2;
                                            if (data15.container === void 0 && (missing2 = "container") || data15.image === void 0 && (missing2 = "image") || data15.digest === void 0 && (missing2 = "digest") || data15.pods === void 0 && (missing2 = "pods")) {
                                              validate34.errors = [{ instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                              return false;
                                            } else {
                                              const _errs38 = errors;
                                              for (const key0 in data15) {
                                                if (!(key0 === "container" || key0 === "image" || key0 === "digest" || key0 === "pods")) {
                                                  validate34.errors = [{ instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs38 === errors) {
                                                if (data15.container !== void 0) {
                                                  const _errs39 = errors;
                                                  if (typeof data15.container !== "string") {
                                                    validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/container", schemaPath: "#/properties/images/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid9 = _errs39 === errors;
                                                } else {
                                                  var valid9 = true;
                                                }
                                                if (valid9) {
                                                  if (data15.image !== void 0) {
                                                    const _errs41 = errors;
                                                    if (typeof data15.image !== "string") {
                                                      validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/image", schemaPath: "#/properties/images/items/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid9 = _errs41 === errors;
                                                  } else {
                                                    var valid9 = true;
                                                  }
                                                  if (valid9) {
                                                    if (data15.digest !== void 0) {
                                                      let data18 = data15.digest;
                                                      const _errs43 = errors;
                                                      if (typeof data18 !== "string" && data18 !== null) {
                                                        validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/digest", schemaPath: "#/properties/images/items/properties/digest/type", keyword: "type", params: { type: schema71.properties.images.items.properties.digest.type }, message: "must be string,null" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs43) {
                                                        if (typeof data18 === "string") {
                                                          if (!pattern5.test(data18)) {
                                                            validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/digest", schemaPath: "#/properties/images/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid9 = _errs43 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data15.pods !== void 0) {
                                                        let data19 = data15.pods;
                                                        const _errs45 = errors;
                                                        const _errs46 = errors;
                                                        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                                          validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/pods", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs46) {
                                                          if (typeof data19 == "number" && isFinite(data19)) {
                                                            if (data19 < 0 || isNaN(data19)) {
                                                              validate34.errors = [{ instancePath: instancePath + "/images/" + i0 + "/pods", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid9 = _errs45 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate34.errors = [{ instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid8 = _errs36 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate34.errors = [{ instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs34 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.restarts !== void 0) {
                                    let data20 = data.restarts;
                                    const _errs48 = errors;
                                    const _errs49 = errors;
                                    if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                      validate34.errors = [{ instancePath: instancePath + "/restarts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs49) {
                                      if (typeof data20 == "number" && isFinite(data20)) {
                                        if (data20 < 0 || isNaN(data20)) {
                                          validate34.errors = [{ instancePath: instancePath + "/restarts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid0 = _errs48 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.pods !== void 0) {
                                      let data21 = data.pods;
                                      const _errs51 = errors;
                                      if (errors === _errs51) {
                                        if (Array.isArray(data21)) {
                                          var valid12 = true;
                                          const len1 = data21.length;
                                          for (let i1 = 0; i1 < len1; i1++) {
                                            let data22 = data21[i1];
                                            const _errs53 = errors;
                                            if (errors === _errs53) {
                                              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                let missing3;
                                                if (data22.name === void 0 && (missing3 = "name") || data22.ready === void 0 && (missing3 = "ready") || data22.restarts === void 0 && (missing3 = "restarts") || data22.reason === void 0 && (missing3 = "reason") || data22.message === void 0 && (missing3 = "message")) {
                                                  validate34.errors = [{ instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs55 = errors;
                                                  for (const key1 in data22) {
                                                    if (!(key1 === "name" || key1 === "ready" || key1 === "restarts" || key1 === "reason" || key1 === "message")) {
                                                      validate34.errors = [{ instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                      return false;
                                                      break;
                                                    }
                                                  }
                                                  if (_errs55 === errors) {
                                                    if (data22.name !== void 0) {
                                                      const _errs56 = errors;
                                                      if (typeof data22.name !== "string") {
                                                        validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/name", schemaPath: "#/properties/pods/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid13 = _errs56 === errors;
                                                    } else {
                                                      var valid13 = true;
                                                    }
                                                    if (valid13) {
                                                      if (data22.ready !== void 0) {
                                                        const _errs58 = errors;
                                                        if (typeof data22.ready !== "boolean") {
                                                          validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/ready", schemaPath: "#/properties/pods/items/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                          return false;
                                                        }
                                                        var valid13 = _errs58 === errors;
                                                      } else {
                                                        var valid13 = true;
                                                      }
                                                      if (valid13) {
                                                        if (data22.restarts !== void 0) {
                                                          let data25 = data22.restarts;
                                                          const _errs60 = errors;
                                                          const _errs61 = errors;
                                                          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                                                            validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/restarts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs61) {
                                                            if (typeof data25 == "number" && isFinite(data25)) {
                                                              if (data25 < 0 || isNaN(data25)) {
                                                                validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/restarts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid13 = _errs60 === errors;
                                                        } else {
                                                          var valid13 = true;
                                                        }
                                                        if (valid13) {
                                                          if (data22.reason !== void 0) {
                                                            let data26 = data22.reason;
                                                            const _errs63 = errors;
                                                            if (typeof data26 !== "string" && data26 !== null) {
                                                              validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/reason", schemaPath: "#/properties/pods/items/properties/reason/type", keyword: "type", params: { type: schema71.properties.pods.items.properties.reason.type }, message: "must be string,null" }];
                                                              return false;
                                                            }
                                                            var valid13 = _errs63 === errors;
                                                          } else {
                                                            var valid13 = true;
                                                          }
                                                          if (valid13) {
                                                            if (data22.message !== void 0) {
                                                              let data27 = data22.message;
                                                              const _errs65 = errors;
                                                              if (typeof data27 !== "string" && data27 !== null) {
                                                                validate34.errors = [{ instancePath: instancePath + "/pods/" + i1 + "/message", schemaPath: "#/properties/pods/items/properties/message/type", keyword: "type", params: { type: schema71.properties.pods.items.properties.message.type }, message: "must be string,null" }];
                                                                return false;
                                                              }
                                                              var valid13 = _errs65 === errors;
                                                            } else {
                                                              var valid13 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate34.errors = [{ instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid12 = _errs53 === errors;
                                            if (!valid12) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate34.errors = [{ instancePath: instancePath + "/pods", schemaPath: "#/properties/pods/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs51 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate34.errors = vErrors;
      return errors === 0;
    }
    validate34.evaluated = { "props": { "name": true, "namespace": true, "revision": true, "replicas": true, "conclusion": true, "message": true, "startedAt": true, "finishedAt": true, "reason": true, "durationSeconds": true, "images": true, "restarts": true, "pods": true }, "dynamicProps": false, "dynamicItems": false };
    function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate36.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.job === void 0 && (missing0 = "job") || data.namespace === void 0 && (missing0 = "namespace") || data.startedAt === void 0 && (missing0 = "startedAt") || data.finishedAt === void 0 && (missing0 = "finishedAt")) {
            validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.job !== void 0) {
              let data0 = data.job;
              const _errs1 = errors;
              if (errors === _errs1) {
                if (typeof data0 === "string") {
                  if (func1(data0) < 1) {
                    validate36.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate36.errors = [{ instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.namespace !== void 0) {
                let data1 = data.namespace;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (func1(data1) < 1) {
                      validate36.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                      return false;
                    }
                  } else {
                    validate36.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.startedAt !== void 0) {
                  let data2 = data.startedAt;
                  const _errs5 = errors;
                  const _errs6 = errors;
                  if (typeof data2 !== "string" && data2 !== null) {
                    validate36.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" }];
                    return false;
                  }
                  if (errors === _errs6) {
                    if (errors === _errs6) {
                      if (typeof data2 === "string") {
                        if (!formats0.validate(data2)) {
                          validate36.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.finishedAt !== void 0) {
                    let data3 = data.finishedAt;
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (typeof data3 !== "string" && data3 !== null) {
                      validate36.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" }];
                      return false;
                    }
                    if (errors === _errs9) {
                      if (errors === _errs9) {
                        if (typeof data3 === "string") {
                          if (!formats0.validate(data3)) {
                            validate36.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        } else {
          validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate36.errors = vErrors;
      return errors === 0;
    }
    validate36.evaluated = { "props": { "job": true, "namespace": true, "startedAt": true, "finishedAt": true }, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.apiVersion === void 0 && (missing0 = "apiVersion") || data.kind === void 0 && (missing0 = "kind") || data.id === void 0 && (missing0 = "id") || data.backend === void 0 && (missing0 = "backend") || data.image === void 0 && (missing0 = "image") || data.source === void 0 && (missing0 = "source") || data.startedAt === void 0 && (missing0 = "startedAt") || data.finishedAt === void 0 && (missing0 = "finishedAt") || data.durationSeconds === void 0 && (missing0 = "durationSeconds") || data.parameters === void 0 && (missing0 = "parameters") || data.conclusion === void 0 && (missing0 = "conclusion") || data.cancellation === void 0 && (missing0 = "cancellation") || data.outputDir === void 0 && (missing0 = "outputDir") || data.totals === void 0 && (missing0 = "totals") || data.shards === void 0 && (missing0 = "shards") || data.rollouts === void 0 && (missing0 = "rollouts")) {
            validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
          } else {
            if (data.apiVersion !== void 0) {
              const _errs1 = errors;
              if ("pinship.dev/v1" !== data.apiVersion) {
                validate20.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "pinship.dev/v1" }, message: "must be equal to constant" }];
                return false;
              }
              var valid0 = _errs1 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.kind !== void 0) {
                const _errs2 = errors;
                if ("RunRecord" !== data.kind) {
                  validate20.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RunRecord" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs2 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.id !== void 0) {
                  let data2 = data.id;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (typeof data2 === "string") {
                      if (!pattern4.test(data2)) {
                        validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.-]{0,62}$"' }];
                        return false;
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs3 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.backend !== void 0) {
                    let data3 = data.backend;
                    const _errs5 = errors;
                    if (!(data3 === "local" || data3 === "kubernetes")) {
                      validate20.errors = [{ instancePath: instancePath + "/backend", schemaPath: "#/properties/backend/enum", keyword: "enum", params: { allowedValues: schema31.properties.backend.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.image !== void 0) {
                      let data4 = data.image;
                      const _errs6 = errors;
                      if (errors === _errs6) {
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                          let missing1;
                          if (data4.ref === void 0 && (missing1 = "ref") || data4.name === void 0 && (missing1 = "name") || data4.digest === void 0 && (missing1 = "digest") || data4.imageId === void 0 && (missing1 = "imageId") || data4.resolvedFrom === void 0 && (missing1 = "resolvedFrom") || data4.note === void 0 && (missing1 = "note")) {
                            validate20.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data4.ref !== void 0) {
                              let data5 = data4.ref;
                              const _errs8 = errors;
                              if (errors === _errs8) {
                                if (typeof data5 === "string") {
                                  if (func1(data5) < 1) {
                                    validate20.errors = [{ instancePath: instancePath + "/image/ref", schemaPath: "#/properties/image/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/image/ref", schemaPath: "#/properties/image/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid1 = _errs8 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data4.name !== void 0) {
                                let data6 = data4.name;
                                const _errs10 = errors;
                                if (errors === _errs10) {
                                  if (typeof data6 === "string") {
                                    if (func1(data6) < 1) {
                                      validate20.errors = [{ instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid1 = _errs10 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data4.digest !== void 0) {
                                  let data7 = data4.digest;
                                  const _errs12 = errors;
                                  if (typeof data7 !== "string" && data7 !== null) {
                                    validate20.errors = [{ instancePath: instancePath + "/image/digest", schemaPath: "#/properties/image/properties/digest/type", keyword: "type", params: { type: schema31.properties.image.properties.digest.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  if (errors === _errs12) {
                                    if (typeof data7 === "string") {
                                      if (!pattern5.test(data7)) {
                                        validate20.errors = [{ instancePath: instancePath + "/image/digest", schemaPath: "#/properties/image/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid1 = _errs12 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data4.imageId !== void 0) {
                                    let data8 = data4.imageId;
                                    const _errs14 = errors;
                                    if (typeof data8 !== "string" && data8 !== null) {
                                      validate20.errors = [{ instancePath: instancePath + "/image/imageId", schemaPath: "#/properties/image/properties/imageId/type", keyword: "type", params: { type: schema31.properties.image.properties.imageId.type }, message: "must be string,null" }];
                                      return false;
                                    }
                                    if (errors === _errs14) {
                                      if (typeof data8 === "string") {
                                        if (!pattern5.test(data8)) {
                                          validate20.errors = [{ instancePath: instancePath + "/image/imageId", schemaPath: "#/properties/image/properties/imageId/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid1 = _errs14 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data4.resolvedFrom !== void 0) {
                                      let data9 = data4.resolvedFrom;
                                      const _errs16 = errors;
                                      if (!(data9 === "digest" || data9 === "tag" || data9 === "local-image")) {
                                        validate20.errors = [{ instancePath: instancePath + "/image/resolvedFrom", schemaPath: "#/properties/image/properties/resolvedFrom/enum", keyword: "enum", params: { allowedValues: schema31.properties.image.properties.resolvedFrom.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid1 = _errs16 === errors;
                                    } else {
                                      var valid1 = true;
                                    }
                                    if (valid1) {
                                      if (data4.note !== void 0) {
                                        let data10 = data4.note;
                                        const _errs17 = errors;
                                        if (typeof data10 !== "string" && data10 !== null) {
                                          validate20.errors = [{ instancePath: instancePath + "/image/note", schemaPath: "#/properties/image/properties/note/type", keyword: "type", params: { type: schema31.properties.image.properties.note.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid1 = _errs17 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.source !== void 0) {
                        let data11 = data.source;
                        const _errs19 = errors;
                        if (errors === _errs19) {
                          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                            let missing2;
                            if (data11.commit === void 0 && (missing2 = "commit") || data11.from === void 0 && (missing2 = "from")) {
                              validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                              return false;
                            } else {
                              if (data11.commit !== void 0) {
                                let data12 = data11.commit;
                                const _errs21 = errors;
                                if (typeof data12 !== "string" && data12 !== null) {
                                  validate20.errors = [{ instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: schema31.properties.source.properties.commit.type }, message: "must be string,null" }];
                                  return false;
                                }
                                var valid2 = _errs21 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data11.from !== void 0) {
                                  let data13 = data11.from;
                                  const _errs23 = errors;
                                  if (!(data13 === "option" || data13 === "GITHUB_SHA" || data13 === "image-label" || data13 === "pin-commit" || data13 === "unknown")) {
                                    validate20.errors = [{ instancePath: instancePath + "/source/from", schemaPath: "#/properties/source/properties/from/enum", keyword: "enum", params: { allowedValues: schema31.properties.source.properties.from.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid2 = _errs23 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          } else {
                            validate20.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.startedAt !== void 0) {
                          let data14 = data.startedAt;
                          const _errs24 = errors;
                          if (errors === _errs24) {
                            if (errors === _errs24) {
                              if (typeof data14 === "string") {
                                if (!formats0.validate(data14)) {
                                  validate20.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                  return false;
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.finishedAt !== void 0) {
                            let data15 = data.finishedAt;
                            const _errs26 = errors;
                            if (errors === _errs26) {
                              if (errors === _errs26) {
                                if (typeof data15 === "string") {
                                  if (!formats0.validate(data15)) {
                                    validate20.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs26 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.durationSeconds !== void 0) {
                              let data16 = data.durationSeconds;
                              const _errs28 = errors;
                              if (errors === _errs28) {
                                if (typeof data16 == "number" && isFinite(data16)) {
                                  if (data16 < 0 || isNaN(data16)) {
                                    validate20.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                } else {
                                  validate20.errors = [{ instancePath: instancePath + "/durationSeconds", schemaPath: "#/properties/durationSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.parameters !== void 0) {
                                let data17 = data.parameters;
                                const _errs30 = errors;
                                if (errors === _errs30) {
                                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                    let missing3;
                                    if (data17.shards === void 0 && (missing3 = "shards") || data17.parallelism === void 0 && (missing3 = "parallelism") || data17.cpus === void 0 && (missing3 = "cpus") || data17.memoryBytes === void 0 && (missing3 = "memoryBytes") || data17.timeoutSeconds === void 0 && (missing3 = "timeoutSeconds") || data17.backoffLimit === void 0 && (missing3 = "backoffLimit") || data17.args === void 0 && (missing3 = "args") || data17.envNames === void 0 && (missing3 = "envNames")) {
                                      validate20.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                      return false;
                                    } else {
                                      if (data17.shards !== void 0) {
                                        let data18 = data17.shards;
                                        const _errs32 = errors;
                                        if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                                          validate20.errors = [{ instancePath: instancePath + "/parameters/shards", schemaPath: "#/properties/parameters/properties/shards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                          return false;
                                        }
                                        if (errors === _errs32) {
                                          if (typeof data18 == "number" && isFinite(data18)) {
                                            if (data18 < 0 || isNaN(data18)) {
                                              validate20.errors = [{ instancePath: instancePath + "/parameters/shards", schemaPath: "#/properties/parameters/properties/shards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid3 = _errs32 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data17.parallelism !== void 0) {
                                          let data19 = data17.parallelism;
                                          const _errs34 = errors;
                                          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                            validate20.errors = [{ instancePath: instancePath + "/parameters/parallelism", schemaPath: "#/properties/parameters/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                          }
                                          if (errors === _errs34) {
                                            if (typeof data19 == "number" && isFinite(data19)) {
                                              if (data19 < 0 || isNaN(data19)) {
                                                validate20.errors = [{ instancePath: instancePath + "/parameters/parallelism", schemaPath: "#/properties/parameters/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            }
                                          }
                                          var valid3 = _errs34 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data17.cpus !== void 0) {
                                            let data20 = data17.cpus;
                                            const _errs36 = errors;
                                            if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
                                              validate20.errors = [{ instancePath: instancePath + "/parameters/cpus", schemaPath: "#/properties/parameters/properties/cpus/type", keyword: "type", params: { type: schema31.properties.parameters.properties.cpus.type }, message: "must be number,null" }];
                                              return false;
                                            }
                                            if (errors === _errs36) {
                                              if (typeof data20 == "number" && isFinite(data20)) {
                                                if (data20 <= 0 || isNaN(data20)) {
                                                  validate20.errors = [{ instancePath: instancePath + "/parameters/cpus", schemaPath: "#/properties/parameters/properties/cpus/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid3 = _errs36 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data17.memoryBytes !== void 0) {
                                              let data21 = data17.memoryBytes;
                                              const _errs38 = errors;
                                              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21)) && data21 !== null) {
                                                validate20.errors = [{ instancePath: instancePath + "/parameters/memoryBytes", schemaPath: "#/properties/parameters/properties/memoryBytes/type", keyword: "type", params: { type: schema31.properties.parameters.properties.memoryBytes.type }, message: "must be integer,null" }];
                                                return false;
                                              }
                                              if (errors === _errs38) {
                                                if (typeof data21 == "number" && isFinite(data21)) {
                                                  if (data21 < 1 || isNaN(data21)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/parameters/memoryBytes", schemaPath: "#/properties/parameters/properties/memoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid3 = _errs38 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data17.timeoutSeconds !== void 0) {
                                                let data22 = data17.timeoutSeconds;
                                                const _errs40 = errors;
                                                if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                                                  validate20.errors = [{ instancePath: instancePath + "/parameters/timeoutSeconds", schemaPath: "#/properties/parameters/properties/timeoutSeconds/type", keyword: "type", params: { type: schema31.properties.parameters.properties.timeoutSeconds.type }, message: "must be number,null" }];
                                                  return false;
                                                }
                                                if (errors === _errs40) {
                                                  if (typeof data22 == "number" && isFinite(data22)) {
                                                    if (data22 <= 0 || isNaN(data22)) {
                                                      validate20.errors = [{ instancePath: instancePath + "/parameters/timeoutSeconds", schemaPath: "#/properties/parameters/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid3 = _errs40 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data17.backoffLimit !== void 0) {
                                                  let data23 = data17.backoffLimit;
                                                  const _errs42 = errors;
                                                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/parameters/backoffLimit", schemaPath: "#/properties/parameters/properties/backoffLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs42) {
                                                    if (typeof data23 == "number" && isFinite(data23)) {
                                                      if (data23 < 0 || isNaN(data23)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/parameters/backoffLimit", schemaPath: "#/properties/parameters/properties/backoffLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid3 = _errs42 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data17.args !== void 0) {
                                                    let data24 = data17.args;
                                                    const _errs44 = errors;
                                                    if (errors === _errs44) {
                                                      if (Array.isArray(data24)) {
                                                        var valid4 = true;
                                                        const len0 = data24.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                          const _errs46 = errors;
                                                          if (typeof data24[i0] !== "string") {
                                                            validate20.errors = [{ instancePath: instancePath + "/parameters/args/" + i0, schemaPath: "#/properties/parameters/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid4 = _errs46 === errors;
                                                          if (!valid4) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate20.errors = [{ instancePath: instancePath + "/parameters/args", schemaPath: "#/properties/parameters/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs44 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data17.envNames !== void 0) {
                                                      let data26 = data17.envNames;
                                                      const _errs48 = errors;
                                                      if (errors === _errs48) {
                                                        if (Array.isArray(data26)) {
                                                          var valid5 = true;
                                                          const len1 = data26.length;
                                                          for (let i1 = 0; i1 < len1; i1++) {
                                                            const _errs50 = errors;
                                                            if (typeof data26[i1] !== "string") {
                                                              validate20.errors = [{ instancePath: instancePath + "/parameters/envNames/" + i1, schemaPath: "#/properties/parameters/properties/envNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid5 = _errs50 === errors;
                                                            if (!valid5) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate20.errors = [{ instancePath: instancePath + "/parameters/envNames", schemaPath: "#/properties/parameters/properties/envNames/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs48 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate20.errors = [{ instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs30 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.conclusion !== void 0) {
                                  let data28 = data.conclusion;
                                  const _errs52 = errors;
                                  if (!(data28 === "success" || data28 === "failure" || data28 === "timed-out" || data28 === "cancelled")) {
                                    validate20.errors = [{ instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema31.properties.conclusion.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid0 = _errs52 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.cancellation !== void 0) {
                                    let data29 = data.cancellation;
                                    const _errs53 = errors;
                                    const _errs54 = errors;
                                    let valid6 = false;
                                    let passing0 = null;
                                    const _errs55 = errors;
                                    if (data29 !== null) {
                                      const err0 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                    var _valid0 = _errs55 === errors;
                                    if (_valid0) {
                                      valid6 = true;
                                      passing0 = 0;
                                    }
                                    const _errs57 = errors;
                                    if (errors === _errs57) {
                                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                        let missing4;
                                        if (data29.reason === void 0 && (missing4 = "reason") || data29.at === void 0 && (missing4 = "at") || data29.message === void 0 && (missing4 = "message")) {
                                          const err1 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                          if (vErrors === null) {
                                            vErrors = [err1];
                                          } else {
                                            vErrors.push(err1);
                                          }
                                          errors++;
                                        } else {
                                          if (data29.reason !== void 0) {
                                            let data30 = data29.reason;
                                            const _errs59 = errors;
                                            if (!(data30 === "timeout" || data30 === "signal" || data30 === "error")) {
                                              const err2 = { instancePath: instancePath + "/cancellation/reason", schemaPath: "#/properties/cancellation/oneOf/1/properties/reason/enum", keyword: "enum", params: { allowedValues: schema31.properties.cancellation.oneOf[1].properties.reason.enum }, message: "must be equal to one of the allowed values" };
                                              if (vErrors === null) {
                                                vErrors = [err2];
                                              } else {
                                                vErrors.push(err2);
                                              }
                                              errors++;
                                            }
                                            var valid7 = _errs59 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data29.at !== void 0) {
                                              let data31 = data29.at;
                                              const _errs60 = errors;
                                              if (errors === _errs60) {
                                                if (errors === _errs60) {
                                                  if (typeof data31 === "string") {
                                                    if (!formats0.validate(data31)) {
                                                      const err3 = { instancePath: instancePath + "/cancellation/at", schemaPath: "#/properties/cancellation/oneOf/1/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                                                      if (vErrors === null) {
                                                        vErrors = [err3];
                                                      } else {
                                                        vErrors.push(err3);
                                                      }
                                                      errors++;
                                                    }
                                                  } else {
                                                    const err4 = { instancePath: instancePath + "/cancellation/at", schemaPath: "#/properties/cancellation/oneOf/1/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err4];
                                                    } else {
                                                      vErrors.push(err4);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                              }
                                              var valid7 = _errs60 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data29.message !== void 0) {
                                                const _errs62 = errors;
                                                if (typeof data29.message !== "string") {
                                                  const err5 = { instancePath: instancePath + "/cancellation/message", schemaPath: "#/properties/cancellation/oneOf/1/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  if (vErrors === null) {
                                                    vErrors = [err5];
                                                  } else {
                                                    vErrors.push(err5);
                                                  }
                                                  errors++;
                                                }
                                                var valid7 = _errs62 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        const err6 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err6];
                                        } else {
                                          vErrors.push(err6);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid0 = _errs57 === errors;
                                    if (_valid0 && valid6) {
                                      valid6 = false;
                                      passing0 = [passing0, 1];
                                    } else {
                                      if (_valid0) {
                                        valid6 = true;
                                        passing0 = 1;
                                        var props0 = {};
                                        props0.reason = true;
                                        props0.at = true;
                                        props0.message = true;
                                      }
                                    }
                                    if (!valid6) {
                                      const err7 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                      if (vErrors === null) {
                                        vErrors = [err7];
                                      } else {
                                        vErrors.push(err7);
                                      }
                                      errors++;
                                      validate20.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs54;
                                      if (vErrors !== null) {
                                        if (_errs54) {
                                          vErrors.length = _errs54;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs53 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.outputDir !== void 0) {
                                      let data33 = data.outputDir;
                                      const _errs64 = errors;
                                      if (typeof data33 !== "string" && data33 !== null) {
                                        validate20.errors = [{ instancePath: instancePath + "/outputDir", schemaPath: "#/properties/outputDir/type", keyword: "type", params: { type: schema31.properties.outputDir.type }, message: "must be string,null" }];
                                        return false;
                                      }
                                      var valid0 = _errs64 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.totals !== void 0) {
                                        let data34 = data.totals;
                                        const _errs66 = errors;
                                        if (errors === _errs66) {
                                          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                            let missing5;
                                            if (data34.shards === void 0 && (missing5 = "shards") || data34.succeeded === void 0 && (missing5 = "succeeded") || data34.failed === void 0 && (missing5 = "failed") || data34.timedOut === void 0 && (missing5 = "timedOut") || data34.cancelled === void 0 && (missing5 = "cancelled") || data34.notStarted === void 0 && (missing5 = "notStarted") || data34.attempts === void 0 && (missing5 = "attempts") || data34.retries === void 0 && (missing5 = "retries") || data34.results === void 0 && (missing5 = "results") || data34.resultErrors === void 0 && (missing5 = "resultErrors") || data34.outputFiles === void 0 && (missing5 = "outputFiles") || data34.outputBytes === void 0 && (missing5 = "outputBytes") || data34.cpuCoreSeconds === void 0 && (missing5 = "cpuCoreSeconds") || data34.peakMemoryBytes === void 0 && (missing5 = "peakMemoryBytes") || data34.maxConcurrent === void 0 && (missing5 = "maxConcurrent")) {
                                              validate20.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                              return false;
                                            } else {
                                              if (data34.shards !== void 0) {
                                                let data35 = data34.shards;
                                                const _errs68 = errors;
                                                const _errs69 = errors;
                                                if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                                                  validate20.errors = [{ instancePath: instancePath + "/totals/shards", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                  return false;
                                                }
                                                if (errors === _errs69) {
                                                  if (typeof data35 == "number" && isFinite(data35)) {
                                                    if (data35 < 0 || isNaN(data35)) {
                                                      validate20.errors = [{ instancePath: instancePath + "/totals/shards", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid8 = _errs68 === errors;
                                              } else {
                                                var valid8 = true;
                                              }
                                              if (valid8) {
                                                if (data34.succeeded !== void 0) {
                                                  let data36 = data34.succeeded;
                                                  const _errs71 = errors;
                                                  const _errs72 = errors;
                                                  if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                                                    validate20.errors = [{ instancePath: instancePath + "/totals/succeeded", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  if (errors === _errs72) {
                                                    if (typeof data36 == "number" && isFinite(data36)) {
                                                      if (data36 < 0 || isNaN(data36)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/totals/succeeded", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid8 = _errs71 === errors;
                                                } else {
                                                  var valid8 = true;
                                                }
                                                if (valid8) {
                                                  if (data34.failed !== void 0) {
                                                    let data37 = data34.failed;
                                                    const _errs74 = errors;
                                                    const _errs75 = errors;
                                                    if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                                                      validate20.errors = [{ instancePath: instancePath + "/totals/failed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    if (errors === _errs75) {
                                                      if (typeof data37 == "number" && isFinite(data37)) {
                                                        if (data37 < 0 || isNaN(data37)) {
                                                          validate20.errors = [{ instancePath: instancePath + "/totals/failed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid8 = _errs74 === errors;
                                                  } else {
                                                    var valid8 = true;
                                                  }
                                                  if (valid8) {
                                                    if (data34.timedOut !== void 0) {
                                                      let data38 = data34.timedOut;
                                                      const _errs77 = errors;
                                                      const _errs78 = errors;
                                                      if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                                                        validate20.errors = [{ instancePath: instancePath + "/totals/timedOut", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs78) {
                                                        if (typeof data38 == "number" && isFinite(data38)) {
                                                          if (data38 < 0 || isNaN(data38)) {
                                                            validate20.errors = [{ instancePath: instancePath + "/totals/timedOut", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid8 = _errs77 === errors;
                                                    } else {
                                                      var valid8 = true;
                                                    }
                                                    if (valid8) {
                                                      if (data34.cancelled !== void 0) {
                                                        let data39 = data34.cancelled;
                                                        const _errs80 = errors;
                                                        const _errs81 = errors;
                                                        if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                                                          validate20.errors = [{ instancePath: instancePath + "/totals/cancelled", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs81) {
                                                          if (typeof data39 == "number" && isFinite(data39)) {
                                                            if (data39 < 0 || isNaN(data39)) {
                                                              validate20.errors = [{ instancePath: instancePath + "/totals/cancelled", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid8 = _errs80 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                      if (valid8) {
                                                        if (data34.notStarted !== void 0) {
                                                          let data40 = data34.notStarted;
                                                          const _errs83 = errors;
                                                          const _errs84 = errors;
                                                          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                                                            validate20.errors = [{ instancePath: instancePath + "/totals/notStarted", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs84) {
                                                            if (typeof data40 == "number" && isFinite(data40)) {
                                                              if (data40 < 0 || isNaN(data40)) {
                                                                validate20.errors = [{ instancePath: instancePath + "/totals/notStarted", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid8 = _errs83 === errors;
                                                        } else {
                                                          var valid8 = true;
                                                        }
                                                        if (valid8) {
                                                          if (data34.attempts !== void 0) {
                                                            let data41 = data34.attempts;
                                                            const _errs86 = errors;
                                                            const _errs87 = errors;
                                                            if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                                                              validate20.errors = [{ instancePath: instancePath + "/totals/attempts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs87) {
                                                              if (typeof data41 == "number" && isFinite(data41)) {
                                                                if (data41 < 0 || isNaN(data41)) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/totals/attempts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid8 = _errs86 === errors;
                                                          } else {
                                                            var valid8 = true;
                                                          }
                                                          if (valid8) {
                                                            if (data34.retries !== void 0) {
                                                              let data42 = data34.retries;
                                                              const _errs89 = errors;
                                                              const _errs90 = errors;
                                                              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                                                                validate20.errors = [{ instancePath: instancePath + "/totals/retries", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs90) {
                                                                if (typeof data42 == "number" && isFinite(data42)) {
                                                                  if (data42 < 0 || isNaN(data42)) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/totals/retries", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid8 = _errs89 === errors;
                                                            } else {
                                                              var valid8 = true;
                                                            }
                                                            if (valid8) {
                                                              if (data34.results !== void 0) {
                                                                let data43 = data34.results;
                                                                const _errs92 = errors;
                                                                const _errs93 = errors;
                                                                if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                                                                  validate20.errors = [{ instancePath: instancePath + "/totals/results", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs93) {
                                                                  if (typeof data43 == "number" && isFinite(data43)) {
                                                                    if (data43 < 0 || isNaN(data43)) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/totals/results", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid8 = _errs92 === errors;
                                                              } else {
                                                                var valid8 = true;
                                                              }
                                                              if (valid8) {
                                                                if (data34.resultErrors !== void 0) {
                                                                  let data44 = data34.resultErrors;
                                                                  const _errs95 = errors;
                                                                  const _errs96 = errors;
                                                                  if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                                                                    validate20.errors = [{ instancePath: instancePath + "/totals/resultErrors", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs96) {
                                                                    if (typeof data44 == "number" && isFinite(data44)) {
                                                                      if (data44 < 0 || isNaN(data44)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/totals/resultErrors", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid8 = _errs95 === errors;
                                                                } else {
                                                                  var valid8 = true;
                                                                }
                                                                if (valid8) {
                                                                  if (data34.outputFiles !== void 0) {
                                                                    let data45 = data34.outputFiles;
                                                                    const _errs98 = errors;
                                                                    const _errs99 = errors;
                                                                    if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/totals/outputFiles", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs99) {
                                                                      if (typeof data45 == "number" && isFinite(data45)) {
                                                                        if (data45 < 0 || isNaN(data45)) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/totals/outputFiles", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid8 = _errs98 === errors;
                                                                  } else {
                                                                    var valid8 = true;
                                                                  }
                                                                  if (valid8) {
                                                                    if (data34.outputBytes !== void 0) {
                                                                      let data46 = data34.outputBytes;
                                                                      const _errs101 = errors;
                                                                      const _errs102 = errors;
                                                                      if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/totals/outputBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs102) {
                                                                        if (typeof data46 == "number" && isFinite(data46)) {
                                                                          if (data46 < 0 || isNaN(data46)) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/totals/outputBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid8 = _errs101 === errors;
                                                                    } else {
                                                                      var valid8 = true;
                                                                    }
                                                                    if (valid8) {
                                                                      if (data34.unreadableOutputs !== void 0) {
                                                                        let data47 = data34.unreadableOutputs;
                                                                        const _errs104 = errors;
                                                                        const _errs105 = errors;
                                                                        if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                                                                          validate20.errors = [{ instancePath: instancePath + "/totals/unreadableOutputs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs105) {
                                                                          if (typeof data47 == "number" && isFinite(data47)) {
                                                                            if (data47 < 0 || isNaN(data47)) {
                                                                              validate20.errors = [{ instancePath: instancePath + "/totals/unreadableOutputs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid8 = _errs104 === errors;
                                                                      } else {
                                                                        var valid8 = true;
                                                                      }
                                                                      if (valid8) {
                                                                        if (data34.notHashedOutputs !== void 0) {
                                                                          let data48 = data34.notHashedOutputs;
                                                                          const _errs107 = errors;
                                                                          const _errs108 = errors;
                                                                          if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
                                                                            validate20.errors = [{ instancePath: instancePath + "/totals/notHashedOutputs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs108) {
                                                                            if (typeof data48 == "number" && isFinite(data48)) {
                                                                              if (data48 < 0 || isNaN(data48)) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/totals/notHashedOutputs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid8 = _errs107 === errors;
                                                                        } else {
                                                                          var valid8 = true;
                                                                        }
                                                                        if (valid8) {
                                                                          if (data34.cpuCoreSeconds !== void 0) {
                                                                            let data49 = data34.cpuCoreSeconds;
                                                                            const _errs110 = errors;
                                                                            if (errors === _errs110) {
                                                                              if (typeof data49 == "number" && isFinite(data49)) {
                                                                                if (data49 < 0 || isNaN(data49)) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/totals/cpuCoreSeconds", schemaPath: "#/properties/totals/properties/cpuCoreSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate20.errors = [{ instancePath: instancePath + "/totals/cpuCoreSeconds", schemaPath: "#/properties/totals/properties/cpuCoreSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid8 = _errs110 === errors;
                                                                          } else {
                                                                            var valid8 = true;
                                                                          }
                                                                          if (valid8) {
                                                                            if (data34.peakMemoryBytes !== void 0) {
                                                                              let data50 = data34.peakMemoryBytes;
                                                                              const _errs112 = errors;
                                                                              if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50)) && data50 !== null) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/totals/peakMemoryBytes", schemaPath: "#/properties/totals/properties/peakMemoryBytes/type", keyword: "type", params: { type: schema31.properties.totals.properties.peakMemoryBytes.type }, message: "must be integer,null" }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs112) {
                                                                                if (typeof data50 == "number" && isFinite(data50)) {
                                                                                  if (data50 < 0 || isNaN(data50)) {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/totals/peakMemoryBytes", schemaPath: "#/properties/totals/properties/peakMemoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid8 = _errs112 === errors;
                                                                            } else {
                                                                              var valid8 = true;
                                                                            }
                                                                            if (valid8) {
                                                                              if (data34.maxConcurrent !== void 0) {
                                                                                let data51 = data34.maxConcurrent;
                                                                                const _errs114 = errors;
                                                                                const _errs115 = errors;
                                                                                if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                                                                                  validate20.errors = [{ instancePath: instancePath + "/totals/maxConcurrent", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs115) {
                                                                                  if (typeof data51 == "number" && isFinite(data51)) {
                                                                                    if (data51 < 0 || isNaN(data51)) {
                                                                                      validate20.errors = [{ instancePath: instancePath + "/totals/maxConcurrent", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid8 = _errs114 === errors;
                                                                              } else {
                                                                                var valid8 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate20.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs66 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.shards !== void 0) {
                                          let data52 = data.shards;
                                          const _errs117 = errors;
                                          if (errors === _errs117) {
                                            if (Array.isArray(data52)) {
                                              var valid24 = true;
                                              const len2 = data52.length;
                                              for (let i2 = 0; i2 < len2; i2++) {
                                                const _errs119 = errors;
                                                if (!validate21(data52[i2], { instancePath: instancePath + "/shards/" + i2, parentData: data52, parentDataProperty: i2, rootData, dynamicAnchors })) {
                                                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid24 = _errs119 === errors;
                                                if (!valid24) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate20.errors = [{ instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs117 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.rollouts !== void 0) {
                                            let data54 = data.rollouts;
                                            const _errs120 = errors;
                                            if (errors === _errs120) {
                                              if (Array.isArray(data54)) {
                                                var valid25 = true;
                                                const len3 = data54.length;
                                                for (let i3 = 0; i3 < len3; i3++) {
                                                  const _errs122 = errors;
                                                  if (!validate34(data54[i3], { instancePath: instancePath + "/rollouts/" + i3, parentData: data54, parentDataProperty: i3, rootData, dynamicAnchors })) {
                                                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid25 = _errs122 === errors;
                                                  if (!valid25) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate20.errors = [{ instancePath: instancePath + "/rollouts", schemaPath: "#/properties/rollouts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs120 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.suspendedSeconds !== void 0) {
                                              let data56 = data.suspendedSeconds;
                                              const _errs123 = errors;
                                              if (errors === _errs123) {
                                                if (typeof data56 == "number" && isFinite(data56)) {
                                                  if (data56 < 0 || isNaN(data56)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/suspendedSeconds", schemaPath: "#/properties/suspendedSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate20.errors = [{ instancePath: instancePath + "/suspendedSeconds", schemaPath: "#/properties/suspendedSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs123 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.notRerun !== void 0) {
                                                let data57 = data.notRerun;
                                                const _errs125 = errors;
                                                if (errors === _errs125) {
                                                  if (Array.isArray(data57)) {
                                                    if (data57.length < 1) {
                                                      validate20.errors = [{ instancePath: instancePath + "/notRerun", schemaPath: "#/properties/notRerun/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                      return false;
                                                    } else {
                                                      var valid26 = true;
                                                      const len4 = data57.length;
                                                      for (let i4 = 0; i4 < len4; i4++) {
                                                        const _errs127 = errors;
                                                        if (!validate36(data57[i4], { instancePath: instancePath + "/notRerun/" + i4, parentData: data57, parentDataProperty: i4, rootData, dynamicAnchors })) {
                                                          vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                                          errors = vErrors.length;
                                                        }
                                                        var valid26 = _errs127 === errors;
                                                        if (!valid26) {
                                                          break;
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate20.errors = [{ instancePath: instancePath + "/notRerun", schemaPath: "#/properties/notRerun/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs125 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.appliedBy !== void 0) {
                                                  let data59 = data.appliedBy;
                                                  const _errs128 = errors;
                                                  if (errors === _errs128) {
                                                    if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                                                      let missing6;
                                                      if (data59.controller === void 0 && (missing6 = "controller") || data59.kustomization === void 0 && (missing6 = "kustomization") || data59.revision === void 0 && (missing6 = "revision") || data59.commit === void 0 && (missing6 = "commit") || data59.sourceUrl === void 0 && (missing6 = "sourceUrl")) {
                                                        validate20.errors = [{ instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                        return false;
                                                      } else {
                                                        const _errs130 = errors;
                                                        for (const key0 in data59) {
                                                          if (!(key0 === "controller" || key0 === "kustomization" || key0 === "revision" || key0 === "commit" || key0 === "sourceUrl")) {
                                                            validate20.errors = [{ instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                                            return false;
                                                            break;
                                                          }
                                                        }
                                                        if (_errs130 === errors) {
                                                          if (data59.controller !== void 0) {
                                                            const _errs131 = errors;
                                                            if ("flux" !== data59.controller) {
                                                              validate20.errors = [{ instancePath: instancePath + "/appliedBy/controller", schemaPath: "#/properties/appliedBy/properties/controller/const", keyword: "const", params: { allowedValue: "flux" }, message: "must be equal to constant" }];
                                                              return false;
                                                            }
                                                            var valid27 = _errs131 === errors;
                                                          } else {
                                                            var valid27 = true;
                                                          }
                                                          if (valid27) {
                                                            if (data59.kustomization !== void 0) {
                                                              const _errs132 = errors;
                                                              if (typeof data59.kustomization !== "string") {
                                                                validate20.errors = [{ instancePath: instancePath + "/appliedBy/kustomization", schemaPath: "#/properties/appliedBy/properties/kustomization/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid27 = _errs132 === errors;
                                                            } else {
                                                              var valid27 = true;
                                                            }
                                                            if (valid27) {
                                                              if (data59.revision !== void 0) {
                                                                const _errs134 = errors;
                                                                if (typeof data59.revision !== "string") {
                                                                  validate20.errors = [{ instancePath: instancePath + "/appliedBy/revision", schemaPath: "#/properties/appliedBy/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid27 = _errs134 === errors;
                                                              } else {
                                                                var valid27 = true;
                                                              }
                                                              if (valid27) {
                                                                if (data59.commit !== void 0) {
                                                                  let data63 = data59.commit;
                                                                  const _errs136 = errors;
                                                                  if (errors === _errs136) {
                                                                    if (typeof data63 === "string") {
                                                                      if (!pattern9.test(data63)) {
                                                                        validate20.errors = [{ instancePath: instancePath + "/appliedBy/commit", schemaPath: "#/properties/appliedBy/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' }];
                                                                        return false;
                                                                      }
                                                                    } else {
                                                                      validate20.errors = [{ instancePath: instancePath + "/appliedBy/commit", schemaPath: "#/properties/appliedBy/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid27 = _errs136 === errors;
                                                                } else {
                                                                  var valid27 = true;
                                                                }
                                                                if (valid27) {
                                                                  if (data59.sourceUrl !== void 0) {
                                                                    let data64 = data59.sourceUrl;
                                                                    const _errs138 = errors;
                                                                    if (typeof data64 !== "string" && data64 !== null) {
                                                                      validate20.errors = [{ instancePath: instancePath + "/appliedBy/sourceUrl", schemaPath: "#/properties/appliedBy/properties/sourceUrl/type", keyword: "type", params: { type: schema31.properties.appliedBy.properties.sourceUrl.type }, message: "must be string,null" }];
                                                                      return false;
                                                                    }
                                                                    var valid27 = _errs138 === errors;
                                                                  } else {
                                                                    var valid27 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate20.errors = [{ instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs128 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        } else {
          validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
          return false;
        }
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": { "apiVersion": true, "kind": true, "id": true, "backend": true, "image": true, "source": true, "startedAt": true, "finishedAt": true, "durationSeconds": true, "parameters": true, "conclusion": true, "cancellation": true, "outputDir": true, "totals": true, "shards": true, "rollouts": true, "suspendedSeconds": true, "notRerun": true, "appliedBy": true }, "dynamicProps": false, "dynamicItems": false };
  }
});

// record-validator:writer
var require_writer = __commonJS({
  "record-validator:writer"(exports, module) {
    "use strict";
    module.exports = validate20;
    module.exports.default = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pinship.dev/schema/run-record.v1.json", "title": "pinship run record, version 1", "description": "One document per `pinship run`: what ran (image by digest, source commit, parameters), how each indexed shard went (attempts, exit codes, reasons, results, output files, resource usage) and the overall conclusion. Written by both backends (local Docker engine, Kubernetes); `pinship report` reads only this.", "type": "object", "required": ["apiVersion", "kind", "id", "backend", "image", "source", "startedAt", "finishedAt", "durationSeconds", "parameters", "conclusion", "cancellation", "outputDir", "totals", "shards", "rollouts"], "properties": { "apiVersion": { "const": "pinship.dev/v1" }, "kind": { "const": "RunRecord" }, "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.-]{0,62}$", "description": "Run id; also the value of the io.pinship.run label on every container or pod of the run." }, "backend": { "enum": ["local", "kubernetes"] }, "image": { "type": "object", "required": ["ref", "name", "digest", "imageId", "resolvedFrom", "note"], "properties": { "ref": { "type": "string", "minLength": 1, "description": "The reference as given." }, "name": { "type": "string", "minLength": 1 }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$", "description": "Manifest digest every shard ran; null for an image never pushed to a registry." }, "imageId": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$", "description": "Engine image ID (config digest) the containers were created from." }, "resolvedFrom": { "enum": ["digest", "tag", "local-image"] }, "note": { "type": ["string", "null"] } }, "additionalProperties": false }, "source": { "type": "object", "required": ["commit", "from"], "properties": { "commit": { "type": ["string", "null"] }, "from": { "enum": ["option", "GITHUB_SHA", "image-label", "pin-commit", "unknown"], "description": "pin-commit: the Pinship-Source trailer of the commit that pinned the image's digest in the overlay's repository (Kubernetes runs; added in v1, so readers older than it refuse such a record)." } }, "additionalProperties": false }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "type": "string", "format": "date-time" }, "durationSeconds": { "type": "number", "minimum": 0 }, "parameters": { "type": "object", "required": ["shards", "parallelism", "cpus", "memoryBytes", "timeoutSeconds", "backoffLimit", "args", "envNames"], "properties": { "shards": { "type": "integer", "minimum": 0, "description": "0 only on Kubernetes, for an overlay with Deployments and no Job." }, "parallelism": { "type": "integer", "minimum": 0 }, "cpus": { "type": ["number", "null"], "exclusiveMinimum": 0 }, "memoryBytes": { "type": ["integer", "null"], "minimum": 1 }, "timeoutSeconds": { "type": ["number", "null"], "exclusiveMinimum": 0 }, "backoffLimit": { "type": "integer", "minimum": 0 }, "args": { "type": "array", "items": { "type": "string" } }, "envNames": { "type": "array", "items": { "type": "string" }, "description": "Names only; values are never recorded." } }, "additionalProperties": false }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "cancellation": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["reason", "at", "message"], "properties": { "reason": { "enum": ["timeout", "signal", "error"] }, "at": { "type": "string", "format": "date-time" }, "message": { "type": "string" } }, "additionalProperties": false }] }, "outputDir": { "type": ["string", "null"] }, "totals": { "type": "object", "required": ["shards", "succeeded", "failed", "timedOut", "cancelled", "notStarted", "attempts", "retries", "results", "resultErrors", "outputFiles", "outputBytes", "cpuCoreSeconds", "peakMemoryBytes", "maxConcurrent"], "properties": { "shards": { "$ref": "#/$defs/count" }, "succeeded": { "$ref": "#/$defs/count" }, "failed": { "$ref": "#/$defs/count" }, "timedOut": { "$ref": "#/$defs/count" }, "cancelled": { "$ref": "#/$defs/count" }, "notStarted": { "$ref": "#/$defs/count" }, "attempts": { "$ref": "#/$defs/count" }, "retries": { "$ref": "#/$defs/count" }, "results": { "$ref": "#/$defs/count" }, "resultErrors": { "$ref": "#/$defs/count" }, "outputFiles": { "$ref": "#/$defs/count" }, "outputBytes": { "$ref": "#/$defs/count" }, "unreadableOutputs": { "$ref": "#/$defs/count", "description": "Output files and folders pinship could not read (added in v1; absent in older records). They do not change the conclusion." }, "notHashedOutputs": { "$ref": "#/$defs/count", "description": "Output files left without a hash because the run stopped first (timeout, cancellation); not counted in unreadableOutputs (added in v1; absent in older records)." }, "cpuCoreSeconds": { "type": "number", "minimum": 0 }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "maxConcurrent": { "$ref": "#/$defs/count" } }, "additionalProperties": false }, "shards": { "type": "array", "items": { "$ref": "#/$defs/shard" } }, "rollouts": { "type": "array", "items": { "$ref": "#/$defs/rollout" } }, "suspendedSeconds": { "type": "number", "minimum": 0, "description": "Kubernetes: seconds the run's Jobs waited suspended (spec.suspend, held by a queue) before they ran, the longest of them; included in durationSeconds. Absent when no Job was suspended." }, "notRerun": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/notRerunJob" }, "description": "Kubernetes: Jobs the run found unchanged and did not run again (added in v1; absent when every Job ran). Their shards are as the Job's earlier run left them; the record's startedAt, finishedAt and durationSeconds are pinship's wait, not a run, and a report compares no times of such a record." }, "appliedBy": { "type": "object", "description": "run --observe: the GitOps controller that applied the overlay (absent when pinship applied it).", "required": ["controller", "kustomization", "revision", "commit", "sourceUrl"], "additionalProperties": false, "properties": { "controller": { "const": "flux" }, "kustomization": { "type": "string", "description": "namespace/name of the Flux Kustomization." }, "revision": { "type": "string", "description": "Its lastAppliedRevision, e.g. main@sha1:<commit>." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40,64}$" }, "sourceUrl": { "type": ["string", "null"], "description": "The GitRepository's URL." } } } }, "$defs": { "notRerunJob": { "type": "object", "required": ["job", "namespace", "startedAt", "finishedAt"], "properties": { "job": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "startedAt": { "$ref": "#/$defs/nullableTime", "description": "When the Job did run: its status.startTime." }, "finishedAt": { "$ref": "#/$defs/nullableTime", "description": "Its status.completionTime (null when it did not complete)." } }, "additionalProperties": false }, "count": { "type": "integer", "minimum": 0 }, "nullableSeconds": { "type": ["number", "null"], "minimum": 0 }, "nullableTime": { "type": ["string", "null"], "format": "date-time" }, "shard": { "type": "object", "required": ["index", "status", "attempts", "results", "resultErrors", "outputs", "resources"], "properties": { "index": { "type": "integer", "minimum": 0, "description": "JOB_COMPLETION_INDEX of the shard." }, "job": { "type": "string", "minLength": 1, "description": "Kubernetes: the Job of the shard, when the overlay has more than one." }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled", "not-started"], "description": "The last attempt's status." }, "attempts": { "type": "array", "items": { "$ref": "#/$defs/attempt" } }, "results": { "type": "array", "items": { "$ref": "#/$defs/result" }, "maxItems": 1e5, "description": "Result lines of the last attempt (a run keeps at most 100,000 per attempt)." }, "resultErrors": { "type": "array", "items": { "$ref": "#/$defs/resultError" } }, "outputs": { "type": "array", "items": { "$ref": "#/$defs/outputFile" } }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceSummary" }] } }, "additionalProperties": false }, "attempt": { "type": "object", "required": ["attempt", "status", "exitCode", "reason", "message", "startedAt", "finishedAt", "durationSeconds", "runner", "logLines", "logTail", "resultCount", "resultErrorCount", "resources"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled"] }, "exitCode": { "type": ["integer", "null"] }, "reason": { "enum": ["Completed", "Error", "OOMKilled", "DeadlineExceeded", "Cancelled", "StartError", "Evicted", "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError"], "description": "Kubernetes' words; the last six only on Kubernetes." }, "message": { "type": ["string", "null"] }, "startedAt": { "$ref": "#/$defs/nullableTime" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds" }, "runner": { "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "enum": ["container", "pod"] }, "id": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } }, "additionalProperties": false }, "logLines": { "$ref": "#/$defs/count" }, "logTail": { "type": "array", "items": { "type": "string" }, "maxItems": 50 }, "resultCount": { "$ref": "#/$defs/count" }, "resultErrorCount": { "$ref": "#/$defs/count", "description": "Invalid result lines of the attempt, all of them; the shard's resultErrors keeps the first 100 of each attempt." }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceUsage" }] }, "logsRead": { "const": false, "description": "Present only when the pod's log was not read (its Job is annotated pinship.dev/logs: none): logLines, logTail and results are then empty and the outcome is the container's exit alone." } }, "additionalProperties": false }, "result": { "type": "object", "required": ["attempt", "line", "value"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "line": { "type": "integer", "minimum": 1, "description": "1-based line number in the attempt's stdout." }, "value": { "type": "object" } }, "additionalProperties": false }, "resultError": { "type": "object", "required": ["attempt", "line", "message", "text"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "line": { "type": "integer", "minimum": 1 }, "message": { "type": "string" }, "text": { "type": "string", "maxLength": 200 } }, "additionalProperties": false }, "outputFile": { "type": "object", "required": ["path", "size", "sha256"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the shard's folder, / separators; `.` is the folder itself." }, "size": { "$ref": "#/$defs/count", "description": "Bytes (lstat); 0 for a folder that could not be listed." }, "sha256": { "type": ["string", "null"], "pattern": "^[a-f0-9]{64}$", "description": "null when the file could not be read (see unreadable)." }, "kind": { "const": "directory", "description": "Only on a folder that could not be listed; every other entry is a regular file." }, "unreadable": { "type": "string", "minLength": 1, "description": "Why it could not be read, e.g. `permission denied`, or was not (`not hashed: the run timed out`, with notHashed); absent when it was read." }, "notHashed": { "const": true, "description": "The run stopped (timeout, cancellation) before the file was hashed (added in v1); the file may well be readable." } }, "if": { "properties": { "sha256": { "type": "null" } } }, "then": { "properties": { "unreadable": true }, "required": ["unreadable"] }, "else": { "properties": { "unreadable": false, "kind": false, "notHashed": false } }, "additionalProperties": false }, "resourceUsage": { "type": "object", "required": ["samples", "summary"], "properties": { "samples": { "type": "array", "items": { "$ref": "#/$defs/resourceSample" }, "maxItems": 120 }, "summary": { "$ref": "#/$defs/resourceSummary" } }, "additionalProperties": false }, "resourceSample": { "type": "object", "required": ["t", "cpuCores", "memoryBytes", "ioReadBytes", "ioWriteBytes"], "properties": { "t": { "type": "number", "minimum": 0 }, "cpuCores": { "type": "number", "minimum": 0 }, "memoryBytes": { "$ref": "#/$defs/count" }, "ioReadBytes": { "$ref": "#/$defs/count" }, "ioWriteBytes": { "$ref": "#/$defs/count" } }, "additionalProperties": false }, "resourceSummary": { "type": "object", "required": ["wallSeconds", "cpuCoreSeconds", "averageCores", "peakCores", "peakMemoryBytes", "memoryLimitBytes", "peakMemoryOfLimit", "ioReadBytes", "ioWriteBytes", "samples"], "properties": { "wallSeconds": { "$ref": "#/$defs/nullableSeconds" }, "cpuCoreSeconds": { "$ref": "#/$defs/nullableSeconds" }, "averageCores": { "$ref": "#/$defs/nullableSeconds" }, "peakCores": { "$ref": "#/$defs/nullableSeconds" }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "memoryLimitBytes": { "type": ["integer", "null"], "minimum": 1 }, "peakMemoryOfLimit": { "$ref": "#/$defs/nullableSeconds" }, "ioReadBytes": { "type": ["integer", "null"], "minimum": 0 }, "ioWriteBytes": { "type": ["integer", "null"], "minimum": 0 }, "samples": { "$ref": "#/$defs/count" } }, "additionalProperties": false }, "rollout": { "type": "object", "required": ["name", "namespace", "revision", "replicas", "conclusion", "message", "startedAt", "finishedAt"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "revision": { "type": ["string", "null"] }, "replicas": { "type": "object", "required": ["desired", "updated", "ready", "available"], "properties": { "desired": { "$ref": "#/$defs/count" }, "updated": { "$ref": "#/$defs/count" }, "ready": { "$ref": "#/$defs/count" }, "available": { "$ref": "#/$defs/count" } }, "additionalProperties": false }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "message": { "type": ["string", "null"] }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "reason": { "type": ["string", "null"], "description": "Why it failed or stalled: ProgressDeadlineExceeded, ReadinessProbeFailing, CrashLoopBackOff..." }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds", "description": "From the apply to rolled out." }, "images": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["container", "image", "digest", "pods"], "properties": { "container": { "type": "string" }, "image": { "type": "string" }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$" }, "pods": { "$ref": "#/$defs/count" } } }, "description": "Images the current pods actually run, digests from their status." }, "restarts": { "$ref": "#/$defs/count" }, "pods": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "ready", "restarts", "reason", "message"], "properties": { "name": { "type": "string" }, "ready": { "type": "boolean" }, "restarts": { "$ref": "#/$defs/count" }, "reason": { "type": ["string", "null"] }, "message": { "type": ["string", "null"] } } } } }, "additionalProperties": false } }, "additionalProperties": false };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("^[a-z0-9][a-z0-9.-]{0,62}$", "u");
    var pattern5 = new RegExp("^sha256:[a-f0-9]{64}$", "u");
    var pattern9 = new RegExp("^[0-9a-f]{40,64}$", "u");
    var formats0 = require_formats().fullFormats["date-time"];
    var schema47 = { "type": "object", "required": ["index", "status", "attempts", "results", "resultErrors", "outputs", "resources"], "properties": { "index": { "type": "integer", "minimum": 0, "description": "JOB_COMPLETION_INDEX of the shard." }, "job": { "type": "string", "minLength": 1, "description": "Kubernetes: the Job of the shard, when the overlay has more than one." }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled", "not-started"], "description": "The last attempt's status." }, "attempts": { "type": "array", "items": { "$ref": "#/$defs/attempt" } }, "results": { "type": "array", "items": { "$ref": "#/$defs/result" }, "maxItems": 1e5, "description": "Result lines of the last attempt (a run keeps at most 100,000 per attempt)." }, "resultErrors": { "type": "array", "items": { "$ref": "#/$defs/resultError" } }, "outputs": { "type": "array", "items": { "$ref": "#/$defs/outputFile" } }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceSummary" }] } }, "additionalProperties": false };
    var schema48 = { "type": "object", "required": ["attempt", "status", "exitCode", "reason", "message", "startedAt", "finishedAt", "durationSeconds", "runner", "logLines", "logTail", "resultCount", "resultErrorCount", "resources"], "properties": { "attempt": { "type": "integer", "minimum": 1 }, "status": { "enum": ["succeeded", "failed", "timed-out", "cancelled"] }, "exitCode": { "type": ["integer", "null"] }, "reason": { "enum": ["Completed", "Error", "OOMKilled", "DeadlineExceeded", "Cancelled", "StartError", "Evicted", "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError"], "description": "Kubernetes' words; the last six only on Kubernetes." }, "message": { "type": ["string", "null"] }, "startedAt": { "$ref": "#/$defs/nullableTime" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds" }, "runner": { "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "enum": ["container", "pod"] }, "id": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } }, "additionalProperties": false }, "logLines": { "$ref": "#/$defs/count" }, "logTail": { "type": "array", "items": { "type": "string" }, "maxItems": 50 }, "resultCount": { "$ref": "#/$defs/count" }, "resultErrorCount": { "$ref": "#/$defs/count", "description": "Invalid result lines of the attempt, all of them; the shard's resultErrors keeps the first 100 of each attempt." }, "resources": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/resourceUsage" }] }, "logsRead": { "const": false, "description": "Present only when the pod's log was not read (its Job is annotated pinship.dev/logs: none): logLines, logTail and results are then empty and the outcome is the container's exit alone." } }, "additionalProperties": false };
    var schema49 = { "type": ["string", "null"], "format": "date-time" };
    var schema51 = { "type": ["number", "null"], "minimum": 0 };
    function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate24.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.t === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "t" }, message: "must have required property 't'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.cpuCores === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cpuCores" }, message: "must have required property 'cpuCores'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.memoryBytes === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "memoryBytes" }, message: "must have required property 'memoryBytes'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.ioReadBytes === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ioReadBytes" }, message: "must have required property 'ioReadBytes'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.ioWriteBytes === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ioWriteBytes" }, message: "must have required property 'ioWriteBytes'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "t" || key0 === "cpuCores" || key0 === "memoryBytes" || key0 === "ioReadBytes" || key0 === "ioWriteBytes")) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.t !== void 0) {
          let data0 = data.t;
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 0 || isNaN(data0)) {
              const err6 = { instancePath: instancePath + "/t", schemaPath: "#/properties/t/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/t", schemaPath: "#/properties/t/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.cpuCores !== void 0) {
          let data1 = data.cpuCores;
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 < 0 || isNaN(data1)) {
              const err8 = { instancePath: instancePath + "/cpuCores", schemaPath: "#/properties/cpuCores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/cpuCores", schemaPath: "#/properties/cpuCores/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.memoryBytes !== void 0) {
          let data2 = data.memoryBytes;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err10 = { instancePath: instancePath + "/memoryBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 0 || isNaN(data2)) {
              const err11 = { instancePath: instancePath + "/memoryBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data.ioReadBytes !== void 0) {
          let data3 = data.ioReadBytes;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err12 = { instancePath: instancePath + "/ioReadBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err13 = { instancePath: instancePath + "/ioReadBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data.ioWriteBytes !== void 0) {
          let data4 = data.ioWriteBytes;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err14 = { instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      validate24.errors = vErrors;
      return errors === 0;
    }
    validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema60 = { "type": "object", "required": ["wallSeconds", "cpuCoreSeconds", "averageCores", "peakCores", "peakMemoryBytes", "memoryLimitBytes", "peakMemoryOfLimit", "ioReadBytes", "ioWriteBytes", "samples"], "properties": { "wallSeconds": { "$ref": "#/$defs/nullableSeconds" }, "cpuCoreSeconds": { "$ref": "#/$defs/nullableSeconds" }, "averageCores": { "$ref": "#/$defs/nullableSeconds" }, "peakCores": { "$ref": "#/$defs/nullableSeconds" }, "peakMemoryBytes": { "type": ["integer", "null"], "minimum": 0 }, "memoryLimitBytes": { "type": ["integer", "null"], "minimum": 1 }, "peakMemoryOfLimit": { "$ref": "#/$defs/nullableSeconds" }, "ioReadBytes": { "type": ["integer", "null"], "minimum": 0 }, "ioWriteBytes": { "type": ["integer", "null"], "minimum": 0 }, "samples": { "$ref": "#/$defs/count" } }, "additionalProperties": false };
    function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate26.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.wallSeconds === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "wallSeconds" }, message: "must have required property 'wallSeconds'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.cpuCoreSeconds === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cpuCoreSeconds" }, message: "must have required property 'cpuCoreSeconds'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.averageCores === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "averageCores" }, message: "must have required property 'averageCores'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.peakCores === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "peakCores" }, message: "must have required property 'peakCores'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.peakMemoryBytes === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "peakMemoryBytes" }, message: "must have required property 'peakMemoryBytes'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.memoryLimitBytes === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "memoryLimitBytes" }, message: "must have required property 'memoryLimitBytes'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.peakMemoryOfLimit === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "peakMemoryOfLimit" }, message: "must have required property 'peakMemoryOfLimit'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.ioReadBytes === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ioReadBytes" }, message: "must have required property 'ioReadBytes'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.ioWriteBytes === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ioWriteBytes" }, message: "must have required property 'ioWriteBytes'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.samples === void 0) {
          const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema60.properties, key0)) {
            const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.wallSeconds !== void 0) {
          let data0 = data.wallSeconds;
          if (!(typeof data0 == "number" && isFinite(data0)) && data0 !== null) {
            const err11 = { instancePath: instancePath + "/wallSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 0 || isNaN(data0)) {
              const err12 = { instancePath: instancePath + "/wallSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
        if (data.cpuCoreSeconds !== void 0) {
          let data1 = data.cpuCoreSeconds;
          if (!(typeof data1 == "number" && isFinite(data1)) && data1 !== null) {
            const err13 = { instancePath: instancePath + "/cpuCoreSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 < 0 || isNaN(data1)) {
              const err14 = { instancePath: instancePath + "/cpuCoreSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data.averageCores !== void 0) {
          let data2 = data.averageCores;
          if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
            const err15 = { instancePath: instancePath + "/averageCores", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 0 || isNaN(data2)) {
              const err16 = { instancePath: instancePath + "/averageCores", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data.peakCores !== void 0) {
          let data3 = data.peakCores;
          if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
            const err17 = { instancePath: instancePath + "/peakCores", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err18 = { instancePath: instancePath + "/peakCores", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data.peakMemoryBytes !== void 0) {
          let data4 = data.peakMemoryBytes;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
            const err19 = { instancePath: instancePath + "/peakMemoryBytes", schemaPath: "#/properties/peakMemoryBytes/type", keyword: "type", params: { type: schema60.properties.peakMemoryBytes.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err20 = { instancePath: instancePath + "/peakMemoryBytes", schemaPath: "#/properties/peakMemoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data.memoryLimitBytes !== void 0) {
          let data5 = data.memoryLimitBytes;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
            const err21 = { instancePath: instancePath + "/memoryLimitBytes", schemaPath: "#/properties/memoryLimitBytes/type", keyword: "type", params: { type: schema60.properties.memoryLimitBytes.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 1 || isNaN(data5)) {
              const err22 = { instancePath: instancePath + "/memoryLimitBytes", schemaPath: "#/properties/memoryLimitBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data.peakMemoryOfLimit !== void 0) {
          let data6 = data.peakMemoryOfLimit;
          if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
            const err23 = { instancePath: instancePath + "/peakMemoryOfLimit", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err24 = { instancePath: instancePath + "/peakMemoryOfLimit", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data.ioReadBytes !== void 0) {
          let data7 = data.ioReadBytes;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
            const err25 = { instancePath: instancePath + "/ioReadBytes", schemaPath: "#/properties/ioReadBytes/type", keyword: "type", params: { type: schema60.properties.ioReadBytes.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err26 = { instancePath: instancePath + "/ioReadBytes", schemaPath: "#/properties/ioReadBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data.ioWriteBytes !== void 0) {
          let data8 = data.ioWriteBytes;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
            const err27 = { instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/properties/ioWriteBytes/type", keyword: "type", params: { type: schema60.properties.ioWriteBytes.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err28 = { instancePath: instancePath + "/ioWriteBytes", schemaPath: "#/properties/ioWriteBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data.samples !== void 0) {
          let data9 = data.samples;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err29 = { instancePath: instancePath + "/samples", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err30 = { instancePath: instancePath + "/samples", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
      } else {
        const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      validate26.errors = vErrors;
      return errors === 0;
    }
    validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.samples === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.summary === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "samples" || key0 === "summary")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.samples !== void 0) {
          let data0 = data.samples;
          if (Array.isArray(data0)) {
            if (data0.length > 120) {
              const err3 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maxItems", keyword: "maxItems", params: { limit: 120 }, message: "must NOT have more than 120 items" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate24(data0[i0], { instancePath: instancePath + "/samples/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.summary !== void 0) {
          if (!validate26(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      validate23.errors = vErrors;
      return errors === 0;
    }
    validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.attempt === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.status === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.exitCode === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property 'exitCode'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.reason === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.message === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.startedAt === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.finishedAt === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.durationSeconds === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationSeconds" }, message: "must have required property 'durationSeconds'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.runner === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property 'runner'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.logLines === void 0) {
          const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "logLines" }, message: "must have required property 'logLines'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data.logTail === void 0) {
          const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "logTail" }, message: "must have required property 'logTail'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data.resultCount === void 0) {
          const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resultCount" }, message: "must have required property 'resultCount'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data.resultErrorCount === void 0) {
          const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resultErrorCount" }, message: "must have required property 'resultErrorCount'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data.resources === void 0) {
          const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema48.properties, key0)) {
            const err14 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.attempt !== void 0) {
          let data0 = data.attempt;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err15 = { instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 1 || isNaN(data0)) {
              const err16 = { instancePath: instancePath + "/attempt", schemaPath: "#/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data.status !== void 0) {
          let data1 = data.status;
          if (!(data1 === "succeeded" || data1 === "failed" || data1 === "timed-out" || data1 === "cancelled")) {
            const err17 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema48.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.exitCode !== void 0) {
          let data2 = data.exitCode;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
            const err18 = { instancePath: instancePath + "/exitCode", schemaPath: "#/properties/exitCode/type", keyword: "type", params: { type: schema48.properties.exitCode.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.reason !== void 0) {
          let data3 = data.reason;
          if (!(data3 === "Completed" || data3 === "Error" || data3 === "OOMKilled" || data3 === "DeadlineExceeded" || data3 === "Cancelled" || data3 === "StartError" || data3 === "Evicted" || data3 === "ImagePullBackOff" || data3 === "ErrImagePull" || data3 === "InvalidImageName" || data3 === "CreateContainerConfigError" || data3 === "CreateContainerError")) {
            const err19 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/enum", keyword: "enum", params: { allowedValues: schema48.properties.reason.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.message !== void 0) {
          let data4 = data.message;
          if (typeof data4 !== "string" && data4 !== null) {
            const err20 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema48.properties.message.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.startedAt !== void 0) {
          let data5 = data.startedAt;
          if (typeof data5 !== "string" && data5 !== null) {
            const err21 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data5 === "string") {
            if (!formats0.validate(data5)) {
              const err22 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data.finishedAt !== void 0) {
          let data6 = data.finishedAt;
          if (typeof data6 !== "string" && data6 !== null) {
            const err23 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (!formats0.validate(data6)) {
              const err24 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
        if (data.durationSeconds !== void 0) {
          let data7 = data.durationSeconds;
          if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
            const err25 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err26 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data.runner !== void 0) {
          let data8 = data.runner;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.kind === void 0) {
              const err27 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data8.id === void 0) {
              const err28 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data8.name === void 0) {
              const err29 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "kind" || key1 === "id" || key1 === "name")) {
                const err30 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data8.kind !== void 0) {
              let data9 = data8.kind;
              if (!(data9 === "container" || data9 === "pod")) {
                const err31 = { instancePath: instancePath + "/runner/kind", schemaPath: "#/properties/runner/properties/kind/enum", keyword: "enum", params: { allowedValues: schema48.properties.runner.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data8.id !== void 0) {
              let data10 = data8.id;
              if (typeof data10 !== "string" && data10 !== null) {
                const err32 = { instancePath: instancePath + "/runner/id", schemaPath: "#/properties/runner/properties/id/type", keyword: "type", params: { type: schema48.properties.runner.properties.id.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data11 = data8.name;
              if (typeof data11 !== "string" && data11 !== null) {
                const err33 = { instancePath: instancePath + "/runner/name", schemaPath: "#/properties/runner/properties/name/type", keyword: "type", params: { type: schema48.properties.runner.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.logLines !== void 0) {
          let data12 = data.logLines;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err35 = { instancePath: instancePath + "/logLines", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err36 = { instancePath: instancePath + "/logLines", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data.logTail !== void 0) {
          let data13 = data.logTail;
          if (Array.isArray(data13)) {
            if (data13.length > 50) {
              const err37 = { instancePath: instancePath + "/logTail", schemaPath: "#/properties/logTail/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            const len0 = data13.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data13[i0] !== "string") {
                const err38 = { instancePath: instancePath + "/logTail/" + i0, schemaPath: "#/properties/logTail/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/logTail", schemaPath: "#/properties/logTail/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.resultCount !== void 0) {
          let data15 = data.resultCount;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err40 = { instancePath: instancePath + "/resultCount", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err41 = { instancePath: instancePath + "/resultCount", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data.resultErrorCount !== void 0) {
          let data16 = data.resultErrorCount;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err42 = { instancePath: instancePath + "/resultErrorCount", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err43 = { instancePath: instancePath + "/resultErrorCount", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data.resources !== void 0) {
          let data17 = data.resources;
          const _errs41 = errors;
          let valid10 = false;
          let passing0 = null;
          const _errs42 = errors;
          if (data17 !== null) {
            const err44 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid0 = _errs42 === errors;
          if (_valid0) {
            valid10 = true;
            passing0 = 0;
          }
          const _errs44 = errors;
          if (!validate23(data17, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs44 === errors;
          if (_valid0 && valid10) {
            valid10 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid10 = true;
              passing0 = 1;
            }
          }
          if (!valid10) {
            const err45 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          } else {
            errors = _errs41;
            if (vErrors !== null) {
              if (_errs41) {
                vErrors.length = _errs41;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.logsRead !== void 0) {
          if (false !== data.logsRead) {
            const err46 = { instancePath: instancePath + "/logsRead", schemaPath: "#/properties/logsRead/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      validate22.errors = vErrors;
      return errors === 0;
    }
    validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema69 = { "type": "object", "required": ["path", "size", "sha256"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the shard's folder, / separators; `.` is the folder itself." }, "size": { "$ref": "#/$defs/count", "description": "Bytes (lstat); 0 for a folder that could not be listed." }, "sha256": { "type": ["string", "null"], "pattern": "^[a-f0-9]{64}$", "description": "null when the file could not be read (see unreadable)." }, "kind": { "const": "directory", "description": "Only on a folder that could not be listed; every other entry is a regular file." }, "unreadable": { "type": "string", "minLength": 1, "description": "Why it could not be read, e.g. `permission denied`, or was not (`not hashed: the run timed out`, with notHashed); absent when it was read." }, "notHashed": { "const": true, "description": "The run stopped (timeout, cancellation) before the file was hashed (added in v1); the file may well be readable." } }, "if": { "properties": { "sha256": { "type": "null" } } }, "then": { "properties": { "unreadable": true }, "required": ["unreadable"] }, "else": { "properties": { "unreadable": false, "kind": false, "notHashed": false } }, "additionalProperties": false };
    var pattern7 = new RegExp("^[a-f0-9]{64}$", "u");
    function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate30.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs1 = errors;
      let valid0 = true;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.sha256 !== void 0) {
          if (data.sha256 !== null) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs2 === errors;
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.unreadable === void 0) {
            const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property 'unreadable'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        var _valid0 = _errs5 === errors;
        valid0 = _valid0;
        if (valid0) {
          var props0 = {};
          props0.unreadable = true;
          props0.sha256 = true;
        }
        ifClause0 = "then";
      } else {
        const _errs6 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.unreadable !== void 0) {
            const err2 = { instancePath: instancePath + "/unreadable", schemaPath: "#/else/properties/unreadable/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data.kind !== void 0) {
            const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/else/properties/kind/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data.notHashed !== void 0) {
            const err4 = { instancePath: instancePath + "/notHashed", schemaPath: "#/else/properties/notHashed/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        var _valid0 = _errs6 === errors;
        valid0 = _valid0;
        if (valid0) {
          if (props0 !== true) {
            props0 = props0 || {};
            props0.unreadable = true;
            props0.kind = true;
            props0.notHashed = true;
          }
        }
        ifClause0 = "else";
      }
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.path === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.size === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.sha256 === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "path" || key0 === "size" || key0 === "sha256" || key0 === "kind" || key0 === "unreadable" || key0 === "notHashed")) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.path !== void 0) {
          let data4 = data.path;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err10 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.size !== void 0) {
          let data5 = data.size;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err12 = { instancePath: instancePath + "/size", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err13 = { instancePath: instancePath + "/size", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
        if (data.sha256 !== void 0) {
          let data6 = data.sha256;
          if (typeof data6 !== "string" && data6 !== null) {
            const err14 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema69.properties.sha256.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (!pattern7.test(data6)) {
              const err15 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"' };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data.kind !== void 0) {
          if ("directory" !== data.kind) {
            const err16 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "directory" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.unreadable !== void 0) {
          let data8 = data.unreadable;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err17 = { instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.notHashed !== void 0) {
          if (true !== data.notHashed) {
            const err19 = { instancePath: instancePath + "/notHashed", schemaPath: "#/properties/notHashed/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      validate30.errors = vErrors;
      return errors === 0;
    }
    validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.index === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "index" }, message: "must have required property 'index'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.status === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.attempts === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property 'attempts'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.results === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.resultErrors === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resultErrors" }, message: "must have required property 'resultErrors'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.outputs === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.resources === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "index" || key0 === "job" || key0 === "status" || key0 === "attempts" || key0 === "results" || key0 === "resultErrors" || key0 === "outputs" || key0 === "resources")) {
            const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.index !== void 0) {
          let data0 = data.index;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err8 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 0 || isNaN(data0)) {
              const err9 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
        if (data.job !== void 0) {
          let data1 = data.job;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err10 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.status !== void 0) {
          let data2 = data.status;
          if (!(data2 === "succeeded" || data2 === "failed" || data2 === "timed-out" || data2 === "cancelled" || data2 === "not-started")) {
            const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema47.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.attempts !== void 0) {
          let data3 = data.attempts;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate22(data3[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.results !== void 0) {
          let data5 = data.results;
          if (Array.isArray(data5)) {
            if (data5.length > 1e5) {
              const err14 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.attempt === void 0) {
                  const err15 = { instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (data6.line === void 0) {
                  const err16 = { instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data6.value === void 0) {
                  const err17 = { instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                for (const key1 in data6) {
                  if (!(key1 === "attempt" || key1 === "line" || key1 === "value")) {
                    const err18 = { instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data6.attempt !== void 0) {
                  let data7 = data6.attempt;
                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                    const err19 = { instancePath: instancePath + "/results/" + i1 + "/attempt", schemaPath: "#/$defs/result/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                  if (typeof data7 == "number" && isFinite(data7)) {
                    if (data7 < 1 || isNaN(data7)) {
                      const err20 = { instancePath: instancePath + "/results/" + i1 + "/attempt", schemaPath: "#/$defs/result/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  }
                }
                if (data6.line !== void 0) {
                  let data8 = data6.line;
                  if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                    const err21 = { instancePath: instancePath + "/results/" + i1 + "/line", schemaPath: "#/$defs/result/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (typeof data8 == "number" && isFinite(data8)) {
                    if (data8 < 1 || isNaN(data8)) {
                      const err22 = { instancePath: instancePath + "/results/" + i1 + "/line", schemaPath: "#/$defs/result/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
                if (data6.value !== void 0) {
                  let data9 = data6.value;
                  if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                    const err23 = { instancePath: instancePath + "/results/" + i1 + "/value", schemaPath: "#/$defs/result/properties/value/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/results/" + i1, schemaPath: "#/$defs/result/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.resultErrors !== void 0) {
          let data10 = data.resultErrors;
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.attempt === void 0) {
                  const err26 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property 'attempt'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data11.line === void 0) {
                  const err27 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data11.message === void 0) {
                  const err28 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data11.text === void 0) {
                  const err29 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key2 in data11) {
                  if (!(key2 === "attempt" || key2 === "line" || key2 === "message" || key2 === "text")) {
                    const err30 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data11.attempt !== void 0) {
                  let data12 = data11.attempt;
                  if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                    const err31 = { instancePath: instancePath + "/resultErrors/" + i2 + "/attempt", schemaPath: "#/$defs/resultError/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                  if (typeof data12 == "number" && isFinite(data12)) {
                    if (data12 < 1 || isNaN(data12)) {
                      const err32 = { instancePath: instancePath + "/resultErrors/" + i2 + "/attempt", schemaPath: "#/$defs/resultError/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.line !== void 0) {
                  let data13 = data11.line;
                  if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                    const err33 = { instancePath: instancePath + "/resultErrors/" + i2 + "/line", schemaPath: "#/$defs/resultError/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (typeof data13 == "number" && isFinite(data13)) {
                    if (data13 < 1 || isNaN(data13)) {
                      const err34 = { instancePath: instancePath + "/resultErrors/" + i2 + "/line", schemaPath: "#/$defs/resultError/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.message !== void 0) {
                  if (typeof data11.message !== "string") {
                    const err35 = { instancePath: instancePath + "/resultErrors/" + i2 + "/message", schemaPath: "#/$defs/resultError/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data11.text !== void 0) {
                  let data15 = data11.text;
                  if (typeof data15 === "string") {
                    if (func2(data15) > 200) {
                      const err36 = { instancePath: instancePath + "/resultErrors/" + i2 + "/text", schemaPath: "#/$defs/resultError/properties/text/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/resultErrors/" + i2 + "/text", schemaPath: "#/$defs/resultError/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/resultErrors/" + i2, schemaPath: "#/$defs/resultError/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/resultErrors", schemaPath: "#/properties/resultErrors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.outputs !== void 0) {
          let data16 = data.outputs;
          if (Array.isArray(data16)) {
            const len3 = data16.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate30(data16[i3], { instancePath: instancePath + "/outputs/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data.resources !== void 0) {
          let data18 = data.resources;
          const _errs40 = errors;
          let valid13 = false;
          let passing0 = null;
          const _errs41 = errors;
          if (data18 !== null) {
            const err41 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          var _valid0 = _errs41 === errors;
          if (_valid0) {
            valid13 = true;
            passing0 = 0;
          }
          const _errs43 = errors;
          if (!validate26(data18, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs43 === errors;
          if (_valid0 && valid13) {
            valid13 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid13 = true;
              passing0 = 1;
            }
          }
          if (!valid13) {
            const err42 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema71 = { "type": "object", "required": ["name", "namespace", "revision", "replicas", "conclusion", "message", "startedAt", "finishedAt"], "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "revision": { "type": ["string", "null"] }, "replicas": { "type": "object", "required": ["desired", "updated", "ready", "available"], "properties": { "desired": { "$ref": "#/$defs/count" }, "updated": { "$ref": "#/$defs/count" }, "ready": { "$ref": "#/$defs/count" }, "available": { "$ref": "#/$defs/count" } }, "additionalProperties": false }, "conclusion": { "enum": ["success", "failure", "timed-out", "cancelled"] }, "message": { "type": ["string", "null"] }, "startedAt": { "type": "string", "format": "date-time" }, "finishedAt": { "$ref": "#/$defs/nullableTime" }, "reason": { "type": ["string", "null"], "description": "Why it failed or stalled: ProgressDeadlineExceeded, ReadinessProbeFailing, CrashLoopBackOff..." }, "durationSeconds": { "$ref": "#/$defs/nullableSeconds", "description": "From the apply to rolled out." }, "images": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["container", "image", "digest", "pods"], "properties": { "container": { "type": "string" }, "image": { "type": "string" }, "digest": { "type": ["string", "null"], "pattern": "^sha256:[a-f0-9]{64}$" }, "pods": { "$ref": "#/$defs/count" } } }, "description": "Images the current pods actually run, digests from their status." }, "restarts": { "$ref": "#/$defs/count" }, "pods": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "ready", "restarts", "reason", "message"], "properties": { "name": { "type": "string" }, "ready": { "type": "boolean" }, "restarts": { "$ref": "#/$defs/count" }, "reason": { "type": ["string", "null"] }, "message": { "type": ["string", "null"] } } } } }, "additionalProperties": false };
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate34.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.namespace === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.revision === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.replicas === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replicas" }, message: "must have required property 'replicas'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.conclusion === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.message === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.startedAt === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.finishedAt === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema71.properties, key0)) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.namespace !== void 0) {
          let data1 = data.namespace;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err11 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.revision !== void 0) {
          let data2 = data.revision;
          if (typeof data2 !== "string" && data2 !== null) {
            const err13 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: schema71.properties.revision.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.replicas !== void 0) {
          let data3 = data.replicas;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.desired === void 0) {
              const err14 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data3.updated === void 0) {
              const err15 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/required", keyword: "required", params: { missingProperty: "updated" }, message: "must have required property 'updated'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data3.ready === void 0) {
              const err16 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property 'ready'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data3.available === void 0) {
              const err17 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/required", keyword: "required", params: { missingProperty: "available" }, message: "must have required property 'available'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "desired" || key1 === "updated" || key1 === "ready" || key1 === "available")) {
                const err18 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.desired !== void 0) {
              let data4 = data3.desired;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                const err19 = { instancePath: instancePath + "/replicas/desired", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err20 = { instancePath: instancePath + "/replicas/desired", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data3.updated !== void 0) {
              let data5 = data3.updated;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err21 = { instancePath: instancePath + "/replicas/updated", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 0 || isNaN(data5)) {
                  const err22 = { instancePath: instancePath + "/replicas/updated", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data3.ready !== void 0) {
              let data6 = data3.ready;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err23 = { instancePath: instancePath + "/replicas/ready", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data6 == "number" && isFinite(data6)) {
                if (data6 < 0 || isNaN(data6)) {
                  const err24 = { instancePath: instancePath + "/replicas/ready", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data3.available !== void 0) {
              let data7 = data3.available;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err25 = { instancePath: instancePath + "/replicas/available", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data7 == "number" && isFinite(data7)) {
                if (data7 < 0 || isNaN(data7)) {
                  const err26 = { instancePath: instancePath + "/replicas/available", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data.conclusion !== void 0) {
          let data8 = data.conclusion;
          if (!(data8 === "success" || data8 === "failure" || data8 === "timed-out" || data8 === "cancelled")) {
            const err28 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema71.properties.conclusion.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.message !== void 0) {
          let data9 = data.message;
          if (typeof data9 !== "string" && data9 !== null) {
            const err29 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema71.properties.message.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.startedAt !== void 0) {
          let data10 = data.startedAt;
          if (typeof data10 === "string") {
            if (!formats0.validate(data10)) {
              const err30 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.finishedAt !== void 0) {
          let data11 = data.finishedAt;
          if (typeof data11 !== "string" && data11 !== null) {
            const err32 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data11 === "string") {
            if (!formats0.validate(data11)) {
              const err33 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data.reason !== void 0) {
          let data12 = data.reason;
          if (typeof data12 !== "string" && data12 !== null) {
            const err34 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema71.properties.reason.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.durationSeconds !== void 0) {
          let data13 = data.durationSeconds;
          if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
            const err35 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/type", keyword: "type", params: { type: schema51.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err36 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/$defs/nullableSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data.images !== void 0) {
          let data14 = data.images;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.container === void 0) {
                  const err37 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "container" }, message: "must have required property 'container'" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data15.image === void 0) {
                  const err38 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data15.digest === void 0) {
                  const err39 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data15.pods === void 0) {
                  const err40 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/required", keyword: "required", params: { missingProperty: "pods" }, message: "must have required property 'pods'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                for (const key2 in data15) {
                  if (!(key2 === "container" || key2 === "image" || key2 === "digest" || key2 === "pods")) {
                    const err41 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data15.container !== void 0) {
                  if (typeof data15.container !== "string") {
                    const err42 = { instancePath: instancePath + "/images/" + i0 + "/container", schemaPath: "#/properties/images/items/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data15.image !== void 0) {
                  if (typeof data15.image !== "string") {
                    const err43 = { instancePath: instancePath + "/images/" + i0 + "/image", schemaPath: "#/properties/images/items/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data15.digest !== void 0) {
                  let data18 = data15.digest;
                  if (typeof data18 !== "string" && data18 !== null) {
                    const err44 = { instancePath: instancePath + "/images/" + i0 + "/digest", schemaPath: "#/properties/images/items/properties/digest/type", keyword: "type", params: { type: schema71.properties.images.items.properties.digest.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  if (typeof data18 === "string") {
                    if (!pattern5.test(data18)) {
                      const err45 = { instancePath: instancePath + "/images/" + i0 + "/digest", schemaPath: "#/properties/images/items/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                }
                if (data15.pods !== void 0) {
                  let data19 = data15.pods;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err46 = { instancePath: instancePath + "/images/" + i0 + "/pods", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 < 0 || isNaN(data19)) {
                      const err47 = { instancePath: instancePath + "/images/" + i0 + "/pods", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/images/" + i0, schemaPath: "#/properties/images/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data.restarts !== void 0) {
          let data20 = data.restarts;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err50 = { instancePath: instancePath + "/restarts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err51 = { instancePath: instancePath + "/restarts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
        if (data.pods !== void 0) {
          let data21 = data.pods;
          if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data22 = data21[i1];
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.name === void 0) {
                  const err52 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data22.ready === void 0) {
                  const err53 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: "ready" }, message: "must have required property 'ready'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data22.restarts === void 0) {
                  const err54 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: "restarts" }, message: "must have required property 'restarts'" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data22.reason === void 0) {
                  const err55 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data22.message === void 0) {
                  const err56 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                for (const key3 in data22) {
                  if (!(key3 === "name" || key3 === "ready" || key3 === "restarts" || key3 === "reason" || key3 === "message")) {
                    const err57 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data22.name !== void 0) {
                  if (typeof data22.name !== "string") {
                    const err58 = { instancePath: instancePath + "/pods/" + i1 + "/name", schemaPath: "#/properties/pods/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data22.ready !== void 0) {
                  if (typeof data22.ready !== "boolean") {
                    const err59 = { instancePath: instancePath + "/pods/" + i1 + "/ready", schemaPath: "#/properties/pods/items/properties/ready/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data22.restarts !== void 0) {
                  let data25 = data22.restarts;
                  if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                    const err60 = { instancePath: instancePath + "/pods/" + i1 + "/restarts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 < 0 || isNaN(data25)) {
                      const err61 = { instancePath: instancePath + "/pods/" + i1 + "/restarts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                }
                if (data22.reason !== void 0) {
                  let data26 = data22.reason;
                  if (typeof data26 !== "string" && data26 !== null) {
                    const err62 = { instancePath: instancePath + "/pods/" + i1 + "/reason", schemaPath: "#/properties/pods/items/properties/reason/type", keyword: "type", params: { type: schema71.properties.pods.items.properties.reason.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data22.message !== void 0) {
                  let data27 = data22.message;
                  if (typeof data27 !== "string" && data27 !== null) {
                    const err63 = { instancePath: instancePath + "/pods/" + i1 + "/message", schemaPath: "#/properties/pods/items/properties/message/type", keyword: "type", params: { type: schema71.properties.pods.items.properties.message.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/pods/" + i1, schemaPath: "#/properties/pods/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/pods", schemaPath: "#/properties/pods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      validate34.errors = vErrors;
      return errors === 0;
    }
    validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate36.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.job === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.namespace === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.startedAt === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.finishedAt === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "job" || key0 === "namespace" || key0 === "startedAt" || key0 === "finishedAt")) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.job !== void 0) {
          let data0 = data.job;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err5 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.namespace !== void 0) {
          let data1 = data.namespace;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err7 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.startedAt !== void 0) {
          let data2 = data.startedAt;
          if (typeof data2 !== "string" && data2 !== null) {
            const err9 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data2 === "string") {
            if (!formats0.validate(data2)) {
              const err10 = { instancePath: instancePath + "/startedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
        if (data.finishedAt !== void 0) {
          let data3 = data.finishedAt;
          if (typeof data3 !== "string" && data3 !== null) {
            const err11 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/type", keyword: "type", params: { type: schema49.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data3 === "string") {
            if (!formats0.validate(data3)) {
              const err12 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/$defs/nullableTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
      } else {
        const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      validate36.errors = vErrors;
      return errors === 0;
    }
    validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.kind === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.id === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.backend === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backend" }, message: "must have required property 'backend'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.image === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.source === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.startedAt === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.finishedAt === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finishedAt" }, message: "must have required property 'finishedAt'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.durationSeconds === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationSeconds" }, message: "must have required property 'durationSeconds'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.parameters === void 0) {
          const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameters" }, message: "must have required property 'parameters'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data.conclusion === void 0) {
          const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data.cancellation === void 0) {
          const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cancellation" }, message: "must have required property 'cancellation'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data.outputDir === void 0) {
          const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputDir" }, message: "must have required property 'outputDir'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data.totals === void 0) {
          const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totals" }, message: "must have required property 'totals'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data.shards === void 0) {
          const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shards" }, message: "must have required property 'shards'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data.rollouts === void 0) {
          const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rollouts" }, message: "must have required property 'rollouts'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.apiVersion !== void 0) {
          if ("pinship.dev/v1" !== data.apiVersion) {
            const err17 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "pinship.dev/v1" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.kind !== void 0) {
          if ("RunRecord" !== data.kind) {
            const err18 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RunRecord" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data2 = data.id;
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err19 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.-]{0,62}$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.backend !== void 0) {
          let data3 = data.backend;
          if (!(data3 === "local" || data3 === "kubernetes")) {
            const err21 = { instancePath: instancePath + "/backend", schemaPath: "#/properties/backend/enum", keyword: "enum", params: { allowedValues: schema31.properties.backend.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.image !== void 0) {
          let data4 = data.image;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.ref === void 0) {
              const err22 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data4.name === void 0) {
              const err23 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data4.digest === void 0) {
              const err24 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data4.imageId === void 0) {
              const err25 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "imageId" }, message: "must have required property 'imageId'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data4.resolvedFrom === void 0) {
              const err26 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "resolvedFrom" }, message: "must have required property 'resolvedFrom'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data4.note === void 0) {
              const err27 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "ref" || key1 === "name" || key1 === "digest" || key1 === "imageId" || key1 === "resolvedFrom" || key1 === "note")) {
                const err28 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data4.ref !== void 0) {
              let data5 = data4.ref;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err29 = { instancePath: instancePath + "/image/ref", schemaPath: "#/properties/image/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/image/ref", schemaPath: "#/properties/image/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data4.name !== void 0) {
              let data6 = data4.name;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err31 = { instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data4.digest !== void 0) {
              let data7 = data4.digest;
              if (typeof data7 !== "string" && data7 !== null) {
                const err33 = { instancePath: instancePath + "/image/digest", schemaPath: "#/properties/image/properties/digest/type", keyword: "type", params: { type: schema31.properties.image.properties.digest.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data7 === "string") {
                if (!pattern5.test(data7)) {
                  const err34 = { instancePath: instancePath + "/image/digest", schemaPath: "#/properties/image/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data4.imageId !== void 0) {
              let data8 = data4.imageId;
              if (typeof data8 !== "string" && data8 !== null) {
                const err35 = { instancePath: instancePath + "/image/imageId", schemaPath: "#/properties/image/properties/imageId/type", keyword: "type", params: { type: schema31.properties.image.properties.imageId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data8 === "string") {
                if (!pattern5.test(data8)) {
                  const err36 = { instancePath: instancePath + "/image/imageId", schemaPath: "#/properties/image/properties/imageId/pattern", keyword: "pattern", params: { pattern: "^sha256:[a-f0-9]{64}$" }, message: 'must match pattern "^sha256:[a-f0-9]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data4.resolvedFrom !== void 0) {
              let data9 = data4.resolvedFrom;
              if (!(data9 === "digest" || data9 === "tag" || data9 === "local-image")) {
                const err37 = { instancePath: instancePath + "/image/resolvedFrom", schemaPath: "#/properties/image/properties/resolvedFrom/enum", keyword: "enum", params: { allowedValues: schema31.properties.image.properties.resolvedFrom.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data4.note !== void 0) {
              let data10 = data4.note;
              if (typeof data10 !== "string" && data10 !== null) {
                const err38 = { instancePath: instancePath + "/image/note", schemaPath: "#/properties/image/properties/note/type", keyword: "type", params: { type: schema31.properties.image.properties.note.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.source !== void 0) {
          let data11 = data.source;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.commit === void 0) {
              const err40 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data11.from === void 0) {
              const err41 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key2 in data11) {
              if (!(key2 === "commit" || key2 === "from")) {
                const err42 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data11.commit !== void 0) {
              let data12 = data11.commit;
              if (typeof data12 !== "string" && data12 !== null) {
                const err43 = { instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: schema31.properties.source.properties.commit.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data11.from !== void 0) {
              let data13 = data11.from;
              if (!(data13 === "option" || data13 === "GITHUB_SHA" || data13 === "image-label" || data13 === "pin-commit" || data13 === "unknown")) {
                const err44 = { instancePath: instancePath + "/source/from", schemaPath: "#/properties/source/properties/from/enum", keyword: "enum", params: { allowedValues: schema31.properties.source.properties.from.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data.startedAt !== void 0) {
          let data14 = data.startedAt;
          if (typeof data14 === "string") {
            if (!formats0.validate(data14)) {
              const err46 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data.finishedAt !== void 0) {
          let data15 = data.finishedAt;
          if (typeof data15 === "string") {
            if (!formats0.validate(data15)) {
              const err48 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/finishedAt", schemaPath: "#/properties/finishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data.durationSeconds !== void 0) {
          let data16 = data.durationSeconds;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err50 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/properties/durationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/durationSeconds", schemaPath: "#/properties/durationSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data.parameters !== void 0) {
          let data17 = data.parameters;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.shards === void 0) {
              const err52 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "shards" }, message: "must have required property 'shards'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data17.parallelism === void 0) {
              const err53 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data17.cpus === void 0) {
              const err54 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "cpus" }, message: "must have required property 'cpus'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data17.memoryBytes === void 0) {
              const err55 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "memoryBytes" }, message: "must have required property 'memoryBytes'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data17.timeoutSeconds === void 0) {
              const err56 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "timeoutSeconds" }, message: "must have required property 'timeoutSeconds'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data17.backoffLimit === void 0) {
              const err57 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "backoffLimit" }, message: "must have required property 'backoffLimit'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data17.args === void 0) {
              const err58 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "args" }, message: "must have required property 'args'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data17.envNames === void 0) {
              const err59 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/required", keyword: "required", params: { missingProperty: "envNames" }, message: "must have required property 'envNames'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "shards" || key3 === "parallelism" || key3 === "cpus" || key3 === "memoryBytes" || key3 === "timeoutSeconds" || key3 === "backoffLimit" || key3 === "args" || key3 === "envNames")) {
                const err60 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data17.shards !== void 0) {
              let data18 = data17.shards;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err61 = { instancePath: instancePath + "/parameters/shards", schemaPath: "#/properties/parameters/properties/shards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err62 = { instancePath: instancePath + "/parameters/shards", schemaPath: "#/properties/parameters/properties/shards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data17.parallelism !== void 0) {
              let data19 = data17.parallelism;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err63 = { instancePath: instancePath + "/parameters/parallelism", schemaPath: "#/properties/parameters/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err64 = { instancePath: instancePath + "/parameters/parallelism", schemaPath: "#/properties/parameters/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            }
            if (data17.cpus !== void 0) {
              let data20 = data17.cpus;
              if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
                const err65 = { instancePath: instancePath + "/parameters/cpus", schemaPath: "#/properties/parameters/properties/cpus/type", keyword: "type", params: { type: schema31.properties.parameters.properties.cpus.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 <= 0 || isNaN(data20)) {
                  const err66 = { instancePath: instancePath + "/parameters/cpus", schemaPath: "#/properties/parameters/properties/cpus/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data17.memoryBytes !== void 0) {
              let data21 = data17.memoryBytes;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21)) && data21 !== null) {
                const err67 = { instancePath: instancePath + "/parameters/memoryBytes", schemaPath: "#/properties/parameters/properties/memoryBytes/type", keyword: "type", params: { type: schema31.properties.parameters.properties.memoryBytes.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 1 || isNaN(data21)) {
                  const err68 = { instancePath: instancePath + "/parameters/memoryBytes", schemaPath: "#/properties/parameters/properties/memoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            }
            if (data17.timeoutSeconds !== void 0) {
              let data22 = data17.timeoutSeconds;
              if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                const err69 = { instancePath: instancePath + "/parameters/timeoutSeconds", schemaPath: "#/properties/parameters/properties/timeoutSeconds/type", keyword: "type", params: { type: schema31.properties.parameters.properties.timeoutSeconds.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 <= 0 || isNaN(data22)) {
                  const err70 = { instancePath: instancePath + "/parameters/timeoutSeconds", schemaPath: "#/properties/parameters/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            }
            if (data17.backoffLimit !== void 0) {
              let data23 = data17.backoffLimit;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err71 = { instancePath: instancePath + "/parameters/backoffLimit", schemaPath: "#/properties/parameters/properties/backoffLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err72 = { instancePath: instancePath + "/parameters/backoffLimit", schemaPath: "#/properties/parameters/properties/backoffLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data17.args !== void 0) {
              let data24 = data17.args;
              if (Array.isArray(data24)) {
                const len0 = data24.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data24[i0] !== "string") {
                    const err73 = { instancePath: instancePath + "/parameters/args/" + i0, schemaPath: "#/properties/parameters/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/parameters/args", schemaPath: "#/properties/parameters/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data17.envNames !== void 0) {
              let data26 = data17.envNames;
              if (Array.isArray(data26)) {
                const len1 = data26.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data26[i1] !== "string") {
                    const err75 = { instancePath: instancePath + "/parameters/envNames/" + i1, schemaPath: "#/properties/parameters/properties/envNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = { instancePath: instancePath + "/parameters/envNames", schemaPath: "#/properties/parameters/properties/envNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data.conclusion !== void 0) {
          let data28 = data.conclusion;
          if (!(data28 === "success" || data28 === "failure" || data28 === "timed-out" || data28 === "cancelled")) {
            const err78 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema31.properties.conclusion.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data.cancellation !== void 0) {
          let data29 = data.cancellation;
          const _errs58 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs59 = errors;
          if (data29 !== null) {
            const err79 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          var _valid0 = _errs59 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs61 = errors;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.reason === void 0) {
              const err80 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data29.at === void 0) {
              const err81 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data29.message === void 0) {
              const err82 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            for (const key4 in data29) {
              if (!(key4 === "reason" || key4 === "at" || key4 === "message")) {
                const err83 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data29.reason !== void 0) {
              let data30 = data29.reason;
              if (!(data30 === "timeout" || data30 === "signal" || data30 === "error")) {
                const err84 = { instancePath: instancePath + "/cancellation/reason", schemaPath: "#/properties/cancellation/oneOf/1/properties/reason/enum", keyword: "enum", params: { allowedValues: schema31.properties.cancellation.oneOf[1].properties.reason.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data29.at !== void 0) {
              let data31 = data29.at;
              if (typeof data31 === "string") {
                if (!formats0.validate(data31)) {
                  const err85 = { instancePath: instancePath + "/cancellation/at", schemaPath: "#/properties/cancellation/oneOf/1/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/cancellation/at", schemaPath: "#/properties/cancellation/oneOf/1/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data29.message !== void 0) {
              if (typeof data29.message !== "string") {
                const err87 = { instancePath: instancePath + "/cancellation/message", schemaPath: "#/properties/cancellation/oneOf/1/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
          } else {
            const err88 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          var _valid0 = _errs61 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err89 = { instancePath: instancePath + "/cancellation", schemaPath: "#/properties/cancellation/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          } else {
            errors = _errs58;
            if (vErrors !== null) {
              if (_errs58) {
                vErrors.length = _errs58;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.outputDir !== void 0) {
          let data33 = data.outputDir;
          if (typeof data33 !== "string" && data33 !== null) {
            const err90 = { instancePath: instancePath + "/outputDir", schemaPath: "#/properties/outputDir/type", keyword: "type", params: { type: schema31.properties.outputDir.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data.totals !== void 0) {
          let data34 = data.totals;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.shards === void 0) {
              const err91 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "shards" }, message: "must have required property 'shards'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data34.succeeded === void 0) {
              const err92 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "succeeded" }, message: "must have required property 'succeeded'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data34.failed === void 0) {
              const err93 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "failed" }, message: "must have required property 'failed'" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            if (data34.timedOut === void 0) {
              const err94 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "timedOut" }, message: "must have required property 'timedOut'" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data34.cancelled === void 0) {
              const err95 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "cancelled" }, message: "must have required property 'cancelled'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data34.notStarted === void 0) {
              const err96 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "notStarted" }, message: "must have required property 'notStarted'" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data34.attempts === void 0) {
              const err97 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property 'attempts'" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data34.retries === void 0) {
              const err98 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "retries" }, message: "must have required property 'retries'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data34.results === void 0) {
              const err99 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data34.resultErrors === void 0) {
              const err100 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "resultErrors" }, message: "must have required property 'resultErrors'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data34.outputFiles === void 0) {
              const err101 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "outputFiles" }, message: "must have required property 'outputFiles'" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (data34.outputBytes === void 0) {
              const err102 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "outputBytes" }, message: "must have required property 'outputBytes'" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            if (data34.cpuCoreSeconds === void 0) {
              const err103 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "cpuCoreSeconds" }, message: "must have required property 'cpuCoreSeconds'" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data34.peakMemoryBytes === void 0) {
              const err104 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "peakMemoryBytes" }, message: "must have required property 'peakMemoryBytes'" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            if (data34.maxConcurrent === void 0) {
              const err105 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "maxConcurrent" }, message: "must have required property 'maxConcurrent'" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
            for (const key5 in data34) {
              if (!func1.call(schema31.properties.totals.properties, key5)) {
                const err106 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data34.shards !== void 0) {
              let data35 = data34.shards;
              if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                const err107 = { instancePath: instancePath + "/totals/shards", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 < 0 || isNaN(data35)) {
                  const err108 = { instancePath: instancePath + "/totals/shards", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              }
            }
            if (data34.succeeded !== void 0) {
              let data36 = data34.succeeded;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err109 = { instancePath: instancePath + "/totals/succeeded", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err110 = { instancePath: instancePath + "/totals/succeeded", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              }
            }
            if (data34.failed !== void 0) {
              let data37 = data34.failed;
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                const err111 = { instancePath: instancePath + "/totals/failed", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 < 0 || isNaN(data37)) {
                  const err112 = { instancePath: instancePath + "/totals/failed", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            }
            if (data34.timedOut !== void 0) {
              let data38 = data34.timedOut;
              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
                const err113 = { instancePath: instancePath + "/totals/timedOut", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 < 0 || isNaN(data38)) {
                  const err114 = { instancePath: instancePath + "/totals/timedOut", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            }
            if (data34.cancelled !== void 0) {
              let data39 = data34.cancelled;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                const err115 = { instancePath: instancePath + "/totals/cancelled", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 < 0 || isNaN(data39)) {
                  const err116 = { instancePath: instancePath + "/totals/cancelled", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
            }
            if (data34.notStarted !== void 0) {
              let data40 = data34.notStarted;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                const err117 = { instancePath: instancePath + "/totals/notStarted", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err118 = { instancePath: instancePath + "/totals/notStarted", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
            }
            if (data34.attempts !== void 0) {
              let data41 = data34.attempts;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)) && isFinite(data41))) {
                const err119 = { instancePath: instancePath + "/totals/attempts", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 < 0 || isNaN(data41)) {
                  const err120 = { instancePath: instancePath + "/totals/attempts", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
            }
            if (data34.retries !== void 0) {
              let data42 = data34.retries;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
                const err121 = { instancePath: instancePath + "/totals/retries", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
              if (typeof data42 == "number" && isFinite(data42)) {
                if (data42 < 0 || isNaN(data42)) {
                  const err122 = { instancePath: instancePath + "/totals/retries", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              }
            }
            if (data34.results !== void 0) {
              let data43 = data34.results;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err123 = { instancePath: instancePath + "/totals/results", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 0 || isNaN(data43)) {
                  const err124 = { instancePath: instancePath + "/totals/results", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
            }
            if (data34.resultErrors !== void 0) {
              let data44 = data34.resultErrors;
              if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                const err125 = { instancePath: instancePath + "/totals/resultErrors", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              if (typeof data44 == "number" && isFinite(data44)) {
                if (data44 < 0 || isNaN(data44)) {
                  const err126 = { instancePath: instancePath + "/totals/resultErrors", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
            }
            if (data34.outputFiles !== void 0) {
              let data45 = data34.outputFiles;
              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                const err127 = { instancePath: instancePath + "/totals/outputFiles", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
              if (typeof data45 == "number" && isFinite(data45)) {
                if (data45 < 0 || isNaN(data45)) {
                  const err128 = { instancePath: instancePath + "/totals/outputFiles", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              }
            }
            if (data34.outputBytes !== void 0) {
              let data46 = data34.outputBytes;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                const err129 = { instancePath: instancePath + "/totals/outputBytes", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err130 = { instancePath: instancePath + "/totals/outputBytes", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data34.unreadableOutputs !== void 0) {
              let data47 = data34.unreadableOutputs;
              if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
                const err131 = { instancePath: instancePath + "/totals/unreadableOutputs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err132 = { instancePath: instancePath + "/totals/unreadableOutputs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
            }
            if (data34.notHashedOutputs !== void 0) {
              let data48 = data34.notHashedOutputs;
              if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
                const err133 = { instancePath: instancePath + "/totals/notHashedOutputs", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
              if (typeof data48 == "number" && isFinite(data48)) {
                if (data48 < 0 || isNaN(data48)) {
                  const err134 = { instancePath: instancePath + "/totals/notHashedOutputs", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
            }
            if (data34.cpuCoreSeconds !== void 0) {
              let data49 = data34.cpuCoreSeconds;
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 0 || isNaN(data49)) {
                  const err135 = { instancePath: instancePath + "/totals/cpuCoreSeconds", schemaPath: "#/properties/totals/properties/cpuCoreSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              } else {
                const err136 = { instancePath: instancePath + "/totals/cpuCoreSeconds", schemaPath: "#/properties/totals/properties/cpuCoreSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data34.peakMemoryBytes !== void 0) {
              let data50 = data34.peakMemoryBytes;
              if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50)) && data50 !== null) {
                const err137 = { instancePath: instancePath + "/totals/peakMemoryBytes", schemaPath: "#/properties/totals/properties/peakMemoryBytes/type", keyword: "type", params: { type: schema31.properties.totals.properties.peakMemoryBytes.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
              if (typeof data50 == "number" && isFinite(data50)) {
                if (data50 < 0 || isNaN(data50)) {
                  const err138 = { instancePath: instancePath + "/totals/peakMemoryBytes", schemaPath: "#/properties/totals/properties/peakMemoryBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
            }
            if (data34.maxConcurrent !== void 0) {
              let data51 = data34.maxConcurrent;
              if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                const err139 = { instancePath: instancePath + "/totals/maxConcurrent", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
              if (typeof data51 == "number" && isFinite(data51)) {
                if (data51 < 0 || isNaN(data51)) {
                  const err140 = { instancePath: instancePath + "/totals/maxConcurrent", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data.shards !== void 0) {
          let data52 = data.shards;
          if (Array.isArray(data52)) {
            const len2 = data52.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate21(data52[i2], { instancePath: instancePath + "/shards/" + i2, parentData: data52, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/shards", schemaPath: "#/properties/shards/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data.rollouts !== void 0) {
          let data54 = data.rollouts;
          if (Array.isArray(data54)) {
            const len3 = data54.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate34(data54[i3], { instancePath: instancePath + "/rollouts/" + i3, parentData: data54, parentDataProperty: i3, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err143 = { instancePath: instancePath + "/rollouts", schemaPath: "#/properties/rollouts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data.suspendedSeconds !== void 0) {
          let data56 = data.suspendedSeconds;
          if (typeof data56 == "number" && isFinite(data56)) {
            if (data56 < 0 || isNaN(data56)) {
              const err144 = { instancePath: instancePath + "/suspendedSeconds", schemaPath: "#/properties/suspendedSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          } else {
            const err145 = { instancePath: instancePath + "/suspendedSeconds", schemaPath: "#/properties/suspendedSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data.notRerun !== void 0) {
          let data57 = data.notRerun;
          if (Array.isArray(data57)) {
            if (data57.length < 1) {
              const err146 = { instancePath: instancePath + "/notRerun", schemaPath: "#/properties/notRerun/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
            const len4 = data57.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate36(data57[i4], { instancePath: instancePath + "/notRerun/" + i4, parentData: data57, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err147 = { instancePath: instancePath + "/notRerun", schemaPath: "#/properties/notRerun/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data.appliedBy !== void 0) {
          let data59 = data.appliedBy;
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.controller === void 0) {
              const err148 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: "controller" }, message: "must have required property 'controller'" };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            if (data59.kustomization === void 0) {
              const err149 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: "kustomization" }, message: "must have required property 'kustomization'" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (data59.revision === void 0) {
              const err150 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'" };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data59.commit === void 0) {
              const err151 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            if (data59.sourceUrl === void 0) {
              const err152 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/required", keyword: "required", params: { missingProperty: "sourceUrl" }, message: "must have required property 'sourceUrl'" };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
            for (const key6 in data59) {
              if (!(key6 === "controller" || key6 === "kustomization" || key6 === "revision" || key6 === "commit" || key6 === "sourceUrl")) {
                const err153 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data59.controller !== void 0) {
              if ("flux" !== data59.controller) {
                const err154 = { instancePath: instancePath + "/appliedBy/controller", schemaPath: "#/properties/appliedBy/properties/controller/const", keyword: "const", params: { allowedValue: "flux" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data59.kustomization !== void 0) {
              if (typeof data59.kustomization !== "string") {
                const err155 = { instancePath: instancePath + "/appliedBy/kustomization", schemaPath: "#/properties/appliedBy/properties/kustomization/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data59.revision !== void 0) {
              if (typeof data59.revision !== "string") {
                const err156 = { instancePath: instancePath + "/appliedBy/revision", schemaPath: "#/properties/appliedBy/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data59.commit !== void 0) {
              let data63 = data59.commit;
              if (typeof data63 === "string") {
                if (!pattern9.test(data63)) {
                  const err157 = { instancePath: instancePath + "/appliedBy/commit", schemaPath: "#/properties/appliedBy/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40,64}$" }, message: 'must match pattern "^[0-9a-f]{40,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              } else {
                const err158 = { instancePath: instancePath + "/appliedBy/commit", schemaPath: "#/properties/appliedBy/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data59.sourceUrl !== void 0) {
              let data64 = data59.sourceUrl;
              if (typeof data64 !== "string" && data64 !== null) {
                const err159 = { instancePath: instancePath + "/appliedBy/sourceUrl", schemaPath: "#/properties/appliedBy/properties/sourceUrl/type", keyword: "type", params: { type: schema31.properties.appliedBy.properties.sourceUrl.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/appliedBy", schemaPath: "#/properties/appliedBy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
      } else {
        const err161 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// src/record/record-validators.ts
var import_record_validator_reader = __toESM(require_reader(), 1);
var import_record_validator_writer = __toESM(require_writer(), 1);
function recordValidator(check) {
  return check === "writer" ? import_record_validator_writer.default : import_record_validator_reader.default;
}

// src/record/validate.ts
function runRecordProblems(value, check = "reader") {
  const validate = recordValidator(check);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const message = e.keyword === "const" ? `must be ${JSON.stringify(e.params.allowedValue)}` : e.message;
    return `${e.instancePath || "/"}: ${message ?? "is invalid"}`;
  });
}
function assertRunRecord(value, file, check = "reader") {
  const problems = runRecordProblems(value, check);
  if (problems.length === 0) return;
  const [first, ...rest] = problems;
  const at = first.indexOf(": ");
  const pointer = first.slice(0, at);
  const more = rest.length ? `; also ${rest.slice(0, 4).join("; ")}${rest.length > 4 ? ` (${rest.length - 4} more)` : ""}` : "";
  throw new PinshipError(`not a valid run record: ${first.slice(at + 2)}${more}`, {
    file,
    field: pointer === "/" ? void 0 : pointer,
    hint: "see schema/run-record.v1.json"
  });
}

export {
  assertRunRecord
};
