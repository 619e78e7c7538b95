-- Hand-written: the console queue's default search, over the subject and description of each
-- ticket only (lib/tickets/text-search.ts, messages being searched on demand through TicketFts of
-- 0016). One row per ticket with the ticket's id as the row id, so the newest matching tickets are
-- read straight off the index. Contentless (the text is not kept a second time) with
-- contentless_delete, so a ticket whose subject or description changes has its row replaced.
-- PostgreSQL needs no counterpart: it searches the expression index of 0016 on "Ticket".
-- Prisma does not know these objects (see 0016 and the README on migrations).
CREATE VIRTUAL TABLE "TicketTextFts" USING fts5(
    "text",
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO "TicketTextFts" (rowid, "text") SELECT "id", "subject" || ' ' || "description" FROM "Ticket";

CREATE TRIGGER "Ticket_text_fts_insert" AFTER INSERT ON "Ticket" BEGIN
    INSERT INTO "TicketTextFts" (rowid, "text") VALUES (NEW."id", NEW."subject" || ' ' || NEW."description");
END;

CREATE TRIGGER "Ticket_text_fts_update" AFTER UPDATE OF "subject", "description" ON "Ticket" BEGIN
    DELETE FROM "TicketTextFts" WHERE rowid = OLD."id";
    INSERT INTO "TicketTextFts" (rowid, "text") VALUES (NEW."id", NEW."subject" || ' ' || NEW."description");
END;

CREATE TRIGGER "Ticket_text_fts_delete" AFTER DELETE ON "Ticket" BEGIN
    DELETE FROM "TicketTextFts" WHERE rowid = OLD."id";
END;
