using Google.Rpc;
using Grpc.Core;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>Prints a server error with each field violation on its own line.</summary>
internal static class ErrorPrinter
{
    public static async Task PrintAsync(TextWriter error, RpcException ex)
    {
        var status = ex.GetRpcStatus();
        var violations = status?.GetDetail<BadRequest>()?.FieldViolations;
        if (violations is { Count: > 0 })
        {
            await error.WriteLineAsync($"error ({ex.StatusCode}): the server refused the request:");
            foreach (var v in violations)
            {
                await error.WriteLineAsync($"  {v.Field}: {v.Description}");
            }

            return;
        }

        await error.WriteLineAsync($"error ({ex.StatusCode}): {ex.Status.Detail}");
    }
}
