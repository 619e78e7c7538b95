import { z } from "zod";
import { PublishState } from "@/generated/prisma-sqlite/enums";

const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The console's article list filters, from the address; anything odd is ignored. */
export const editorFilterSchema = z.object({
  state: z.preprocess(blankToUndefined, z.enum(PublishState).optional()).catch(undefined),
  category: z.preprocess(blankToUndefined, z.string().max(64).optional()).catch(undefined),
  title: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
