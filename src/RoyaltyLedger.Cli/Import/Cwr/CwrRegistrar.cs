using Grpc.Core;
using RoyaltyLedger.Cli.Commands;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Registry.Cwr;

namespace RoyaltyLedger.Cli.Import.Cwr;

/// <summary>
/// Registers one CWR work transaction through the registry's ordinary calls, so every rule the server applies to a
/// hand-registered work applies here too. Writers are matched to creators by IPI name number (an unknown number
/// registers creator "ipi-NUMBER"); a work by ISWC, else by the id its sender and submitter work number give. A work
/// registered before with the same writers and shares is left unchanged, which makes a re-import change nothing.
/// </summary>
internal sealed class CwrRegistrar(Registry.RegistryClient registry, CwrHeader header)
{
    private readonly Dictionary<string, string> _creatorsByIpi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _worksByIswc = new(StringComparer.Ordinal);

    public int CreatorsRegistered { get; private set; }

    /// <summary>Reads which creators carry which IPI name numbers and which works which ISWCs, once per import.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var creators = await AllPages.ReadAsync(
            token => registry.ListCreatorsAsync(new ListCreatorsRequest { PageSize = AllPages.PageSize, PageToken = token }, cancellationToken: cancellationToken).ResponseAsync,
            r => r.NextPageToken, (all, more) => all.Creators.AddRange(more.Creators));
        foreach (var creator in creators.Creators)
        {
            foreach (var ipi in creator.Identifiers.Where(i => i.Scheme == "ipi"))
            {
                _creatorsByIpi.TryAdd(ipi.Value, creator.CreatorId);
            }
        }

        var works = await AllPages.ReadAsync(
            token => registry.ListWorksAsync(new ListWorksRequest { PageSize = AllPages.PageSize, PageToken = token }, cancellationToken: cancellationToken).ResponseAsync,
            r => r.NextPageToken, (all, more) => all.Works.AddRange(more.Works));
        foreach (var work in works.Works)
        {
            foreach (var iswc in work.Identifiers.Where(i => i.Scheme == "iswc"))
            {
                _worksByIswc.TryAdd(iswc.Value, work.WorkId);
            }
        }
    }

    /// <summary>Registers the work (and its writers as needed); returns what happened to the work and its id.</summary>
    public async Task<(string Status, string WorkId, string Detail)> RegisterAsync(CwrWork work, CancellationToken cancellationToken)
    {
        var contributors = new List<Contributor>();
        foreach (var writer in work.Contributors)
        {
            contributors.Add(new Contributor { CreatorId = await CreatorAsync(writer, cancellationToken), Role = writer.Role, ShareBps = (uint)writer.PrShareBasisPoints });
        }

        var workId = work.Iswc.Length > 0 && _worksByIswc.TryGetValue(work.Iswc, out var known) ? known : work.WorkId(header.SenderId);
        var current = await GetWorkAsync(workId, cancellationToken);
        if (current is null)
        {
            var request = new RegisterWorkRequest { WorkId = workId, Title = work.Title, Medium = "music" };
            request.Contributors.AddRange(contributors);
            if (work.Iswc.Length > 0)
            {
                request.Identifiers.Add(new Identifier { Scheme = "iswc", Value = work.Iswc });
            }

            await registry.RegisterWorkAsync(request, cancellationToken: cancellationToken);
            if (work.Iswc.Length > 0)
            {
                _worksByIswc.TryAdd(work.Iswc, workId);
            }

            return ("registered", workId, $"{contributors.Count} writer(s)");
        }

        // The newest version, scheduled or in force, so that a re-import does not amend again before an amendment takes effect.
        if (SameShares(current.Splits.Count > 0 ? current.Splits[^1].Contributors : current.Contributors, contributors))
        {
            return ("unchanged", workId, "already registered with these writers and shares");
        }

        if (work.TransactionType != "REV")
        {
            throw new CwrTransactionRejected("writers", $"work {workId} is already registered with other writers or shares; a REV transaction changes them");
        }

        var amend = new AmendSplitsRequest { WorkId = workId, Note = $"CWR REV {work.SubmitterWorkNumber} from sender {header.SenderId}" };
        amend.Contributors.AddRange(contributors);
        await registry.AmendSplitsAsync(amend, cancellationToken: cancellationToken);
        return ("amended", workId, "split changed from now on");
    }

    private async Task<string> CreatorAsync(CwrWriter writer, CancellationToken cancellationToken)
    {
        if (_creatorsByIpi.TryGetValue(writer.IpiNameNumber, out var known))
        {
            return known;
        }

        var request = new RegisterCreatorRequest { CreatorId = CwrWork.CreatorId(writer.IpiNameNumber), DisplayName = writer.DisplayName };
        request.Identifiers.Add(new Identifier { Scheme = "ipi", Value = writer.IpiNameNumber });
        await registry.RegisterCreatorAsync(request, cancellationToken: cancellationToken);
        _creatorsByIpi.Add(writer.IpiNameNumber, request.CreatorId);
        CreatorsRegistered++;
        return request.CreatorId;
    }

    private async Task<Work?> GetWorkAsync(string workId, CancellationToken cancellationToken)
    {
        try
        {
            return await registry.GetWorkAsync(new GetWorkRequest { WorkId = workId }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Roles are descriptive; who shares and how much is what a re-import must not change.</summary>
    private static bool SameShares(IEnumerable<Contributor> current, IEnumerable<Contributor> imported) =>
        current.Select(c => (c.CreatorId, c.ShareBps)).Order().SequenceEqual(imported.Select(c => (c.CreatorId, c.ShareBps)).Order());
}
