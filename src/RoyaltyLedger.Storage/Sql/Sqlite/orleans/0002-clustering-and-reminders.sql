-- Orleans migration 2 (issue 13) adds ADO.NET clustering and reminders on PostgreSQL. SQLite is the single-node
-- embedded default: it uses localhost clustering and in-memory reminders, and upstream Orleans has no SQLite
-- clustering or reminder scripts, so this version changes nothing here. The script exists because both vendors keep
-- the same numbered scripts (docs/migrations.md).
SELECT 1;
