import { describe, expect, it } from "vitest";
import { findClashes } from "./overlap";

const at = (h: number, m = 0) => new Date(Date.UTC(2027, 10, 9, h, m));

describe("programme clashes", () => {
  it("flags two sessions in one room at once, not back-to-back ones or other rooms", () => {
    const clashes = findClashes([
      { id: "a", startsAt: at(9), endsAt: at(10), room: "Main Hall", speakerIds: [] },
      { id: "b", startsAt: at(9, 30), endsAt: at(11), room: "main hall ", speakerIds: [] },
      { id: "c", startsAt: at(11), endsAt: at(12), room: "Main Hall", speakerIds: [] },
      { id: "d", startsAt: at(9), endsAt: at(10), room: "Room 2", speakerIds: [] },
    ]);
    expect(clashes).toEqual([{ a: "a", b: "b", kind: "room" }]);
  });

  it("flags a speaker in two places at once", () => {
    expect(
      findClashes([
        { id: "a", startsAt: at(9), endsAt: at(10), room: "A", speakerIds: ["luo"] },
        { id: "b", startsAt: at(9, 45), endsAt: at(10, 30), room: "B", speakerIds: ["luo", "x"] },
      ]),
    ).toEqual([{ a: "a", b: "b", kind: "speaker", speakerIds: ["luo"] }]); // who is in both places, for the warning to name
  });
});
