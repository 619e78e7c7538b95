import "server-only";
import { z } from "zod";
import { defineJob, defineSchedule } from "@/lib/jobs";
import { deleteUnusedKbImages } from "./image-cleanup";

const cleanImagesJob = defineJob({
  name: "kb.delete-unused-images",
  payload: z.object({}),
  run: async () => {
    const ids = await deleteUnusedKbImages();
    if (ids.length > 0) console.info(`kb: deleted ${ids.length} unused image(s)`);
  },
});

defineSchedule({ name: "kb.delete-unused-images", everySeconds: 24 * 3600, job: cleanImagesJob });
