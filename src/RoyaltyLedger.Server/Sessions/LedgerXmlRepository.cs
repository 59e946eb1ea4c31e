using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using RoyaltyLedger.Application.Sessions;

namespace RoyaltyLedger.Server.Sessions;

/// <summary>
/// Data protection's key ring in the ledger database, so that every server of a cluster protects and reads session
/// cookies and form tokens with the same keys, and a restart keeps them.
/// </summary>
internal sealed class LedgerXmlRepository(ISessionKeyStore store, TimeProvider clock) : IXmlRepository
{
    // Data protection's interface is synchronous. It reads the ring when a server starts and then about once a day,
    // and writes only when it creates or revokes a key, so blocking here costs nothing on the request path.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ReadAllAsync(CancellationToken.None).GetAwaiter().GetResult().Select(x => XElement.Parse(x)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}
