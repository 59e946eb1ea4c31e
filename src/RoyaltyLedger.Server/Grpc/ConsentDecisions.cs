using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Consent decisions on the wire and as stored.</summary>
internal static class ConsentDecisions
{
    public static FieldViolation? Check(string field, ConsentDecision decision) =>
        decision is ConsentDecision.Granted or ConsentDecision.Refused or ConsentDecision.NotGiven
            ? null
            : new FieldViolation(field, $"{field} is {decision}, expected granted, refused or not_given");

    public static string ToStored(ConsentDecision decision) => decision switch
    {
        ConsentDecision.Granted => "granted",
        ConsentDecision.Refused => "refused",
        ConsentDecision.NotGiven => "not_given",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "not a consent decision"),
    };

    public static ConsentDecision FromStored(string decision) => decision switch
    {
        "granted" => ConsentDecision.Granted,
        "refused" => ConsentDecision.Refused,
        "not_given" => ConsentDecision.NotGiven,
        _ => throw new InvalidDataException($"stored consent decision '{decision}' is unknown"),
    };
}
