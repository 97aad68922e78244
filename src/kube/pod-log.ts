import { Writable } from 'node:stream';
import { Log, type KubeConfig } from '@kubernetes/client-node';
import { kubeError } from './api-error.js';

/**
 * Reads the whole log of a container that terminated, chunk by chunk into `write`. The kubelet
 * serves stdout and stderr merged (the split-streams query is an alpha feature), so both arrive
 * here as one stream. Resolves when the log ended; rejects when it was cut short, so results
 * are never dropped silently.
 */
export async function readContainerLog(
  config: KubeConfig,
  target: { namespace: string; pod: string; container: string },
  write: (chunk: Buffer) => void,
): Promise<void> {
  let finished = false;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      write(chunk);
      callback();
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    sink.on('finish', () => {
      finished = true;
      resolve();
    });
    // pipe() unpipes on a source error without ending the sink: a log cut short.
    sink.on('unpipe', () =>
      setImmediate(() => finished || reject(new Error(`the log of pod ${target.pod} was cut short`))),
    );
  });
  try {
    await new Log(config).log(target.namespace, target.pod, target.container, sink, { follow: false });
  } catch (err) {
    throw kubeError({ verb: 'get', resource: 'pods/log', namespace: target.namespace, name: target.pod }, err);
  }
  await done;
}
