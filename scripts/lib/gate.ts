// For tests that race: a gate holds every caller until `n` have arrived (or `ms` passed), so
// all of them read before any of them writes — the interleaving a race needs, every time.
export function makeGate(n: number, ms = 3000): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const timer = setTimeout(open, ms);
  return async () => {
    if (++arrived >= n) {
      clearTimeout(timer);
      open();
    }
    await opened;
  };
}
