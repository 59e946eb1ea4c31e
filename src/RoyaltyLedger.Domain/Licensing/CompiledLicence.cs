namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A validated licence in the shape the check reads fastest: uses as a bit mask, the term in UTC ticks, its operator,
/// models and territories as ranges into the tables of its <see cref="LicenceTable"/>, and its
/// <see cref="Covered"/> decision built once, so that a covered use allocates nothing.
/// </summary>
internal readonly struct CompiledLicence
{
    private readonly int _useMask;
    private readonly long _startTicks;
    private readonly long _endTicks;
    private readonly bool _retroactive;
    private readonly SpanRange _models;
    private readonly SpanRange _territories;
    private readonly bool _creatorLicensor;

    public CompiledLicence(Licence licence, Covered covered, NameRange operatorId, SpanRange models, SpanRange territories)
    {
        Licence = licence;
        Covered = covered;
        OperatorId = operatorId;
        foreach (var use in licence.Uses)
        {
            _useMask |= 1 << (int)use;
        }

        _startTicks = licence.StartsAt.UtcTicks;
        _endTicks = licence.EndsAt?.UtcTicks ?? long.MaxValue;
        _retroactive = licence.Retroactive;
        _models = models;
        _territories = territories;
        _creatorLicensor = licence.Licensor.Kind == LicensorKind.Creator;
    }

    public Licence Licence { get; }

    public Covered Covered { get; }

    public NameRange OperatorId { get; }

    /// <summary>
    /// Checks the licence, the <paramref name="index"/>th of its snapshot, against the use. The operator is already
    /// matched (licences are grouped by operator) and the use's kind has been checked to be licensable.
    /// </summary>
    public LicenceMiss Check(UseOfWork use, ushort territory, in CompiledSplit split, int index, in ConsentTally consents, in LicenceTable table)
    {
        if ((_useMask & (1 << (int)use.Use)) == 0)
        {
            return LicenceMiss.Use;
        }

        if (!_models.IsAll && !table.HasModel(_models, use.ModelId))
        {
            return LicenceMiss.Model;
        }

        if (!_territories.IsAll && !table.HasTerritory(_territories, territory))
        {
            return LicenceMiss.Territory;
        }

        var at = use.OccurredAt.UtcTicks;
        if (at >= _endTicks || (at < _startTicks && !_retroactive))
        {
            return LicenceMiss.Term;
        }

        // Only a creator's licence depends on who the contributors are; a rightsholder's never needs the split's data.
        var licensorIndex = _creatorLicensor ? split.LicensorIndexOf(index) : LicensorIndex.Rightsholder;
        if (licensorIndex == LicensorIndex.NotAContributor)
        {
            return LicenceMiss.Licensor;
        }

        return consents.AuthorisedWith(licensorIndex) ? LicenceMiss.None : LicenceMiss.Consent;
    }
}
