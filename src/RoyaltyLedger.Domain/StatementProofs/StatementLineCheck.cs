using System.Globalization;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// Recomputes one statement line's amount from the journal lines it cites: each must be the party's (its own account
/// or its claims), with the line's work, currency, month and uses; every such line of every entry in the file must be
/// cited, so that none can be left out; and the line's amount must be minus their sum (the party's lines are credits).
/// </summary>
internal static class StatementLineCheck
{
    public static void Verify(string partyId, ProvenLine line, IReadOnlyDictionary<long, IReadOnlyList<PostingLine>> entries, List<string> failures)
    {
        var name = $"statement line {line.Name}";
        if (!Int128.TryParse(line.AmountNanos, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            failures.Add($"{name}: amount '{line.AmountNanos}' is not a whole number of nanos");
            return;
        }

        var accounts = new[] { Accounts.Party(partyId), Accounts.Claimed(partyId) };
        var keys = new LineUse(line.OperatorId, line.ModelId, line.UseKind, line.Status, line.UnitKind);
        Int128 sum = 0;
        var cited = new HashSet<(long EntryNo, int Line)>();
        foreach (var citation in line.Citations)
        {
            if (!entries.TryGetValue(citation.EntryNo, out var lines))
            {
                failures.Add($"{name}: it cites entry {citation.EntryNo}, which the file does not hold verified");
                return;
            }

            foreach (var index in citation.Lines)
            {
                if (index < 0 || index >= lines.Count || !cited.Add((citation.EntryNo, index)))
                {
                    failures.Add($"{name}: it cites line {index} of entry {citation.EntryNo}, which has lines 0 to {lines.Count - 1} (or cites it twice)");
                    return;
                }

                var posted = lines[index];
                if (!Matches(posted, line, keys, accounts))
                {
                    failures.Add($"{name}: entry {citation.EntryNo} line {index} ({posted.Account}, work {posted.WorkId}, {posted.Currency}, month {posted.Period}, operator {posted.Use.OperatorId}, model {posted.Use.ModelId}) is not the party's line with this line's keys");
                    return;
                }

                sum -= posted.AmountNanos;
            }
        }

        // Every line of the file's entries with this line's keys must be cited, so a citation cannot be left out.
        foreach (var (entryNo, lines) in entries)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!cited.Contains((entryNo, i)) && Matches(lines[i], line, keys, accounts))
                {
                    failures.Add($"{name}: entry {entryNo} line {i} has this line's keys and {lines[i].AmountNanos} nanos but is not cited");
                    return;
                }
            }
        }

        if (sum != amount)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the statement says {amount} nanos {line.Currency}, the {line.Citations.Sum(c => c.Lines.Count)} journal lines it cites sum to {sum}"));
        }
    }

    private static bool Matches(PostingLine posted, ProvenLine line, LineUse keys, string[] accounts) =>
        (posted.Account == accounts[0] || posted.Account == accounts[1]) && posted.WorkId == line.WorkId && posted.Currency == line.Currency
        && posted.Period == line.Period && posted.Use == keys;
}
