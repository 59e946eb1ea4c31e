using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Domain.StatementProofs;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Reports;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// GET /statements/{creatorId}/proofs.json?from=yyyy-MM&amp;to=yyyy-MM: the statement with proofs as a download
/// (docs/statement-proofs.md), under the same sign-in and access rule as the statement page, the same file as
/// `royalty statement --with-proofs` writes.
/// </summary>
internal sealed class StatementProofDownload(ApiKeyAuthenticator authenticator, ReadStatementProofs proofs)
{
    public async Task<IResult> HandleAsync(HttpContext context, string creatorId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var access = await PageAuth.AuthenticateAsync(context, authenticator);
        if (access.Caller is not { } caller)
        {
            return access.Refusal!;
        }

        var request = context.Request;
        var (periods, violations) = PeriodRange.Parse("from", request.Query["from"].ToString(), "to", request.Query["to"].ToString());
        if (EntityIds.Check("creator id", creatorId) is { } badId)
        {
            violations.Insert(0, badId);
        }

        if (violations.Count > 0)
        {
            return PageResults.Problem(context, StatusCodes.Status400BadRequest, "Bad request", [.. violations.Select(v => v.Description)]);
        }

        if (StatementAccess.Denial(caller, creatorId) is { } denial)
        {
            return PageResults.Problem(context, StatusCodes.Status403Forbidden, "Not your statement",
                [$"{denial}: a creator's key opens only that creator's own statement."]);
        }

        try
        {
            var file = await proofs.ReadAsync(creatorId, periods!, TimeSpan.Zero, context.RequestAborted);
            return file is null
                ? PageResults.Problem(context, StatusCodes.Status404NotFound, "No such creator", [$"creator {creatorId} is not registered"])
                : PageResults.Download(context, StatementProofJson.Write(file) + "\n", "application/json; charset=utf-8", $"statement-{creatorId}-proofs.json");
        }
        catch (TooManyCitedEntriesException ex)
        {
            return PageResults.Problem(context, StatusCodes.Status400BadRequest, "Too many entries", [ex.Message]);
        }
    }
}
