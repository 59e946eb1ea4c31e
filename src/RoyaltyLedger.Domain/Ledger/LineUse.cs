namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// What a rating line (usage or adjustment entry) prices besides its work, currency and month: the operator, model, use
/// kind, licence status and unit kind of the uses, the dimensions a creator's statement line is split by, so that every
/// statement line's amount is the sum of the party's journal lines with the same keys (docs/statement-proofs.md).
/// <see cref="None"/> (and <c>default</c>, which equals it) on every other line and on lines posted before lines had
/// them. An empty string is held as null, so that <c>default</c> and <see cref="None"/> are one value.
/// </summary>
public readonly record struct LineUse
{
    private readonly string? _operatorId;
    private readonly string? _modelId;
    private readonly string? _status;
    private readonly string? _unitKind;

    public LineUse(string? operatorId, string? modelId, int useKind, string? status, string? unitKind)
    {
        _operatorId = string.IsNullOrEmpty(operatorId) ? null : operatorId;
        _modelId = string.IsNullOrEmpty(modelId) ? null : modelId;
        UseKind = useKind;
        _status = string.IsNullOrEmpty(status) ? null : status;
        _unitKind = string.IsNullOrEmpty(unitKind) ? null : unitKind;
    }

    /// <summary>No dimensions: every line of entries that price no use, and rating lines posted before journal v4.</summary>
    public static LineUse None => default;

    public string OperatorId => _operatorId ?? "";

    public string ModelId => _modelId ?? "";

    /// <summary>The use kind's number (<see cref="Domain.UseKind"/>); 0 for none.</summary>
    public int UseKind { get; }

    /// <summary>The uses' licence status as statements name it (<see cref="UseStatusNames"/>); "" for none.</summary>
    public string Status => _status ?? "";

    public string UnitKind => _unitKind ?? "";

    public bool IsNone => _operatorId is null && _modelId is null && UseKind == 0 && _status is null && _unitKind is null;
}
