// What the shared cache stores must come back as Next.js gave it: a rendered page holds
// Buffers (its RSC payload) and a Map (its segments), which plain JSON would flatten.
import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "./store.mjs";

describe("the shared cache's encoding", () => {
  it("keeps Buffers, Maps and text in every script", () => {
    const page = {
      kind: "APP_PAGE",
      html: "<p>ü 中文 عربي</p>",
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([["/_tree", Buffer.from("tree")], ["/en/__PAGE__", Buffer.from("page")]]),
      headers: { "x-next-cache-tags": "a,b", "set-cookie": ["NEXT_LOCALE=en; Path=/"] },
      status: 200,
      postponed: undefined,
    };
    const back = deserialize(serialize(page)) as typeof page;
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 2, 255]);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect(back.segmentData.get("/en/__PAGE__")?.toString()).toBe("page");
    expect(back.html).toBe(page.html);
    expect(back.headers).toEqual(page.headers);
    expect("postponed" in back).toBe(false);
  });

  it("gives plain objects back, with no way to reach their prototype", () => {
    const back = deserialize('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(back.polluted).toBeUndefined();
    expect(back.a).toBe(1);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });
});
