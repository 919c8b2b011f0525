// What the Go and TypeScript transforms share: the signal that turns a method into a stub, and the
// shape of a debt item they report.

/** Thrown while translating a body when a construct has no faithful form in the target; the method becomes a stub. */
export class Unsupported extends Error {}

export function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

/** A debt item found while translating; its `id` comes from `EmitInput.itemId` and stands in the code's marker. */
export interface TransformItem {
  id: string;
  rule: string;
  category: "mandatory" | "optional" | "potential";
  effortPoints: number;
  file: string;
  line: number;
  column: number;
  message: string;
}
