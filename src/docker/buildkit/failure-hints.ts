/**
 * A hint for build failures whose engine message does not say what to do: Dockerfile features
 * this engine's built-in frontend lacks, and session features pinship does not offer.
 */
export function failureHint(failure: string, dockerfileText: string): string | undefined {
  if (/dockerfile parse error|unknown instruction/i.test(failure) && HEREDOC.test(dockerfileText)) {
    return (
      "heredocs (<<EOF) need Dockerfile syntax 1.4 or later: this engine's built-in frontend is older, and a " +
      '"# syntax=" frontend image must be pullable by the engine; or write the lines as one RUN with &&, or COPY a file'
    );
  }
  if (/no SSH key .* forwarded from the client/i.test(failure)) {
    return 'pinship forwards no SSH agent to the build (there is no --ssh): fetch private sources with a --secret';
  }
  return undefined;
}

// An instruction whose arguments open a heredoc: `RUN <<EOF`, `COPY <<-"EOT" /x`.
const HEREDOC = /^\s*(RUN|COPY|ADD)\b[^\n]*<<-?["']?[A-Za-z_][A-Za-z0-9_]*/im;
