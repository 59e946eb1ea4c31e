using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Records a creator's consent decision for registered parties and works, and has the licence check of every work it
/// concerns see it before returning.
/// </summary>
public sealed class RecordConsent(IConsentStore consents, IGrainFactory grains, WorkRefresher refresher, TimeProvider clock)
{
    public async Task<ConsentEntry> ExecuteAsync(Caller caller, ConsentToRecord consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(consent);
        var now = clock.GetUtcNow();
        var (effectiveFromMs, effectiveViolation) = ConsentEffectiveFrom.Check(consent.EffectiveFrom, now);
        InvalidRequestException.ThrowIfAny([effectiveViolation]);
        await RequireScopeAsync(consent);

        var entry = await consents.AppendConsentAsync(new ConsentEntry(0, consent.CreatorId, consent.WorkId, (int)consent.Use,
            consent.OperatorId, consent.Decision, now.ToUnixTimeMilliseconds(), caller.ToString(), effectiveFromMs), cancellationToken);

        // The licence check of every work the decision concerns must see it before this call returns.
        await refresher.RefreshForConsentAsync(consent.CreatorId, consent.WorkId, CancellationToken.None);
        return entry;
    }

    private async Task RequireScopeAsync(ConsentToRecord consent)
    {
        if (await grains.GetGrain<ICreatorGrain>(consent.CreatorId).Describe() is null)
        {
            throw new InvalidRequestException("creator_id", $"creator_id '{consent.CreatorId}' is not a registered creator");
        }

        if (consent.WorkId.Length > 0)
        {
            var work = await grains.GetGrain<IWorkGrain>(consent.WorkId).Describe();
            if (work is null || !work.Splits.Any(s => s.Contributors.Any(c => c.CreatorId == consent.CreatorId)))
            {
                throw new InvalidRequestException("work_id", $"work_id '{consent.WorkId}' is not a registered work of creator {consent.CreatorId}");
            }
        }

        if (consent.OperatorId.Length > 0 && await grains.GetGrain<IOperatorGrain>(consent.OperatorId).Describe() is null)
        {
            throw new InvalidRequestException("operator_id", $"operator_id '{consent.OperatorId}' is not a registered operator");
        }
    }
}
