import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { PinshipError, describeError } from '../errors.js';

/** Where the API server sees pinship's requests come from (its audit log, `kubectl get --raw /metrics`). */
export const USER_AGENT = 'pinship';

/** Where an in-cluster pod finds its ServiceAccount token (as client-go's rest.InClusterConfig). */
const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * A KubeConfig that names pinship in every request's User-Agent: the API server (and its audit
 * log) can then tell pinship's requests from kubectl's and the controllers'. The generated APIs,
 * Watch and Log all take their headers from applySecurityAuthentication.
 */
export class PinshipKubeConfig extends KubeConfig {
  userAgent = USER_AGENT;

  override async applySecurityAuthentication(context: Parameters<KubeConfig['applySecurityAuthentication']>[0]) {
    await super.applySecurityAuthentication(context);
    context.setHeaderParam('User-Agent', this.userAgent);
  }
}

export interface KubeConfigOptions {
  /** A kubeconfig file (`--kubeconfig`); else KUBECONFIG, ~/.kube/config, then in-cluster. */
  kubeconfig?: string;
  /** A context of the kubeconfig (`--context`); else its current-context. */
  context?: string;
  env?: NodeJS.ProcessEnv;
  userAgent?: string;
}

export interface ClusterAccess {
  config: PinshipKubeConfig;
  /** The context's namespace, `default` when it names none. */
  namespace: string;
  /** Where the credentials came from, for logs: a file, `KUBECONFIG`, or `in-cluster`. */
  source: string;
}

/** Loads credentials as kubectl does: --kubeconfig, KUBECONFIG, ~/.kube/config, then in-cluster. */
export function loadClusterAccess(options: KubeConfigOptions = {}): ClusterAccess {
  const env = options.env ?? process.env;
  const config = new PinshipKubeConfig();
  if (options.userAgent) config.userAgent = options.userAgent;
  const files = options.kubeconfig ? [options.kubeconfig] : (env.KUBECONFIG ?? '').split(':').filter(Boolean);
  const home = join(env.HOME ?? homedir(), '.kube', 'config');
  let source: string;
  try {
    if (files.length > 0) {
      source = options.kubeconfig ?? `KUBECONFIG (${files.join(':')})`;
      config.loadFromFile(files[0]!);
      for (const file of files.slice(1)) {
        const more = new KubeConfig();
        more.loadFromFile(file);
        mergeFirstWins(config, more);
      }
    } else if (existsSync(home)) {
      source = home;
      config.loadFromFile(home);
    } else if (existsSync(SERVICE_ACCOUNT_TOKEN)) {
      source = 'in-cluster';
      config.loadFromCluster();
    } else {
      throw new PinshipError(
        'no Kubernetes credentials: no --kubeconfig, no KUBECONFIG, no ~/.kube/config, not in a pod',
        {
          field: 'kubeconfig',
          hint: 'pass --kubeconfig FILE (action: the kubeconfig input)',
        },
      );
    }
  } catch (err) {
    if (err instanceof PinshipError) throw err;
    throw new PinshipError(`reading the kubeconfig: ${describeError(err)}`, {
      file: files[0] ?? home,
      field: 'kubeconfig',
    });
  }
  if (options.context) {
    if (!config.getContextObject(options.context)) {
      const known = config.getContexts().map((c) => c.name);
      throw new PinshipError(`no context ${JSON.stringify(options.context)} in ${source}`, {
        field: 'context',
        hint: known.length ? `contexts: ${known.join(', ')}` : 'the kubeconfig has no contexts',
      });
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster()) {
    throw new PinshipError(`${source} names no cluster for context ${JSON.stringify(config.getCurrentContext())}`, {
      field: 'context',
    });
  }
  const namespace = config.getContextObject(config.getCurrentContext())?.namespace || 'default';
  return { config, namespace, source };
}

/**
 * Merges as kubectl merges KUBECONFIG's files: the first file to set current-context wins, and
 * of clusters, users and contexts of the same name the first one wins (client-node's mergeConfig
 * takes the last current-context and throws on a duplicate name).
 */
function mergeFirstWins(into: KubeConfig, more: KubeConfig): void {
  if (!into.getCurrentContext() && more.getCurrentContext()) into.setCurrentContext(more.getCurrentContext());
  for (const cluster of more.getClusters()) if (!into.getCluster(cluster.name)) into.addCluster(cluster);
  for (const user of more.getUsers()) if (!into.getUser(user.name)) into.addUser(user);
  for (const context of more.getContexts()) if (!into.getContextObject(context.name)) into.addContext(context);
}
