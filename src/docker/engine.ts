import Docker from 'dockerode';
import { PinshipError, describeError } from '../errors.js';
import { loadModemSsh } from './modem-ssh.js';

/** Where the engine is: DOCKER_HOST (unix://, tcp://) or the default socket. */
function engineAddress(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}

/** Connects to the Docker engine and checks that it answers, with an error that says where. */
export async function connectEngine(env: NodeJS.ProcessEnv = process.env): Promise<Docker> {
  const address = engineAddress(env);
  if (address.startsWith('ssh://')) await loadModemSsh();
  const docker = address.startsWith('unix://')
    ? new Docker({ socketPath: address.slice('unix://'.length) })
    : new Docker(); // docker-modem reads DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH itself
  try {
    await docker.ping();
  } catch (err) {
    throw new PinshipError(`cannot reach the Docker engine at ${address}: ${describeError(err)}`, {
      hint: 'is dockerd running, and may this user use its socket? set DOCKER_HOST to use another engine',
      cause: err,
    });
  }
  return docker;
}
