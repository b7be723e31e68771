import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/form-data";
import { seriesInput } from "./schema";

const form = (over: Record<string, unknown> = {}) => ({
  slug: "joint-seminar", name: { en: "Seminar" }, description: {}, hostName: { en: "CIIS" }, hostUrl: "", defaultTimeZone: "UTC", recurrence: "NONE", recurrenceInterval: "1", ...over,
});

describe("the series form, checked on the server", () => {
  it("takes only http(s) web addresses for the host", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.org", "ftp://example.org", "example.org"]) {
      const r = seriesInput.safeParse(form({ hostUrl: bad }));
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(fieldErrorsOf(r.error).hostUrl, bad).toEqual(["url"]);
    }
    expect(seriesInput.parse(form({ hostUrl: "https://www.ciis.org.cn" })).hostUrl).toBe("https://www.ciis.org.cn");
    expect(seriesInput.parse(form({ hostUrl: "" })).hostUrl).toBeNull();
  });

  it("says the limit when a text is too long", () => {
    const r = seriesInput.safeParse(form({ name: { en: "x".repeat(5000) } }));
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.values(fieldErrorsOf(r.error)).flat()).toContainEqual(expect.stringMatching(/^tooLong:\d+$/));
  });
});
