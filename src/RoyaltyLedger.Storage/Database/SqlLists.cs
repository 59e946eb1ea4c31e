namespace RoyaltyLedger.Storage.Database;

/// <summary>Parameter lists for IN clauses and OR chains, which every feature's store builds alike.</summary>
internal static class SqlLists
{
    /// <summary>Keeps IN lists and OR chains well below SQLite's and PostgreSQL's parameter limits.</summary>
    public const int MaxParameters = 500;

    /// <summary>"@l0, @l1, ..." and the parameters it names.</summary>
    public static (string List, (string Name, object Value)[] Parameters) InList(string prefix, IReadOnlyList<long> values) =>
        (string.Join(", ", values.Select((_, i) => $"@{prefix}{i}")), [.. values.Select((v, i) => ($"{prefix}{i}", (object)v))]);
}
