namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// Sums posting lines by (account, work, currency, period, uses priced) so that an entry holds one line per account, work and
/// month of use however many events it prices. <see cref="Lines"/> come out in ordinal key order, which makes an
/// entry's lines, and so its hash, independent of the order the uses were added in.
/// </summary>
public sealed class PostingBook
{
    private readonly Dictionary<(string Account, string WorkId, string Currency, string Period, LineUse Use), Int128> _sums = [];

    public int Count => _sums.Count;

    /// <summary>
    /// Adds an amount to a line; a zero amount posts nothing. A sum that would leave ±(10^38 − 1) throws
    /// <see cref="Money.LedgerAmountOverflowException"/> naming the account, work, currency and period.
    /// </summary>
    public void Post(string account, string workId, string currency, Int128 amountNanos) => Post(account, workId, currency, amountNanos, "");

    /// <summary>As above, on the line of one month of use (<see cref="PostingLine.Period"/>; "" for none).</summary>
    public void Post(string account, string workId, string currency, Int128 amountNanos, string period) =>
        Post(account, workId, currency, amountNanos, period, LineUse.None);

    /// <summary>As above, on the line of one month of use and the uses it prices (<see cref="PostingLine.Use"/>).</summary>
    public void Post(string account, string workId, string currency, Int128 amountNanos, string period, LineUse use)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        ArgumentNullException.ThrowIfNull(workId);
        ArgumentException.ThrowIfNullOrEmpty(currency);
        ArgumentNullException.ThrowIfNull(period);
        if (amountNanos == 0)
        {
            return;
        }

        var key = (account, workId, currency, period, use);
        _sums[key] = Money.LedgerAmounts.Add(_sums.GetValueOrDefault(key), amountNanos, Describe(account, workId, currency, period, use));
    }

    public void Post(PostingLine line) => Post(line.Account, line.WorkId, line.Currency, line.AmountNanos, line.Period ?? "", line.Use);

    /// <summary>
    /// The non-zero sums, ordered by currency, work, period, the uses priced (operator, model, use kind, status, unit
    /// kind), then account (ordinal).
    /// </summary>
    public IReadOnlyList<PostingLine> Lines() =>
        [.. _sums.Where(s => s.Value != 0)
            .Select(s => new PostingLine(s.Key.Account, s.Key.WorkId, s.Key.Currency, s.Value, s.Key.Period) { Use = s.Key.Use })
            .OrderBy(l => l.Currency, StringComparer.Ordinal)
            .ThenBy(l => l.WorkId, StringComparer.Ordinal)
            .ThenBy(l => l.Period, StringComparer.Ordinal)
            .ThenBy(l => l.Use.OperatorId, StringComparer.Ordinal)
            .ThenBy(l => l.Use.ModelId, StringComparer.Ordinal)
            .ThenBy(l => l.Use.UseKind)
            .ThenBy(l => l.Use.Status, StringComparer.Ordinal)
            .ThenBy(l => l.Use.UnitKind, StringComparer.Ordinal)
            .ThenBy(l => l.Account, StringComparer.Ordinal)];

    private static string Describe(string account, string workId, string currency, string period, LineUse use)
    {
        var line = period.Length == 0 ? $"the line of account {account}, work '{workId}', {currency}" : $"the line of account {account}, work '{workId}', {currency}, period {period}";
        return use.IsNone ? line : $"{line}, operator '{use.OperatorId}', model '{use.ModelId}', use {use.UseKind}, {use.Status}, unit '{use.UnitKind}'";
    }

    /// <summary>
    /// The lines that take <paramref name="posted"/> to <paramref name="should"/>: what a re-rating posts as an
    /// adjustment, per month of use and uses priced (a line of period "" posted before periods existed, or without the uses
    /// it prices before journal v4, is taken back from its old keys and posted again to its full ones). Empty when the two already agree, which is why re-rating twice changes nothing.
    /// </summary>
    public static IReadOnlyList<PostingLine> Difference(IEnumerable<PostingLine> should, IEnumerable<PostingLine> posted)
    {
        ArgumentNullException.ThrowIfNull(should);
        ArgumentNullException.ThrowIfNull(posted);
        var book = new PostingBook();
        foreach (var line in should)
        {
            book.Post(line);
        }

        foreach (var line in posted)
        {
            book.Post(line with { AmountNanos = -line.AmountNanos });
        }

        return book.Lines();
    }
}
