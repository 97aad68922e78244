import { describe, expect, it } from 'vitest';
import { baseImages, remoteSources } from '../../src/build/dockerfile.js';
import { dockerfileLine } from '../../src/docker/buildkit/step-line.js';
import { readStages, stageNames } from '../../src/docker/dockerfile-stages.js';
import { readInstructions } from '../../src/docker/dockerfile-syntax.js';

// One Dockerfile, read by every consumer of the one reader: continuations (a FROM continued onto
// the next line), a heredoc whose body looks like instructions, and a stage using both.
const continued = [
  'ARG BASE=127.0.0.1:5000/base:1',
  'FROM --platform=$BUILDPLATFORM \\',
  '    ${BASE} AS build',
  'RUN <<EOF',
  'FROM not-an-image:1 AS not-a-stage',
  'ADD https://not.example/in-a-heredoc /x',
  'EOF',
  'COPY <<-"END" /etc/conf',
  '\tFROM also-not:2',
  '\tEND',
  'ADD https://example.com/tool.tgz /opt/',
  'FROM build AS test',
  'RUN make \\',
  '  test',
].join('\n');

// The same with a backtick as the continuation character: a trailing backslash continues nothing.
const backtick = [
  '# escape=`',
  'ARG BASE=127.0.0.1:5000/base:1',
  'FROM --platform=$BUILDPLATFORM `',
  '    ${BASE} AS build',
  'RUN dir C:\\',
  'FROM build AS Test',
  'RUN <<EOF',
  'FROM hidden:3',
  'EOF',
].join('\n');

describe('the one Dockerfile reader, as each consumer reads it', () => {
  it('instructions: continuations joined, heredoc bodies skipped, lines kept', () => {
    expect(readInstructions(continued).map((i) => [i.keyword, i.line])).toEqual([
      ['ARG', 1],
      ['FROM', 2],
      ['RUN', 4],
      ['COPY', 8],
      ['ADD', 11],
      ['FROM', 12],
      ['RUN', 13],
    ]);
    expect(readInstructions(backtick).map((i) => [i.keyword, i.line])).toEqual([
      ['ARG', 2],
      ['FROM', 3],
      ['RUN', 5],
      ['FROM', 6],
      ['RUN', 7],
    ]);
  });

  it('stages (what --target is checked against): a FROM continued onto the next line names its stage', () => {
    expect(stageNames(continued)).toEqual(['build', 'test']);
    expect(stageNames(backtick)).toEqual(['build', 'test']);
    const { stages } = readStages(continued, { BASE: 'r.example/base:2' });
    expect(stages.map((s) => s.base)).toEqual(['r.example/base:2', 'build']);
    expect(stages[1]!.parent).toBe(stages[0]);
  });

  it('base images (the input digest): the continued FROM with its ARG; nothing from a heredoc', () => {
    expect(baseImages(continued, {})).toEqual(['127.0.0.1:5000/base:1']);
    expect(baseImages(backtick, { BASE: 'r.example/base:2' })).toEqual(['r.example/base:2']);
  });

  it('remote sources (ADD <url>): the ADD after the heredocs, not the line inside one', () => {
    expect(remoteSources(continued, {})).toEqual([{ url: 'https://example.com/tool.tgz', kind: 'http', known: true }]);
    expect(remoteSources(backtick, {})).toEqual([]);
  });

  it("a failing step's line: found past the heredocs and in the continued stage", () => {
    expect(dockerfileLine(continued, '[build 3/3] ADD https://example.com/tool.tgz /opt/')).toBe(11);
    expect(dockerfileLine(continued, '[test 2/2] RUN make   test')).toBe(13);
    expect(dockerfileLine(backtick, '[test 2/2] RUN <<EOF')).toBe(7);
  });

  it('an ENV of the stage a stage builds on reaches its ADD', () => {
    const dockerfile = 'FROM base:1 AS a\nENV URL=https://example.com/x\nFROM a\nADD $URL /x\n';
    expect(remoteSources(dockerfile, {})).toEqual([{ url: 'https://example.com/x', kind: 'http', known: true }]);
  });
});
