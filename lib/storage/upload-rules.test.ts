import { describe, expect, it } from "vitest";
import { fileSizeProblem, uploadedFileSchema } from "./upload-rules";

describe("the size rule every upload shares", () => {
  it("refuses an empty file and one over the limit, by one byte either way", () => {
    expect(fileSizeProblem(0, 10)).toBe("errors.fileEmpty");
    expect(fileSizeProblem(1, 10)).toBeNull();
    expect(fileSizeProblem(10, 10)).toBeNull();
    expect(fileSizeProblem(11, 10)).toBe("errors.fileTooLarge");
  });

  it("a single-file form answers the same keys, and a missing or absurd name as a missing file", () => {
    const schema = uploadedFileSchema(10);
    const first = (facts: unknown) => {
      const parsed = schema.safeParse(facts);
      return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(first({ name: "a.png", size: 10 })).toBeNull();
    expect(first({ name: "a.png", size: 0 })).toEqual([["size", "errors.fileEmpty"]]);
    expect(first({ name: "a.png", size: 11 })).toEqual([["size", "errors.fileTooLarge"]]);
    expect(first({ name: "x".repeat(1001), size: 5 })).toEqual([["name", "errors.fileMissing"]]);
    expect(first({})).toEqual([["name", "errors.fileMissing"], ["size", "errors.fileMissing"]]);
  });
});
