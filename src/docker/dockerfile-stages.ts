import { type Instruction, parseArgs, parseEnv, readInstructions, substitute } from './dockerfile-syntax.js';

/** A build stage: a FROM and the instructions up to the next one. */
export interface DockerfileStage {
  /** Its position among the stages: BuildKit calls an unnamed stage `stage-<index>`. */
  index: number;
  /** The `AS` name, lower-cased as BuildKit keeps it. */
  name?: string;
  from: Instruction;
  /** What FROM names, global ARGs substituted (build args over their defaults). */
  base: string;
  /** The earlier stage FROM names, when it names one rather than an image. */
  parent?: DockerfileStage;
  instructions: Instruction[];
}

/** The stages of a Dockerfile, and the global ARGs (those before the first FROM) with their values. */
export function readStages(
  dockerfile: string,
  buildArgs: Readonly<Record<string, string>> = {},
): { stages: DockerfileStage[]; globalArgs: Map<string, string> } {
  const globalArgs = new Map<string, string>();
  const stages: DockerfileStage[] = [];
  for (const instruction of readInstructions(dockerfile)) {
    const current = stages.at(-1);
    if (instruction.keyword === 'FROM') {
      stages.push(stage(instruction, stages, globalArgs));
    } else if (current) {
      current.instructions.push(instruction);
    } else if (instruction.keyword === 'ARG') {
      for (const [name, value] of parseArgs(instruction.rest)) {
        // A default may use the ARGs declared before it (`ARG IMAGE=base:${TAG}`).
        const given = Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
        globalArgs.set(name, given ?? substitute(value ?? '', globalArgs));
      }
    }
  }
  return { stages, globalArgs };
}

function stage(from: Instruction, earlier: readonly DockerfileStage[], args: ReadonlyMap<string, string>) {
  const words = from.rest.split(/\s+/).filter((w) => w && !w.startsWith('--'));
  const base = substitute(words[0] ?? '', args);
  const name = words[1]?.toUpperCase() === 'AS' && words[2] ? words[2].toLowerCase() : undefined;
  const parent = earlier.find((s) => s.name !== undefined && s.name === base.toLowerCase());
  return { index: earlier.length, name, from, base, parent, instructions: [] };
}

/** The `AS` names of a Dockerfile's stages, lower-cased, in order. */
export function stageNames(dockerfile: string): string[] {
  return readStages(dockerfile).stages.flatMap((s) => (s.name === undefined ? [] : [s.name]));
}

/** What a stage's variables are read with: the global ARGs and the build args. */
export interface ArgValues {
  globalArgs: ReadonlyMap<string, string>;
  buildArgs: Readonly<Record<string, string>>;
}

export interface StageVariables {
  /** What each instruction sees. */
  seen: Map<Instruction, ReadonlyMap<string, string>>;
  /** What a stage built on this one starts with. */
  after: ReadonlyMap<string, string>;
}

/**
 * The variables each instruction of a stage sees, as far as the Dockerfile tells: those of the
 * stage it builds on, its ARGs (build args over defaults, else the global ARG's value) and ENVs.
 * The base image's ENVs are unknown.
 */
export function stageVariables(stage: DockerfileStage, values: ArgValues): StageVariables {
  let vars = new Map(stage.parent ? stageVariables(stage.parent, values).after : undefined);
  const seen = new Map<Instruction, ReadonlyMap<string, string>>();
  for (const instruction of stage.instructions) {
    seen.set(instruction, vars);
    if (instruction.keyword === 'ARG') {
      vars = new Map(vars);
      for (const [name, value] of parseArgs(instruction.rest)) {
        const given = Object.hasOwn(values.buildArgs, name) ? values.buildArgs[name] : undefined;
        const set = given ?? (value === undefined ? values.globalArgs.get(name) : substitute(value, vars));
        if (set !== undefined) vars.set(name, set);
      }
    } else if (instruction.keyword === 'ENV') {
      vars = new Map(vars);
      for (const [name, value] of parseEnv(instruction.rest)) vars.set(name, substitute(value, vars));
    }
  }
  return { seen, after: vars };
}
