using RoyaltyLedger.Cli.Rendering;
using System.CommandLine;
using Google.Protobuf;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty verify-proof FILE`: checks offline, with no server, that a payout line belongs to a cycle's published Merkle
/// root. The leaf is recomputed from the line itself, so an edited amount fails.
/// </summary>
internal static class VerifyProofCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A proof as printed by `royalty payouts proof` (JSON)" };
        var root = new Option<string?>("--root") { Description = "The cycle's published Merkle root (hex) to check against; default: the root in the file" };
        var command = new Command("verify-proof", "Verify a payout line's Merkle inclusion proof offline. Exit code 0 when it holds, 1 when it does not") { file, root };
        command.SetAction(async (parse, ct) =>
        {
            // No server is involved: the proof is checked with nothing but the file and the hash functions.
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var json = parse.GetValue(GlobalOptions.Json);
            var path = parse.GetValue(file)!.FullName;
            PayoutProof proof;
            try
            {
                proof = JsonParser.Default.Parse<PayoutProof>(await File.ReadAllTextAsync(path, ct));
            }
            catch (Exception e) when (e is IOException or InvalidProtocolBufferException or InvalidJsonException)
            {
                throw new Errors.CliFailure(Errors.CliError.InvalidInput, $"cannot read the proof {path}: {Errors.ErrorDescriber.OneLine(e.Message)}");
            }

            var (ok, reason) = proof.Line is null ? (false, "the proof has no line") : Verify(proof, parse.GetValue(root));
            if (!ok)
            {
                // The verdict, not a failure of the command: plain text reads "proof fails: …", as it always has.
                var verdict = new Errors.CliError("PROOF_FAILS", $"proof fails: {reason}");
                await error.WriteLineAsync(json ? Errors.ErrorWriter.Json(verdict) : verdict.Message);
                return 1;
            }

            var holds = $"proof holds: {proof.Line!.PartyId}'s line is leaf {proof.LeafIndex} of {proof.TreeSize} under root {proof.MerkleRoot}";
            await output.WriteLineAsync(json ? new System.Text.Json.Nodes.JsonObject { ["holds"] = true, ["message"] = holds }.ToJsonString() : holds);
            return 0;
        });
        return command;
    }

    public static (bool Ok, string Reason) Verify(PayoutProof proof, string? expectedRoot)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (expectedRoot is not null && !string.Equals(expectedRoot, proof.MerkleRoot, StringComparison.OrdinalIgnoreCase))
        {
            return (false, $"the proof is for root {proof.MerkleRoot}, not the published {expectedRoot}");
        }

        var l = proof.Line;
        var line = new Domain.Payouts.PayoutLine(l.PartyId, l.Currency, l.GrossNanos.Nanos(), l.CommissionNanos.Nanos(), l.PaidMinor.Nanos(), l.PaidNanos.Nanos(), l.CarriedNanos.Nanos(), l.Held);
        var leaf = PayoutLeaf.Hash(proof.CycleId, line);
        byte[][] path;
        byte[] root;
        try
        {
            path = [.. proof.AuditPath.Select(Convert.FromHexString)];
            root = Convert.FromHexString(proof.MerkleRoot);
        }
        catch (FormatException)
        {
            return (false, "the audit path or root is not hexadecimal");
        }

        return MerkleTree.VerifyInclusion(leaf, (long)proof.LeafIndex, (long)proof.TreeSize, path, root)
            ? (true, "")
            : (false, $"the line of {l.PartyId} (leaf {Convert.ToHexStringLower(leaf)}) is not leaf {proof.LeafIndex} of {proof.TreeSize} under root {proof.MerkleRoot}");
    }
}
