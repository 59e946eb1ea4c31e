namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// One change to a registry entity: its row as it is to be (<see cref="Entry"/>), the payload the writer last read
/// (null to create the row), and, for a work, the indexes kept with it.
/// </summary>
public sealed record RegistryChange(RegistryEntry Entry, string? ExpectedPayloadJson, WorkIndex? Work = null);
