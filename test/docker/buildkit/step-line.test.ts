import { describe, expect, it } from 'vitest';
import { dockerfileLine, parseStepName } from '../../../src/docker/buildkit/step-line.js';

describe('the Dockerfile line of a failing BuildKit step', () => {
  it('a variable in the step: BuildKit shows its value, the place in the stage names the line', () => {
    const dockerfile = 'FROM pinship/busybox:base\nARG CODE=3\nRUN echo code $CODE; exit $CODE\n';
    expect(dockerfileLine(dockerfile, '[2/2] RUN echo code 3; exit 3')).toBe(3);
    expect(dockerfileLine(dockerfile, '[1/2] FROM docker.io/pinship/busybox:base')).toBe(1);
  });

  it("another stage's instruction that reads the same once expanded is not the one", () => {
    const dockerfile = [
      'FROM pinship/busybox:base AS a',
      'RUN mkdir /missing',
      'RUN ls /missing',
      'FROM pinship/busybox:base',
      'COPY --from=a /missing /m',
      'ENV D=missing',
      'RUN ls /$D',
    ].join('\n');
    expect(dockerfileLine(dockerfile, '[stage-1 3/3] RUN ls /missing')).toBe(7);
    expect(dockerfileLine(dockerfile, '[a 3/3] RUN ls /missing')).toBe(3);
    expect(dockerfileLine(dockerfile, '[stage-1 2/3] COPY --from=a /missing /m')).toBe(5);
  });

  it('one stage: no stage name; the same instruction twice is told apart by its number', () => {
    const dockerfile = 'FROM busybox\nENV A=1\nRUN make\nLABEL x=y\nRUN make\n';
    expect(dockerfileLine(dockerfile, '[1/3] FROM docker.io/library/busybox:latest')).toBe(1);
    expect(dockerfileLine(dockerfile, '[2/3] RUN make')).toBe(3);
    expect(dockerfileLine(dockerfile, '[3/3] RUN make')).toBe(5);
  });

  it('named and unnamed stages; FROM a stage or scratch is no step; names are case-insensitive', () => {
    const dockerfile = [
      'FROM base:1 AS Build', // stage 0: build
      'RUN make',
      'FROM build', // stage-1: builds on build, no FROM step
      'RUN make test',
      'FROM scratch AS out', // stage 2
      'COPY --from=build /out /out',
      'FROM base:1', // stage-3
      'WORKDIR /app',
      'COPY --from=out /out .',
    ].join('\n');
    expect(dockerfileLine(dockerfile, '[build 2/2] RUN make')).toBe(2);
    expect(dockerfileLine(dockerfile, '[stage-1 1/1] RUN make test')).toBe(4);
    expect(dockerfileLine(dockerfile, '[out 1/1] COPY --from=build /out /out')).toBe(6);
    expect(dockerfileLine(dockerfile, '[stage-3 2/3] WORKDIR /app')).toBe(8);
    expect(dockerfileLine(dockerfile, '[stage-3 3/3] COPY --from=out /out .')).toBe(9);
    // A platform before the stage, and the padding BuildKit puts before a one-digit number.
    expect(dockerfileLine(dockerfile, '[linux/arm64 stage-3  3/3] COPY --from=out /out .')).toBe(9);
  });

  it('continuation lines, comments, blank lines, `# escape=` and a `WORKDIR /` (counted, not numbered)', () => {
    const dockerfile = [
      '# escape=`',
      'FROM base:1',
      'RUN echo one `',
      '    two',
      '# a comment',
      '',
      'RUN echo three `',
      '',
      '  # inside the instruction',
      '    four',
      'WORKDIR /',
      'WORKDIR /app',
      'COPY . .',
    ].join('\n');
    expect(dockerfileLine(dockerfile, '[2/6] RUN echo one     two')).toBe(3);
    expect(dockerfileLine(dockerfile, '[3/6] RUN echo three     four')).toBe(7);
    expect(dockerfileLine(dockerfile, '[4/6] WORKDIR /app')).toBe(12);
    expect(dockerfileLine(dockerfile, '[5/6] COPY . .')).toBe(13);
  });

  it('without a usable number: the text, ARGs (build args first) and ENVs expanded as BuildKit shows them', () => {
    const dockerfile = [
      'ARG SRC=app',
      'FROM base:1 AS build',
      'ARG SRC',
      'ENV DIR=/srv',
      'RUN ls \'$DIR\' "$DIR" $HOME',
      'COPY $SRC/ "$DIR"',
      'FROM build',
      'RUN cat $DIR/$SRC',
    ].join('\n');
    // No prefix at all.
    expect(dockerfileLine(dockerfile, 'RUN ls \'$DIR\' "/srv" $HOME')).toBe(5);
    // A count that does not fit this Dockerfile (the base image's ONBUILD steps are numbered too).
    expect(dockerfileLine(dockerfile, '[build 5/3] COPY app/ /srv')).toBe(6);
    expect(dockerfileLine(dockerfile, '[build 5/3] COPY lib/ /srv', { SRC: 'lib' })).toBe(6);
    // A stage built on another sees its ENVs; its ARGs too, as BuildKit carries them over.
    expect(dockerfileLine(dockerfile, 'RUN cat /srv/app')).toBe(8);
    // The stage is known and has no such step: no line rather than another stage's.
    expect(dockerfileLine(dockerfile, '[stage-1 9/9] RUN ls /srv')).toBeUndefined();
    expect(dockerfileLine(dockerfile, 'RUN not in this file')).toBeUndefined();
  });

  it("BuildKit's own steps: loading a base image's metadata names its FROM; the others no line", () => {
    const dockerfile = 'ARG V=latest\nFROM busybox:$V AS b\nFROM 127.0.0.1:5000/team/x:1\nCOPY --from=b / /\n';
    expect(dockerfileLine(dockerfile, '[internal] load metadata for docker.io/library/busybox:latest')).toBe(2);
    expect(dockerfileLine(dockerfile, '[internal] load metadata for 127.0.0.1:5000/team/x:1')).toBe(3);
    expect(dockerfileLine(dockerfile, '[linux/amd64 internal] load metadata for 127.0.0.1:5000/team/x:1')).toBe(3);
    expect(dockerfileLine(dockerfile, '[internal] load build context')).toBeUndefined();
    // A FROM step shared by two stages loses its prefix: the first FROM of that image.
    expect(dockerfileLine(dockerfile, 'FROM docker.io/library/busybox:latest')).toBe(2);
  });
});

describe('BuildKit step names', () => {
  it('reads the platform, stage, number and total; the text after them as it is', () => {
    expect(parseStepName('[linux/arm64 build  2/12] RUN  make')).toEqual({
      stage: 'build',
      index: 2,
      total: 12,
      internal: false,
      text: 'RUN  make',
    });
    expect(parseStepName('[3/4] COPY . .')).toEqual({ index: 3, total: 4, internal: false, text: 'COPY . .' });
    expect(parseStepName('[internal] load .dockerignore')).toEqual({ internal: true, text: 'load .dockerignore' });
    expect(parseStepName('FROM docker.io/library/busybox:latest')).toEqual({
      internal: false,
      text: 'FROM docker.io/library/busybox:latest',
    });
  });
});
