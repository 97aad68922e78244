// CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL` or `ESC \`) and two-character escape sequences.
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
// Other C0 and C1 controls (tab stays): a relayed tail must not drive the reader's terminal.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * What a log line shows, for tails and error texts: the part after its last carriage return (a
 * progress bar keeps its final state, not its first 2000 characters), escape sequences removed
 * (colours, titles, OSC 52 clipboard writes) and other control characters as U+FFFD.
 */
export function displayText(line: string): string {
  let text = line.endsWith('\r') ? line.slice(0, -1) : line;
  const cr = text.lastIndexOf('\r');
  if (cr !== -1) text = text.slice(cr + 1);
  return text.replace(ESCAPES, '').replace(CONTROLS, '\uFFFD');
}
