// Programme clashes worth a warning: two sessions in one room at once, or one speaker in
// two places at once. Parallel sessions in different rooms are normal.
export interface SessionLike {
  id: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  speakerIds: string[];
}

export interface Clash {
  a: string;
  b: string;
  kind: "room" | "speaker";
  /** For a speaker clash: who is in both places. */
  speakerIds?: string[];
}

export function findClashes(sessions: readonly SessionLike[]): Clash[] {
  const sorted = [...sessions].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  const out: Clash[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].startsAt < sorted[i].endsAt; j++) {
      const a = sorted[i];
      const b = sorted[j];
      if (a.room && b.room && a.room.trim().toLowerCase() === b.room.trim().toLowerCase()) out.push({ a: a.id, b: b.id, kind: "room" });
      const both = a.speakerIds.filter((s) => b.speakerIds.includes(s));
      if (both.length) out.push({ a: a.id, b: b.id, kind: "speaker", speakerIds: both });
    }
  }
  return out;
}
