import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/render.js';
import { checkOverlayObjects } from '../../../src/run/kube/overlay-policy.js';

const object = (apiVersion: string, kind: string, name: string, namespace?: string): KubeObject => ({
  apiVersion,
  kind,
  metadata: namespace ? { name, namespace } : { name },
});

const job = object('batch/v1', 'Job', 'work', 'exp');
const check = (objects: KubeObject[], allowKinds: string[] = []) =>
  checkOverlayObjects(objects, { namespace: 'exp', allowKinds, dir: 'overlays/kube' });

describe('what an overlay may create', () => {
  it('takes the default kinds in the run namespace, and that Namespace', () => {
    expect(() =>
      check([
        object('v1', 'Namespace', 'exp'),
        job,
        object('apps/v1', 'Deployment', 'web', 'exp'),
        object('v1', 'Service', 'web'),
        object('v1', 'ConfigMap', 'settings', 'exp'),
        object('v1', 'PersistentVolumeClaim', 'results', 'exp'),
        object('v1', 'ServiceAccount', 'runner', 'exp'),
      ]),
    ).not.toThrow();
  });

  it('refuses a ClusterRoleBinding, naming it, before anything is applied', () => {
    const binding = object('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'admin-for-all');
    expect(() => check([job, binding])).toThrow(
      'overlays/kube: overlay: the overlay holds what a run may not create: ' +
        'ClusterRoleBinding/admin-for-all (kind not allowed); nothing was applied',
    );
  });

  it('refuses an object in another namespace, another Namespace, and a Secret', () => {
    expect(() =>
      check([
        job,
        object('batch/v1', 'Job', 'elsewhere', 'prod'),
        object('v1', 'Namespace', 'prod'),
        object('v1', 'Secret', 'token', 'exp'),
      ]),
    ).toThrow(
      "Job/prod/elsewhere (not in the run's namespace exp), Namespace/prod (not the run's namespace exp), " +
        'Secret/exp/token (kind not allowed)',
    );
  });

  it('refuses a custom resource that borrows a default kind name from another group', () => {
    expect(() => check([job, object('evil.example/v1', 'Service', 'web')])).toThrow('Service/web (kind not allowed)');
  });

  it('widens the set with --allow-kind, by kind or group and kind', () => {
    const secret = object('v1', 'Secret', 'token', 'exp');
    const role = object('rbac.authorization.k8s.io/v1', 'Role', 'reader', 'exp');
    expect(() => check([job, secret, role], ['Secret', 'rbac.authorization.k8s.io/Role'])).not.toThrow();
    // Another group's kind of the same name is not the one allowed.
    expect(() => check([object('example.com/v1', 'Job', 'x', 'exp')])).toThrow(/Job\/exp\/x \(kind not allowed\)/);
    // Allowing a kind does not allow another namespace.
    expect(() => check([object('v1', 'Secret', 'token', 'prod')], ['Secret'])).toThrow(/not in the run's namespace/);
  });
});
