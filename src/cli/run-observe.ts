import { PinshipError } from '../errors.js';

/** The flags of `run --overlay DIR --observe`. */
export const OBSERVE_FLAGS = {
  observe: { type: 'boolean' },
  kustomization: { type: 'string' },
  revision: { type: 'string' },
  reconcile: { type: 'boolean' },
} as const;

interface ObserveValues {
  overlay?: string;
  observe?: boolean;
  kustomization?: string;
  revision?: string;
  reconcile?: boolean;
}

/** --kustomization, --revision and --reconcile go with --observe, which goes with --overlay. */
export function checkObserveFlags(values: ObserveValues): void {
  if (values.observe && values.overlay === undefined) {
    throw new PinshipError('--observe goes with --overlay DIR', { field: '--observe', hint: 'see --help' });
  }
  const extra = (['kustomization', 'revision', 'reconcile'] as const).find((f) => values[f] !== undefined);
  if (extra && !values.observe) {
    throw new PinshipError(`--${extra} goes with --observe`, { field: `--${extra}`, hint: 'see --help' });
  }
  if (values.kustomization !== undefined && !/^[a-z0-9.-]+\/[a-z0-9.-]+$/.test(values.kustomization)) {
    throw new PinshipError(`expected NAMESPACE/NAME, got ${JSON.stringify(values.kustomization)}`, {
      field: '--kustomization',
    });
  }
}

export function observeOptions(values: ObserveValues) {
  return values.observe
    ? { kustomization: values.kustomization, revision: values.revision, reconcile: values.reconcile ?? false }
    : {};
}
