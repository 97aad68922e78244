import type { Agent } from 'node:http';

type SshAgentFactory = (options: object) => Agent;

let factory: SshAgentFactory | undefined;

/**
 * Loads docker-modem's ssh:// transport (ssh2, about 0.7 MB bundled). In the bundles docker-modem
 * does not require it when it loads (scripts/bundle.mjs): connectEngine loads it before it uses
 * an ssh:// engine, so that the other engines never compile it.
 */
export async function loadModemSsh(): Promise<void> {
  // @ts-expect-error docker-modem ships no types for its ssh transport
  const loaded: { default: SshAgentFactory } = await import('docker-modem/lib/ssh.js');
  factory ??= loaded.default;
}

/** What the bundled docker-modem calls in place of its `require('./ssh')`: the ssh transport's agent. */
export function modemSshAgent(options: object): Agent {
  if (!factory) throw new Error('the ssh:// transport was not loaded: call loadModemSsh() before using the engine');
  return factory(options);
}
