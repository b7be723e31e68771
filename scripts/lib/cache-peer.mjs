// One "instance" of the shared cache for lib/cache/store.int.test.ts: a process of its own
// that reads one JSON command per line on stdin and answers one JSON line on stdout.
// Commands: {op:"get",key}, {op:"set",key,value,tags}, {op:"expire",tags}, {op:"listening"}.
import { createInterface } from "node:readline";
import { closeSharedCache, expireTags, getEntry, isListening, onInvalidation, setEntry, storeKind } from "../../lib/cache/store.mjs";

await onInvalidation(() => {});
const lines = createInterface({ input: process.stdin });
process.stdout.write(JSON.stringify({ ready: true, kind: storeKind() }) + "\n");
for await (const line of lines) {
  const c = JSON.parse(line);
  let out;
  try {
    if (c.op === "get") out = { entry: await getEntry(c.key) };
    else if (c.op === "set") out = { done: await setEntry(c.key, c.value, c.tags) };
    else if (c.op === "expire") out = { done: await expireTags(c.tags) };
    else if (c.op === "listening") out = { listening: isListening() };
    else out = { error: `unknown op ${c.op}` };
  } catch (e) {
    out = { error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(JSON.stringify(out ?? {}) + "\n");
}
await closeSharedCache();
