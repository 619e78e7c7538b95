import { AssetStatus } from "@/generated/prisma-sqlite/enums";

// Limits the client forms show, without zod (kept out of the browser bundle); schema.ts enforces them.

export const ASSET_STATUSES = Object.values(AssetStatus);
export const TAG_MAX = 40;
export const NAME_MAX = 120;
export const TEXT_MAX = 120;
export const NOTES_MAX = 5000;
export const COMMENT_MAX = 500;
export const TAG_PREFIX_MAX = 12;
