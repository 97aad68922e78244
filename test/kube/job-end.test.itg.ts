import { join } from 'node:path';
import {
  AdmissionregistrationV1Api,
  BatchV1Api,
  CoreV1Api,
  type V1ValidatingAdmissionPolicy,
  type V1ValidatingAdmissionPolicyBinding,
} from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { expectValidRecord } from '../run/support.js';
import { scratchDir } from '../support/scratch.js';
import {
  adminConfig,
  clusterKubeconfig,
  kubeTestLogger,
  kustomization,
  pushedImage,
  testNamespace,
  writeOverlay,
} from './support.js';

const PROBE = 'pinship-policy-probe';

/**
 * An admission policy that keeps the Job controller from marking Jobs in `namespace` Complete
 * (or SuccessCriteriaMet), and refuses a ConfigMap named PROBE there, by which the test knows
 * the API server enforces it.
 */
function holdCompletion(namespace: string): [V1ValidatingAdmissionPolicy, V1ValidatingAdmissionPolicyBinding] {
  const name = `pinship-test-hold-${namespace}`;
  return [
    {
      metadata: { name },
      spec: {
        failurePolicy: 'Fail',
        matchConstraints: {
          resourceRules: [
            { apiGroups: ['batch'], apiVersions: ['v1'], operations: ['UPDATE'], resources: ['jobs/status'] },
            { apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE'], resources: ['configmaps'] },
          ],
        },
        validations: [
          {
            expression:
              `request.resource.resource == 'configmaps' ? object.metadata.name != '${PROBE}' : ` +
              '!has(object.status.conditions) || ' +
              "!object.status.conditions.exists(c, c.type in ['Complete', 'SuccessCriteriaMet'])",
          },
        ],
      },
    },
    {
      metadata: { name },
      spec: {
        policyName: name,
        validationActions: ['Deny'],
        matchResources: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } } },
      },
    },
  ];
}

/** Until the API server refuses the probe ConfigMap: the policy is in force. */
async function untilEnforced(namespace: string): Promise<void> {
  const core = adminConfig().makeApiClient(CoreV1Api);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const refused = await core
      .createNamespacedConfigMap({ namespace, body: { metadata: { name: PROBE } }, dryRun: 'All' })
      .then(() => false)
      .catch(() => true);
    if (refused) return;
    if (Date.now() > deadline) throw new Error('the admission policy was not enforced within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => {});
});

describe('the end of a Job run', () => {
  it('comes when every index has a succeeded pod, not when the Job controller marks the Job Complete', async () => {
    const namespace = await testNamespace('job-end');
    const image = await pushedImage('kube-job-end');
    const admission = adminConfig().makeApiClient(AdmissionregistrationV1Api);
    const [policy, binding] = holdCompletion(namespace);
    await admission.createValidatingAdmissionPolicy({ body: policy });
    cleanups.push(() => admission.deleteValidatingAdmissionPolicy({ name: policy.metadata!.name! }));
    await admission.createValidatingAdmissionPolicyBinding({ body: binding });
    cleanups.push(() => admission.deleteValidatingAdmissionPolicyBinding({ name: binding.metadata!.name! }));
    await untilEnforced(namespace);

    const dir = writeOverlay({
      'kustomization.yaml': kustomization(namespace, ['job.yaml']),
      'job.yaml': `apiVersion: batch/v1
kind: Job
metadata: { name: shards }
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: compute
          image: ${image}
          command: [sh, -c, 'echo "pinship:result {\\"index\\": $JOB_COMPLETION_INDEX}"']
          resources: { limits: { memory: 32Mi } }
`,
    });
    const { record } = await runOverlay({
      overlay: dir,
      kubeconfig: clusterKubeconfig(),
      out: join(scratchDir('pinship-kube-'), 'run.json'),
      log: kubeTestLogger(),
      timeoutSeconds: 120,
    });

    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.shards.map((s) => s.results.map((r) => r.value))).toEqual([0, 1, 2].map((index) => [{ index }]));
    const job = await adminConfig().makeApiClient(BatchV1Api).readNamespacedJob({ name: 'shards', namespace });
    expect(job.status?.conditions?.map((c) => c.type) ?? []).not.toContain('Complete');
  });
});
