using Grpc.Core;
using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The transparency log's calls (docs/transparency-log.md): signed heads, consistency and inclusion proofs. Readable by
/// any authenticated caller, whatever its role: the log shows hashes, and an inclusion proof's entry is what the
/// journal already shows its parties.
/// </summary>
internal sealed class TransparencyLogService(ReadTreeHeads heads, ProveConsistency consistency, ProveInclusion inclusion) : TransparencyLog.TransparencyLogBase
{
    public override async Task<LogKey> GetLogKey(GetLogKeyRequest request, ServerCallContext context)
    {
        context.Caller();
        return (await heads.GetKeyAsync(context.CancellationToken)).ToWire();
    }

    public override async Task<SignedTreeHead> GetLatestTreeHead(GetLatestTreeHeadRequest request, ServerCallContext context)
    {
        context.Caller();
        return (await heads.GetLatestAsync(request.Partition, context.CancellationToken)).ToWire();
    }

    public override async Task<ListTreeHeadsResponse> ListTreeHeads(ListTreeHeadsRequest request, ServerCallContext context)
    {
        context.Caller();
        var (page, next) = await heads.ListAsync(request.Partition, request.PageSize, request.BeforeSize, context.CancellationToken);
        var response = new ListTreeHeadsResponse { NextBeforeSize = next };
        response.Heads.AddRange(page.Select(h => h.ToWire()));
        return response;
    }

    public override async Task<ConsistencyProof> GetConsistencyProof(GetConsistencyProofRequest request, ServerCallContext context)
    {
        context.Caller();
        var path = await consistency.ProveAsync(request.Partition, request.FirstSize, request.SecondSize, context.CancellationToken);
        var proof = new ConsistencyProof { Partition = request.Partition, FirstSize = request.FirstSize, SecondSize = request.SecondSize };
        proof.Path.AddRange(path.ToHex());
        return proof;
    }

    public override async Task<InclusionProof> GetInclusionProof(GetInclusionProofRequest request, ServerCallContext context)
    {
        context.Caller();
        var found = await inclusion.ProveAsync(request.Partition, request.EntryNo, request.TreeSize, context.CancellationToken);
        var proof = new InclusionProof
        {
            Partition = found.Partition,
            Entry = found.Entry.ToWire(),
            LeafIndex = found.LeafIndex,
            TreeSize = found.TreeSize,
            Head = found.Head?.ToWire(),
        };
        proof.Path.AddRange(found.Path.ToHex());
        return proof;
    }
}
