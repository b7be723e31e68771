// The cache every instance shares (lib/cache/store.mjs), in PostgreSQL and in Redis: two
// processes, two instances. What one stores the other reads; what one invalidates is gone
// on the other by its very next read — no waiting, no polling.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { createConnection } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/15";

type Peer = { ask: (c: Record<string, unknown>) => Promise<Record<string, unknown>>; stop: () => Promise<void> };
const peers: Peer[] = [];

async function peer(env: Record<string, string | undefined>): Promise<Peer> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["scripts/lib/cache-peer.mjs"], { env: { ...process.env, ...env }, stdio: "pipe" });
  child.stderr.on("data", (d) => process.stderr.write(d));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  expect(await next()).toMatchObject({ ready: true });
  const p: Peer = {
    async ask(c) {
      child.stdin.write(JSON.stringify(c) + "\n");
      return next();
    },
    async stop() {
      child.stdin.end();
      await new Promise((r) => child.once("exit", r));
    },
  };
  peers.push(p);
  return p;
}

afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.stop()));
});

async function redisIsUp(): Promise<boolean> {
  const u = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) }, () => {
      s.end();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

const backends = [
  { name: "PostgreSQL (the default)", env: { REDIS_URL: undefined } },
  { name: "Redis (REDIS_URL)", env: { REDIS_URL } },
];

describe.each(backends)("the shared cache in $name", ({ env }) => {
  it("serves one instance what another stored, and drops it on both at the moment either invalidates", async () => {
    if (env.REDIS_URL) expect(await redisIsUp(), `Redis must run at ${REDIS_URL} (.ci/run starts it)`).toBe(true);
    const key = `test-${env.REDIS_URL ? "redis" : "pg"}-${Date.now()}`;
    const [a, b] = [await peer(env), await peer(env)];
    expect(await a.ask({ op: "listening" })).toEqual({ listening: true });
    expect(await b.ask({ op: "get", key })).toEqual({ entry: null });

    await a.ask({ op: "set", key, value: { kind: "FETCH", data: { body: "v1" } }, tags: ["news", "other"] });
    // B never stored it: it comes from the store, then from B's memory.
    for (let i = 0; i < 2; i++) expect((await b.ask({ op: "get", key })).entry).toMatchObject({ value: { data: { body: "v1" } } });

    // A invalidates one of its tags; B's very next read misses, and so does A's.
    await a.ask({ op: "expire", tags: ["news"] });
    expect(await b.ask({ op: "get", key })).toEqual({ entry: null });
    expect(await a.ask({ op: "get", key })).toEqual({ entry: null });

    // The entry rendered again after the invalidation is served; an untouched tag changes nothing.
    await b.ask({ op: "set", key, value: { kind: "FETCH", data: { body: "v2" } }, tags: ["news"] });
    await b.ask({ op: "expire", tags: ["unrelated"] });
    expect((await a.ask({ op: "get", key })).entry).toMatchObject({ value: { data: { body: "v2" } } });
  });

  it("does not keep an entry whose reads began before an invalidation (it would be stale)", async () => {
    const key = `race-${env.REDIS_URL ? "redis" : "pg"}-${Date.now()}`;
    const [a, b] = [await peer(env), await peer(env)];
    expect(await a.ask({ op: "get", key })).toEqual({ entry: null }); // A starts rendering now…
    await b.ask({ op: "expire", tags: ["news"] }); // …the data changes meanwhile…
    await a.ask({ op: "set", key, value: { kind: "FETCH", data: { body: "old" } }, tags: ["news"] }); // …A stores what it read before
    expect(await a.ask({ op: "get", key })).toEqual({ entry: null });
    expect(await b.ask({ op: "get", key })).toEqual({ entry: null });
  });

  it("keeps Buffers and Maps (a rendered page's RSC data and segments) intact", async () => {
    const key = `bytes-${Date.now()}`;
    const [a, b] = [await peer(env), await peer(env)];
    // JSON cannot carry a Buffer across the pipe: the peer stores what it parses; this checks the round trip of nested values.
    await a.ask({ op: "set", key, value: { kind: "APP_PAGE", html: "<p>ü 中文 عربي</p>", headers: { "x-next-cache-tags": "a,b" }, status: 200 }, tags: ["a", "b"] });
    expect((await b.ask({ op: "get", key })).entry).toMatchObject({ value: { html: "<p>ü 中文 عربي</p>", status: 200 } });
  });
});
