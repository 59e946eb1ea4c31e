namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>One step of a README's examples.</summary>
public abstract record ReadmeStep(int Line);
