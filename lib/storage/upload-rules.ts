import { z } from "zod";

// The rules every upload shares, whatever it is for (ticket and chat attachments, KB images,
// documents). They answer with message keys that each catalogue words for its own screen.

/** An empty file is refused, and so is one over `maxBytes`. */
export function fileSizeProblem(size: number, maxBytes: number): "errors.fileEmpty" | "errors.fileTooLarge" | null {
  if (size <= 0) return "errors.fileEmpty";
  return size > maxBytes ? "errors.fileTooLarge" : null;
}

/** One uploaded file's facts (lib/storage/incoming.ts factsOf) as a single-file form judges them. */
export const uploadedFileSchema = (maxBytes: number) =>
  z.object({
    name: z.string({ message: "errors.fileMissing" }).max(1000, "errors.fileMissing"),
    size: z.number({ message: "errors.fileMissing" }).superRefine((size, ctx) => {
      const problem = fileSizeProblem(size, maxBytes);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  });
