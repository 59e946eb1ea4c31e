using System.Globalization;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>
/// The removal state machine. A request (asked for, or a demand the ledger opens) starts <see cref="RemovalStates.Open"/>;
/// only an open request is attested (→ <see cref="RemovalStates.Attested"/>) or withdrawn
/// (→ <see cref="RemovalStates.Withdrawn"/>), and either is final: an attested request is never withdrawn (the removal
/// is done and its evidence stays), a withdrawn one never attested. A step repeated under the same id is compared with
/// what was stored, never applied twice.
/// </summary>
public static class RemovalTransitions
{
    /// <summary>
    /// What <paramref name="step"/> may do to a request whose stored state is <paramref name="stored"/> (null when no
    /// request has the id).
    /// </summary>
    public static RemovalVerdict Decide(RemovalStep step, string? stored)
    {
        var target = Target(step);
        if (stored is null)
        {
            return step == RemovalStep.Request ? RemovalVerdict.Apply : RemovalVerdict.NotFound;
        }

        if (step == RemovalStep.Request || stored == target)
        {
            return RemovalVerdict.Compare;
        }

        return stored == RemovalStates.Open ? RemovalVerdict.Apply : RemovalVerdict.NotOpen;
    }

    /// <summary>The state a request is in once <paramref name="step"/> applied.</summary>
    public static string Target(RemovalStep step) => step switch
    {
        RemovalStep.Request => RemovalStates.Open,
        RemovalStep.Attest => RemovalStates.Attested,
        RemovalStep.Withdraw => RemovalStates.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "not a removal step"),
    };

    /// <summary>
    /// Null when the stored state agrees with the rows beside it: a request is attested exactly when it has an
    /// attestation, withdrawn exactly when it has a withdrawal (so never both). Otherwise what disagrees, naming the request.
    /// </summary>
    public static string? Inconsistency(string requestId, string stored, bool hasAttestation, bool hasWithdrawal)
    {
        if (hasAttestation == (stored == RemovalStates.Attested) && hasWithdrawal == (stored == RemovalStates.Withdrawn))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"removal request {requestId} is {stored}, and has {(hasAttestation ? "an" : "no")} attestation and {(hasWithdrawal ? "a" : "no")} withdrawal");
    }
}
