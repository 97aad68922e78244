import { describe, expect, it } from 'vitest';
import { baseImages, remoteSources } from '../../src/build/dockerfile.js';
import { parseSecretSpec } from '../../src/build/secrets.js';

describe('the base images of a Dockerfile (what the input digest resolves)', () => {
  it('substitutes global ARGs (build args override defaults) and leaves out stages and scratch', () => {
    const dockerfile = [
      '# syntax is a comment here',
      'ARG REGISTRY=127.0.0.1:5000',
      'ARG TAG',
      'FROM --platform=$BUILDPLATFORM ${REGISTRY}/base:${TAG:-v1} AS build',
      'RUN make',
      'FROM build AS test',
      'FROM scratch',
      'COPY --from=build /out /out',
      'COPY --from=other.example/tools:2 /bin/tool /bin/tool',
      'RUN --mount=type=cache,target=/c \\',
      '    --mount=type=bind,from=helper:1,target=/h true',
    ].join('\n');
    expect(baseImages(dockerfile, {})).toEqual(['127.0.0.1:5000/base:v1', 'other.example/tools:2', 'helper:1']);
    expect(baseImages(dockerfile, { TAG: 'v2', REGISTRY: 'r.example' })).toEqual([
      'r.example/base:v2',
      'other.example/tools:2',
      'helper:1',
    ]);
  });

  it("an ARG's default may use earlier ARGs; `# escape=` changes the continuation character", () => {
    const nested = 'ARG TAG=v1\nARG IMAGE=r.example/base:${TAG}\nFROM ${IMAGE}\n';
    expect(baseImages(nested, {})).toEqual(['r.example/base:v1']);
    expect(baseImages(nested, { TAG: 'v2' })).toEqual(['r.example/base:v2']);
    // With a backtick as escape, a trailing backslash ends nothing: the second FROM is its own.
    const backtick = '# escape=`\nFROM a:1 AS one\nRUN echo hi \\\nFROM b:2\nRUN dir `\n  FROM-not C:\\\nFROM c:3\n';
    expect(baseImages(backtick, {})).toEqual(['a:1', 'b:2', 'c:3']);
    expect(baseImages('FROM a:1\nRUN echo \\\nFROM b:2\n', {})).toEqual(['a:1']);
    // An empty line inside a continued instruction does not end it (BuildKit skips it, warning).
    expect(baseImages('FROM a:1\nRUN echo \\\n\nFROM b:2\nFROM c:3', {})).toEqual(['a:1', 'c:3']);
  });

  it('an ARG declared after the first FROM does not reach a later FROM', () => {
    expect(baseImages('FROM a:1\nARG B=b:2\nFROM $B\n', {})).toEqual(['a:1']);
  });
});

describe('the remote sources of a Dockerfile (ADD <url>)', () => {
  it('finds http and git sources, ARGs and ENVs substituted; --checksum pins one; paths are not remote', () => {
    const dockerfile = [
      'ARG MIRROR=https://mirror.example',
      'FROM base:1',
      'ARG MIRROR',
      'ARG VERSION=1.0',
      'ENV TOOL=tool-${VERSION}',
      'ADD --chown=1:1 ${MIRROR}/${TOOL}.tar.gz local.txt /opt/',
      'ADD ["https://example.com/a b.txt", "/a"]',
      `ADD --checksum=sha256:${'0'.repeat(64)} https://example.com/pinned /p`,
      'add git@github.com:acme/tools.git /src',
      'ADD https://example.com/$FROM_BASE_IMAGE/x /x',
      'COPY https-not-a-url /y',
    ].join('\n');
    expect(remoteSources(dockerfile, {})).toEqual([
      { url: 'https://mirror.example/tool-1.0.tar.gz', kind: 'http', known: true },
      { url: 'https://example.com/a b.txt', kind: 'http', known: true },
      { url: 'git@github.com:acme/tools.git', kind: 'git', known: true },
      { url: 'https://example.com//x', kind: 'http', known: false },
    ]);
    expect(remoteSources(dockerfile, { VERSION: '2.0', MIRROR: 'http://m.example' })[0]!.url).toBe(
      'http://m.example/tool-2.0.tar.gz',
    );
  });
});

describe('build secrets', () => {
  it('parses id=X,src=F and id=X,env=VAR; refuses anything else naming the field', () => {
    expect(parseSecretSpec('id=npm,src=/run/npmrc')).toEqual({ id: 'npm', src: '/run/npmrc' });
    expect(parseSecretSpec('id=tok,env=TOKEN')).toEqual({ id: 'tok', env: 'TOKEN' });
    expect(() => parseSecretSpec('id=tok')).toThrow(
      'secrets: invalid secret "tok": give exactly one of src=FILE or env=VAR',
    );
    expect(() => parseSecretSpec('src=/x', '--secret')).toThrow('--secret: invalid secret "src=/x": it has no id=');
  });
});
