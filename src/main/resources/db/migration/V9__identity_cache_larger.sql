-- V7's cache of 1000 still meant twenty file stores per table in a 20,000-row import, each writing
-- every page the import had changed so far (a profile of a warm import put a quarter of its write
-- time there). With 100,000 an import of any real roster reserves its ids once. A crash may skip
-- the unused part of the reservation: ids get a gap, nothing else (see V7).
ALTER TABLE staff ALTER COLUMN id SET CACHE 100000;
ALTER TABLE staff_history ALTER COLUMN id SET CACHE 100000;
