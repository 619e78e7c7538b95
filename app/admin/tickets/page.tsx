import { redirect } from "next/navigation";

/** The queue lives at /admin; this address is kept for links that name the tickets section. */
export default function AdminTicketsIndex() {
  redirect("/admin");
}
