import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, refusalOf } from "./request-guard";

const req = (pathname: string, init: { method?: string; length?: number } = {}) => ({
  method: init.method ?? "GET",
  pathname,
  headers: new Headers(init.length === undefined ? {} : { "content-length": String(init.length) }),
});

describe("requests the proxy refuses itself", () => {
  it.each(["/en/series/%FF", "/en/series/%C3%28", "/%ED%A0%80", "/api/auth/%E2%82", "/en/news/%"])("a path that is not percent-encoded UTF-8, %s: 400", (pathname) => {
    expect(refusalOf(req(pathname))).toBe(400);
  });

  it.each(["/en", "/en/series/joint-response-to-terrorism/1", "/en/news/%C3%A9t%C3%A9", "/en/series/%00", "/zh/news/feed.xml"])("a well-encoded path, %s, goes on", (pathname) => {
    expect(refusalOf(req(pathname))).toBeNull();
  });

  it("a post over the server actions' body limit: 413; at the limit or without a length, it goes on", () => {
    expect(refusalOf(req("/en/sign-in", { method: "POST", length: ACTION_BODY_LIMIT_BYTES + 1 }))).toBe(413);
    expect(refusalOf(req("/en/sign-in", { method: "POST", length: 5 * 1024 * 1024 }))).toBe(413);
    expect(refusalOf(req("/en/sign-in", { method: "POST", length: ACTION_BODY_LIMIT_BYTES }))).toBeNull();
    expect(refusalOf(req("/en/sign-in", { method: "POST" }))).toBeNull();
  });
});
