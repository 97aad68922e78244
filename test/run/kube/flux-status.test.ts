import { describe, expect, it } from 'vitest';
import {
  kustomizationState,
  refusedObject,
  revisionCommit,
  type FluxKustomization,
} from '../../../src/run/kube/observe/flux-status.js';

const ours = 'a'.repeat(40);
const other = 'b'.repeat(40);

function kustomization(status: FluxKustomization['status'], generation = 2, observed = 2): FluxKustomization {
  return {
    metadata: { name: 'staging', namespace: 'apps', generation },
    status: { ...status, observedGeneration: observed } as never,
  };
}
const ready = (status: string, message = '') => [{ type: 'Ready', status, reason: 'X', message }];

describe('a Flux Kustomization against the observed commit', () => {
  it('reads commits from Flux v1 and older revision strings', () => {
    expect(revisionCommit(`main@sha1:${ours}`)).toBe(ours);
    expect(revisionCommit(`sha1:${ours}`)).toBe(ours);
    expect(revisionCommit(`main/${ours}`)).toBe(ours);
    expect(revisionCommit('main@sha1:abc')).toBeUndefined();
    expect(revisionCommit(undefined)).toBeUndefined();
  });

  it('is applied only when the commit was applied, Ready=True, and the spec was observed', () => {
    const applied = { lastAppliedRevision: `main@sha1:${ours}`, lastAttemptedRevision: `main@sha1:${ours}` };
    expect(kustomizationState(kustomization({ ...applied, conditions: ready('True') }), ours)).toEqual({
      kind: 'applied',
      revision: `main@sha1:${ours}`,
    });
    expect(kustomizationState(kustomization({ ...applied, conditions: ready('Unknown') }), ours).kind).toBe('pending');
    expect(kustomizationState(kustomization({ ...applied, conditions: ready('True') }, 3, 2), ours).kind).toBe(
      'pending',
    );
  });

  it('is refused with the controller message when its last attempt of the commit failed', () => {
    const message =
      'Job/apps/moving dry-run failed (Invalid): Job.batch "moving" is invalid: spec.template: field is immutable';
    const state = kustomizationState(
      kustomization({
        lastAppliedRevision: `main@sha1:${other}`,
        lastAttemptedRevision: `main@sha1:${ours}`,
        conditions: ready('False', message),
      }),
      ours,
    );
    expect(state).toEqual({ kind: 'refused', message });
    expect(refusedObject(message)).toBe('job/moving');
  });

  it('is refused while Flux retries the failed commit (Reconciling=True, ProgressingWithRetry)', () => {
    const message = 'Job/apps/moving dry-run failed (Invalid): field is immutable';
    const status = {
      lastAppliedRevision: `main@sha1:${other}`,
      lastAttemptedRevision: `main@sha1:${ours}`,
    };
    const retrying = { type: 'Reconciling', status: 'True', reason: 'ProgressingWithRetry', message: 'retrying' };
    const progressing = { type: 'Reconciling', status: 'True', reason: 'Progressing', message: 'applying' };
    const state = (extra: typeof retrying) =>
      kustomizationState(kustomization({ ...status, conditions: [...ready('False', message), extra] }), ours).kind;
    expect(state(retrying)).toBe('refused');
    expect(state(progressing)).toBe('pending');
  });

  it('names another commit being worked on, for the caller to tell older from newer', () => {
    const state = kustomizationState(
      kustomization({ lastAttemptedRevision: `main@sha1:${other}`, conditions: ready('True') }),
      ours,
    );
    expect(state).toEqual({ kind: 'other', commit: other, revision: `main@sha1:${other}` });
  });
});
