using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>Licences to and from their stored form: the terms as JSON with enums by name, so the rows read well in SQL.</summary>
public static class LicenceCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static StoredLicence ToStored(LicenceRecord licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        return new StoredLicence(licence.LicenceId, licence.OperatorId, KindName(licence.LicensorKind), licence.LicensorId,
            licence.IsCatalogue ? [] : licence.WorkIds, licence.GrantedAt.ToUnixTimeMilliseconds(), JsonSerializer.Serialize(licence, Options));
    }

    public static LicenceRecord FromStored(StoredLicence stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var licence = JsonSerializer.Deserialize<LicenceRecord>(stored.TermsJson, Options)
            ?? throw new InvalidDataException($"licence {stored.LicenceId} is stored as null");
        return licence with
        {
            ModelIds = Defaulted(licence.ModelIds),
            WorkIds = Defaulted(licence.WorkIds),
            Uses = Defaulted(licence.Uses),
            TerritoryCodes = Defaulted(licence.TerritoryCodes),
        };
    }

    public static string KindName(LicensorKind kind) => kind switch
    {
        LicensorKind.Creator => "creator",
        LicensorKind.Rightsholder => "rightsholder",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a licensor is a creator or a rightsholder"),
    };

    private static ImmutableArray<T> Defaulted<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
