namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>Why a record (and with it its transaction) was refused: where, which field, its value as written, and why.</summary>
public sealed record CwrProblem(int Line, string RecordType, string Field, string Value, string Reason)
{
    public override string ToString() =>
        Value.Length == 0
            ? $"line {Line} {RecordType} {Field}: {Reason}"
            : $"line {Line} {RecordType} {Field} '{Validation.EntityIds.Printable(Value)}': {Reason}";
}
