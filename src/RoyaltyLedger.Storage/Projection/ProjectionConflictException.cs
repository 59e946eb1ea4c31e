namespace RoyaltyLedger.Storage.Projection;

/// <summary>Thrown inside a projection transaction to roll it back when another projector got there first.</summary>
internal sealed class ProjectionConflictException(string message) : Exception(message);
