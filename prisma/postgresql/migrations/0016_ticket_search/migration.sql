-- Hand-written: full-text indexes for the console queue's search (subject and description, and
-- every message, internal notes included: only staff use it), with the knowledge base's text
-- configuration (simple + unaccent). lib/tickets/text-search.ts writes the very same expressions,
-- so the planner uses these indexes. Prisma does not know them (see the README on migrations).
-- No semicolon may appear inside a statement or comment here: migrations run statement by statement.
CREATE INDEX "Ticket_text_fts_idx" ON "Ticket" USING gin (to_tsvector('portico_kb'::regconfig, "subject" || ' ' || "description"));
CREATE INDEX "TicketMessage_body_fts_idx" ON "TicketMessage" USING gin (to_tsvector('portico_kb'::regconfig, "body"));
