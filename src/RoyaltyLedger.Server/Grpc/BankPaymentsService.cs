using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Application.BankPayments;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using DomainAccount = RoyaltyLedger.Domain.Payouts.Transfers.BankAccount;
using WireAccount = RoyaltyLedger.Contracts.V1.BankAccount;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Bank accounts of parties and societies, and committed payout cycles as pain.001.001.09 payment files.</summary>
internal sealed class BankPaymentsService(SetBankAccount accounts, ExportPaymentFile files, ReadPayoutCycle cycles, TimeProvider clock)
    : BankPayments.BankPaymentsBase
{
    public override async Task<BankAccountHeld> SetPartyBankAccount(SetPartyBankAccountRequest request, ServerCallContext context)
    {
        var account = Validate("party_id", request.PartyId, request.Account);
        await RequirePartyOrItsSocietyAsync(context, request.PartyId, "set the bank account of");
        await accounts.SetPartyAccountAsync(request.PartyId, account, context.CancellationToken);
        return ToWire(BankAccountHolders.Party, request.PartyId, account);
    }

    public override async Task<BankAccountHeld> SetSocietyBankAccount(SetSocietyBankAccountRequest request, ServerCallContext context)
    {
        context.RequireRole("set a society's bank account", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"set the bank account of society {EntityIds.Printable(request.SocietyId)}");
        var account = Validate("society_id", request.SocietyId, request.Account);
        await accounts.SetSocietyAccountAsync(request.SocietyId, account, context.CancellationToken);
        return ToWire(BankAccountHolders.Society, request.SocietyId, account);
    }

    public override async Task<BankAccountHeld> GetBankAccount(GetBankAccountRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([
            request.HolderKind is BankAccountHolders.Party or BankAccountHolders.Society
                ? null
                : new FieldViolation("holder_kind", $"holder_kind '{EntityIds.Printable(request.HolderKind)}' must be party or society"),
            EntityIds.Check("holder_id", request.HolderId)]);
        if (request.HolderKind == BankAccountHolders.Society)
        {
            context.RequireRole("read a society's bank account", Roles.Society)
                .RequireParty(Roles.Society, request.HolderId, $"read the bank account of society {request.HolderId}");
        }
        else
        {
            await RequirePartyOrItsSocietyAsync(context, request.HolderId, "read the bank account of");
        }

        var account = await accounts.FindAsync(request.HolderKind, request.HolderId, context.CancellationToken);
        if (account is null)
        {
            RpcErrors.NotFound($"no bank account is held for {request.HolderKind} {request.HolderId}");
        }

        return ToWire(request.HolderKind, request.HolderId, account);
    }

    public override async Task<Contracts.V1.PaymentFile> ExportPain001(ExportPain001Request request, ServerCallContext context)
    {
        DateOnly date = default;
        RpcErrors.ThrowIfAny([
            EntityIds.Check("cycle_id", request.CycleId),
            request.ExecutionDate.Length == 0 || DateOnly.TryParseExact(request.ExecutionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                ? null
                : new FieldViolation("execution_date", $"execution_date '{EntityIds.Printable(request.ExecutionDate)}' is not a date yyyy-MM-dd")]);
        var stored = await cycles.FindAsync(request.CycleId, context.CancellationToken);
        context.RequireRole("export payment files", Roles.Society)
            .RequireParty(Roles.Society, stored.Request.SocietyId, $"export the payment files of society {stored.Request.SocietyId}");
        var execution = request.ExecutionDate.Length == 0 ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : date;
        var file = await files.ExportAsync(stored, execution, request.SkipMissingAccounts, context.CancellationToken);
        var wire = new Contracts.V1.PaymentFile
        {
            Xml = Google.Protobuf.ByteString.CopyFrom(file.Xml), MessageId = file.MessageId, Transfers = (uint)file.Transfers,
            TotalMinor = Int128Wire.Format(file.TotalMinor), Currency = stored.Request.Currency,
        };
        wire.SkippedPartyIds.AddRange(file.SkippedPartyIds);
        return wire;
    }

    /// <summary>The party itself, a society it is a member of, or an admin.</summary>
    private async Task RequirePartyOrItsSocietyAsync(ServerCallContext context, string partyId, string action)
    {
        var caller = context.Caller();
        var allowed = caller.IsAdmin
            || (caller.Role is Roles.Creator or Roles.Rightsholder && caller.PartyId == partyId)
            || (caller.Role == Roles.Society && caller.PartyId is { } society && await accounts.IsMemberAsync(society, partyId, context.CancellationToken));
        if (!allowed)
        {
            CallerAccess.Deny($"{caller} may not {action} {EntityIds.Printable(partyId)}: only the party, a society it belongs to, or an admin");
        }
    }

    private static DomainAccount Validate(string idField, string id, WireAccount? account)
    {
        if (account is null)
        {
            RpcErrors.ThrowIfAny([EntityIds.Check(idField, id), new FieldViolation("account", "account is required: holder_name, iban and optionally bic")]);
        }

        var (valid, violations) = DomainAccount.Create("account.", account!.HolderName, account.Iban, account.Bic);
        RpcErrors.ThrowIfAny([EntityIds.Check(idField, id), .. violations]);
        return valid!;
    }

    private static BankAccountHeld ToWire(string kind, string id, DomainAccount account) => new()
    {
        HolderKind = kind, HolderId = id,
        Account = new WireAccount { HolderName = account.HolderName, Iban = account.Iban, Bic = account.Bic },
    };
}
