import { parseReference } from '../../registry/reference.js';
import { type ArgValues, type DockerfileStage, readStages, stageVariables } from '../dockerfile-stages.js';
import { type Instruction, substitute, VARIABLE } from '../dockerfile-syntax.js';

/**
 * A BuildKit step name taken apart. The Dockerfile frontend prefixes a step with its stage and
 * its place there (`[build 2/5] RUN make`, `[linux/arm64 build  2/12] …` when platforms are shown);
 * the stage is left out when the Dockerfile has one; the frontend's own steps are `[internal] …`.
 */
export interface StepName {
  stage?: string;
  /** 1-based, among the stage's numbered steps. */
  index?: number;
  total?: number;
  internal: boolean;
  /** The instruction as BuildKit shows it: ARG and ENV values expanded, continuation lines joined. */
  text: string;
}

/** Takes a BuildKit step name apart; a name without a `[…]` prefix is all text. */
export function parseStepName(name: string): StepName {
  const m = /^\[([^\]]*)\]\s*([\s\S]*)$/.exec(name.trim());
  if (!m) return { internal: false, text: name.trim() };
  const words = m[1]!.trim().split(/\s+/);
  const last = words.pop() ?? '';
  if (last === 'internal') return { internal: true, text: m[2]! };
  const count = /^(\d+)\/(\d+)$/.exec(last);
  if (!count) return { internal: false, text: name.trim() };
  // A platform has a slash; a stage name cannot.
  const stage = words.filter((w) => !w.includes('/')).at(-1);
  return { stage, index: Number(count[1]), total: Number(count[2]), internal: false, text: m[2]! };
}

/**
 * The 1-based Dockerfile line of the instruction a BuildKit step name shows, undefined when it
 * cannot be told. `[stage-1 3/3] RUN …` is the third numbered step of the second stage, counted as
 * BuildKit's Dockerfile frontend counts them; without that prefix, or when the count does not fit
 * this Dockerfile, the step's text is matched against the instructions, ARGs and ENVs expanded.
 * `[internal] load metadata for <image>` names the first FROM of that image.
 */
export function dockerfileLine(
  dockerfile: string,
  stepName: string,
  buildArgs: Readonly<Record<string, string>> = {},
): number | undefined {
  const step = parseStepName(stepName);
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const context = { globalArgs, buildArgs };
  if (step.internal) {
    const image = /^load metadata for (\S+)$/.exec(step.text.trim())?.[1];
    return image ? fromLine(image, stages) : undefined;
  }
  if (step.index !== undefined) {
    const stage = stageNamed(step.stage, stages);
    // Known stage: a text match elsewhere would name another stage's look-alike.
    if (stage) {
      return numberedStep(stage, step, true) ?? textLine(step.text, [stage], context) ?? numberedStep(stage, step);
    }
  }
  return textLine(step.text, stages, context);
}

/** The stage a step prefix names: its `AS` name, `stage-<index>`, or none for the only stage. */
function stageNamed(name: string | undefined, stages: readonly DockerfileStage[]): DockerfileStage | undefined {
  if (name === undefined) return stages.length === 1 ? stages[0] : undefined;
  const lower = name.toLowerCase();
  const unnamed = /^stage-(\d+)$/.exec(lower);
  return stages.find((s) => s.name === lower) ?? (unnamed ? stages[Number(unnamed[1])] : undefined);
}

/**
 * The instruction at the step's place, by BuildKit's count: FROM is step 1 when it names an image
 * (not `scratch`, not an earlier stage), then each RUN, COPY, ADD and WORKDIR. `WORKDIR /` is in
 * the total but gets no number (it makes no step). `strict`: the stage's total must match too.
 */
function numberedStep(stage: DockerfileStage, step: StepName, strict = false): number | undefined {
  const numbered: Instruction[] = [];
  let total = 0;
  if (!stage.parent && stage.base.toLowerCase() !== 'scratch') {
    numbered.push(stage.from);
    total++;
  }
  for (const instruction of stage.instructions) {
    if (!['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(instruction.keyword)) continue;
    total++;
    if (instruction.keyword !== 'WORKDIR' || instruction.rest.trim() !== '/') numbered.push(instruction);
  }
  if (strict && total !== step.total) return undefined;
  const found = numbered[step.index! - 1];
  return found && found.keyword === keyword(step.text) ? found.line : undefined;
}

/** The first instruction among `stages` whose text, as written or expanded, the step shows. */
function textLine(text: string, stages: readonly DockerfileStage[], context: ArgValues): number | undefined {
  const wanted = normalize(text);
  if (!wanted) return undefined;
  if (keyword(wanted) === 'FROM') return fromLine(wanted.slice(4).trim(), stages);
  let prefixed: number | undefined;
  for (const stage of stages) {
    const { seen } = stageVariables(stage, context);
    for (const instruction of stage.instructions) {
      const env = seen.get(instruction)!;
      for (const candidate of shownTexts(instruction, env)) {
        if (candidate === wanted) return instruction.line;
        // A step name that is the start of an instruction: the fallback of the fallback.
        if (prefixed === undefined && candidate.startsWith(wanted)) prefixed = instruction.line;
      }
    }
  }
  return prefixed;
}

/** The line of the first FROM among `stages` that names `image` (as the engine resolves names). */
function fromLine(image: string, stages: readonly DockerfileStage[]): number | undefined {
  const wanted = imageKey(image);
  return wanted ? stages.find((s) => !s.parent && imageKey(s.base) === wanted)?.from.line : undefined;
}

// `busybox` and `docker.io/library/busybox:latest` are one image; a digest BuildKit adds is dropped.
function imageKey(image: string): string | undefined {
  try {
    const ref = parseReference(image.replace(/@.*$/, ''));
    return `${ref.registry}/${ref.path}:${ref.tag ?? 'latest'}`;
  } catch {
    return undefined;
  }
}

/** The instruction as written and as BuildKit names it, both normalized. */
function shownTexts(instruction: Instruction, vars: ReadonlyMap<string, string>): string[] {
  const written = `${instruction.keyword} ${instruction.rest}`;
  // RUN keeps quotes and unknown variables (they may be the base image's); the others drop both.
  const run = instruction.keyword === 'RUN';
  return [normalize(written), normalize(`${instruction.keyword} ${expand(instruction.rest, vars, run)}`)];
}

/** Variables expanded outside single quotes, as BuildKit's shell lexer does for a step's name. */
function expand(text: string, vars: ReadonlyMap<string, string>, run: boolean): string {
  return text
    .split(/('[^']*')/)
    .map((part, i) => {
      if (i % 2 === 1) return run ? part : part.slice(1, -1);
      const expanded = part.replace(VARIABLE, (whole, braced?: string, _op?: string, _alt?: string, bare?: string) =>
        run && !vars.has((braced ?? bare)!) ? whole : substitute(whole, vars),
      );
      return run ? expanded : expanded.replace(/"/g, '');
    })
    .join('');
}

function keyword(text: string): string {
  return text.trim().split(/\s+/, 1)[0]!.toUpperCase();
}

function normalize(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const space = t.indexOf(' ');
  return space === -1 ? t.toUpperCase() : t.slice(0, space).toUpperCase() + t.slice(space);
}
