using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// A rightsholder's catalogue of two works, under a prefix so that tests sharing a server never meet: a solo by a creator
/// who consented to training by the operator, and a duet of that creator with one who has consented to nothing.
/// </summary>
public sealed record Catalogue(string Prefix)
{
    public string Rightsholder => $"{Prefix}-rh";
    public string Consenting => $"{Prefix}-ann";
    public string Silent => $"{Prefix}-ben";
    public string Operator => $"{Prefix}-op";
    public string Model => $"{Prefix}-model";
    public string Solo => $"{Prefix}-solo";
    public string Duet => $"{Prefix}-duet";

    public async Task<Catalogue> RegisterAsync(LedgerClients admin)
    {
        var registry = admin.Registry;
        await registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = Rightsholder, DisplayName = "Publisher", Kind = "publisher" });
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = Consenting, DisplayName = "Ann" });
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = Silent, DisplayName = "Ben" });
        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = Operator, DisplayName = "Operator" });
        await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = Model, OperatorId = Operator, DisplayName = "Model" });
        await registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = Solo,
            Title = "Solo",
            Medium = "text",
            Contributors = { new Contributor { CreatorId = Consenting, Role = "author", ShareBps = 10_000 } },
            RightsholderIds = { Rightsholder },
        });
        await registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = Duet,
            Title = "Duet",
            Medium = "text",
            Contributors =
            {
                new Contributor { CreatorId = Consenting, Role = "author", ShareBps = 5_000 },
                new Contributor { CreatorId = Silent, Role = "author", ShareBps = 5_000 },
            },
            RightsholderIds = { Rightsholder },
        });
        await admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = Consenting, Use = UseKind.Training, OperatorId = Operator, Decision = ConsentDecision.Granted,
        });
        return this;
    }

    /// <summary>The rightsholder's whole catalogue, for training, at a unit price.</summary>
    public Licence CatalogueLicence(string licenceId) => new()
    {
        LicenceId = licenceId,
        LicensorRightsholderId = Rightsholder,
        OperatorId = Operator,
        Uses = { UseKind.Training },
        StartsAt = Slice.LicenceStart,
        Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
    };
}
