using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Grpc;

internal static class UseKinds
{
    public static FieldViolation? Check(string field, UseKind use) =>
        use is UseKind.Training or UseKind.FineTuning or UseKind.Retrieval or UseKind.Output or UseKind.StyleImitation
            ? null
            : new FieldViolation(field, $"{field} is {(int)use}, expected {RoyaltyLedger.Domain.UseKindSpelling.Expected}");
}
