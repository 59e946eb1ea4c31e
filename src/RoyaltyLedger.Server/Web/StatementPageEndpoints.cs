namespace RoyaltyLedger.Server.Web;

/// <summary>Wires the creator statement pages: sign-in, the page, and its CSV and JSON downloads.</summary>
public static class StatementPageEndpoints
{
    public static IServiceCollection AddStatementPages(this IServiceCollection services) =>
        services.AddSingleton<StatementPageHandler>().AddSingleton<StatementProofDownload>();

    public static IEndpointRouteBuilder MapStatementPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(PageAuth.CookiePath);
        pages.MapGet("/login", (Delegate)LoginEndpoints.ShowAsync);
        pages.MapPost("/login", LoginEndpoints.SignInAsync);
        pages.MapPost("/logout", LoginEndpoints.SignOutAsync);
        // A segment with a literal suffix takes precedence over a plain parameter, so "x.csv" is never creator "x.csv".
        pages.MapGet("/{creatorId}.csv", (HttpContext c, string creatorId, StatementPageHandler h) => h.HandleAsync(c, creatorId, StatementFormat.Csv));
        pages.MapGet("/{creatorId}.json", (HttpContext c, string creatorId, StatementPageHandler h) => h.HandleAsync(c, creatorId, StatementFormat.Json));
        pages.MapGet("/{creatorId}/proofs.json", (HttpContext c, string creatorId, StatementProofDownload h) => h.HandleAsync(c, creatorId));
        pages.MapGet("/{creatorId}", (HttpContext c, string creatorId, StatementPageHandler h) => h.HandleAsync(c, creatorId, StatementFormat.Page));
        return app;
    }
}
