namespace RoyaltyLedger.Domain.Validation;

/// <summary>One reason a request was refused: the field it concerns and a sentence naming the value.</summary>
public sealed record FieldViolation(string Field, string Description);
