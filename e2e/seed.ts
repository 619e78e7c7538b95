// The shared data every browser test may rely on: the ticket categories. Users are made per test.
import { seedCategories } from "@/prisma/demo-data";
import { db } from "@/lib/db";

await seedCategories();
await db.$disconnect();
