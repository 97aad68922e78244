import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  printJson,
  readFlags
} from "./chunk-AMFUGK22.js";
import {
  stopOnSignals
} from "./chunk-6I5N4CR6.js";
import {
  boolean,
  count,
  text
} from "./chunk-6F3K4STA.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/options/cleanup.ts
var cleanupSchema = {
  namespace: text({ flag: "namespace" }),
  pullRequest: count({ flag: "pull-request" }, 0),
  repository: text({ flag: "repository" }),
  kubeconfig: text({ flag: "kubeconfig" }),
  context: text({ flag: "context" }),
  json: boolean({ flag: "json" })
};

// src/cli/cleanup.ts
var HELP = `pinship cleanup: delete what pinship runs created on Kubernetes

Usage: pinship cleanup --namespace NS [--kubeconfig PATH] [--context C] [--json]
       pinship cleanup --pull-request N [--repository OWNER/NAME] [--kubeconfig PATH] [--context C]

--namespace NS deletes NS when pinship created it (run --namespace labels it pinship.dev/created-by);
otherwise it deletes only the Jobs, Deployments, Services, ConfigMaps, PersistentVolumeClaims,
ServiceAccounts and pods in NS that pinship created (same label), never anything else.
--pull-request N deletes the namespaces pinship created for pull request N (label
pinship.dev/pull-request) of the repository (--repository, default GITHUB_REPOSITORY).
Deletes use foreground propagation, and cleanup waits until everything is gone. Namespaces
pinship created whose TTL (run --ttl) passed are deleted too.

Options:
  --namespace NS          the namespace to clean
  --pull-request N        the pull request whose namespaces go
  --repository O/N        with --pull-request: only that repository's (default GITHUB_REPOSITORY)
  --kubeconfig PATH       credentials (default KUBECONFIG, ~/.kube/config, then in-cluster)
  --context C             a context of the kubeconfig (default its current-context)
  --json                  print what was deleted as JSON
  -h, --help              this help

Exit code: 0 when everything pinship created there is gone.

Examples:
  pinship cleanup --namespace pr-12
  pinship cleanup --pull-request 12 --repository octo/app`;
var cleanupCommand = {
  name: "cleanup",
  summary: "delete what pinship runs created on Kubernetes",
  help: HELP,
  async run({ argv, log, stdout }) {
    const { values, positionals } = readFlags(cleanupSchema, argv);
    if (positionals.length) throw new PinshipError(`unexpected ${positionals.join(" ")}`, { hint: "see --help" });
    if (values.namespace === void 0 && values.pullRequest === void 0) {
      throw new PinshipError("give --namespace NS or --pull-request N", { hint: "see --help" });
    }
    const stop = stopOnSignals(log, "ending the wait; deletes already sent go on in the cluster");
    try {
      const { cleanup } = await import("./cleanup-DRTIV47W.js");
      const result = await cleanup({
        namespace: values.namespace,
        pullRequest: values.pullRequest,
        repository: values.repository,
        kubeconfig: values.kubeconfig,
        context: values.context,
        signal: stop.signal,
        log
      });
      const list = (names) => names.length ? `: ${names.join(", ")}` : "";
      log.info(
        `deleted ${result.namespaces.length} namespace(s)${list(result.namespaces)} and ${result.objects.length} object(s)${list(result.objects)}`
      );
      if (values.json) printJson(stdout, result);
      return 0;
    } finally {
      stop.dispose();
    }
  }
};
export {
  cleanupCommand
};
