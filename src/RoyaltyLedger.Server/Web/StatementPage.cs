using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Web.StatementComponents;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// Renders the creator statement page on the server with Razor components (<see cref="StatementDocument"/> and the
/// components it holds): no script is sent, every value is encoded by the renderer, the page is one HTML response.
/// </summary>
internal static class StatementPage
{
    public static async Task<string> RenderAsync(IServiceProvider services, CreatorStatement statement, FormToken signOut)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(signOut);
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(StatementDocument.Statement)] = statement,
                [nameof(StatementDocument.SignOut)] = signOut,
            });
            var output = await renderer.RenderComponentAsync<StatementDocument>(parameters);
            return output.ToHtmlString() + "\n";
        });
    }
}
