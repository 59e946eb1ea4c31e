-- Placeholder in helper C's branch only (issue 13): migration 3 is helper B's partitioned journal; its file replaces
-- this one when the branches are merged. Versions must run without gaps, so branch C needs a 3 to test its 4.
SELECT 1;
