namespace RoyaltyLedger.Storage.Registry;

/// <summary>The registry's statements; SQLite and PostgreSQL both accept them.</summary>
internal static class RegistrySql
{
    public const string Find = "SELECT display_name, payload_json FROM registry_entries WHERE kind = @k AND id = @i";

    // A new entity: a row already there means another activation registered it first, and nothing is written.
    public const string Insert =
        "INSERT INTO registry_entries (kind, id, display_name, payload_json) VALUES (@k, @i, @d, @j) ON CONFLICT (kind, id) DO NOTHING";

    // A change: applied only to the payload the writer read, so two activations of one grain cannot overwrite each other.
    public const string Replace =
        "UPDATE registry_entries SET display_name = @d, payload_json = @j WHERE kind = @k AND id = @i AND payload_json = @e";

    public const string Page =
        "SELECT id, display_name, payload_json FROM registry_entries WHERE kind = @k AND id > @a ORDER BY id LIMIT @n";

    public const string LinkWorkParty =
        "INSERT INTO work_parties (party_id, relation, work_id) VALUES (@p, @r, @w) ON CONFLICT DO NOTHING";

    public const string IndexWorkIdentifier =
        "INSERT INTO work_identifiers (scheme, value, work_id) VALUES (@s, @v, @w) ON CONFLICT (scheme, value) DO NOTHING";
}
