using System.Globalization;
using System.Text;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>Log row numbers written as ascending ranges, "101-150,152", for a journal entry's reference.</summary>
internal static class LogRanges
{
    public static string Format(IEnumerable<long> logSeqs)
    {
        var text = new StringBuilder();
        long? start = null, end = null;
        foreach (var seq in logSeqs.Order())
        {
            if (end is { } e && seq == e + 1)
            {
                end = seq;
                continue;
            }

            Append(text, start, end);
            (start, end) = (seq, seq);
        }

        Append(text, start, end);
        return text.ToString();
    }

    private static void Append(StringBuilder text, long? start, long? end)
    {
        if (start is not { } s || end is not { } e)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(',');
        }

        text.Append(s == e ? s.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{s}-{e}"));
    }
}
