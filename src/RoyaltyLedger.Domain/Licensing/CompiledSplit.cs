namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// One split version as the check reads it. Its numbers live in the snapshot's one shared <see cref="Data"/> array
/// from <see cref="DataStart"/>: first a <see cref="ConsentCell"/> per (contributor, use), holding the consent resolved
/// in advance from records for any operator, then for each of the snapshot's licences the index of its creator
/// licensor among the contributors (see <see cref="LicensorIndex"/>). Per-operator records, which are rare, sit apart.
/// For each use without per-operator records the whole tally is worked out in advance and held inline, so that the
/// common check reads neither the cells nor the records.
/// </summary>
internal readonly struct CompiledSplit
{
    private readonly ConsentTallies _anyOperatorTallies;
    private readonly int _usesWithOperatorRecords;

    public CompiledSplit(long effectiveTicks, string[] creatorIds, short[] data, int dataStart, OperatorConsent[] operatorConsents)
    {
        EffectiveTicks = effectiveTicks;
        Contributors = creatorIds.Length;
        CreatorIds = creatorIds;
        Data = data;
        DataStart = dataStart;
        OperatorConsents = operatorConsents;
        _anyOperatorTallies = default;
        _usesWithOperatorRecords = 0;
        for (var use = UseKind.Training; use <= UseKind.StyleImitation; use++)
        {
            _anyOperatorTallies[(int)use] = ConsentTally.Of(this, use, operatorId: null);
            for (var i = 0; i < Contributors; i++)
            {
                _usesWithOperatorRecords |= ConsentCell.HasOperatorRecords(data[Cell(i, use)]) ? 1 << (int)use : 0;
            }
        }
    }

    public long EffectiveTicks { get; }

    /// <summary>The number of contributors, kept here so that the check need not read <see cref="CreatorIds"/>.</summary>
    public int Contributors { get; }

    public string[] CreatorIds { get; }

    public short[] Data { get; }

    public int DataStart { get; }

    public OperatorConsent[] OperatorConsents { get; }

    public static int DataLength(int contributors, int licences) => contributors * UseNames.Slots + licences;

    public int Cell(int contributor, UseKind use) => DataStart + contributor * UseNames.Slots + (int)use;

    public short LicensorIndexOf(int licence) => Data[DataStart + Contributors * UseNames.Slots + licence];

    /// <summary>The contributors' consents to the use by its operator: the tally made in advance, unless some contributor decided per operator.</summary>
    public ConsentTally ConsentsTo(UseOfWork use) => (_usesWithOperatorRecords & (1 << (int)use.Use)) == 0
        ? _anyOperatorTallies[(int)use.Use]
        : ConsentTally.Of(this, use.Use, use.OperatorId);
}
