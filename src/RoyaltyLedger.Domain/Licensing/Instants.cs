namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Formats instants for messages in UTC: a bare date at midnight (terms and splits usually start on a day), else to
/// the second, e.g. "2026-06-30" or "2026-07-02T10:15:00Z". Digits are written directly: reasons are built for every
/// unlicensed use, and a format string would be parsed each time.
/// </summary>
internal static class Instants
{
    public static string Format(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var midnight = utc.TimeOfDay == TimeSpan.Zero;
        return string.Create(midnight ? 10 : 20, utc, midnight ? WriteDate : WriteDateAndTime);
    }

    private static void WriteDate(Span<char> text, DateTime utc)
    {
        Digits(text[..4], utc.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), utc.Day);
    }

    private static void WriteDateAndTime(Span<char> text, DateTime utc)
    {
        WriteDate(text, utc);
        text[10] = 'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = ':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = ':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = 'Z';
    }

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--, value /= 10)
        {
            text[i] = (char)('0' + value % 10);
        }
    }
}
