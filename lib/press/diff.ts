// Word-level differences between two versions of a text, for the side-by-side comparison.
import { diffWordsWithSpace } from "diff";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((p) => ({ value: p.value, added: p.added || undefined, removed: p.removed || undefined }));
}
