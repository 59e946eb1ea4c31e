-- Orleans ADO.NET grain persistence on PostgreSQL (15 or newer): the table and the three named
-- queries the provider reads from OrleansQuery at start-up. Written for this project against the
-- provider's contract (parameters @GrainIdHash ... @PayloadBinary in; PayloadBinary, Version and
-- NewGrainStateVersion out). Idempotent: run at every start; query texts are replaced each time.
--
-- A unique index (NULLS NOT DISTINCT, so a missing key extension counts as one value) makes two
-- racing first writes of the same grain end with exactly one row; the loser gets no
-- NewGrainStateVersion back, which the provider reports as a version conflict.
CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64)   NOT NULL,
    querytext varchar(8000) NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);

CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamp    NOT NULL,
    version                integer      NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage ON orleansstorage
    (grainidhash, graintypehash, serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring) NULLS NOT DISTINCT;

INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey', '
    WITH updated AS (
        UPDATE orleansstorage
        SET payloadbinary = @PayloadBinary, modifiedon = (now() at time zone ''utc''), version = version + 1
        WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
            AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
            AND version = CAST(@GrainStateVersion AS integer)
        RETURNING version),
    inserted AS (
        INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, CAST(@GrainIdExtensionString AS varchar), @ServiceId, @PayloadBinary, (now() at time zone ''utc''), 1
        WHERE CAST(@GrainStateVersion AS integer) IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT version AS NewGrainStateVersion FROM updated
    UNION ALL
    SELECT version AS NewGrainStateVersion FROM inserted;
')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', '
    SELECT payloadbinary AS PayloadBinary, version AS Version
    FROM orleansstorage
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
        AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar);
')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ClearStorageKey', '
    UPDATE orleansstorage
    SET payloadbinary = NULL, modifiedon = (now() at time zone ''utc''), version = version + 1
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
        AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
        AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version AS NewGrainStateVersion;
')
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
