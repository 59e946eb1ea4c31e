using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Rightsholders and societies: registration, membership, and who may manage it.</summary>
public abstract class PartyTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Society_AddsCreatorAndRightsholderMembers_AndListsThem()
    {
        var s = await new Slice("pty-members").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pty-soc", DisplayName = "Society", CommissionBps = 1_250 });
        await Server.Registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = "pty-pub", DisplayName = "Publisher", Kind = "publisher" });
        var society = await Server.ClientsForAsync(Role.Society, "pty-soc");

        await society.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "pty-soc", MemberId = s.Composer });
        await society.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "pty-soc", MemberId = "pty-pub" });
        await society.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "pty-soc", MemberId = "pty-pub" });
        var members = await society.Registry.ListSocietyMembersAsync(new ListSocietyMembersRequest { SocietyId = "pty-soc" });

        Assert.Equal([(s.Composer, "creator"), ("pty-pub", "rightsholder")], members.Members.Select(m => (m.MemberId, m.MemberKind)));
        var listed = (await society.Registry.ListSocietiesAsync(new ListSocietiesRequest())).Societies.Single(x => x.SocietyId == "pty-soc");
        Assert.Equal(1_250U, listed.CommissionBps);
    }

    [Fact]
    public async Task Society_ManagingAnotherSocietysMembers_IsPermissionDenied()
    {
        var s = await new Slice("pty-deny").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pty-a", DisplayName = "A", CommissionBps = 0 });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pty-b", DisplayName = "B", CommissionBps = 0 });
        var societyA = await Server.ClientsForAsync(Role.Society, "pty-a");

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            societyA.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "pty-b", MemberId = s.Composer }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith("may not add members to society pty-b", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterSociety_CommissionOverWhole_NamesFieldAndValue()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pty-greedy", DisplayName = "G", CommissionBps = 10_001 }).ResponseAsync);
        Assert.Equal((StatusCode.InvalidArgument, "commission_bps is 10,001, expected 0 to 10,000"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task AddMember_UnknownParty_NamesIt()
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pty-unknown", DisplayName = "U", CommissionBps = 0 });
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "pty-unknown", MemberId = "pty-nobody" }).ResponseAsync);
        Assert.Equal("member_id 'pty-nobody' is neither a registered creator nor a registered rightsholder", error.Status.Detail);
    }
}

public sealed class SqlitePartyTests(SqliteServerFixture fixture) : PartyTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresPartyTests(PostgresServerFixture fixture) : PartyTests(fixture), IClassFixture<PostgresServerFixture>;
