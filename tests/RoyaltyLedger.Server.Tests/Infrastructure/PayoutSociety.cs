using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>A registered slice and a society "{prefix}-soc" (5 % commission, no payout schedule) whose members are its composer and lyricist.</summary>
public static class PayoutSociety
{
    public static async Task<(Slice Slice, string Society)> RegisterAsync(LedgerServer server, string prefix)
    {
        ArgumentNullException.ThrowIfNull(server);
        var s = await new Slice(prefix).RegisterAsync(server.Admin);
        var society = $"{prefix}-soc";
        await server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = society, DisplayName = "Society", CommissionBps = 500 });
        await server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Composer });
        await server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Lyricist });
        return (s, society);
    }
}
