// Every module that defines jobs or schedules, imported once so the runner knows every handler.
// One line per domain.
import "@/lib/email/jobs";
import "@/lib/tickets/jobs";
import "@/lib/kb/jobs";
import "@/lib/auth/jobs";
import "@/lib/confirmations/jobs";
import "@/lib/chat/jobs";
import "@/lib/notifications/jobs";
