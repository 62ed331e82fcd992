-- Roster imports write 20,000 staff and as many history lines in one transaction. H2 writes an
-- identity's next value to disk every CACHE values, each time committing its system session, and
-- with WRITE_DELAY 0 (see docs/decisions/0012) every such commit stores the file. The default of
-- 32 meant over a thousand stores per import. A crash may skip unused cached values: ids get a gap,
-- nothing else (a staff id shows only inside a pact sheet's number).
ALTER TABLE staff ALTER COLUMN id SET CACHE 1000;
ALTER TABLE staff_history ALTER COLUMN id SET CACHE 1000;
