namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// One fixed-width field of a CWR record, positioned as the CISAC specification prints it: <paramref name="Start"/>
/// is 1-based. A field that lies (partly) past the end of a line reads as blank, since senders often trim trailing
/// spaces; whether a blank value is acceptable is the record's rule, not the field's.
/// </summary>
public sealed record CwrField(string Name, int Start, int Length)
{
    /// <summary>The last column the field occupies (1-based, inclusive).</summary>
    public int End => Start + Length - 1;

    /// <summary>The field's text with surrounding spaces removed; blank when the line ends before it.</summary>
    public string Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var from = Start - 1;
        if (from >= line.Length)
        {
            return "";
        }

        return line.Substring(from, Math.Min(Length, line.Length - from)).Trim();
    }
}
