namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>A creator or rightsholder asked on a licence request. Creator and rightsholder ids are separate namespaces, so both parts name it.</summary>
public readonly record struct RequestParty(RequestPartyKind Kind, string Id)
{
    public override string ToString() => Kind switch
    {
        RequestPartyKind.Creator => $"creator {Id}",
        RequestPartyKind.Rightsholder => $"rightsholder {Id}",
        _ => $"party {Id}",
    };
}
