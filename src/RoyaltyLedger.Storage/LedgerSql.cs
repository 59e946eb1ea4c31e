namespace RoyaltyLedger.Storage;

/// <summary>Statements shared by SQLite and PostgreSQL; both accept this dialect.</summary>
internal static class LedgerSql
{
    public const string SelectStreamPosition =
        "SELECT last_batch_seq FROM producer_streams WHERE operator_id = @o AND stream_name = @s";

    // @p is bound but unused here so that both position statements take the same parameters.
    public const string InsertStreamPosition =
        "INSERT INTO producer_streams (operator_id, stream_name, last_batch_seq) SELECT @o, @s, @q WHERE @p = 0 " +
        "ON CONFLICT (operator_id, stream_name) DO NOTHING";

    public const string AdvanceStreamPosition =
        "UPDATE producer_streams SET last_batch_seq = @q WHERE operator_id = @o AND stream_name = @s AND last_batch_seq = @p";
}
