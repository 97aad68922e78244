import { codeSpan, inertText } from '../../github/escape.js';
import type { ReportModel } from './model.js';
import { markdownTable } from './table.js';

/** The Deployments the run waited for (Kubernetes backend). */
export function rolloutsSection(model: ReportModel): string {
  const rollouts = model.record.rollouts;
  if (rollouts.length === 0) return '';
  const rows = rollouts.map((r) => [
    codeSpan(`${r.namespace}/${r.name}`, 100),
    r.revision === null ? '' : codeSpan(r.revision, 20),
    r.conclusion,
    `${r.replicas.ready}/${r.replicas.desired} ready, ${r.replicas.updated} updated`,
    r.message === null ? '' : inertText(r.message, 200),
  ]);
  return `#### Rollouts\n\n${markdownTable(['Deployment', 'Revision', 'Conclusion', 'Replicas', 'Message'], rows)}`;
}
