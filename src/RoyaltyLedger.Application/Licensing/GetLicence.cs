using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>One licence, for a caller who may read it.</summary>
public sealed class GetLicence(LicenceIssuer issuer, LicenceReaders readers)
{
    public async Task<LicenceRecord> ExecuteAsync(Caller caller, string licenceId, CancellationToken cancellationToken)
    {
        var licence = await issuer.FindAsync(licenceId, cancellationToken);
        if (licence is null)
        {
            throw new NotFoundException($"licence {licenceId} does not exist");
        }

        await readers.RequireAsync(caller, licence, cancellationToken);
        return licence;
    }
}
