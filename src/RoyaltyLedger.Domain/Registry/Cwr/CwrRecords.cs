using System.Globalization;
using RoyaltyLedger.Domain.Identifiers;
using L = RoyaltyLedger.Domain.Registry.Cwr.CwrLayout;

namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>Reads the records of a work transaction into it, adding a problem for each field it cannot accept.</summary>
internal static class CwrRecords
{
    /// <summary>The NWR or REV record: title, submitter work number, ISWC.</summary>
    public static void ReadWork(CwrWork work, int line, string text)
    {
        var type = work.TransactionType;
        if (!HasPrefix(work, line, type, text) || !LongEnough(work, line, type, text, L.Nwr.SubmitterWorkNumber))
        {
            return;
        }

        work.Title = L.Nwr.Title.Read(text);
        work.SubmitterWorkNumber = L.Nwr.SubmitterWorkNumber.Read(text);
        if (work.Title.Length == 0)
        {
            work.Reject(line, type, L.Nwr.Title, "", "is blank");
        }

        if (work.SubmitterWorkNumber.Length == 0)
        {
            work.Reject(line, type, L.Nwr.SubmitterWorkNumber, "", "is blank; it identifies the work on a re-import");
        }

        var iswc = L.Nwr.Iswc.Read(text);
        if (iswc.Length == 0)
        {
            return;
        }

        if (Iswc.TryNormalize(iswc, out var normalized))
        {
            work.Iswc = normalized;
        }
        else
        {
            work.Reject(line, type, L.Nwr.Iswc, iswc, Iswc.Check("ISWC", iswc)!.Description);
        }
    }

    /// <summary>A detail record of the current transaction; false when its type is not read (the caller counts it as ignored).</summary>
    public static bool ReadDetail(CwrWork work, int line, string type, string text)
    {
        if (type is not ("SWR" or "OWR"))
        {
            return false;
        }

        if (!HasPrefix(work, line, type, text) || !LongEnough(work, line, type, text, L.Swr.PrShare))
        {
            return true;
        }

        var sequence = L.TransactionSequence.Read(text);
        if (sequence != work.TransactionSequence)
        {
            work.Reject(line, type, L.TransactionSequence, sequence, $"expected {work.TransactionSequence}, the sequence number of the {work.TransactionType} on line {work.Line}");
            return true;
        }

        var pr = Share(work, line, type, text, L.Swr.PrShare);
        var mr = Share(work, line, type, text, L.Swr.MrShare);
        var sr = Share(work, line, type, text, L.Swr.SrShare);
        var ipi = L.Swr.IpiNameNumber.Read(text);
        var last = L.Swr.LastName.Read(text);
        if (pr > 0)
        {
            if (ipi.Length == 0)
            {
                work.Reject(line, type, L.Swr.IpiNameNumber, "", "is blank; a writer with a PR share must carry one to be matched to a creator");
            }
            else if (IpiNameNumber.Check("writer IPI name number", ipi) is { } violation)
            {
                work.Reject(line, type, L.Swr.IpiNameNumber, ipi, violation.Description);
            }

            if (last.Length == 0)
            {
                work.Reject(line, type, L.Swr.LastName, "", "is blank");
            }
        }

        work.Writers.Add(new CwrWriter(line, type, last, L.Swr.FirstName.Read(text), L.Swr.Designation.Read(text), ipi, pr, mr, sr));
        return true;
    }

    /// <summary>Hundredths of a percent, 0 to 10000; blank is 0.</summary>
    private static int Share(CwrWork work, int line, string type, string text, CwrField field)
    {
        var value = field.Read(text);
        if (value.Length == 0)
        {
            return 0;
        }

        if (!value.All(char.IsAsciiDigit) || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var share))
        {
            work.Reject(line, type, field, value, "is not a number of hundredths of a percent (5 digits, 10000 = 100.00 %)");
            return 0;
        }

        if (share > 10_000)
        {
            work.Reject(line, type, field, value, $"is {CwrWork.Percent(share)} %, more than 100.00 %");
            return 0;
        }

        return share;
    }

    private static bool HasPrefix(CwrWork work, int line, string type, string text)
    {
        foreach (var field in new[] { L.TransactionSequence, L.RecordSequence })
        {
            var value = field.Read(text);
            if (value.Length != field.Length || !value.All(char.IsAsciiDigit))
            {
                work.Reject(line, type, field, value, $"expected {field.Length} digits in columns {field.Start}-{field.End}");
                return false;
            }
        }

        return true;
    }

    private static bool LongEnough(CwrWork work, int line, string type, string text, CwrField last)
    {
        if (text.Length >= last.End)
        {
            return true;
        }

        work.Problems.Add(new CwrProblem(line, type, "line length", text.Length.ToString(CultureInfo.InvariantCulture),
            $"the record ends before column {last.End}, the end of its {last.Name}"));
        return false;
    }
}
