using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Reports;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// GET /statements/{creatorId}[.csv|.json]?from=yyyy-MM&amp;to=yyyy-MM: the caller's key is checked as gRPC checks it,
/// then the same access rule and the same statement reader as GetCreatorStatement.
/// </summary>
internal sealed class StatementPageHandler(ApiKeyAuthenticator authenticator, StatementReader reader)
{
    public async Task<IResult> HandleAsync(HttpContext context, string creatorId, StatementFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var access = await PageAuth.AuthenticateAsync(context, authenticator);
        if (access.Caller is not { } caller)
        {
            return access.Refusal!;
        }

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

        // The page does not wait for the projection: it says how far the statement goes and how many batches are still being counted.
        var statement = await reader.ReadAsync(creatorId, periods!, TimeSpan.Zero, context.RequestAborted);
        if (statement is null)
        {
            return PageResults.Problem(context, StatusCodes.Status404NotFound, "No such creator", [$"creator {creatorId} is not registered"]);
        }

        return await RenderAsync(context, statement, format);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, CreatorStatement statement, StatementFormat format)
    {
        var name = $"statement-{statement.CreatorId}{Suffix(statement.PeriodFrom)}{Suffix(statement.PeriodTo)}";
        return format switch
        {
            StatementFormat.Csv => PageResults.Download(context, StatementCsv.Format(statement), "text/csv; charset=utf-8", name + ".csv"),
            // With the newline the CLI's WriteLine adds, so that both exports are the same bytes.
            StatementFormat.Json => PageResults.Download(context, WireJson.Format(statement) + "\n", "application/json; charset=utf-8", name + ".json"),
            _ => PageResults.Page(context, await StatementPage.RenderAsync(context.RequestServices, statement, PageAuth.SignOutToken(context))),
        };
    }

    private static string Suffix(string period) => period.Length == 0 ? "" : "-" + period;
}
