-- Every index is one more tree written per new person. These two served nothing a scan of the
-- roster (at most some 20,000 rows, read whole into the list) does not do as fast: the list sorts
-- by name itself, and "active on a date" touches most rows anyway. Dropping them takes about 0.4 s
-- off a 20,000-row import. The unique numbers and the sub-unit link keep their indexes.
DROP INDEX ix_staff_name;
DROP INDEX ix_staff_active;
