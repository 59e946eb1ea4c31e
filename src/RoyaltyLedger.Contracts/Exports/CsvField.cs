using System.Globalization;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// One CSV cell, declared as text or as a number by the code that knows which it is. The declaration decides the
/// spreadsheet formula guard in <see cref="CsvText"/>: text that someone else chose (a title, a display name, a role)
/// may start with '=' or '-' and must be neutralised, while an amount such as -1.500000000 must stay a number that a
/// spreadsheet sums exactly. Declaring numbers at the call site, rather than guessing from the text, means a title
/// that merely looks like a number is still text, and a number column can never carry a formula: a number is made
/// here from an integer, or from text that is checked to be a plain decimal.
/// </summary>
public readonly record struct CsvField
{
    private readonly string? _value;

    private CsvField(string value, bool isNumber) => (_value, IsNumber) = (value, isNumber);

    /// <summary>The cell's text before any guarding or quoting; empty for a default cell.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for a number, which is written as is; false for text, which is guarded.</summary>
    public bool IsNumber { get; }

    /// <summary>Text, guarded against formulas when written. A plain string converts to this implicitly.</summary>
    public static CsvField Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CsvField(value, isNumber: false);
    }

    public static CsvField Number(long value) => new(value.ToString(CultureInfo.InvariantCulture), isNumber: true);

    public static CsvField Number(ulong value) => new(value.ToString(CultureInfo.InvariantCulture), isNumber: true);

    /// <summary>
    /// An exact decimal already rendered as text, such as "-12345.678901234": an optional '-', digits, and optionally
    /// '.' and more digits. Anything else is refused, so that a mislabelled text column fails loudly instead of being
    /// written unguarded.
    /// </summary>
    public static CsvField Number(string plainDecimal)
    {
        ArgumentNullException.ThrowIfNull(plainDecimal);
        if (!IsPlainDecimal(plainDecimal))
        {
            throw new ArgumentException($"'{plainDecimal}' is not a plain decimal number (-?digits[.digits]), so it cannot be a numeric CSV cell", nameof(plainDecimal));
        }

        return new CsvField(plainDecimal, isNumber: true);
    }

    /// <summary>The same as <see cref="Text"/>, so that the many text cells of a row need no ceremony.</summary>
    public static implicit operator CsvField(string value) => Text(value);

    private static bool IsPlainDecimal(ReadOnlySpan<char> text)
    {
        var unsigned = text.StartsWith('-') ? text[1..] : text;
        var dot = unsigned.IndexOf('.');
        return dot < 0 ? AreDigits(unsigned) : AreDigits(unsigned[..dot]) && AreDigits(unsigned[(dot + 1)..]);
    }

    private static bool AreDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
