import { afterEach, describe, expect, it } from "vitest";
import { formToObject, UnsafeFormError } from "./form-data";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("formToObject", () => {
  afterEach(() => {
    // Were a test to pollute the prototype, the others must not inherit it.
    delete (Object.prototype as Record<string, unknown>).note;
  });

  it("nests dotted names and gathers a repeated name into an array", () => {
    const out = formToObject(form([["name.en", "Seminar"], ["name.fr", "Séminaire"], ["tag", "a"], ["tag", "b"], ["$ACTION_ID_1", ""]]));
    expect(JSON.parse(JSON.stringify(out))).toEqual({ name: { en: "Seminar", fr: "Séminaire" }, tag: ["a", "b"] });
    expect(Object.getPrototypeOf(out)).toBeNull();
  });

  it.each(["__proto__.note", "constructor.prototype.note", "__proto__.toString", "__proto__", "a.__proto__.note", "prototype", "name.constructor"])("refuses the field name %s and pollutes nothing", (name) => {
    expect(() => formToObject(form([["slug", "a"], [name, "polluted"]]))).toThrow(UnsafeFormError);
    const plain: Record<string, unknown> = {};
    expect(plain.note).toBeUndefined();
    expect(({}).toString()).toBe("[object Object]");
  });

  it("refuses empty segments, deep nesting and a field both text and group", () => {
    for (const entries of [[["a..b", "x"]], [["a.b.c.d.e", "x"]], [["a", "x"], ["a.b", "y"]]] as [string, string][][]) {
      expect(() => formToObject(form(entries))).toThrow(UnsafeFormError);
    }
  });
});
