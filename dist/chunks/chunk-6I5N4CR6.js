import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/run/stop-signals.ts
function stopOnSignals(log, stopping = "stopping and removing the run's containers") {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (!controller.signal.aborted) {
      log.info(`${name}: ${stopping}`);
      controller.abort(name);
    } else if (name === "SIGINT") {
      process.exit(130);
    } else {
      log.info(`${name}: ignored, still ${stopping}`);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
    }
  };
}

export {
  stopOnSignals
};
