namespace RoyaltyLedger.Server.Security;

/// <summary>The outcome of checking a presented API key: the caller, or a sentence saying why the key was not accepted.</summary>
internal sealed record KeyCheck(Caller? Caller, string? Problem)
{
    public static KeyCheck Accepted(Caller caller) => new(caller, null);

    public static KeyCheck Refused(string problem) => new(null, problem);
}
