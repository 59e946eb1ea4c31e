using System.Diagnostics;
using System.Globalization;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Removals;

/// <summary>What the removal use cases share: a write's outcome as the request or a refusal, and how messages name instants and parties.</summary>
internal static class RemovalWrites
{
    /// <summary>The request as written; NOT_FOUND, or ALREADY_EXISTS naming the field that differs. A not-open outcome is the caller's to map.</summary>
    public static StoredRemoval Result(RemovalWrite write, string requestId, string conflictVerb = "already exists")
    {
        if (write.Outcome == RemovalOutcome.NotFound || write.Removal is null)
        {
            throw new NotFoundException($"removal request {requestId} does not exist");
        }

        if (write.Outcome == RemovalOutcome.NotOpen)
        {
            throw new UnreachableException($"removal request {requestId} is {write.Removal.Request.Status}; the caller maps that outcome itself");
        }

        if (write.Conflict is { } c)
        {
            throw new ConflictException(
                $"removal request {requestId} {conflictVerb} with {c.Field} '{EntityIds.Printable(c.Stored)}'; this call gives '{EntityIds.Printable(c.Given)}'");
        }

        return write.Removal;
    }

    public static string Withdrawer(RemovalWithdrawalRecord w) => w.WithdrawnBy.Length == 0 ? w.WithdrawnByRole : $"{w.WithdrawnByRole} {w.WithdrawnBy}";

    public static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
