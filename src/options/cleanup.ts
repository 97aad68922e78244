import { boolean, count, type OptionsOf, text } from './option.js';

/** The cleanup verb's options (`pinship cleanup`; no action: a workflow runs the CLI). */
export const cleanupSchema = {
  namespace: text({ flag: 'namespace' }),
  pullRequest: count({ flag: 'pull-request' }, 0),
  repository: text({ flag: 'repository' }),
  kubeconfig: text({ flag: 'kubeconfig' }),
  context: text({ flag: 'context' }),
  json: boolean({ flag: 'json' }),
};

export type CleanupOptions = OptionsOf<typeof cleanupSchema>;
