import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/docker/json-stream.ts
import { StringDecoder } from "node:string_decoder";
function readJsonMessages(stream, onMessage) {
  return readJsonLines(stream, onMessage, (line) => onMessage({ stream: `${line}
` }));
}
function readJsonLines(stream, onValue, onInvalid) {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let settled = false;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      if (err === void 0) resolve();
      else reject(err);
    };
    const handle = (text) => {
      const line = text.trim();
      if (!line) return;
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        onInvalid(line);
        return;
      }
      onValue(value);
    };
    stream.on("data", (chunk) => {
      if (settled) return;
      pending += typeof chunk === "string" ? chunk : decoder.write(chunk);
      let newline = pending.indexOf("\n");
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        try {
          handle(line);
        } catch (err) {
          settle(err);
          stream.destroy?.();
          return;
        }
        newline = pending.indexOf("\n");
      }
    });
    stream.on("end", () => {
      if (settled) return;
      try {
        handle(pending + decoder.end());
        settle();
      } catch (err) {
        settle(err);
      }
    });
    stream.on("error", (err) => settle(err));
    stream.on("close", () => settle(new Error("the engine closed the stream before it ended")));
  });
}

export {
  readJsonMessages,
  readJsonLines
};
