namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Who grants a licence: a creator of the work, or a rightsholder (a label, publisher or agency) with a catalogue.</summary>
public enum LicensorKind
{
    Unspecified = 0,
    Creator = 1,
    Rightsholder = 2,
}
