using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Domain.Payouts.Transfers;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.BankPayments;

/// <summary>
/// Sets the bank account a party is paid into or a society pays from. The holder must be registered (a party: a
/// creator or a rightsholder); the account was validated by <see cref="BankAccount.Create"/>. Setting the same
/// account again changes nothing but its time.
/// </summary>
public sealed class SetBankAccount(IGrainFactory grains, IBankAccountStore accounts, ISocietyMembers members, TimeProvider clock)
{
    public async Task SetPartyAccountAsync(string partyId, BankAccount account, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ICreatorGrain>(partyId).Describe() is null && await grains.GetGrain<IRightsholderGrain>(partyId).Describe() is null)
        {
            throw new NotFoundException($"party {partyId} is neither a registered creator nor a registered rightsholder");
        }

        await accounts.SetAsync(BankAccountHolders.Party, partyId, account, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    public async Task SetSocietyAccountAsync(string societyId, BankAccount account, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ISocietyGrain>(societyId).Describe() is null)
        {
            throw new NotFoundException($"society {societyId} is not registered");
        }

        await accounts.SetAsync(BankAccountHolders.Society, societyId, account, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    /// <summary>Whether the party is a member of the society (a society may set its members' accounts).</summary>
    public async Task<bool> IsMemberAsync(string societyId, string partyId, CancellationToken cancellationToken) =>
        (await members.ListMembersAsync(societyId, cancellationToken)).Any(m => m.MemberId == partyId);

    public Task<BankAccount?> FindAsync(string holderKind, string holderId, CancellationToken cancellationToken) =>
        accounts.FindAsync(holderKind, holderId, cancellationToken);
}
