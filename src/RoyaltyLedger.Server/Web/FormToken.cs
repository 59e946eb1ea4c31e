using Microsoft.AspNetCore.Antiforgery;

namespace RoyaltyLedger.Server.Web;

/// <summary>
/// A form's antiforgery token: the hidden field a form of these pages posts back, checked against the browser's form
/// cookie and the signed-in session, so that a form posted from another site is refused.
/// </summary>
public sealed record FormToken(string FieldName, string Value)
{
    /// <summary>A token for the request's user (set the session first); sets the browser's form cookie if it has none.</summary>
    public static FormToken For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken!);
    }
}
