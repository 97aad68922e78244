import { afterEach, describe, expect, it } from 'vitest';
import { renderGithubHtml } from '../../src/report/render/html.js';
import type { RunRecord } from '../../src/record/types.js';
import { MAX_COMMENT_LENGTH } from '../standins/github/operations/issue-comments.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { commentsOn, gitHubWithPull, postReport, recordOf, sha } from './support.js';

let gh: GitHubStandIn;
afterEach(async () => {
  expect(gh.problems).toEqual([]);
  await gh.close();
});

const HOSTILE =
  '@octocat @acme/admins <img src=x onerror=alert(1)> </details> | ``` --> <!-- [x](http://evil.example) #1';

describe('the posted comment, from a hostile record', () => {
  it('hostile output stays inert in the stored comment: no markup, link or mention, the marker intact', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const record = recordOf(sha(3), 1, (r) => {
      r.source.commit = `${sha(3)} --> ${HOSTILE}`;
      r.image.ref = HOSTILE;
      r.shards[0]!.results[0]!.value = { [HOSTILE]: HOSTILE, energy: -1 };
      r.shards[2]!.attempts.at(-1)!.logTail = [HOSTILE, `stderr: ${HOSTILE}`];
      r.shards[2]!.attempts.at(-1)!.message = HOSTILE;
    });
    await postReport(gh, record, { pr: setup.pull.number });
    const [comment] = commentsOn(gh, setup.pull.number);
    const lines = comment!.body.split('\n');
    // The commit is not a hex name: it stays out of the marker, which still parses as one line.
    expect(lines[0]).toMatch(
      /^<!-- pinship:report experiment=default run=20261125-040100-[0-9a-f]{6} started=\S+ finished=\S+ -->$/,
    );
    const html = renderGithubHtml(comment!.body);
    expect(html).not.toMatch(/<img|<a |href=/i);
    expect(html).not.toMatch(/(^|[^\w`])@octocat(?![^<]*<\/code>)/);
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    // The text is there, as text (hast writes `<` as &#x3C;).
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it("5,000 shards: the comment stays under GitHub's 65,536 characters and is posted", async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const record = recordOf(sha(3), 1, (r) => manyShards(r, 5000));
    const { outcome } = await postReport(gh, record, { pr: setup.pull.number });
    expect(outcome.published?.comment?.action).toBe('created');
    const [comment] = commentsOn(gh, setup.pull.number);
    expect(comment!.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(comment!.body).toContain('5000');
  });
});

/** `n` shards, each a copy of the example's shards in turn, half of them failed with long logs. */
function manyShards(record: RunRecord, n: number): void {
  const shards = record.shards;
  record.shards = Array.from({ length: n }, (_, i) => {
    const shard = structuredClone(shards[i % shards.length]!);
    shard.index = i;
    shard.results = shard.results.map((r) => ({ ...r, value: { ...r.value, shard: i, energy: -i / 7 } }));
    for (const a of shard.attempts) a.logTail = a.logTail.map((l) => `${l} ${'x'.repeat(200)}`);
    return shard;
  });
  record.parameters.shards = n;
  record.totals.shards = n;
  record.totals.succeeded = record.shards.filter((s) => s.status === 'succeeded').length;
  record.totals.failed = n - record.totals.succeeded;
}
