using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// One creator's consent to one use, for one work or (with a null <see cref="WorkId"/>) all their works,
/// and for one operator or (with a null <see cref="OperatorId"/>) any operator.
/// </summary>
public sealed record ConsentRecord(string CreatorId, string? WorkId, UseKind Use, string? OperatorId, ConsentState State)
{
    public IReadOnlyList<FieldViolation> Validate(string field)
    {
        var violations = new List<FieldViolation>();
        if (EntityIds.Check($"{field}.creator_id", CreatorId) is { } creator)
        {
            violations.Add(creator);
        }

        if (WorkId is not null && EntityIds.Check($"{field}.work_id", WorkId) is { } work)
        {
            violations.Add(work);
        }

        if (OperatorId is not null && EntityIds.Check($"{field}.operator_id", OperatorId) is { } op)
        {
            violations.Add(op);
        }

        if (!UseNames.IsLicensable(Use))
        {
            violations.Add(new FieldViolation($"{field}.use", $"{field}.use is {(int)Use} ({Use}), expected {UseNames.Expected}"));
        }

        if (!Enum.IsDefined(State))
        {
            violations.Add(new FieldViolation($"{field}.state", $"{field}.state is {(int)State}, expected not given, granted or refused"));
        }

        return violations;
    }
}
