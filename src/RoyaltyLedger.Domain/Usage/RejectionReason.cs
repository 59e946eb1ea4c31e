namespace RoyaltyLedger.Domain.Usage;

/// <summary>Why an event was refused. Values match the wire enum.</summary>
public enum RejectionReason
{
    Unspecified = 0,
    MissingField = 1,
    InvalidValue = 2,
    UnknownModel = 3,
    WrongOperator = 4,
    UnitKindMismatch = 5,
}
