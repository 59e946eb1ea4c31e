namespace RoyaltyLedger.Server.Web;

/// <summary>Who a statement-page request comes from: the caller, or the response that refuses it (sign-in redirect or 401).</summary>
/// <param name="FromSession">True when the caller was signed in with the form (then the page shows a sign-out button).</param>
internal sealed record PageAccess(Caller? Caller, IResult? Refusal, bool FromSession);
