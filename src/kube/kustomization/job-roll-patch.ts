import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import {
  addFlowPair,
  afterLineOf,
  appendSeqItem,
  blockSequenceLines,
  documentEnd,
  insertLines,
  sequenceIndent,
  textStyle,
  type Splice,
} from './yaml-splice.js';

/**
 * A Job's pod template is immutable, so a new digest cannot be applied to an existing Job in
 * place. This patch marks every Job of the overlay so that Argo CD deletes and recreates it
 * (`Force=true,Replace=true`, https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/)
 * and Flux recreates it when the apply is refused as immutable (`kustomize.toolkit.fluxcd.io/force`).
 * It targets kind Job only: forcing Deployments would recreate them on every sync.
 */
const PATCH_NAME = 'pinship-job-roll';
const PATCH_LINES = [
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  `  name: ${PATCH_NAME}`,
  '  annotations:',
  '    argocd.argoproj.io/sync-options: Force=true,Replace=true',
  '    kustomize.toolkit.fluxcd.io/force: enabled',
];

/** The patch as kustomize reads it (the block scalar's value). */
export const JOB_ROLL_PATCH = { target: { kind: 'Job' }, patch: PATCH_LINES.join('\n') };

/** True when a `patches` entry already carries pinship's Job-roll patch (so adding is idempotent). */
export function hasJobRollPatch(doc: Document): boolean {
  const js = doc.toJS() as { patches?: unknown } | null;
  return (
    Array.isArray(js?.patches) &&
    js.patches.some((p) => typeof p?.patch === 'string' && p.patch.includes(`name: ${PATCH_NAME}`))
  );
}

const ITEM = ['target:', '  kind: Job', 'patch: |-', ...PATCH_LINES.map((l) => `  ${l}`)];
const FLOW = `{target: {kind: Job}, patch: ${JSON.stringify(JOB_ROLL_PATCH.patch)}}`;

/** A splice adding the Job-roll patch to `patches:` (created at the end of the file when missing). */
export function addJobRollPatch(text: string, doc: Document): Splice {
  const style = textStyle(text);
  // A null root: the file was empty (or only comments) and `images:` is being added to it.
  const root = doc.contents as YAMLMap | null;
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'patches');
  const comment = '# Added by pinship pin: pinned Jobs are replaced, not patched (their pod template is immutable).';
  if (!root || !pair) {
    if (root?.flow) return addFlowPair(root, 'patches', `[${FLOW}]`);
    const lines = [comment, 'patches:', ...blockSequenceLines([ITEM], 0, root ? sequenceIndent(text, root) : 0)];
    return insertLines(text, documentEnd(text, doc), lines, style);
  }
  let seq = pair.value as unknown;
  if (isAlias(seq)) seq = seq.resolve(doc);
  if (isSeq(seq) && seq.items.length > 0 && !seq.items.some((i) => !isMap(i) && !isAlias(i))) {
    return appendSeqItem(text, seq, ITEM, FLOW, style);
  }
  if (isSeq(seq) && seq.flow) return appendSeqItem(text, seq, ITEM, FLOW, style);
  const node = seq as Node | null;
  if (node?.range && node.range[0] !== node.range[1])
    return { start: node.range[0], end: node.range[1], text: `[${FLOW}]` };
  const key = pair.key as Node;
  const column = key.range![0] - (text.lastIndexOf('\n', key.range![0] - 1) + 1);
  return insertLines(
    text,
    afterLineOf(text, key.range![1]),
    blockSequenceLines([ITEM], column, sequenceIndent(text, root)),
    style,
  );
}
