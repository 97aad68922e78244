/** Bytes as megabytes (10^6) with one decimal, as progress lines show sizes: `12.3`. */
export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
