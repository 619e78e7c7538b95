import "server-only";
import { z } from "zod";
import { defineJob, defineSchedule } from "@/lib/jobs";
import { fileStorage } from "@/lib/storage";
import { deleteStaleIncoming } from "@/lib/storage/incoming";
import { deleteUnusedKbImages } from "./image-cleanup";

const cleanImagesJob = defineJob({
  name: "kb.delete-unused-images",
  payload: z.object({}),
  run: async () => {
    const ids = await deleteUnusedKbImages();
    if (ids.length > 0) console.info(`kb: deleted ${ids.length} unused image(s)`);
    // Uploads of every kind stream through incoming/: what an interrupted process left there goes too.
    const stale = await deleteStaleIncoming(fileStorage());
    if (stale > 0) console.info(`storage: deleted ${stale} stale incoming file(s)`);
  },
});

defineSchedule({ name: "kb.delete-unused-images", everySeconds: 24 * 3600, job: cleanImagesJob });
