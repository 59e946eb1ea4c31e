namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>A file the examples read, written into the working folder before the commands after it run.</summary>
public sealed record ReadmeFile(int Line, string Name, string Content) : ReadmeStep(Line);
