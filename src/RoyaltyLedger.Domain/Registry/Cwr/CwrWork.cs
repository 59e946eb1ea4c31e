using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// One work registration transaction (an NWR or REV record and its detail records) as read from the file.
/// It is imported whole or not at all: any <see cref="Problems"/> reject it, naming line, record, field and value.
/// </summary>
public sealed class CwrWork
{
    internal CwrWork(int line, string transactionType, string transactionSequence)
    {
        Line = line;
        TransactionType = transactionType;
        TransactionSequence = transactionSequence;
        LastLine = line;
    }

    /// <summary>The line of the NWR or REV record.</summary>
    public int Line { get; }

    /// <summary>The last line that belongs to the transaction.</summary>
    public int LastLine { get; internal set; }

    /// <summary>"NWR" or "REV".</summary>
    public string TransactionType { get; }

    public string TransactionSequence { get; }

    public string Title { get; internal set; } = "";

    public string SubmitterWorkNumber { get; internal set; } = "";

    /// <summary>Normalized ("T0345246801"), or empty when the file gives none.</summary>
    public string Iswc { get; internal set; } = "";

    public List<CwrWriter> Writers { get; } = [];

    public List<CwrProblem> Problems { get; } = [];

    /// <summary>The writers who hold a PR share: the work's split, in basis points (writers with a 0 % share earn nothing and are left out).</summary>
    public IEnumerable<CwrWriter> Contributors => Writers.Where(w => w.PrShareBasisPoints > 0);

    /// <summary>
    /// The ledger's id for a work first registered from this file: "cwr-" + the sender id + "-" + the submitter work
    /// number (unique per sender by the CWR rules). A number with characters an id cannot hold is replaced by the first
    /// 16 hex digits of its SHA-256, so that distinct numbers keep distinct ids.
    /// </summary>
    public string WorkId(string senderId)
    {
        ArgumentNullException.ThrowIfNull(senderId);
        var id = $"cwr-{senderId}-{SubmitterWorkNumber}";
        return EntityIds.IsValid(id)
            ? id
            : $"cwr-{senderId}-h{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SubmitterWorkNumber)))[..16]}";
    }

    /// <summary>The creator id of a writer who is not registered yet: "ipi-" + the IPI name number.</summary>
    public static string CreatorId(string ipiNameNumber) => $"ipi-{ipiNameNumber}";

    internal void Reject(int line, string recordType, CwrField field, string value, string reason) =>
        Problems.Add(new CwrProblem(line, recordType, field.Name, value, reason));

    /// <summary>What only the whole transaction shows: a title and number, and a split the split rules accept.</summary>
    internal void Complete()
    {
        if (Problems.Count > 0)
        {
            return;
        }

        var split = Contributors.ToList();
        if (split.Count == 0)
        {
            Problems.Add(new CwrProblem(Line, TransactionType, "writers", "",
                "no SWR or OWR record gives a writer a PR ownership share above 0; a work needs at least one"));
            return;
        }

        var sum = split.Sum(w => (long)w.PrShareBasisPoints);
        if (sum != Scales.BasisPointsWhole)
        {
            Problems.Add(new CwrProblem(Line, TransactionType, "PR ownership share", Percent(sum),
                $"the writers' PR ownership shares (lines {string.Join(", ", split.Select(w => w.Line))}) sum to {Percent(sum)} %, expected 100.00 %; "
                + "publishers' shares are not part of the ledger's split (docs/cwr.md)"));
            return;
        }

        var shares = split.Select(w => new Contributor(CreatorId(w.IpiNameNumber), w.Role, w.PrShareBasisPoints)).ToList();
        foreach (var violation in SplitRules.Validate(WorkId("sender"), shares))
        {
            var writer = IndexOf(violation.Field) is { } i && i < split.Count ? split[i] : null;
            Problems.Add(new CwrProblem(writer?.Line ?? Line, writer?.RecordType ?? TransactionType, violation.Field,
                writer?.IpiNameNumber ?? "", violation.Description));
        }
    }

    /// <summary>Hundredths of a percent as "50.00".</summary>
    public static string Percent(long hundredths) => $"{hundredths / 100}.{hundredths % 100:D2}";

    private static int? IndexOf(string field) =>
        field.StartsWith("contributors[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 13
        && int.TryParse(field.AsSpan(13, end - 13), out var i) ? i : null;
}
