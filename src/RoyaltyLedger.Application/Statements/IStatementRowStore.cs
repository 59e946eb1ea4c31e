namespace RoyaltyLedger.Application.Statements;

/// <summary>A creator's statement lines as the projection holds them.</summary>
public interface IStatementRowStore
{
    /// <summary>
    /// The creator's lines, one per month of use, for months from <paramref name="periodFrom"/> to
    /// <paramref name="periodTo"/> inclusive (yyyy-MM; an empty bound is open).
    /// </summary>
    Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken);
}
